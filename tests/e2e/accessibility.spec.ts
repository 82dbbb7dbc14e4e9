import type { Page } from '@playwright/test';
import {
  type Language,
  checkAccessibility,
  expect,
  languages,
  nothingFitsQuery,
  questionIds,
  resultQuery,
  stringsOf,
  test,
} from './support';

async function open(page: Page, lang: Language, query: string): Promise<void> {
  await page.goto(`/?v=1&lang=${lang}${query}`, { waitUntil: 'networkidle' });
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

const openEveryDetail = (page: Page) =>
  page.locator('details').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });

for (const lang of languages) {
  const text = stringsOf(lang);

  test.describe(`axe (WCAG 2.2 AA) in ${lang}`, () => {
    test('the start page', async ({ page }) => {
      await open(page, lang, '');
      await expect(page.locator('h1')).toHaveText(text.common.start.title);
      await checkAccessibility(page, `the start page (${lang})`);
    });

    for (const question of questionIds) {
      test(`the question ${question}, answered`, async ({ page }) => {
        await open(page, lang, `&${resultQuery}&step=${question}`);
        await expect(page.locator('h1')).toHaveText(text.questions[question].title);
        await checkAccessibility(page, `the question ${question} (${lang})`);
      });
    }

    test('the error when Continue is pressed with nothing chosen', async ({ page }) => {
      for (const question of ['where', 'pay'] as const) {
        await open(page, lang, `&step=${question}`);
        await page.getByRole('button', { name: text.common.nav.continue }).click();
        const summary = page.getByRole('alert');
        await expect(summary).toContainText(text.common.errors.summaryTitle);
        await expect(summary).toContainText(text.questions[question].error);
        await expect(summary).toBeFocused();
        await checkAccessibility(page, `the error on ${question} (${lang})`);
      }
    });

    test('a result, then with every detail open', async ({ page }) => {
      await open(page, lang, `&${resultQuery}`);
      await expect(page.locator('h1')).toHaveText(text.result.headings.terminal);
      await checkAccessibility(page, `a result (${lang})`);
      await openEveryDetail(page);
      await expect(page.locator('svg.qr')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await checkAccessibility(page, `a result with every detail open (${lang})`);
    });

    test('a result where nothing fits', async ({ page }) => {
      await open(page, lang, `&${nothingFitsQuery}`);
      await expect(
        page.getByRole('heading', { name: text.result.nothingFits.title }),
      ).toBeVisible();
      await expect(page.locator('[data-channel]')).toHaveCount(0);
      await checkAccessibility(page, `a result where nothing fits (${lang})`);
      await openEveryDetail(page);
      await checkAccessibility(page, `a result where nothing fits, details open (${lang})`);
    });
  });
}

const narrow = [
  { name: '320 px wide', viewport: { width: 320, height: 640 } },
  { name: '200 % zoom of a 1280 px window', viewport: { width: 640, height: 400 } },
];
const narrowPages = [
  '/?v=1&lang=ru',
  '/?v=1&lang=ru&step=pay',
  '/?v=1&lang=zh&step=operator',
  `/?v=1&lang=ru&${resultQuery}`,
  `/?v=1&lang=en&${resultQuery}`,
  `/?v=1&lang=zh&${nothingFitsQuery}`,
];

for (const { name, viewport } of narrow) {
  test(`no horizontal scrolling at ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const url of narrowPages) {
      await page.goto(url, { waitUntil: 'networkidle' });
      await openEveryDetail(page);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        const wide = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => element.getBoundingClientRect().right > clientWidth + 1)
          .slice(0, 5)
          .map(
            (element) => `${element.tagName.toLowerCase()} “${element.textContent?.slice(0, 40)}”`,
          );
        return { scrollWidth, clientWidth, wide };
      });
      expect(
        overflow.scrollWidth,
        `${url} scrolls sideways: ${overflow.wide.join(', ')}`,
      ).toBeLessThanOrEqual(overflow.clientWidth);
    }
  });
}
