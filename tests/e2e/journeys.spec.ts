import {
  type Language,
  type Plan,
  channelOrder,
  expect,
  keyboardJourney,
  planQuery,
  resultQuery,
  stringsOf,
  tabToLink,
  test,
} from './support';

const plans: Record<Language, Plan> = {
  zh: {
    where: 'city',
    speak: 'none',
    pay: ['cash', 'card'],
    online: 'no',
    when: 'now',
    operator: 'beeline',
  },
  ru: {
    where: 'remote',
    speak: 'local',
    pay: ['kzcard', 'friend'],
    online: 'yes',
    when: 'today',
    operator: 'kcell',
  },
  en: { where: 'abroad', pay: ['card', 'wallet'], online: 'yes', when: 'later', operator: 'tele2' },
};

for (const lang of ['zh', 'ru', 'en'] as const) {
  test(`a journey in ${lang}, keyboard only, gives a result that a bookmark opens again`, async ({
    page,
    browser,
  }) => {
    const text = stringsOf(lang);
    await page.goto('/');
    if (lang !== 'en') {
      await tabToLink(page, text.common.language[lang]);
      await page.keyboard.press('Enter');
    }
    await keyboardJourney(page, lang, plans[lang]);

    const url = new URL(page.url());
    expect(url.search).toBe(`?v=1&lang=${lang}&${planQuery(plans[lang])}`);
    const order = await channelOrder(page);
    expect(order.length).toBeGreaterThan(0);
    const headings = text.result.headings as Record<string, string>;
    await expect(page.locator('h1')).toHaveText(headings[order[0]!]!);

    const bookmarkContext = await browser.newContext();
    const bookmark = await bookmarkContext.newPage();
    await bookmark.goto(url.href);
    await expect(bookmark.locator('h1')).toHaveText(headings[order[0]!]!);
    expect(await channelOrder(bookmark)).toEqual(order);
    await bookmarkContext.close();
  });
}

test('Back and Forward move between steps, and reload keeps the page', async ({ page }) => {
  const { common, questions, result } = stringsOf('en');
  const heading = page.locator('h1');
  await page.goto('/?v=1&lang=en');
  await page.getByRole('button', { name: common.nav.start }).click();
  await expect(heading).toHaveText(questions.where.title);
  await page.getByText(questions.where.options.city, { exact: true }).click();
  await page.getByRole('button', { name: common.nav.continue }).click();
  await expect(heading).toHaveText(questions.speak.title);
  await page.getByText(questions.speak.options.local, { exact: true }).click();
  await page.getByRole('button', { name: common.nav.continue }).click();
  await expect(heading).toHaveText(questions.pay.title);

  await page.goBack();
  await expect(heading).toHaveText(questions.speak.title);
  await page.goBack();
  await expect(heading).toHaveText(questions.where.title);
  await page.goBack();
  await expect(heading).toHaveText(common.start.title);
  await page.goForward();
  await expect(heading).toHaveText(questions.where.title);
  await page.goForward();
  await expect(heading).toHaveText(questions.speak.title);

  await page.reload();
  await expect(heading).toHaveText(questions.speak.title);
  await page.goBack();
  await expect(heading).toHaveText(questions.where.title);
  await page.goForward();
  await expect(heading).toHaveText(questions.speak.title);
  expect(new URL(page.url()).search).toBe('?v=1&lang=en&where=city&speak=local&step=speak');
  await expect(page.getByLabel(questions.speak.options.local)).toBeChecked();

  await page.goto(
    `/?v=1&lang=en&where=city&speak=local&pay=cash&online=no&when=now&operator=kcell`,
  );
  await expect(heading).toHaveText(result.headings.terminal);
  const order = await channelOrder(page);
  await page.reload();
  await expect(heading).toHaveText(result.headings.terminal);
  expect(await channelOrder(page)).toEqual(order);

  // A question opened with Change goes Back to the result, also after a reload.
  await page.getByRole('link', { name: /Change.*How can you pay/ }).click();
  await expect(heading).toHaveText(questions.pay.title);
  await page.reload();
  await expect(heading).toHaveText(questions.pay.title);
  await page.getByRole('link', { name: common.nav.back }).click();
  await expect(heading).toHaveText(result.headings.terminal);
});

const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/gi)?.length;

