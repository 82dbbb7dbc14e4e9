import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  isAsked,
  onlineOptions,
  operatorOptions,
  payOptions,
  questionIds,
  questionOptions,
  reachableAnswers,
  speakOptions,
  whenOptions,
  whereOptions,
} from '../../src/domain';
import {
  type AddressState,
  languages,
  migrate,
  parseAddress,
  parseLocation,
  serializeAddress,
} from '../../src/state';

const product =
  '?v=1&lang=zh&where=city&speak=none&pay=cash,card&online=no&when=now&operator=beeline';

const answersArb: fc.Arbitrary<Answers> = fc
  .record(
    {
      where: fc.constantFrom(...whereOptions),
      speak: fc.constantFrom(...speakOptions),
      pay: fc.subarray([...payOptions], { minLength: 1 }),
      online: fc.constantFrom(...onlineOptions),
      when: fc.constantFrom(...whenOptions),
      operator: fc.constantFrom(...operatorOptions),
    },
    { requiredKeys: [] },
  )
  .map(reachableAnswers);

const stateArb: fc.Arbitrary<AddressState> = fc
  .tuple(
    answersArb,
    fc.option(fc.constantFrom(...languages), { nil: undefined }),
    fc.constantFrom(undefined, ...questionIds),
  )
  .map(([answers, lang, step]) => ({
    answers,
    ...(lang ? { lang } : {}),
    ...(step && isAsked(step, answers) ? { step } : {}),
  }));

function isValidState({ answers, lang, step }: AddressState): boolean {
  const values = Object.entries(answers).every(([question, value]) => {
    const options = questionOptions[question as keyof typeof questionOptions] as readonly string[];
    if (!options) return false;
    if (question === 'pay') {
      const list = value as string[];
      return (
        list.length > 0 &&
        list.every((v) => options.includes(v)) &&
        new Set(list).size === list.length
      );
    }
    return options.includes(value as string);
  });
  return (
    values &&
    JSON.stringify(reachableAnswers(answers)) === JSON.stringify(answers) &&
    (lang === undefined || (languages as readonly string[]).includes(lang)) &&
    (step === undefined || isAsked(step, answers))
  );
}

