// Vite plugins that write what the browser reads before any script runs: the loading line in
// index.html, and the pages that need no script (PRODUCT.md): /zh/, /ru/, /en/ and their ways/.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Plugin, build } from 'vite';
import { manifestHref, ogLocale } from '../src/i18n/manifest.ts';
import { languages, pageStrings, readPart } from './strings.ts';

type Language = (typeof languages)[number];
type View = 'home' | 'ways';

interface Boot {
  loading: string;
  failed: string;
  reload: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const bootOf = (root: string, lang: Language): Boot =>
  readPart<{ boot: Boot }>(root, lang, 'common').boot;

/**
 * Until the first language is ready, `#root` says so in all three languages (from the locales);
 * `#boot-failed` is what the page says if no language can be loaded at all.
 */
export function bootText(root: string): Plugin {
  return {
    name: 'boot-text',
    transformIndexHtml: (html) => {
      const each = (line: (boot: Boot) => string) =>
        languages
          .map((lang) => `<span lang="${lang}">${escapeHtml(line(bootOf(root, lang)))}</span>`)
          .join(' · ');
      // With scripting off, the questions cannot run: say so, and lead to the pages that need
      // none. The stylesheet then hides "Loading the guide…".
      const noScript = languages
        .map((lang) => {
          const { meta, title } = readPart<{ meta: { noScript: string }; title: string }>(
            root,
            lang,
            'ways',
          );
          // Chinese's full-width colon carries its own space.
          const space = lang === 'zh' ? '' : ' ';
          return `<p lang="${lang}">${escapeHtml(meta.noScript)}${space}<a href="/${lang}/ways/">${escapeHtml(title)}</a></p>`;
        })
        .join('');
      return html
        .replace('<!--boot-->', `<p class="boot" role="status">${each((b) => b.loading)}</p>`)
        .replace(
          /<noscript[\s\S]*?<\/noscript\s*>/,
          `<noscript><div class="notice no-script">${noScript}</div></noscript>`,
        )
        .replace(
          '<!--boot-failed-->',
          `<template id="boot-failed"><div class="notice" role="alert"><p>${each((b) => b.failed)}</p>` +
            `<p><a href="">${each((b) => b.reload)}</a></p></div></template>`,
        );
    },
  };
}

/**
 * The home-screen manifest's words in a language, from the locales, and its start page in that
 * language. One `id` for all three: added to the home screen from any language, it is one app.
 */
export function manifestText(root: string, lang: Language) {
  const { appName, start } = readPart<{ appName: string; start: { description: string } }>(
    root,
    lang,
    'common',
  );
  const { meta } = readPart<{ meta: { appShortName: string } }>(root, lang, 'ways');
  return {
    id: './?v=1',
    name: appName,
    short_name: meta.appShortName,
    description: start.description,
    lang,
    start_url: `./?v=1&lang=${lang}`,
  };
}

const pathOf = (lang: Language, view: View) => `/${lang}/${view === 'ways' ? 'ways/' : ''}`;

/** Every page that needs no script: what the build writes, and all the sitemap lists. */
const pages = languages.flatMap((lang) =>
  (['home', 'ways'] as const).map((view) => ({ lang, view })),
);

/** The sitemap: each page at its canonical address (the guide at `/` is no page of its own). */
export const sitemapXml = (site: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
  pages.map(({ lang, view }) => `  <url><loc>${site}${pathOf(lang, view)}</loc></url>\n`).join('') +
  '</urlset>\n';

/** Where canonical links, alternates, previews, the sitemap and robots.txt point without one given. */
export const placeholderSite = 'https://example.org';

/**
 * The site's address, for canonical links, alternates and the sitemap: `SITE_URL`, else the
 * package's `homepage`, else a placeholder that tests and local builds can do with — and a warning
 * to say so, since a site published with it would name example.org as its own address.
 */
export function siteOf(
  siteUrl: string | undefined,
  homepage: string | undefined,
): { site: string; warning?: string } {
  const given = siteUrl?.trim() || homepage?.trim();
  if (given) return { site: given.replace(/\/+$/, '') };
  return {
    site: placeholderSite,
    warning:
      `SITE_URL is not set: the canonical links, hreflang alternates, og:url, sitemap.xml and ` +
      `robots.txt of this build name ${placeholderSite}. To publish it, build with ` +
      `SITE_URL=https://your.site npm run build.`,
  };
}

const siteOfBuild = (root: string) =>
  siteOf(
    process.env.SITE_URL,
    (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { homepage?: string })
      .homepage,
  );

export interface Rendered {
  html: string;
  title: string;
  description: string;
}

/** A page's own tags in its head; head.ts keeps them in step when the app moves in place. */
export function headFor(site: string, lang: Language, view: View, page: Rendered): string {
  const url = (language: Language) => `${site}${pathOf(language, view)}`;
  const alternates = languages
    .map((language) => `<link rel="alternate" hreflang="${language}" href="${url(language)}" />`)
    .join('\n    ');
  return [
    `<link rel="canonical" href="${url(lang)}" />`,
    alternates,
    // For everyone else, the same page in English (`/`, the guide, is no page of its own to name).
    `<link rel="alternate" hreflang="x-default" href="${url('en')}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(page.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(page.description)}" />`,
    `<meta property="og:url" content="${url(lang)}" />`,
    `<meta property="og:locale" content="${ogLocale[lang]}" />`,
    `<meta property="og:image" content="${site}/pwa-512.png" />`,
  ].join('\n    ');
}

/** The built index.html, made into one page: its language, head, inline style and content. */
function pageHtml(
  template: string,
  css: string,
  site: string,
  lang: Language,
  view: View,
  page: Rendered,
): string {
  const styleHash = createHash('sha256').update(css).digest('base64');
  return (
    template
      .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
      .replace(
        /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
        `<meta name="description" content="${escapeHtml(page.description)}" />\n    ${headFor(site, lang, view, page)}`,
      )
      .replace(/(<link rel="manifest" href=")[^"]*"/, `$1${manifestHref(lang)}"`)
      .replace(/style-src 'self'/, `style-src 'self' 'sha256-${styleHash}'`)
      .replace(/<link rel="stylesheet"[^>]*>/, `<style>${css}</style>`)
      // These pages read well with no script: the guide's "needs JavaScript" is not for them.
      .replace(/\s*<noscript[\s\S]*?<\/noscript\s*>/, '')
      .replace(
        /<div id="root"><p class="boot"[\s\S]*?<\/p><\/div>/,
        () => `<div id="root" data-prerendered="${view}">${page.html}</div>`,
      )
  );
}

/**
 * After the app's build: renders the pages that need no script with the app's own server
 * renderer (src/prerender.tsx: same domain, state and locales), writes them, the sitemap and
 * robots.txt, before the service worker's list of files is made (so they work offline too).
 */
export function prerenderPages(root: string): Plugin {
  let outDir = join(root, 'dist');
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      handler: async () => {
        const serverDir = join(root, 'node_modules', '.prerender');
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          plugins: [react(), pageStrings(root)],
          build: {
            ssr: 'src/prerender.tsx',
            outDir: serverDir,
            emptyOutDir: true,
            rollupOptions: { output: { entryFileNames: 'prerender.js' } },
          },
        });
        const { renderPage } = (await import(
          pathToFileURL(join(serverDir, 'prerender.js')).href
        )) as { renderPage(lang: Language, view: View): Promise<Rendered> };

        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const cssFile = readdirSync(join(outDir, 'assets')).find((file) => file.endsWith('.css'));
        const css = cssFile ? readFileSync(join(outDir, 'assets', cssFile), 'utf8') : '';
        // The manifest in each language: English's is the plugin's (vite.config.ts), words and all.
        const manifest = JSON.parse(
          readFileSync(join(outDir, manifestHref('en')), 'utf8'),
        ) as Record<string, unknown>;
        for (const lang of languages.filter((language) => language !== 'en'))
          writeFileSync(
            join(outDir, manifestHref(lang)),
            JSON.stringify({ ...manifest, ...manifestText(root, lang) }),
          );
        const { site, warning } = siteOfBuild(root);
        for (const { lang, view } of pages) {
          const page = await renderPage(lang, view);
          const dir = join(outDir, lang, ...(view === 'ways' ? ['ways'] : []));
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, 'index.html'), pageHtml(template, css, site, lang, view, page));
        }
        writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(site));
        writeFileSync(
          join(outDir, 'robots.txt'),
          `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`,
        );
        rmSync(serverDir, { recursive: true, force: true });
        // Said last, where it is seen: the pages are written, with the placeholder.
        if (warning) console.warn(`\nwarning: ${warning}\n`);
      },
    },
  };
}
