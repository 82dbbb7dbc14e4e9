import { expect, stringsOf, test } from './support';

const resultAddress =
  '/?v=1&lang=en&where=city&speak=none&pay=cash,card&online=no&when=now&operator=beeline';

test('a bookmarked result asks for its own code while the app’s is still on its way', async ({
  page,
}) => {
  const { result } = stringsOf('en');
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The app's entry module (main.tsx) is held back: nothing it would start can start.
  await page.route(/\/assets\/main-[\w-]{8}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const resultCode = page.waitForRequest(/\/assets\/guide-[\w-]{8}\.js$/);
  await page.goto(resultAddress, { waitUntil: 'commit' });
  await resultCode;
  release();
  await expect(page.locator('h1')).toHaveText(result.headings.terminal);
});
