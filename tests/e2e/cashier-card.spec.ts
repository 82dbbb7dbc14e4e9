import type { Locator } from '@playwright/test';
import { expect, stringsOf, test } from './support';

const counterForNonSpeaker =
  '/?v=1&lang=zh&where=city&speak=none&pay=cash&online=no&when=today&operator=beeline';
const number = '+7 701 123 45 67';
const { cashier } = stringsOf('zh');

const screens = [
  { name: 'a phone held upright', viewport: { width: 390, height: 844 } },
  { name: 'a phone turned sideways', viewport: { width: 844, height: 390 } },
];
const ways = [
  { name: 'in full screen', refused: false },
  { name: 'as an overlay where full screen is refused', refused: true },
];

async function expectInside(element: Locator, viewport: { width: number; height: number }) {
  const box = (await element.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
}

for (const { name: screen, viewport } of screens) {
  for (const { name: way, refused } of ways) {
    test(`on ${screen}, the card ${way} fills the screen, and Escape or Close return to “Show full screen”`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      if (refused)
        await page.addInitScript(() => {
          Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('refused'));
        });
      await page.goto(counterForNonSpeaker);
      await page.getByRole('textbox', { name: cashier.number.label }).fill('87011234567');
      await page.getByRole('textbox', { name: cashier.amount.label }).fill('5000');
      await page.getByRole('button', { name: cashier.show }).click();
      const showFullScreen = page.getByRole('button', { name: cashier.fullScreen });

      for (const closeWith of ['Escape', 'Close'] as const) {
        await showFullScreen.click();
        const card = page.getByRole('dialog', { name: cashier.cardLabel });
        await expect(card).toBeVisible();
        await expect
          .poll(() => page.evaluate(() => document.fullscreenElement !== null))
          .toBe(!refused);
        expect(await card.boundingBox()).toEqual({ x: 0, y: 0, ...viewport });

        const shownNumber = card.locator('[lang="ru"]').getByText(number);
        const fontSize = await shownNumber.evaluate((element) =>
          parseFloat(getComputedStyle(element).fontSize),
        );
        expect(fontSize, 'the number’s font size, px').toBeGreaterThanOrEqual(40);
        await expectInside(shownNumber, viewport);
        await expectInside(card.locator('[lang="kk"]'), viewport);
        const close = card.getByRole('button', { name: cashier.close });
        await expectInside(close, viewport);

        if (closeWith === 'Escape') await page.keyboard.press('Escape');
        else await close.click();
        await expect(card).toHaveCount(0);
        await expect
          .poll(() => page.evaluate(() => document.fullscreenElement === null))
          .toBe(true);
        await expect(showFullScreen, `focus after ${closeWith}`).toBeFocused();
      }
    });
  }
}

/** How many lines an element's text takes, and whether it stays within `container`. */
const linesAndFit = (element: Locator, container: string) =>
  element.evaluate((node, containerSelector) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    const text = range.getBoundingClientRect();
    const box = node.closest(containerSelector)!.getBoundingClientRect();
    return { lines: tops.size, fits: text.left >= box.left - 0.5 && text.right <= box.right + 0.5 };
  }, container);

const largeText = [
  {
    name: 'at 200 % zoom on a phone (195 px wide)',
    viewport: { width: 195, height: 422 },
    rootSize: '',
  },
  {
    name: 'with text at 200 % on a 320 px phone',
    viewport: { width: 320, height: 568 },
    rootSize: '200%',
  },
];

for (const { name, viewport, rootSize } of largeText) {
  test(`${name}, the number on the card stays on one line, on the page and full screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(counterForNonSpeaker);
    if (rootSize)
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), rootSize);
    await page.getByRole('textbox', { name: cashier.number.label }).fill('87011234567');
    await page.getByRole('textbox', { name: cashier.amount.label }).fill('5000');
    await page.getByRole('button', { name: cashier.show }).click();
    const onPage = await page.locator('.cashier-card .cashier-number').all();
    expect(onPage, 'the Russian and the Kazakh half').toHaveLength(2);
    for (const shown of onPage)
      expect(await linesAndFit(shown, '.cashier-card')).toEqual({ lines: 1, fits: true });
    await page.getByRole('button', { name: cashier.fullScreen }).click();
    const card = page.getByRole('dialog', { name: cashier.cardLabel });
    await expect(card).toBeVisible();
    const fullScreen = await card.locator('.cashier-number').all();
    expect(fullScreen).toHaveLength(2);
    for (const shown of fullScreen)
      expect(await linesAndFit(shown, '.cashier-card-full')).toEqual({ lines: 1, fits: true });
  });
}