test('a printed result is short: the best way and its sources, without the rest or the controls', async ({
  page,
}) => {
  const { common, result } = stringsOf('en');
  await page.goto(
    '/?v=1&lang=en&where=city&speak=local&pay=cash&online=no&when=later&operator=altel',
  );
  const bestWaySteps = page.locator('section[data-channel] ol li').first();
  const otherWays = page.locator('details[data-channel]');
  const sources = page.locator('.sources li');
  const leftOut = [
    result.others,
    result.ruledOutTitle,
    result.yourAnswers,
    result.faq.title,
    result.actions.title,
    result.staySafe.title,
  ].map((name) => page.getByRole('heading', { name, exact: true }));
  for (const heading of leftOut) await expect(heading).toBeVisible();
  await expect(page.getByText(result.actions.printedLink)).toBeHidden();
  await expect(otherWays.first()).toBeVisible();
  await expect(sources.first()).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('h1')).toHaveText(result.headings.shop);
  await expect(bestWaySteps).toBeVisible();
  for (const heading of leftOut) await expect(heading).toBeHidden();
  for (const way of await otherWays.all()) await expect(way).toBeHidden();
  await expect(page.getByText(result.sources.title, { exact: true })).toBeVisible();
  await expect(sources.filter({ visible: true }).first()).toBeVisible();
  await expect(page.locator('button:visible, input:visible')).toHaveCount(0);
  // On paper, the address to open it again (there is no Copy link there).
  const printedLink = page.getByText(result.actions.printedLink);
  await expect(printedLink).toBeVisible();
  const url = new URL(page.url());
  await expect(printedLink).toContainText(`${url.origin}${url.pathname}${url.search}`);
  await expect(page.getByRole('link', { name: common.skipToContent })).toBeHidden();
  await expect(page.getByRole('navigation', { name: common.language.label })).toBeHidden();
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(3);

  await page.emulateMedia({ media: 'screen' });
  await page.goto(
    '/?v=1&lang=en&where=city&speak=local&pay=kzcard&online=yes&when=today&operator=tele2',
  );
  const mightWork = page.getByRole('heading', { name: result.mightWork.title });
  await expect(mightWork).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(mightWork).toBeHidden();

  // A field to type a contact's number in is no use on paper: the codes it fills in stay.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(
    '/?v=1&lang=en&where=remote&speak=none&pay=cash&online=no&when=now&operator=activ',
  );
  const contactNumber = page.getByRole('textbox', { name: result.codes.contactNumber });
  await expect(contactNumber).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(contactNumber).toBeHidden();
  await expect(page.locator('button:visible, input:visible')).toHaveCount(0);
  await expect(page.locator('.code').filter({ hasText: '*131*' }).first()).toBeVisible();
  // A number typed there fills the code in; what is said of it prints with it.
  await page.emulateMedia({ media: 'screen' });
  await contactNumber.fill('+7 705 123 45 67');
  const otherOperator = page.getByText(result.codes.payForMeOtherOperator);
  await expect(otherOperator).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(otherOperator).toBeVisible();
  await expect(contactNumber).toBeHidden();

  // "Find it out first: see the top of this page": the top of the printed page says how.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(
    '/?v=1&lang=en&where=city&speak=local&pay=cash&online=no&when=later&operator=unknown',
  );
  const findOperator = page.getByRole('heading', { name: result.guidance.findOperator.title });
  await expect(findOperator).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(findOperator).toBeVisible();
  await expect(page.getByText(result.guidance.findOperator.lead)).toBeVisible();
  await expect(page.locator('button:visible, input:visible')).toHaveCount(0);
});

test('a printed result keeps the cashier card made for it, without the form, its buttons or a focus ring', async ({
  page,
}) => {
  const { cashier } = stringsOf('en');
  await page.goto(
    '/?v=1&lang=en&where=city&speak=none&pay=cash&online=no&when=today&operator=beeline',
  );
  await page.getByRole('textbox', { name: cashier.number.label }).fill('+7 701 123 45 67');
  await page.getByRole('textbox', { name: cashier.amount.label }).fill('5000');
  await page.getByRole('button', { name: cashier.show }).click();
  const card = page.getByRole('region', { name: cashier.cardLabel });
  await expect(card).toBeFocused();
  await expect(card).toHaveCSS('outline-style', 'solid');

  await page.emulateMedia({ media: 'print' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('+7 701 123 45 67');
  await expect(card).toHaveCSS('outline-style', 'none');
  await expect(page.getByText(cashier.lead)).toBeHidden();
  await expect(page.getByText(cashier.reader.note)).toBeHidden();
  await expect(page.locator('button:visible, input:visible')).toHaveCount(0);
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(3);
});

test('every step starts at the top of the page, with focus on its heading', async ({ page }) => {
  const { common } = stringsOf('en');
  await page.setViewportSize({ width: 390, height: 600 });
  await page.goto(`/?v=1&lang=en&${resultQuery}`);
  const startAgain = page.getByRole('button', { name: common.nav.startAgain });
  await startAgain.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await startAgain.click();
  await expect(page.locator('h1')).toHaveText(common.start.title);
  await expect(page.locator('h1')).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('header')).toBeInViewport();
});

test('the operator finder keeps its guess beside the field, in view above a phone keyboard', async ({
  page,
}) => {
  const { questions } = stringsOf('en');
  // A phone with its keyboard open: 390 × 360 left for the page.
  await page.setViewportSize({ width: 390, height: 360 });
  await page.goto('/?v=1&lang=en&where=city&speak=local&pay=cash&online=no&when=today');
  await page.getByText(/Not sure\? Type your number/).click();
  const field = page.getByRole('textbox');
  await field.fill('+7 777 123 45 67');
  const use = page.getByRole('button', { name: 'Use Beeline' });
  await expect(use).toBeInViewport();
  await field.press('Enter');
  await expect(page.locator('h1')).toHaveText(questions.operator.title);
  await use.click();
  await expect(page.getByLabel(questions.operator.options.beeline)).toBeChecked();
  await expect(page.getByLabel(questions.operator.options.beeline)).toBeInViewport();
});

test('browser Back keeps the language last chosen', async ({ page }) => {
  const en = stringsOf('en');
  const zh = stringsOf('zh');
  await page.goto('/?v=1&lang=zh&where=city&speak=local&pay=cash&online=no&when=today');
  await expect(page.locator('h1')).toHaveText(zh.questions.operator.title);
  await page.getByText(zh.questions.operator.options.kcell, { exact: true }).click();
  await page.getByRole('button', { name: zh.common.nav.continue }).click();
  await expect(page.locator('main')).toHaveAttribute('data-outcome', /.+/);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(en.questions.operator.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
});
