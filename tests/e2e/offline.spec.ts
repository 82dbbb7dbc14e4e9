import type { BrowserContext, Page } from '@playwright/test';
import {
  channelOrder,
  checkAccessibility,
  expect,
  forgiveFailedRequests,
  keyboardJourney,
  languageFiles,
  reloadUnderServiceWorker,
  stringsOf,
  tabToLink,
  test,
} from './support';

/**
 * Some Chromium versions (150) report `navigator.onLine === true` in a page loaded while offline;
 * others report `false`. Pinning it to `true` makes every version behave like the one that can't
 * tell, so these tests prove the guide does not rely on it.
 */
async function browserCannotTellItIsOffline(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'onLine', { get: () => true, configurable: true });
  });
}

/** The other kind (Chromium 156): `navigator.onLine === false` in a page loaded while offline. */
async function browserCanTellItIsOffline(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false, configurable: true });
  });
}

async function visitOnceAndGoOffline(page: Page, context: BrowserContext): Promise<void> {
  const en = stringsOf('en');
  await page.goto('/?v=1&lang=en');
  await expect(page.locator('h1')).toHaveText(en.common.start.title);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Said on the next page, at its top and in its flow: never over what the person is reading.
  const notice = page.getByRole('status').filter({ hasText: en.common.offlineReady });
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: en.common.nav.start }).click();
  await expect(page.locator('h1')).toHaveText(en.questions.where.title);
  await expect(notice).toBeVisible();
  const placed = await notice.evaluate((element) => ({
    position: getComputedStyle(element).position,
    above:
      element.getBoundingClientRect().bottom <=
      document.querySelector('h1')!.getBoundingClientRect().top,
  }));
  expect(placed).toEqual({ position: 'static', above: true });
  await checkAccessibility(page, 'the first question with the offline-ready notice');
  await page.getByText(en.questions.where.options.city, { exact: true }).click();
  await page.getByRole('button', { name: en.common.nav.continue }).click();
  await expect(page.locator('h1')).toHaveText(en.questions.speak.title);
  await expect(notice).toHaveCount(0);
  await reloadUnderServiceWorker(page);
  await context.setOffline(true);
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit in English, the whole guide loads and works offline in Russian and Chinese', async ({
    page,
    context,
  }) => {
    const ru = stringsOf('ru');
    const zh = stringsOf('zh');
    await browserCannotTellItIsOffline(context);
    await visitOnceAndGoOffline(page, context);

    await page.goto('/?v=1&lang=ru');
    await keyboardJourney(page, 'ru', {
      where: 'city',
      speak: 'english',
      pay: ['cash', 'kzcard'],
      online: 'no',
      when: 'today',
      operator: 'activ',
    });
    const order = await channelOrder(page);
    expect(order.length).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: ru.result.ruledOutTitle })).toBeVisible();

    await tabToLink(page, zh.common.language.zh);
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(zh.result.headings[order[0] as 'shop']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    await expect(page.getByRole('heading', { name: zh.result.ruledOutTitle })).toBeVisible();
    expect(await channelOrder(page)).toEqual(order);
    await expect(page.getByText(zh.common.notice.languageFailed)).toHaveCount(0);

    await page.reload();
    await expect(page.locator('h1')).toHaveText(zh.result.headings[order[0] as 'shop']);
    expect(await channelOrder(page)).toEqual(order);

    // A path the site has no page at, served the guide: in the path's language, saying so.
    await page.goto('/ru/more?where=city');
    await expect(page.locator('h1')).toHaveText(ru.questions.speak.title);
    await expect(
      page.getByRole('status').filter({ hasText: ru.common.notice.damagedLinkAnswersKept }),
    ).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('offline, the guide keeps saying so while the service worker answers: after a language switch, and after a reload', async ({
    page,
    context,
    pageProblems,
  }) => {
    const en = stringsOf('en');
    const ru = stringsOf('ru');
    await visitOnceAndGoOffline(page, context);
    // The page was open when the connection dropped: every browser says so.
    await expect(
      page.getByRole('status').filter({ hasText: en.common.notice.offline }),
    ).toBeVisible();

    await page.getByRole('link', { name: en.common.language.ru }).click();
    await expect(page.locator('h1')).toHaveText(ru.questions.speak.title);
    const notice = page.getByRole('status').filter({ hasText: ru.common.notice.offline });
    await expect(notice).toBeVisible();

    await browserCanTellItIsOffline(context);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(ru.questions.speak.title);
    await expect(notice).toBeVisible();
    await page.getByText(ru.questions.speak.options.local, { exact: true }).click();
    await page.getByRole('button', { name: ru.common.nav.continue }).click();
    await expect(page.locator('h1')).toHaveText(ru.questions.pay.title);
    await expect(notice).toBeVisible();
    // The browser asks for the icon again on each step: offline, that fails.
    forgiveFailedRequests(pageProblems);
  });
});

