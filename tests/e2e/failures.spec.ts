import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, Route } from '@playwright/test';
import {
  expect,
  forgiveFailedRequests,
  languageFiles,
  languages,
  stringsOf,
  test,
} from './support';

interface Boot {
  loading: string;
  failed: string;
}
const bootOf = (lang: string): Boot =>
  (
    JSON.parse(
      readFileSync(
        fileURLToPath(new URL(`../../locales/${lang}/common.json`, import.meta.url)),
        'utf8',
      ),
    ) as { boot: Boot }
  ).boot;
const cashierOf = (lang: string) =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../locales/${lang}/cashier.json`, import.meta.url)),
      'utf8',
    ),
  ) as { title: string; number: { label: string } };

const never = () => new Promise<void>(() => undefined);

/** The host's answer for a missing file after a deploy: the page itself, as a 200. */
async function answerWithThePage(route: Route): Promise<void> {
  const page = await (await route.fetch({ url: new URL('/', route.request().url()).href })).text();
  await route.fulfill({ status: 200, contentType: 'text/html', body: page });
}

const rawKeys = ['appName', 'title', 'terminal', 'whyFits', 'lead', 'start'];
async function expectNoRawKeys(page: Page): Promise<void> {
  const texts = await page.locator('h1, h2, p, a, button').allInnerTexts();
  expect(texts.filter((text) => rawKeys.includes(text.trim()))).toEqual([]);
}

test('until the first language arrives, the page says so in all three languages; if none can, it says that', async ({
  page,
  pageProblems,
}) => {
  await page.route(languageFiles(), never);
  await page.goto('/?v=1&lang=zh', { waitUntil: 'commit' });
  const boot = page.locator('#root .boot');
  for (const lang of languages)
    await expect(boot.locator(`[lang="${lang}"]`)).toHaveText(bootOf(lang).loading);

  // Chinese, then English, take too long: the page does not stay blank or show raw keys.
  const failed = page.locator('#root [role="alert"]');
  await expect(failed).toBeVisible({ timeout: 30_000 });
  for (const lang of languages)
    await expect(failed.locator(`[lang="${lang}"]`).first()).toHaveText(bootOf(lang).failed);
  await expect(failed.getByRole('link')).toHaveAttribute('href', '');
  await expectNoRawKeys(page);
  forgiveFailedRequests(pageProblems);
});

test('a language that stalls falls back to English, says so, and keeps the address', async ({
  page,
}) => {
  const en = stringsOf('en');
  await page.route(languageFiles('zh'), never);
  await page.goto('/?v=1&lang=zh&where=city', { waitUntil: 'commit' });
  await expect(page.locator('h1')).toHaveText(en.questions.speak.title, { timeout: 30_000 });
  await expect(page.getByText(en.common.notice.languageFailed)).toBeVisible();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
});

test('an English file answered with the page itself shows words, not raw keys', async ({
  page,
  pageProblems,
}) => {
  await page.route(languageFiles('en'), answerWithThePage);
  await page.goto('/?v=1&lang=en');
  await expect(page.locator('#root [role="alert"]')).toContainText(bootOf('en').failed);
  await expectNoRawKeys(page);
  forgiveFailedRequests(pageProblems);
});

test('a language link says it is working while its language loads', async ({ page }) => {
  const en = stringsOf('en');
  const ru = stringsOf('ru');
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.goto('/?v=1&lang=en&where=city');
  await expect(page.locator('h1')).toHaveText(en.questions.speak.title);
  await page.route(languageFiles('ru'), async (route) => {
    await held;
    await route.continue();
  });
  const russian = page.getByRole('link', { name: new RegExp(`^${ru.common.language.ru}`) });
  await russian.click();
  await expect(russian).toHaveAttribute('aria-busy', 'true');
  await expect(russian).toContainText(en.common.loading);
  await expect(page.locator('h1')).toHaveText(en.questions.speak.title);
  release();
  await expect(page.locator('h1')).toHaveText(ru.questions.speak.title);
  await expect(russian).not.toHaveAttribute('aria-busy');
});

test('a part that fails to load says so, and Try again loads it once the host is right again', async ({
  page,
  pageProblems,
}) => {
  const en = stringsOf('en');
  const broken = /\/assets\/cashier-help-[\w-]+\.js$/;
  await page.route(broken, answerWithThePage);
  await page.goto(
    '/?v=1&lang=en&where=city&speak=none&pay=cash&online=no&when=today&operator=kcell',
  );
  const cashier = page.getByRole('region', { name: cashierOf('en').title });
  const failure = cashier.getByRole('alert');
  await expect(failure).toContainText(en.common.failure.part);
  await expect(page.locator('h1')).toHaveText(en.result.headings.terminal);

  await page.unroute(broken);
  await failure.getByRole('button', { name: en.common.failure.tryAgain }).click();
  await expect(cashier.getByRole('textbox', { name: cashierOf('en').number.label })).toBeVisible();
  // The browser logs the module that came back as a page, and the part's failure.
  pageProblems.splice(0, pageProblems.length);
});

test('tapping through before the result texts arrive shows "Loading…", never raw keys', async ({
  page,
}) => {
  const { common, questions, result } = stringsOf('en');
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/en-result-[\w-]{8}\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?v=1&lang=en&where=city&speak=local&pay=cash&online=no&when=now');
  await page.getByText(questions.operator.options.kcell, { exact: true }).click();
  await page.getByRole('button', { name: common.nav.continue }).click();
  await expect(page.getByRole('status').filter({ hasText: common.loading })).toBeVisible();
  await expect(page.locator('h1')).toHaveCount(0);
  await expectNoRawKeys(page);
  release();
  await expect(page.locator('h1')).toHaveText(result.headings.terminal);
  await expect(page.locator('h1')).toBeFocused();
});

test('the result’s strings answered with the page (a deploy half done) say so, and Try again loads them once they are there', async ({
  page,
}) => {
  const { common, questions, result } = stringsOf('en');
  const strings = /\/assets\/en-result-[\w-]{8}\.json$/;
  await page.route(strings, answerWithThePage);
  await page.goto('/?v=1&lang=en&where=city&speak=local&pay=cash&online=no&when=now');
  await page.getByText(questions.operator.options.kcell, { exact: true }).click();
  await page.getByRole('button', { name: common.nav.continue }).click();
  const failure = page.getByRole('alert');
  await expect(failure).toContainText(common.failure.page);
  await expect(page.locator('h1')).toHaveCount(0);
  await expectNoRawKeys(page);

  await page.unroute(strings);
  await failure.getByRole('button', { name: common.failure.tryAgain }).click();
  await expect(page.locator('h1')).toHaveText(result.headings.terminal);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
