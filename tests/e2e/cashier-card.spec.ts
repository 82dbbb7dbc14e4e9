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
