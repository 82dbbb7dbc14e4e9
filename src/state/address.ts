import * as z from 'zod/mini';
import {
  type Answers,
  type PayMeans,
  type QuestionId,
  isAsked,
  onlineOptions,
  operatorOptions,
  payOptions,
  questionIds,
  reachableAnswers,
  speakOptions,
  whenOptions,
  whereOptions,
} from '../domain';

/** Public contract v1 (PRODUCT.md): bookmarks depend on every name here. */
export const addressVersion = 1;
export const languages = ['zh', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * Which page family the address names: the guide itself (`/?v=1&…`, contract v1), or a page that
 * needs no script (`/zh/`, `/zh/ways/`: PRODUCT.md, "Pages that need no script").
 */
export type View = 'guide' | 'home' | 'ways';

export interface AddressState {
  readonly answers: Answers;
  readonly lang?: Language;
  readonly step?: QuestionId;
  /** Absent: the guide. */
  readonly view?: Exclude<View, 'guide'>;
}

export interface ParsedAddress {
  readonly state: AddressState;
  /** Parameters whose value could not be read and were dropped: the person is told. */
  readonly dropped: readonly string[];
}

export type Params = Record<string, string[]>;

const maxValueLength = 200;

/** A text with its percent-escapes decoded; as written when they are not escapes after all. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Characters that show as nothing, which chat apps and editors put inside long words so they can
 * wrap (zero-width space, soft hyphen, direction marks): never part of a name or a value.
 */
const invisible = /\p{Cf}/gu;

/** A text as read aloud: escapes decoded, invisible characters gone, full-width folded, lower case. */
const plain = (text: string) =>
  decoded(text).replace(invisible, '').normalize('NFKC').toLowerCase();

/**
 * A value as a person meant it. Links pass through chat apps, mail and hand edits: full-width
 * letters (`ｃｉｔｙ`), a second percent-encoding (`cash%252Ccard`), a sentence's `.`, `）` or `。`
 * stuck to the link's end, or a cut in the middle of an escape. None of the contract's words
 * begins or ends with anything but a letter or a digit, so what does is not part of the value.
 */
function normalizeValue(value: string): string {
  // A link cut inside an escape after a word (`city%2`): the word was whole.
  return plain(value.replace(/(?<=[\p{L}\p{N}])%[\da-f]?$/iu, '')).replace(
    /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu,
    '',
  );
}

const slug = z.pipe(z.string().check(z.maxLength(maxValueLength)), z.transform(normalizeValue));
const slugOf = <T extends readonly [string, ...string[]]>(options: T) =>
  z.pipe(slug, z.enum(options));

const singleValued = {
  // A hand-written `lang=zh-CN` or `ru-RU` means the language, not a damaged link.
  lang: z.pipe(
    z.pipe(
      slug,
      z.transform((value) => value.split(/[-_]/)[0]),
    ),
    z.enum(languages),
  ),
  where: slugOf(whereOptions),
  speak: slugOf(speakOptions),
  online: slugOf(onlineOptions),
  when: slugOf(whenOptions),
  operator: slugOf(operatorOptions),
  step: slugOf(questionIds),
};

export type Migrations = Readonly<Record<number, (params: Params) => Params>>;

/**
 * `migrations[n]` rewrites a version-n address into version n+1's vocabulary. v1 is the first
 * version, so there are none yet; v2 adds `1: (params) => …` here and v1 bookmarks keep working.
 */
export const migrations: Migrations = {};

export function migrate(
  params: Params,
  from: number,
  to: number = addressVersion,
  steps: Migrations = migrations,
): Params {
  let current = params;
  for (let version = from; version < to; version++) current = steps[version]?.(current) ?? current;
  return current;
}

/**
 * A key as a person meant it: `WHERE`, `on line` (a mail's line break), or `amp;where` or
 * `#38;where` from a link copied out of HTML (`&amp;`, `&#38;`).
 */
const normalizeKey = (key: string) =>
  key
    .replace(invisible, '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/^(amp;|#38;)+/, '');

/** The contract's own names: only their values can hold more of the address. */
const contractKeys: ReadonlySet<string> = new Set(['v', 'lang', 'step', ...questionIds]);

/**
 * Text with the delimiters it stood for: `＆`, `＝` and `？` typed in full width, `%26`, `%3D` and
 * `%3F` left by one encoding more, and a second `?` (a tracker's `beeline?from=…`) as an `&`.
 */
function withDelimiters(text: string): string {
  const result = text.normalize('NFKC');
  return (/%(?:26|3d|3f)/i.test(result) ? decoded(result) : result).replaceAll('?', '&');
}

/**
 * A link copied out of a mail's quoted-printable source writes each `=` as `=3D` (`where=3Dcity`).
 * No value of the contract begins with `3D`.
 */
const withoutQuotedPrintable = (search: string) => search.replace(/=3D(?=[\p{L}\p{N}])/giu, '=');

/** `;` between parameters (an old convention some sites still rewrite links to): an `&`. */
const parameterSemicolon = new RegExp(
  `[;；](?=\\s*(?:${[...contractKeys].join('|')})\\s*=)`,
  'giu',
);

function readParams(search: string, params = Object.create(null) as Params, again = true): Params {
  // No prototype (above): a parameter named like `valueOf` or `__proto__` stays a plain parameter.
  let entries: URLSearchParams;
  try {
    entries = new URLSearchParams(
      again ? withoutQuotedPrintable(search).replace(parameterSemicolon, '&') : search,
    );
  } catch {
    return params;
  }
  for (const [key, value] of entries) {
    // No name or value of the contract holds `=` or `&`: these came from a query encoded once
    // more (`?v%3D1%26where%3Dcity`, `?v=1%26where%3Dcity`) or typed in full width, so it is read
    // once more. Only in the contract's own parameters: another's value (a tracker's, a shared
    // link's) may hold a whole other address, which is not the person's answers.
    const name = withDelimiters(key);
    const text = withDelimiters(value);
    if (again && (/[=&]/.test(name) || (contractKeys.has(normalizeKey(name)) && /[=&]/.test(text))))
      readParams(text ? `${name}=${text}` : name, params, false);
    else (params[normalizeKey(key)] ??= []).push(value);
  }
  return params;
}

/**
 * The one value a key holds, read by `read`; a value that is only punctuation counts as none.
 * A value it cannot read, or two different ones (a link "fixed" by adding one at the end), puts
 * the key in `dropped`; only a single readable value is kept, never a guess between two.
 */
function readOne<T>(
  key: string,
  values: readonly string[] | undefined,
  read: (value: string) => T | undefined,
  dropped: string[],
): T | undefined {
  const results = (values ?? []).filter((value) => normalizeValue(value) !== '').map(read);
  if (results.length === 0) return undefined;
  const readable = new Set(results.filter((result) => result !== undefined));
  if (readable.size !== 1 || results.includes(undefined)) dropped.push(key);
  const [only] = readable;
  return readable.size === 1 ? only : undefined;
}

/** A link without `v` (shortened, or written by hand) is read as v1, then migrated like one. */
const firstVersion = 1;

function readVersion(params: Params, dropped: string[]): number {
  const version = readOne(
    'v',
    params.v,
    (value) => {
      // `v=1.0` or `v=1。` is v1; `v=-1` is not.
      const number = Number(
        value
          .normalize('NFKC')
          .trim()
          .replace(/[^\p{N}]+$/u, ''),
      );
      return Number.isInteger(number) && number >= 1 && number <= addressVersion
        ? number
        : undefined;
    },
    dropped,
  );
  return version ?? (dropped.includes('v') ? addressVersion : firstVersion);
}

const isPayMeans = (word: string): word is PayMeans =>
  (payOptions as readonly string[]).includes(word);

/**
 * The payment means, whatever list separator a person or a chat app used (`cash,card`,
 * `cash;card`, `cash、card`, `cash/card`, `cash|card`), and `cash+card` (also as `%2B`) or `cash card` when every word is a
 * means: `kz-card` or `kaspi card` is not `card`.
 */
function readPay(values: readonly string[] | undefined, dropped: string[]): PayMeans[] | undefined {
  const pay = new Set<PayMeans>();
  const items = (values ?? []).flatMap((value) => normalizeValue(value).split(/[,;、/|]/));
  for (const item of items.map(normalizeValue).filter(Boolean)) {
    const words = item.split(/[\s+]+/);
    if (words.every(isPayMeans)) for (const means of words) pay.add(means);
    else if (!dropped.includes('pay')) dropped.push('pay');
  }
  return pay.size > 0 ? payOptions.filter((means) => pay.has(means)) : undefined;
}

/** Reads an address. Never throws: whatever cannot be read is dropped and named in `dropped`. */
export function parseAddress(search: string): ParsedAddress {
  const dropped: string[] = [];
  const raw = readParams(search);
  const params = migrate(raw, readVersion(raw, dropped));
  const read: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(singleValued)) {
    const value = readOne(key, params[key], (text) => schema.safeParse(text).data, dropped);
    if (value !== undefined) read[key] = value;
  }
  const pay = readPay(params.pay, dropped);
  if (pay) read.pay = pay;

  const { lang, step, ...rest } = read as AddressState['answers'] & {
    lang?: Language;
    step?: QuestionId;
  };
  const answers = reachableAnswers(rest);
  const keepStep = step !== undefined && isAsked(step, answers);
  if (step !== undefined && !keepStep) dropped.push('step');
  // Only some of the payment means could be read: the question comes back with those ticked, so
  // the advice never rests on part of what the person has without them seeing it.
  const askPayAgain = answers.pay !== undefined && dropped.includes('pay');
  const shownStep = askPayAgain ? 'pay' : keepStep ? step : undefined;
  return {
    state: {
      answers,
      ...(lang ? { lang } : {}),
      ...(shownStep ? { step: shownStep } : {}),
    },
    dropped,
  };
}

/** The site's root path: the guide is always at `/`, whatever path the page was opened at. */
export const sitePath = '/';

// `/zh/ways/`, also as `/zh/ways` or `/zh/ways/index.html` (the file a static host serves there).
const pagePath = new RegExp(`^${sitePath}(${languages.join('|')})(/ways)?(?:/|/index\\.html)?$`);

/**
 * Reads a whole location: a language's start or ways page from its path, else the guide's query.
 * A start page's path with answers in its query (`/en/?where=city`) is the guide in that language:
 * the answers are the person's, and are kept.
 */
export function parseLocation(pathname: string, search: string): ParsedAddress {
  const page = pagePath.exec(pagePathOf(pathname));
  if (!page) return readOtherPath(pathname, search);
  const lang = page[1] as Language;
  if (page[2]) return { state: { answers: {}, lang, view: 'ways' }, dropped: [] };
  const guide = parseAddress(search);
  if (Object.keys(guide.state.answers).length > 0)
    return { ...guide, state: { ...guide.state, lang } };
  // Answers it could not read: the start page says so.
  return { state: { answers: {}, lang, view: 'home' }, dropped: guide.dropped };
}

/** A page's path as meant: `/ZH/ways）` or `/ru/ways/.` (a sentence's end stuck to the link). */
function pagePathOf(pathname: string): string {
  return plain(pathname).replace(/[^\p{L}\p{N}/]+$/u, '');
}

const guidePath = new RegExp(`^${sitePath}(?:index\\.html)?$`);

/**
 * A path the site has no page at, where the service worker (or a host's fallback) serves the guide.
 * A link whose `?` was lost or encoded (`/v=1&where=city`, `/%3Fv=1&…`) holds its query in the path:
 * read like one. Any other path is named in `dropped`, so the person is told; the query's answers,
 * and a language the path starts with (`/zh/more`), are kept.
 */
function readOtherPath(pathname: string, search: string): ParsedAddress {
  if (guidePath.test(pathname)) return parseAddress(search);
  // From the first part with a value: a value may hold a `/` too (`pay=cash/card`).
  const parts = pathname.split('/');
  const first = parts.findIndex((part) => decoded(part).includes('='));
  const tail = first < 0 ? '' : decoded(parts.slice(first).join('/'));
  if (tail.includes('=')) return parseAddress(`${tail.replace(/^\?/, '')}&${search.slice(1)}`);
  const guide = parseAddress(search);
  const lang = languages.find((code) => pagePathOf(pathname).startsWith(`/${code}/`));
  return {
    state: { ...(lang ? { lang } : {}), ...guide.state },
    dropped: [...guide.dropped, 'path'],
  };
}

/** The path and query of a state: `/zh/ways/`, or `/?v=1&lang=zh&…` (never a host). */
export function hrefOf(state: AddressState): string {
  if (state.view && state.lang)
    return `${sitePath}${state.lang}/${state.view === 'ways' ? 'ways/' : ''}`;
  return `${sitePath}${serializeAddress(state)}`;
}

/** Writes the canonical address: v, lang, the answers in question order, then step. */
export function serializeAddress(state: AddressState): string {
  const parts = [`v=${addressVersion}`];
  if (state.lang) parts.push(`lang=${state.lang}`);
  const answers = reachableAnswers(state.answers);
  for (const question of questionIds) {
    const value = answers[question];
    if (value === undefined) continue;
    const text = Array.isArray(value)
      ? payOptions.filter((m) => value.includes(m)).join(',')
      : value;
    parts.push(`${question}=${text}`);
  }
  if (state.step) parts.push(`step=${state.step}`);
  return `?${parts.join('&')}`;
}
