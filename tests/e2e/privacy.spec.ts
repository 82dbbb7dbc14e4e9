import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, keyboardJourney, resultQuery, test } from './support';

test.use({ serviceWorkers: 'allow' });

const cashierLabel = (
  JSON.parse(
    readFileSync(fileURLToPath(new URL('../../locales/zh/cashier.json', import.meta.url)), 'utf8'),
  ) as { number: { label: string } }
).number.label;

test('a whole journey asks nothing of any other origin, sets no cookie and keeps the number on the device', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (request) => {
    requests.push(`${request.url()} ${request.postData() ?? ''}`);
  });

  await page.goto('/?v=1&lang=zh');
  await keyboardJourney(page, 'zh', {
    where: 'city',
    speak: 'none',
    pay: ['cash', 'card'],
    online: 'no',
    when: 'now',
    operator: 'beeline',
  });
  const phone = page.getByLabel(cashierLabel, { exact: true });
  await phone.fill('+7 701 234 56 78');
  await phone.press('Tab');
  await page.locator('details').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle');

  const elsewhere = requests.filter((line) => {
    const url = new URL(line.split(' ')[0]!);
    return url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:';
  });
  expect(elsewhere).toEqual([]);
  expect(requests.length).toBeGreaterThan(5);
  expect(requests.filter((line) => /701\D*234\D*56\D*78/.test(decodeURIComponent(line)))).toEqual(
    [],
  );
  expect(page.url()).not.toMatch(/701/);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('the built page has a strict Content-Security-Policy, no inline script and no referrer', async ({
  page,
  pageProblems,
}) => {
  await page.goto(`/?v=1&lang=en&${resultQuery}`);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toContain('unsafe');
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

  // The policy is enforced, and the check that every test makes would see a violation.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true';
    document.head.append(script);
    return new Promise((resolve) =>
      setTimeout(
        () =>
          resolve((window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan ?? false),
        200,
      ),
    );
  });
  expect(ran).toBe(false);
  await expect
    .poll(() => pageProblems.some((problem) => problem.startsWith('CSP: script-src')))
    .toBe(true);
  pageProblems.length = 0;
});
