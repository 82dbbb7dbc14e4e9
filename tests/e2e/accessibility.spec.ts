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
  tabToButton,
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

const weakQuery = 'where=city&speak=none&pay=card&online=no&when=now&operator=kcell';

/**
 * Every state a page can be in, in one walk per language and colour scheme: a failure names the
 * state, and the walk goes on to check the others.
 */
for (const lang of languages) {
  const text = stringsOf(lang);

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe (WCAG 2.2 AA) in ${lang}, ${colorScheme}: every page state`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      const check = (state: string) =>
        checkAccessibility(page, `${state} (${lang}, ${colorScheme})`, { soft: true });

      await open(page, lang, '');
      await expect(page.locator('h1')).toHaveText(text.common.start.title);
      await check('the start page');
      await tabToButton(page, text.common.nav.start);
      await check('the start page, Start focused');

      for (const question of questionIds) {
        await open(page, lang, `&${resultQuery}&step=${question}`);
        await expect(page.locator('h1')).toHaveText(text.questions[question].title);
        await check(`the question ${question}, answered`);
      }

      for (const question of ['where', 'pay'] as const) {
        await open(page, lang, `&step=${question}`);
        await page.getByRole('button', { name: text.common.nav.continue }).click();
        const summary = page.getByRole('alert');
        await expect(summary).toContainText(text.common.errors.summaryTitle);
        await expect(summary).toContainText(text.questions[question].error);
        await expect(summary).toBeFocused();
        await check(`the error on ${question}`);
        await page.keyboard.press('Tab');
        await expect(summary.getByRole('link')).toBeFocused();
        await check(`the error on ${question}, its link focused`);
      }

      await open(page, lang, `&${resultQuery}`);
      await expect(page.locator('h1')).toHaveText(text.result.headings.terminal);
      await check('a result');
      await openEveryDetail(page);
      await expect(page.locator('svg.qr')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await check('a result with every detail open');

      await open(page, lang, `&${weakQuery}`);
      await expect(page.locator('main')).toHaveAttribute('data-outcome', 'weak');
      await openEveryDetail(page);
      await page.waitForLoadState('networkidle');
      await check('a weak result with every detail open');

      await open(page, lang, `&${nothingFitsQuery}`);
      await expect(
        page.getByRole('heading', { name: text.result.nothingFits.title }),
      ).toBeVisible();
      await expect(page.locator('[data-channel]')).toHaveCount(0);
      await check('a result where nothing fits');
      await openEveryDetail(page);
      await check('a result where nothing fits, details open');

      await page.goto(`/${lang}/ways/`, { waitUntil: 'networkidle' });
      await expect(page.locator('[data-way]')).toHaveCount(9);
      await check('the ways page');
    });
  }
}

const narrow = [
  { name: '320 px wide', viewport: { width: 320, height: 640 } },
  { name: '200 % zoom of a 1280 px window', viewport: { width: 640, height: 400 } },
  // Long Russian words ("казахстанского") are wider than such a line: they must break.
  { name: '200 % zoom on a 390 px phone', viewport: { width: 195, height: 422 } },
];
const narrowPages = [
  '/?v=1&lang=ru',
  '/?v=1&lang=ru&step=pay',
  '/?v=1&lang=zh&step=operator',
  `/?v=1&lang=ru&${resultQuery}`,
  `/?v=1&lang=en&${resultQuery}`,
  `/?v=1&lang=zh&${nothingFitsQuery}`,
  '/?v=1&lang=ru&where=abroad&pay=card,wallet&online=yes&when=now&operator=beeline',
  '/ru/ways/',
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
