import { encode } from 'uqr';
import { expect, resultQuery, stringsOf, test } from './support';

for (const query of ['?where=city', '?v=1&lang=en&where=city']) {
  test(`a path that looks like another host (//evil.example/${query}) opens a working page on this one`, async ({
    page,
    baseURL,
  }) => {
    const en = stringsOf('en');
    const origin = new URL(baseURL!).origin;
    await page.goto(`${origin}//evil.example/${query}`);
    await expect(page.locator('h1')).toHaveText(en.questions.speak.title);

    await page.getByText(en.questions.speak.options.local, { exact: true }).click();
    await page.getByRole('button', { name: en.common.nav.continue }).click();
    await expect(page.locator('h1')).toHaveText(en.questions.pay.title);
    const address = new URL(page.url());
    expect(address.origin).toBe(origin);
    expect(address.search).toBe('?v=1&lang=en&where=city&speak=local');
  });
}

test.describe('the link a result gives away', () => {
  const opened = (origin: string) =>
    `${origin}//evil.example/?lang=en&${resultQuery}&utm_source=chat#${'x'.repeat(3000)}`;

  test('Copy link and Share give this origin and the answers: no odd path, no fragment', async ({
    page,
    context,
    baseURL,
  }) => {
    const en = stringsOf('en');
    const origin = new URL(baseURL!).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Object.assign(navigator, {
        share: async (data: ShareData) => Object.assign(window, { shared: data }),
      });
    });
    await page.goto(opened(origin));
    await expect(page.locator('h1')).toHaveText(en.result.headings.terminal);
    const canonical = `${origin}/?v=1&lang=en&${resultQuery}`;

    await page.getByRole('button', { name: en.result.actions.copyLink }).click();
    await expect(page.getByText(en.result.actions.copied)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);

    await page.getByRole('button', { name: en.result.actions.share, exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => (window as { shared?: ShareData }).shared?.url))
      .toBe(canonical);
  });

  test('the QR code encodes the same canonical address, whatever the address bar carries', async ({
    page,
    baseURL,
  }) => {
    const en = stringsOf('en');
    const origin = new URL(baseURL!).origin;
    await page.goto(opened(origin));
    await page.getByText(en.result.actions.qrTitle, { exact: true }).click();
    const qr = page.getByRole('img', { name: en.result.actions.qrTitle });
    await expect(qr).toBeVisible();
    const drawn = await qr.locator('path').getAttribute('d');
    const expected = encode(`${origin}/?v=1&lang=en&${resultQuery}`, { ecc: 'M', border: 2 });
    const darkCells = expected.data.flatMap((row, y) =>
      row.flatMap((dark, x) => (dark ? [`M${x} ${y}`] : [])),
    );
    expect(drawn?.match(/M\d+ \d+/g)).toEqual(darkCells);
  });
});
