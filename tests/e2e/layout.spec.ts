import type { Page } from '@playwright/test';
import { expect, stringsOf, test } from './support';

const openEveryDetail = (page: Page) =>
  page.locator('details').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });

/** The boxes with a background or a border round what they hold. */
const boxes = [
  '.recommendation',
  '.nothing-fits',
  '.cautions',
  '.kit',
  '.notice',
  '.find-operator',
  '.checks-first',
  '.cashier-prominent',
  '.error-summary',
].join(', ');

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('a box has the same space above its first line and below its last as at its sides', async ({
    page,
  }) => {
    const pages = [
      '/?v=1&lang=en&where=city&speak=local&pay=cash&online=no&when=later&operator=altel',
      '/?v=1&lang=en&where=abroad&pay=card&online=no&when=now&operator=altel',
      '/?v=1&lang=zh&where=city&speak=none&pay=cash&online=no&when=today&operator=unknown',
      '/?v=1&lang=ru&where=remote&speak=local&pay=wallet&online=no&when=now&operator=activ',
      '/?v=1&lang=en&where=moon',
      '/en/ways/',
    ];
    let measured = 0;
    for (const url of pages) {
      await page.goto(url, { waitUntil: 'networkidle' });
      await openEveryDetail(page);
      await page.waitForLoadState('networkidle');
      const gaps = await page.locator(boxes).evaluateAll((all) =>
        all
          .filter((box) => box.firstElementChild && box.getClientRects().length > 0)
          .map((box) => {
            const outer = box.getBoundingClientRect();
            const style = getComputedStyle(box);
            const first = box.firstElementChild!.getBoundingClientRect();
            const last = box.lastElementChild!.getBoundingClientRect();
            return {
              box: `${box.className} (${box.firstElementChild!.tagName.toLowerCase()} first)`,
              top: first.top - outer.top - parseFloat(style.borderTopWidth),
              bottom: outer.bottom - parseFloat(style.borderBottomWidth) - last.bottom,
              side: first.left - outer.left - parseFloat(style.borderLeftWidth),
            };
          }),
      );
      for (const { box, top, bottom, side } of gaps) {
        expect
          .soft(
            Math.abs(top - side),
            `${url}: the space above the first line of ${box} is ${top} px, at its side ${side} px`,
          )
          .toBeLessThanOrEqual(2);
        expect
          .soft(
            Math.abs(bottom - side),
            `${url}: the space below the last line of ${box} is ${bottom} px, at its side ${side} px`,
          )
          .toBeLessThanOrEqual(2);
      }
      measured += gaps.length;
    }
    expect(measured).toBeGreaterThan(20);
  });

  test('a question that wraps starts its second line under its first word, not under the arrow', async ({
    page,
  }) => {
    const { result } = stringsOf('en');
    await page.goto(
      '/?v=1&lang=en&where=city&speak=local&pay=cash&online=no&when=later&operator=altel',
    );
    const faq = page.getByRole('region', { name: result.faq.title });
    await expect(faq).toBeVisible();
    const lines = await faq.locator('summary').evaluateAll((summaries) =>
      summaries.map((summary) => {
        const range = document.createRange();
        range.selectNodeContents(summary);
        const starts = new Map<number, number>();
        for (const rect of range.getClientRects()) {
          if (rect.width === 0) continue;
          const top = Math.round(rect.top);
          starts.set(top, Math.min(starts.get(top) ?? Infinity, rect.left));
        }
        return {
          text: summary.textContent ?? '',
          box: summary.getBoundingClientRect().left,
          starts: [...starts.entries()].sort(([a], [b]) => a - b).map(([, left]) => left),
        };
      }),
    );
    const wrapped = lines.filter(({ starts }) => starts.length > 1);
    expect(wrapped.length, 'questions that wrap at 320 px').toBeGreaterThan(0);
    for (const { text, box, starts } of lines) {
      expect(starts[0]! - box, `“${text}” leaves room for its arrow`).toBeGreaterThan(16);
      for (const start of starts.slice(1))
        expect(Math.abs(start - starts[0]!), `the next line of “${text}”`).toBeLessThanOrEqual(1);
    }
  });
});

test.describe('at 195 px wide (200 % zoom on a 390 px phone)', () => {
  test.use({ viewport: { width: 195, height: 422 } });

  test('a short answer keeps “Change” beside it; only a long one puts it underneath', async ({
    page,
  }) => {
    await page.goto(
      '/?v=1&lang=ru&where=city&speak=none&pay=cash,card&online=no&when=now&operator=beeline',
    );
    await expect(page.locator('.summary-row')).toHaveCount(6);
    const rows = await page.locator('.summary-row').evaluateAll((all) =>
      all.map((row) => {
        const [, answer, change] = [...row.children].map((cell) => cell.getBoundingClientRect());
        return {
          answer: row.children[1]!.textContent ?? '',
          beside: Math.abs(answer!.top - change!.top) < 1,
          under: change!.top >= answer!.bottom - 1,
        };
      }),
    );
    expect(rows.filter((row) => row.beside).map((row) => row.answer)).toEqual(['Нет', 'Beeline']);
    for (const row of rows) expect(row.beside || row.under, row.answer).toBe(true);
  });
});