test('an open page says when the connection drops, and stops saying it when it returns', async ({
  page,
  context,
  pageProblems,
}) => {
  const en = stringsOf('en');
  await page.goto('/?v=1&lang=en&where=city');
  await expect(page.locator('h1')).toHaveText(en.questions.speak.title);
  const notice = page.getByRole('status').filter({ hasText: en.common.notice.offline });
  await expect(notice).toHaveCount(0);

  await context.setOffline(true);
  await expect(notice).toBeVisible();
  await page.getByText(en.questions.speak.options.local, { exact: true }).click();
  await page.getByRole('button', { name: en.common.nav.continue }).click();
  await expect(page.locator('h1')).toHaveText(en.questions.pay.title);
  await expect(notice).toBeVisible();

  await context.setOffline(false);
  await expect(notice).toHaveCount(0);
  // The browser asks for the icon again on each step: offline, that fails.
  forgiveFailedRequests(pageProblems);
});

test('a language that failed to load offline loads when the connection returns, without a reload', async ({
  page,
  context,
  pageProblems,
}) => {
  const en = stringsOf('en');
  const ru = stringsOf('ru');
  await browserCannotTellItIsOffline(context);
  await page.goto('/?v=1&lang=en&where=city');
  await expect(page.locator('h1')).toHaveText(en.questions.speak.title);
  await page.getByText(en.questions.speak.options.local, { exact: true }).click();

  await context.setOffline(true);
  await page.getByRole('link', { name: en.common.language.ru }).click();
  await expect(page.getByText(en.common.notice.languageFailed)).toBeVisible();
  await expect(page.getByText(en.common.notice.offline)).toBeVisible();
  await expect(page.locator('h1')).toHaveText(en.questions.speak.title);
  await expect(page.getByLabel(en.questions.speak.options.local)).toBeChecked();

  await page.evaluate(() => Object.assign(window, { beforeTheConnectionReturned: true }));
  await context.setOffline(false);
  await expect(page.locator('h1')).toHaveText(ru.questions.speak.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByLabel(ru.questions.speak.options.local)).toBeChecked();
  await expect(page.getByText(ru.common.notice.offline)).toHaveCount(0);
  await expect(page.getByText(en.common.notice.languageFailed)).toHaveCount(0);
  expect(
    await page.evaluate(() => 'beforeTheConnectionReturned' in window),
    'the same page, not reloaded',
  ).toBe(true);
  forgiveFailedRequests(pageProblems);
});

test('a request that fails tells the page it is offline, even when the browser does not', async ({
  page,
  context,
  pageProblems,
}) => {
  const en = stringsOf('en');
  await browserCannotTellItIsOffline(context);
  await page.route(languageFiles('zh'), (route) => route.abort('internetdisconnected'));
  await page.goto('/?v=1&lang=en');
  await expect(page.locator('h1')).toHaveText(en.common.start.title);
  await page.getByRole('link', { name: en.common.language.zh }).click();
  await expect(page.getByText(en.common.notice.languageFailed)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: en.common.notice.offline }),
  ).toBeVisible();
  await expect(page.locator('h1')).toHaveText(en.common.start.title);
  expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
  forgiveFailedRequests(pageProblems);
});
