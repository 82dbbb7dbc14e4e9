import { expect, stringsOf, test } from './support';

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
