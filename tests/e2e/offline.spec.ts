import {
  channelOrder,
  checkAccessibility,
  expect,
  keyboardJourney,
  stringsOf,
  tabToLink,
  test,
} from './support';

test.use({ serviceWorkers: 'allow' });

test('after one visit in English, the whole guide works offline in Russian and Chinese', async ({
  page,
  context,
}) => {
  const en = stringsOf('en');
  const ru = stringsOf('ru');
  const zh = stringsOf('zh');
  await page.goto('/?v=1&lang=en');
  await expect(page.locator('h1')).toHaveText(en.common.start.title);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.getByRole('status').filter({ hasText: en.common.offlineReady })).toBeVisible();
  await checkAccessibility(page, 'the start page with the offline-ready notice');
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  await page.goto('/?v=1&lang=ru');
  await expect(page.getByText(ru.common.notice.offline)).toBeVisible();
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
  await expect(page.locator('h1')).toHaveText(zh.result.basedOnAnswers);
  await expect(page.getByRole('heading', { name: zh.result.ruledOutTitle })).toBeVisible();
  expect(await channelOrder(page)).toEqual(order);
  await expect(page.getByText(zh.common.notice.languageFailed)).toHaveCount(0);
});