describe('the address codec, contract v1', () => {
  it('reads the example address of PRODUCT.md', () => {
    expect(parseAddress(product)).toEqual({
      state: {
        lang: 'zh',
        answers: {
          where: 'city',
          speak: 'none',
          pay: ['cash', 'card'],
          online: 'no',
          when: 'now',
          operator: 'beeline',
        },
      },
      dropped: [],
    });
  });

  it('writes the example address of PRODUCT.md back exactly, in canonical order', () => {
    expect(serializeAddress(parseAddress(product).state)).toBe(product);
    const shuffled =
      '?operator=beeline&pay=card,cash&when=now&online=no&speak=none&where=city&lang=zh&v=1';
    expect(serializeAddress(parseAddress(shuffled).state)).toBe(product);
  });

  it.each([
    ['an empty address', '', { answers: {} }, []],
    ['an address without v (read as v1)', '?where=abroad', { answers: { where: 'abroad' } }, []],
    ['a step', '?where=city&step=where', { answers: { where: 'city' }, step: 'where' }, []],
    [
      'unknown parameters, ignored',
      '?where=city&utm_source=x&fbclid=1',
      { answers: { where: 'city' } },
      [],
    ],
    [
      'an unknown value, dropped',
      '?where=mars&online=yes',
      { answers: { online: 'yes' } },
      ['where'],
    ],
    [
      'an unknown payment means: the rest kept, and the question asked again with them ticked',
      '?where=city&pay=cash,gold&step=where',
      { answers: { where: 'city', pay: ['cash'] }, step: 'pay' },
      ['pay'],
    ],
    ['no payment means it can read', '?pay=gold', { answers: {} }, ['pay']],
    ['a repeated key that agrees', '?where=city&where=city', { answers: { where: 'city' } }, []],
    [
      'a repeated key that disagrees: neither is guessed, the question is asked again',
      '?where=city&where=abroad&operator=beeline&operator=kcell&online=yes',
      { answers: { online: 'yes' } },
      ['where', 'operator'],
    ],
    [
      'a repeated key with one value it can read',
      '?where=city&where=mars',
      { answers: { where: 'city' } },
      ['where'],
    ],
    [
      'pay split over repeated keys',
      '?pay=cash&pay=card,cash',
      { answers: { pay: ['cash', 'card'] } },
      [],
    ],
    [
      'letter case and spaces',
      '?where=%20City%20&lang=ZH',
      { answers: { where: 'city' }, lang: 'zh' },
      [],
    ],
    [
      "a sentence's punctuation stuck to the link",
      '?lang=zh.&where=city,&step=operator）&operator=beeline。',
      { answers: { where: 'city', operator: 'beeline' }, lang: 'zh', step: 'operator' },
      [],
    ],
    [
      'full-width letters and separators from a Chinese keyboard',
      '?where=ｃｉｔｙ&pay=cash，card、wallet',
      { answers: { where: 'city', pay: ['cash', 'card', 'wallet'] } },
      [],
    ],
    ['pay=cash+card', '?pay=cash+card', { answers: { pay: ['cash', 'card'] } }, []],
    ['pay=cash%20card', '?pay=cash%20card', { answers: { pay: ['cash', 'card'] } }, []],
    ['pay=cash;card', '?pay=cash;card', { answers: { pay: ['cash', 'card'] } }, []],
    ['pay=cash/card', '?pay=cash/card', { answers: { pay: ['cash', 'card'] } }, []],
    ['pay=cash|card', '?pay=cash%7Ccard', { answers: { pay: ['cash', 'card'] } }, []],
    ['pay=cash%252Ccard', '?pay=cash%252Ccard', { answers: { pay: ['cash', 'card'] } }, []],
    ['pay=cash%2Ccard', '?pay=cash%2Ccard', { answers: { pay: ['cash', 'card'] } }, []],
    [
      'a link copied out of HTML (&amp;)',
      '?v=1&amp;lang=ru&amp;amp;where=city',
      { answers: { where: 'city' }, lang: 'ru' },
      [],
    ],
    [
      'a link copied out of HTML (&#38;)',
      '?v=1&#38;lang=ru&#38;where=city',
      { answers: { where: 'city' }, lang: 'ru' },
      [],
    ],
    ['upper-case names', '?V=1&LANG=en&Where=city', { answers: { where: 'city' }, lang: 'en' }, []],
    [
      'invisible characters a chat app put in to wrap long words',
      '?where=ci\u200Bty&oper\u00ADator=kcell\u200E&speak=lo%E2%80%8Bcal',
      { answers: { where: 'city', speak: 'local', operator: 'kcell' } },
      [],
    ],
    [
      "a mail's line break inside a name",
      '?where=city&on%0Aline=no&when+=now',
      { answers: { where: 'city', online: 'no', when: 'now' } },
      [],
    ],
    [
      'parameters between semicolons, the list of means too',
      '?v=1;lang=ru;where=city；speak=local;pay=cash;card',
      { answers: { where: 'city', speak: 'local', pay: ['cash', 'card'] }, lang: 'ru' },
      [],
    ],
    [
      'a whole query encoded twice',
      '?v%3D1%26lang%3Dzh%26where%3Dabroad',
      { answers: { where: 'abroad' }, lang: 'zh' },
      [],
    ],
    ['an empty version (read as v1)', '?v=&where=city', { answers: { where: 'city' } }, []],
    ['a version written 1.0', '?v=1.0&where=city', { answers: { where: 'city' } }, []],
    ['a negative version', '?v=-1&where=city', { answers: { where: 'city' } }, ['v']],
    ['two versions', '?v=1&v=2&where=city', { answers: { where: 'city' } }, ['v']],
    [
      'a misspelt means, never read as another one',
      '?pay=kz-card&where=city',
      { answers: { where: 'city' } },
      ['pay'],
    ],
    [
      'words that are not all means',
      '?pay=kaspi+card,cash',
      { answers: { pay: ['cash'] }, step: 'pay' },
      ['pay'],
    ],
    [
      'a query encoded once more after its first name',
      '?v=1%26lang%3Dzh%26where%3Dcity',
      { answers: { where: 'city' }, lang: 'zh' },
      [],
    ],
    [
      'two languages or two steps: neither is guessed',
      '?lang=zh&lang=ru&where=city&step=where&step=speak',
      { answers: { where: 'city' } },
      ['lang', 'step'],
    ],
    ['a script variant of Chinese', '?lang=zh-Hant', { answers: {}, lang: 'zh' }, []],
    ['a value that is only punctuation', '?lang=。&where=.', { answers: {} }, []],
    ['an unknown language', '?lang=fr&where=city', { answers: { where: 'city' } }, ['lang']],
    [
      'a language with a region',
      '?lang=zh-CN&where=city',
      { answers: { where: 'city' }, lang: 'zh' },
      [],
    ],
    ['a future version', '?v=7&where=city', { answers: { where: 'city' } }, ['v']],
    ['a step that is not a question', '?step=result', { answers: {} }, ['step']],
    [
      'a step the flow skips',
      '?where=abroad&step=speak',
      { answers: { where: 'abroad' } },
      ['step'],
    ],
    [
      'an answer the flow skips, dropped quietly',
      '?where=abroad&speak=none',
      { answers: { where: 'abroad' } },
      [],
    ],
    ['empty values', '?where=&pay=,&lang=', { answers: {} }, []],
    [
      'a broken percent-escape',
      '?where=%E0%A4%A&online=yes',
      { answers: { online: 'yes' } },
      ['where'],
    ],
    [
      'full-width ＆ from a Chinese keyboard',
      '?v=1＆lang=ru＆where=city＆operator=beeline',
      { answers: { where: 'city', operator: 'beeline' }, lang: 'ru' },
      [],
    ],
    [
      'full-width ＆ as the browser sends it',
      `?v=1${encodeURIComponent('＆')}lang=ru${encodeURIComponent('＆')}where=city`,
      { answers: { where: 'city' }, lang: 'ru' },
      [],
    ],
    ['full-width ＝', '?v＝1&lang＝ru&where＝city', { answers: { where: 'city' }, lang: 'ru' }, []],
    [
      'an unknown parameter holding a link: its parameters are not ours',
      '?where=city&operator=beeline&share=https%3A%2F%2Fx%2F%3Fa%3D1%26operator%3Dkcell%26where%3Dabroad',
      { answers: { where: 'city', operator: 'beeline' } },
      [],
    ],
    [
      'an unknown parameter holding what looks like an answer',
      '?online=no&utm_content=promo%26online%3Dyes',
      { answers: { online: 'no' } },
      [],
    ],
    [
      'a whole query encoded three times',
      '?v%253D1%2526lang%253Dzh%2526where%253Dabroad',
      { answers: { where: 'abroad' }, lang: 'zh' },
      [],
    ],
    [
      'a second ? added by a tracker',
      '?where=city&operator=beeline?from=singlemessage',
      { answers: { where: 'city', operator: 'beeline' } },
      [],
    ],
    [
      'a second ? encoded, or full-width',
      '?where=city%3Futm_source%3Dx&lang=zh？from=timeline',
      { answers: { where: 'city' }, lang: 'zh' },
      [],
    ],
    ['pay=cash%2Bcard', '?pay=cash%2Bcard', { answers: { pay: ['cash', 'card'] } }, []],
    ['a link cut inside a percent-escape', '?where=city%2', { answers: { where: 'city' } }, []],
    [
      "a link copied from a mail's quoted-printable source (= written =3D)",
      '?v=3D1&lang=3Dzh&where=3Dcity&pay=3Dcash,card&operator=3DBeeline',
      { answers: { where: 'city', pay: ['cash', 'card'], operator: 'beeline' }, lang: 'zh' },
      [],
    ],
    ['markup', '?where=<script>alert(1)</script>', { answers: {} }, ['where']],
    ['a huge value', `?where=${'city'.repeat(10_000)}`, { answers: {} }, ['where']],
  ])('reads %s', (_, search, state, dropped) => {
    expect(parseAddress(search)).toEqual({ state, dropped });
  });

  it('never writes a phone number or free text: only the contract vocabulary', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const written = serializeAddress(state);
        return /^\?v=1(&(lang|where|speak|pay|online|when|operator|step)=[a-z0-9,]+)*$/i.test(
          written,
        );
      }),
    );
  });

  it('round-trips any valid answers: serialize then parse gives the same state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const parsed = parseAddress(serializeAddress(state));
        expect(parsed.dropped).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('survives 10,000 random and tampered addresses with a valid state', () => {
    const vocabulary = [
      'v',
      'lang',
      'step',
      ...questionIds,
      ...Object.values(questionOptions).flat(),
      ...languages,
      '1',
      '2',
    ];
    const token = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('%', '%zz', '&', '=', ',', '<img src=x>', '\u0000', '💥', '%E0%A4%A'),
    );
    const tampered = fc
      .array(fc.tuple(token, token), { maxLength: 12 })
      .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    const garbage = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    fc.assert(
      fc.property(fc.oneof(tampered, garbage, stateArb.map(serializeAddress)), (search) => {
        const { state } = parseAddress(search);
        expect(isValidState(state)).toBe(true);
        expect(parseAddress(serializeAddress(state)).state).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});

describe('migrating old addresses', () => {
  it('leaves a v1 address as it is', () => {
    expect(migrate({ where: ['city'] }, 1)).toEqual({ where: ['city'] });
  });

  it('applies each step from the link version up to the current one, in order', () => {
    const steps = {
      1: (params: Record<string, string[]>) => ({
        ...params,
        place: params.where ?? [],
        where: [],
      }),
      2: (params: Record<string, string[]>) => ({
        ...params,
        place: (params.place ?? []).map((p) => p.toUpperCase()),
      }),
    };
    expect(migrate({ where: ['city'] }, 1, 3, steps)).toEqual({ where: [], place: ['CITY'] });
    expect(migrate({ place: ['remote'] }, 2, 3, steps)).toEqual({ place: ['REMOTE'] });
  });
});

describe('the pages that need no script, read from the path', () => {
  it.each([
    ['/zh/', 'home', 'zh'],
    ['/zh', 'home', 'zh'],
    ['/zh/index.html', 'home', 'zh'],
    ['/ru/ways/', 'ways', 'ru'],
    ['/ru/ways', 'ways', 'ru'],
    ['/ru/ways/index.html', 'ways', 'ru'],
    // A sentence's end stuck to the link, or capitals (the service worker serves the guide there).
    ['/ZH/Ways）', 'ways', 'zh'],
    ['/ru/ways/.', 'ways', 'ru'],
    ['/en/%EF%BC%89', 'home', 'en'],
  ] as const)('%s is the %s page in %s', (path, view, lang) => {
    expect(parseLocation(path, '?lang=en&utm_source=x')).toEqual({
      state: { answers: {}, lang, view },
      dropped: [],
    });
  });

  it('keeps answers written after a start page’s path: the guide, in that page’s language', () => {
    expect(parseLocation('/ru/', '?where=city&speak=klingon')).toEqual({
      state: { answers: { where: 'city' }, lang: 'ru' },
      dropped: ['speak'],
    });
    // The page's language is in its path, which is what the person sees.
    expect(parseLocation('/ru/index.html', '?lang=zh&where=city').state).toEqual({
      answers: { where: 'city' },
      lang: 'ru',
    });
    // Nothing in the query could be read: the start page, saying so.
    expect(parseLocation('/zh/', '?v=1&lang=zh&where=mars')).toEqual({
      state: { answers: {}, lang: 'zh', view: 'home' },
      dropped: ['where'],
    });
    // The ways page is for everyone: answers don't change it.
    expect(parseLocation('/ru/ways/', '?where=city').state).toEqual({
      answers: {},
      lang: 'ru',
      view: 'ways',
    });
  });

  it.each(['/', '/index.html'])('%s is the guide, read from the query', (path) => {
    expect(parseLocation(path, '?lang=ru&where=city')).toEqual({
      state: { answers: { where: 'city' }, lang: 'ru' },
      dropped: [],
    });
  });

  // Served the guide by the service worker or a host's fallback: the person is told the link was
  // damaged, and keeps the answers its query holds.
  it.each(['/fr/', '/zh/ways/more', '/zh/index.htm', '/no/such/page', '/en/way'])(
    '%s is no page of the site: the guide from the query, saying part of the link was left out',
    (path) => {
      expect(parseLocation(path, '?lang=ru&where=city')).toEqual({
        state: { answers: { where: 'city' }, lang: 'ru' },
        dropped: ['path'],
      });
    },
  );

  it('takes the language from a path it has no page at when the query names none', () => {
    expect(parseLocation('/zh/more', '?where=city')).toEqual({
      state: { answers: { where: 'city' }, lang: 'zh' },
      dropped: ['path'],
    });
    expect(parseLocation('/no/such/page', '')).toEqual({
      state: { answers: {} },
      dropped: ['path'],
    });
  });

  it.each([
    ['lost', '/v=1&lang=en&where=city&pay=cash,card'],
    ['encoded', '/%3Fv=1&lang=en&where=city&pay=cash%2Ccard'],
    ['encoded twice', '/%3Fv%3D1%26lang%3Den%26where%3Dcity%26pay%3Dcash%2Ccard'],
    ['after index.html, encoded', '/index.html%3Fv=1&lang=en&where=city&pay=cash,card'],
    ['lost, with a / between means', '/v=1&lang=en&where=city&pay=cash/card'],
  ])('reads a query whose "?" was %s from the path', (_how, path) => {
    expect(parseLocation(path, '')).toEqual({
      state: { answers: { where: 'city', pay: ['cash', 'card'] }, lang: 'en' },
      dropped: [],
    });
  });
});
