import type { Page } from '@playwright/test';
import { expect, stringsOf, test } from './support';

/** A result with the cashier card open: someone who speaks neither Russian nor Kazakh. */
const cashierPage =
  '/?v=1&lang=en&where=city&speak=none&pay=cash&online=no&when=today&operator=kcell';
const storedNumber = (page: Page) =>
  page.evaluate(() => window.localStorage.getItem('kz-topup.phoneNumber'));

/** The number check (libphonenumber) loads on demand: here it waits until the test lets it. */
async function holdNumberCheck(page: Page) {
  let asked!: () => void;
  let release!: () => void;
  const requested = new Promise<void>((resolve) => (asked = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/phone-number-[\w-]+\.js$/, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { requested, release };
}

function cashierForm(page: Page) {
  const { cashier } = stringsOf('en');
  return {
    number: page.getByRole('textbox', { name: cashier.number.label }),
    remember: page.getByRole('checkbox', { name: cashier.remember.label }),
    /** The box is drawn over by its label, as a person sees it: click the label. */
    toggleRemember: () => page.getByText(cashier.remember.label, { exact: true }).click(),
    checked: page.getByText(cashier.operatorHint.replace('{{operators}}', 'Kcell or activ')),
  };
}

test.describe('“Remember my number” while the number check is still loading', () => {
  test('unticked meanwhile: nothing is stored when the check arrives', async ({ page }) => {
    const check = await holdNumberCheck(page);
    await page.goto(cashierPage);
    const form = cashierForm(page);
    await form.toggleRemember();
    await expect(form.remember).toBeChecked();
    await form.number.fill('+7 701 234 56 78');
    await check.requested;
    await form.toggleRemember();
    await expect(form.remember).not.toBeChecked();
    expect(await storedNumber(page)).toBeNull();

    check.release();
    await expect(form.checked).toBeVisible();
    await expect(form.remember).not.toBeChecked();
    expect(await storedNumber(page)).toBeNull();
  });

  test('ticked meanwhile: the number is stored once it is checked', async ({ page }) => {
    const check = await holdNumberCheck(page);
    await page.goto(cashierPage);
    const form = cashierForm(page);
    await form.number.fill('+7 701 234 56 78');
    await check.requested;
    await form.toggleRemember();

    check.release();
    await expect(form.checked).toBeVisible();
    await expect(form.remember).toBeChecked();
    await expect.poll(() => storedNumber(page)).toBe('+77012345678');
  });
});
