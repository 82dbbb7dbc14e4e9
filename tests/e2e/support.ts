import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Page, test as base, expect } from '@playwright/test';
import type cashier from '../../locales/en/cashier.json';
import type channels from '../../locales/en/channels.json';
import type common from '../../locales/en/common.json';
import type questions from '../../locales/en/questions.json';
import type result from '../../locales/en/result.json';

export const languages = ['zh', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];
export type QuestionId = keyof typeof questions;
export const questionIds = ['where', 'speak', 'pay', 'online', 'when', 'operator'] as const;

interface Strings {
  common: typeof common;
  questions: typeof questions;
  channels: typeof channels;
  result: typeof result;
  cashier: typeof cashier;
}

const locales = new URL('../../locales/', import.meta.url);
const read = (lang: Language, file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`${lang}/${file}.json`, locales)), 'utf8'));

/** The visible text of a language, read from the same files the app loads. */
/** Reloads a page whose service worker is ready, and waits until the worker controls it. */
export async function reloadUnderServiceWorker(page: Page): Promise<void> {
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

export function stringsOf(lang: Language): Strings {
  return {
    common: read(lang, 'common'),
    questions: read(lang, 'questions'),
    channels: read(lang, 'channels'),
    result: read(lang, 'result'),
    cashier: read(lang, 'cashier'),
  };
}

/** A language's strings files in the build (`assets/zh-common-<hash>.json`), or every language's. */
export const languageFiles = (lang = '\\w\\w') =>
  new RegExp(`/assets/${lang}-\\w+-[\\w-]{8}\\.json$`);

export type Plan = Partial<Record<QuestionId, string | string[]>>;

export const resultQuery =
  'where=city&speak=none&pay=cash,card&online=no&when=now&operator=beeline';
export const nothingFitsQuery = 'where=abroad&pay=card&online=no&when=now&operator=altel';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page is also checked for Content-Security-Policy violations and console errors. */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ context }, use) => {
      const problems: string[] = [];
      await context.exposeFunction('reportPolicyViolation', (text: string) =>
        problems.push(`CSP: ${text}`),
      );
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportPolicyViolation(text: string): void })
            .reportPolicyViolation;
          report(`${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      context.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
      await use(problems);
      expect(problems, 'CSP violations and console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** For tests that make requests fail on purpose: the browser logs each failed one as an error. */
export function forgiveFailedRequests(problems: string[]): void {
  const others = problems.filter((problem) => !problem.includes('Failed to load resource'));
  problems.splice(0, problems.length, ...others);
}

/** `soft`: the test goes on after a failure, to report every state it checks. */
export async function checkAccessibility(
  page: Page,
  label: string,
  { soft = false } = {},
): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  (soft ? expect.soft : expect)(summary, `axe violations on ${label}`).toEqual([]);
}

interface Focused {
  tag: string;
  type: string;
  name: string;
  checked: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    const label = element?.labels?.[0]?.textContent;
    // A start link with role="button" is a button to the person pressing it.
    const role = element?.getAttribute('role');
    return {
      tag: role === 'button' ? 'button' : (element?.tagName.toLowerCase() ?? ''),
      type: element?.type ?? '',
      name: (label ?? element?.textContent ?? '').trim(),
      checked: Boolean(element?.checked),
    };
  });
}

/** Presses Tab until the focused element is the one wanted. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string): Promise<Focused> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (wanted(now)) return now;
  }
  throw new Error(`Tab never reached ${what}`);
}

export const tabToButton = (page: Page, name: string) =>
  tabTo(page, (f) => f.tag === 'button' && f.name === name, `the button “${name}”`);

export const tabToLink = (page: Page, name: string) =>
  tabTo(page, (f) => f.tag === 'a' && f.name === name, `the link “${name}”`);

/** Radios: Tab into the group, arrow keys to the option, Space when it is not yet chosen. */
async function chooseRadio(page: Page, label: string, count: number): Promise<void> {
  let now = await tabTo(page, (f) => f.type === 'radio', 'the radio group');
  for (let moves = 0; now.name !== label && moves < count; moves++) {
    await page.keyboard.press('ArrowDown');
    now = await focused(page);
  }
  expect(now.name).toBe(label);
  if (!now.checked) await page.keyboard.press('Space');
}

/** Checkboxes: Tab through them, Space on each wanted one that is not ticked yet. */
async function tickCheckboxes(page: Page, labels: string[], count: number): Promise<void> {
  await tabTo(page, (f) => f.type === 'checkbox', 'the first checkbox');
  for (let box = 0; box < count; box++) {
    const now = await focused(page);
    if (labels.includes(now.name) !== now.checked) await page.keyboard.press('Space');
    if (box < count - 1) await page.keyboard.press('Tab');
  }
}

/**
 * From the start page to the result with the keyboard only: the question shown is recognised by
 * its heading, and answered from the plan.
 */
export async function keyboardJourney(page: Page, lang: Language, plan: Plan): Promise<void> {
  const text = stringsOf(lang);
  await expect(page.locator('h1')).toHaveText(text.common.start.title);
  await tabToButton(page, text.common.nav.start);
  await page.keyboard.press('Enter');
  const asked: QuestionId[] = [];
  for (let step = 0; step <= questionIds.length; step++) {
    const heading = page.locator('h1');
    await expect(heading).not.toHaveText(
      step === 0 ? text.common.start.title : text.questions[asked.at(-1)!].title,
    );
    const title = (await heading.textContent())?.trim() ?? '';
    if (isResultHeading(text, title)) break;
    const question = questionIds.find((id) => text.questions[id].title === title);
    if (!question) throw new Error(`Unexpected page: “${title}”`);
    await expect(heading).toBeFocused();
    asked.push(question);
    const answer = plan[question];
    if (answer === undefined) throw new Error(`The plan has no answer to ${question}`);
    const options = text.questions[question].options as Record<string, string>;
    const count = Object.keys(options).length;
    if (Array.isArray(answer))
      await tickCheckboxes(
        page,
        answer.map((slug) => options[slug]!),
        count,
      );
    else await chooseRadio(page, options[answer]!, count);
    await tabToButton(page, text.common.nav.continue);
    await page.keyboard.press('Enter');
  }
  await expectResult(page);
  await expect(page.locator('h1')).toBeFocused();
}

/** A result's heading names its best way, or says that none of the usual ways works. */
export function isResultHeading(text: Strings, title: string): boolean {
  return (
    Object.values(text.result.headings).includes(title) || title === text.result.nothingFits.title
  );
}

/** The result page: `<main data-outcome>` (PRODUCT.md). */
export async function expectResult(page: Page): Promise<void> {
  await expect(page.locator('main')).toHaveAttribute('data-outcome', /^(ok|weak|nothingFits)$/);
}

export const channelOrder = (page: Page) =>
  page
    .locator('[data-channel]')
    .evaluateAll((elements) =>
      elements.map((element) => (element as HTMLElement).dataset.channel ?? ''),
    );

export const planQuery = (plan: Plan) =>
  questionIds
    .filter((id) => plan[id] !== undefined)
    .map((id) => `${id}=${([] as string[]).concat(plan[id]!).join(',')}`)
    .join('&');
