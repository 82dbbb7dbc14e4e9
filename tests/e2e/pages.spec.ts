import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { channelIds } from '../../src/domain';
import {
  type Language,
  checkAccessibility,
  expect,
  languages,
  reloadUnderServiceWorker,
  stringsOf,
  test,
} from './support';

interface WaysStrings {
  title: string;
  findYours: string;
  meta: {
    waysDescription: string;
    appShortName: string;
    noScript: string;
  };
  decides: { title: string };
}
const waysOf = (lang: Language): WaysStrings =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../locales/${lang}/ways.json`, import.meta.url)),
      'utf8',
    ),
  ) as WaysStrings;

const pagesOf = (lang: Language) => [
  { path: `/${lang}/`, view: 'home' as const },
  { path: `/${lang}/ways/`, view: 'ways' as const },
];

async function headOf(page: Page) {
  return page.evaluate(() => {
    const attr = (selector: string, name: string) =>
      document.querySelector(selector)?.getAttribute(name) ?? null;
    return {
      lang: document.documentElement.lang,
      title: document.title,
      description: attr('meta[name="description"]', 'content'),
      canonical: attr('link[rel="canonical"]', 'href'),
      alternates: Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
          link.getAttribute('hreflang'),
          link.getAttribute('href'),
        ]),
      ),
      ogTitle: attr('meta[property="og:title"]', 'content'),
      ogDescription: attr('meta[property="og:description"]', 'content'),
      ogUrl: attr('meta[property="og:url"]', 'content'),
      ogLocale: attr('meta[property="og:locale"]', 'content'),
    };
  });
}

/** The head of a page opened directly, in a tab of its own: what a page moved to in place should have. */
async function directHeadOf(page: Page, path: string) {
  const tab = await page.context().newPage();
  await tab.goto(path);
  const head = await headOf(tab);
  await tab.close();
  return head;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions say they need it, and lead to every way in each language, which needs none', async ({
    page,
  }) => {
    await page.goto('/?v=1&lang=zh&step=where');
    // "Loading the guide…" would never end.
    await expect(page.locator('.boot')).toBeHidden();
    for (const lang of languages) {
      const ways = waysOf(lang);
      const notice = page.locator(`.no-script [lang="${lang}"]`);
      await expect(notice).toContainText(ways.meta.noScript);
      await expect(notice.getByRole('link', { name: ways.title })).toHaveAttribute(
        'href',
        `/${lang}/ways/`,
      );
    }
    await page.locator('.no-script [lang="ru"]').getByRole('link').click();
    await expect(page.locator('h1')).toHaveText(waysOf('ru').title);
    await expect(page.locator('[data-way]')).toHaveCount(9);
  });

  for (const lang of languages) {
    const text = stringsOf(lang);
    const ways = waysOf(lang);

    test(`the ${lang} start page reads in ${lang}, with Start and the other languages`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(text.common.start.title);
      const start = page.getByRole('button', { name: text.common.nav.start });
      await expect(start).toBeVisible();
      await expect(start).toHaveAttribute('href', `/?v=1&lang=${lang}&step=where`);
      for (const other of languages) {
        await expect(
          page.getByRole('link', { name: stringsOf(other).common.language[other], exact: true }),
        ).toHaveAttribute('href', `/${other}/`);
      }
      await expect(page.getByRole('link', { name: text.common.start.waysLink })).toHaveAttribute(
        'href',
        `/${lang}/ways/`,
      );
      await expect(page.locator('.boot')).toHaveCount(0);
      // It reads as it is: no "this guide needs JavaScript" on it.
      await expect(page.locator('noscript')).toHaveCount(0);
    });

    test(`the ${lang} ways page has the nine ways with their steps, and how the guide decides`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/ways/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(ways.title);
      const sections = page.locator('[data-way]');
      await expect(sections).toHaveCount(9);
      expect(
        await sections.evaluateAll((all) => all.map((s) => s.getAttribute('data-way'))),
      ).toEqual(channelIds);
      const channels = text.channels as unknown as Record<
        string,
        { name: string; steps: Record<string, string> }
      >;
      for (const id of channelIds) {
        const section = page.locator(`[data-way="${id}"]`);
        await expect(section.getByRole('heading', { level: 2 })).toHaveText(channels[id]!.name);
        expect(await section.locator('ol.list-steps > li').count()).toBeGreaterThan(1);
        expect(await section.locator('.list-sources li').count()).toBeGreaterThan(0);
      }
      await expect(page.getByRole('heading', { name: ways.decides.title })).toBeVisible();
      await expect(page.getByRole('button', { name: ways.findYours })).toHaveAttribute(
        'href',
        `/?v=1&lang=${lang}&step=where`,
      );
      for (const other of languages) {
        await expect(
          page.getByRole('link', { name: stringsOf(other).common.language[other], exact: true }),
        ).toHaveAttribute('href', `/${other}/ways/`);
      }
      await expect(page.locator('noscript')).toHaveCount(0);
    });
  }
});

test('every page has its own title, description, canonical link, alternates and preview', async ({
  page,
}) => {
  for (const lang of languages) {
    for (const { path, view } of pagesOf(lang)) {
      const ways = waysOf(lang);
      await page.goto(path);
      const head = await headOf(page);
      const heading = view === 'ways' ? ways.title : stringsOf(lang).common.start.title;
      const description =
        view === 'ways' ? ways.meta.waysDescription : stringsOf(lang).common.start.description;
      expect(head.lang).toBe(lang);
      expect(head.title).toBe(`${heading} – ${stringsOf(lang).common.appName}`);
      expect(head.description).toBe(description);
      expect(new URL(head.canonical!).pathname).toBe(path);
      expect(Object.keys(head.alternates).sort()).toEqual(['en', 'ru', 'x-default', 'zh']);
      for (const other of languages)
        expect(new URL(head.alternates[other]!).pathname).toBe(
          path.replace(`/${lang}/`, `/${other}/`),
        );
      // For everyone else, the same page in English.
      expect(new URL(head.alternates['x-default']!).pathname).toBe(
        path.replace(`/${lang}/`, '/en/'),
      );
      expect(head.ogTitle).toBe(head.title);
      expect(head.ogDescription).toBe(description);
      expect(head.ogUrl).toBe(head.canonical);
    }
  }
});

test('each language has its home-screen manifest: its words, the guide in that language, one app', async ({
  page,
  request,
}) => {
  const ids = new Set<string>();
  for (const lang of languages) {
    for (const { path } of pagesOf(lang)) {
      await page.goto(path);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href, path).toBe(
        lang === 'en' ? '/manifest.webmanifest' : `/manifest.${lang}.webmanifest`,
      );
    }
    const manifestUrl = new URL(
      (await page.locator('link[rel="manifest"]').getAttribute('href'))!,
      page.url(),
    );
    const manifest = (await (await request.get(manifestUrl.href)).json()) as Record<string, string>;
    expect(manifest.lang).toBe(lang);
    expect(manifest.name).toBe(stringsOf(lang).common.appName);
    expect(manifest.short_name).toBe(waysOf(lang).meta.appShortName);
    expect(manifest.description).toBe(stringsOf(lang).common.start.description);
    expect(new URL(manifest.start_url!, manifestUrl).search).toBe(`?v=1&lang=${lang}`);
    ids.add(new URL(manifest.id!, new URL(manifest.start_url!, manifestUrl)).href);
  }
  expect(ids.size).toBe(1);
  // The guide itself links the manifest of the language it shows.
  await page.goto('/?v=1&lang=ru&where=city');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    'href',
    '/manifest.ru.webmanifest',
  );
});

test('the sitemap lists every page at its canonical address, and robots.txt points to it', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
  // The six pages, not `/`: the guide there names no page of its own (no canonical, no alternates).
  expect(locations.map((url) => url.pathname).sort()).toEqual(
    languages.flatMap((lang) => pagesOf(lang).map((p) => p.path)).sort(),
  );
  for (const location of locations) {
    const html = await (await request.get(location.pathname)).text();
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1], location.pathname).toBe(
      location.href,
    );
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test('a start page comes to life: Start leads into the guide in its language, Back returns', async ({
  page,
}) => {
  const text = stringsOf('ru');
  await page.goto('/ru/');
  await expect(page.locator('h1')).toHaveText(text.common.start.title);
  // Pressed before the script arrives, Start is a plain link; here the app has come to life.
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await page.getByRole('button', { name: text.common.nav.start }).click();
  await expect(page.locator('h1')).toHaveText(text.questions.where.title);
  await expect(page.locator('h1')).toBeFocused();
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
    '/?v=1&lang=ru&step=where',
  );
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(text.common.start.title);
  expect(new URL(page.url()).pathname).toBe('/ru/');
});

test('answers written after a start page’s path open the guide in that page’s language', async ({
  page,
}) => {
  const text = stringsOf('ru');
  // The start page's HTML arrives, but it is not what the address asks for: no hydration of it.
  await page.goto('/ru/?where=city&speak=local');
  await expect(page.locator('h1')).toHaveText(text.questions.pay.title);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
    '/?v=1&lang=ru&where=city&speak=local',
  );
});

test('a start page whose query cannot be read says so, and stays the start page', async ({
  page,
}) => {
  const text = stringsOf('zh');
  // Its HTML has no notice: the page is rendered anew, not hydrated (no hydration error).
  await page.goto('/zh/?v=1&lang=zh&where=mars');
  await expect(
    page.getByRole('status').filter({ hasText: text.common.notice.damagedLink }),
  ).toBeVisible();
  await expect(page.locator('h1')).toHaveText(text.common.start.title);
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  expect(new URL(page.url()).pathname).toBe('/zh/');
});

test('the language switcher on a ways page leads to the same page in the other language', async ({
  page,
}) => {
  await page.goto('/zh/ways/');
  await expect(page.locator('h1')).toHaveText(waysOf('zh').title);
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.locator('h1')).toHaveText(waysOf('en').title);
  expect(new URL(page.url()).pathname).toBe('/en/ways/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-way]')).toHaveCount(9);
  // Its head follows: as if /en/ways/ had been opened.
  const switched = await headOf(page);
  await page.goto('/en/ways/');
  expect(switched).toEqual(await headOf(page));

  // The start page's too, its description in the new language included.
  await page.goto('/ru/');
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.locator('h1')).toHaveText(stringsOf('en').common.start.title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    stringsOf('en').common.start.description,
  );
  await expect.poll(() => headOf(page)).toEqual(await directHeadOf(page, '/en/'));

  // From the start page to the ways page in place: the ways page's head, description included once
  // its strings are there.
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await page.getByRole('link', { name: stringsOf('en').common.start.waysLink }).click();
  await expect(page.locator('h1')).toHaveText(waysOf('en').title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    waysOf('en').meta.waysDescription,
  );
  const movedToWays = await headOf(page);
  await page.goto('/en/ways/');
  expect(movedToWays).toEqual(await headOf(page));
});

test('the questions name no page of their own; Back to a page built ahead of time names it again', async ({
  page,
}) => {
  // The start page's names are dropped.
  await page.goto('/en/');
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await page.getByRole('button', { name: stringsOf('en').common.nav.start }).click();
  await expect(page.locator('h1')).toHaveText(stringsOf('en').questions.where.title);
  await expect(
    page.locator('link[rel="canonical"], link[rel="alternate"][hreflang], meta[property^="og:"]'),
  ).toHaveCount(0);
  // Back to the start page in place: it names itself again, as if opened directly.
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(stringsOf('en').common.start.title);
  expect(new URL(page.url()).pathname).toBe('/en/');
  await expect.poll(() => headOf(page)).toEqual(await directHeadOf(page, '/en/'));

  // And when Back leads to a page in the language chosen in the questions meanwhile.
  await page.goto('/ru/');
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await page.getByRole('button', { name: stringsOf('ru').common.nav.start }).click();
  await expect(page.locator('h1')).toHaveText(stringsOf('ru').questions.where.title);
  await page.getByRole('link', { name: stringsOf('zh').common.language.zh, exact: true }).click();
  await expect(page.locator('h1')).toHaveText(stringsOf('zh').questions.where.title);
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(stringsOf('zh').common.start.title);
  expect(new URL(page.url()).pathname).toBe('/zh/');
  await expect.poll(() => headOf(page)).toEqual(await directHeadOf(page, '/zh/'));

  // From a ways page too: "Find yours" leads into the questions, Back to the ways page.
  await page.goto('/en/ways/');
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await page.getByRole('button', { name: waysOf('en').findYours }).click();
  await expect(page.locator('h1')).toHaveText(stringsOf('en').questions.where.title);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(waysOf('en').title);
  expect(new URL(page.url()).pathname).toBe('/en/ways/');
  await expect.poll(() => headOf(page)).toEqual(await directHeadOf(page, '/en/ways/'));
});

test('the start page shows its heading and Start before any script, and the guide stays at /', async ({
  page,
}) => {
  const text = stringsOf('zh');
  // The app's script never arrives: the page must already be readable.
  await page.route(/\/assets\/index-[\w-]+\.js$/, () => new Promise(() => undefined));
  // Module scripts hold back DOMContentLoaded: wait for nothing but the page's first bytes.
  await page.goto('/zh/', { waitUntil: 'commit' });
  await expect(page.locator('h1')).toHaveText(text.common.start.title);
  await expect(page.getByRole('button', { name: text.common.nav.start })).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  await page.goto('/?v=1&lang=en&where=city');
  await expect(page.locator('h1')).toHaveText(stringsOf('en').questions.speak.title);
});

for (const lang of languages) {
  test(`axe (WCAG 2.2 AA) finds nothing on the ${lang} pages that need no script`, async ({
    page,
  }) => {
    for (const { path } of pagesOf(lang)) {
      await page.goto(path, { waitUntil: 'networkidle' });
      await checkAccessibility(page, path);
    }
  });
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the pages that need no script open offline too', async ({
    page,
    context,
  }) => {
    await page.goto('/zh/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await reloadUnderServiceWorker(page);
    await context.setOffline(true);
    await page.goto('/ru/ways/');
    await expect(page.locator('h1')).toHaveText(waysOf('ru').title);
    await expect(page.locator('[data-way]')).toHaveCount(9);
  });
});
