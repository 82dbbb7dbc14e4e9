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

test('a start page asks for the app’s code only after the browser reports its first paint', async ({
  page,
}) => {
  await page.goto('/zh/');
  await expect(page.locator('h1')).toHaveText(stringsOf('zh').common.start.title);
  const { painted, asked } = await page.evaluate(async () => {
    const main = () =>
      performance
        .getEntriesByType('resource')
        .find((e) => /\/assets\/main-[\w-]{8}\.js$/.test(e.name));
    while (!main()) await new Promise((resolve) => setTimeout(resolve, 20));
    return {
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      asked: main()?.startTime,
    };
  });
  expect(painted).toBeGreaterThan(0);
  expect(asked).toBeGreaterThan(painted!);
});
