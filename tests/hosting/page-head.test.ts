// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { headFor, placeholderSite, sitemapXml, siteOf } from '../../scripts/pages.ts';
import { type Language, languages } from '../../src/state';
import { followPageInHead } from '../../src/ui/head';

const site = 'https://topup.example';
const title = 'A page – The guide';
const views = ['home', 'ways'] as const;
type View = (typeof views)[number];
const pathOf = (lang: Language, view: View) => `/${lang}/${view === 'ways' ? 'ways/' : ''}`;

/** A page's head as the build writes it, from its title on (scripts/pages.ts). */
const builtHead = (lang: Language, view: View, description: string) =>
  `<title>${title}</title><meta name="description" content="${description}" />` +
  headFor(site, lang, view, { html: '', title, description });

/** Each tag of a head with its attributes, in order: what a crawler reads of it. */
const tagsOf = (head: Element) =>
  [...head.children].map((tag) =>
    [tag.tagName, ...[...tag.attributes].map(({ name, value }) => `${name}=${value}`)].join(' '),
  );

const headAsBuilt = (lang: Language, view: View, description: string) => {
  const head = document.createElement('head');
  head.innerHTML = builtHead(lang, view, description);
  return tagsOf(head);
};

describe('the address the build names the site by', () => {
  it('is a placeholder when SITE_URL is unset, and the build says so, naming SITE_URL', () => {
    for (const unset of [undefined, '', '  ']) {
      const { site: named, warning } = siteOf(unset, undefined);
      expect(named).toBe(placeholderSite);
      expect(warning).toMatch(/SITE_URL/);
      expect(warning).toContain(placeholderSite);
    }
  });

  it('is SITE_URL, else the package’s homepage, and then nothing is said', () => {
    expect(siteOf('https://topup.example/', 'https://else.example')).toEqual({
      site: 'https://topup.example',
    });
    expect(siteOf(undefined, 'https://else.example/')).toEqual({ site: 'https://else.example' });
  });
});

describe('the pages the build names', () => {
  it('are the six pages in the sitemap, not the guide at /, which names no page of its own', () => {
    const locations = [...sitemapXml(site).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locations.sort()).toEqual(
      languages.flatMap((lang) => views.map((view) => `${site}${pathOf(lang, view)}`)).sort(),
    );
  });

  it.each(languages.flatMap((lang) => views.map((view) => [lang, view] as const)))(
    '%s %s: x-default is the same page in English',
    (lang, view) => {
      const head = document.createElement('head');
      head.innerHTML = builtHead(lang, view, '');
      expect(head.querySelector('link[hreflang="x-default"]')?.getAttribute('href')).toBe(
        `${site}${pathOf('en', view)}`,
      );
    },
  );
});

describe('the head of a page built ahead of time, as the app moves in place', () => {
  beforeEach(() => {
    document.head.innerHTML = builtHead('zh', 'home', 'zh home');
    followPageInHead('home', 'zh', 'zh home');
  });

  it.each(views.flatMap((view) => (['ru', 'en'] as const).map((lang) => [view, lang] as const)))(
    'is the %s page’s in %s as the build writes it, x-default and all',
    (view, lang) => {
      followPageInHead(view, lang, `${lang} ${view}`);
      expect(tagsOf(document.head)).toEqual(headAsBuilt(lang, view, `${lang} ${view}`));
      expect(document.querySelector('link[hreflang="x-default"]')?.getAttribute('href')).toBe(
        `${site}${pathOf('en', view)}`,
      );
    },
  );

  it('names no page while the questions are shown, and the page again when Back leads to it', () => {
    followPageInHead('guide', 'zh', undefined);
    expect(
      document.head.querySelectorAll('link[rel="canonical"], link[hreflang], [property^="og:"]'),
    ).toHaveLength(0);
    followPageInHead('home', 'zh', 'zh home');
    expect(tagsOf(document.head)).toEqual(headAsBuilt('zh', 'home', 'zh home'));
  });

  it('names the page Back leads to, in the language chosen meanwhile', () => {
    followPageInHead('guide', 'zh', undefined);
    followPageInHead('guide', 'ru', undefined);
    followPageInHead('ways', 'ru', 'ru ways');
    expect(tagsOf(document.head)).toEqual(headAsBuilt('ru', 'ways', 'ru ways'));
  });
});
