// The strings each page needs, one file per page and language, built from locales/<lang>/*.json.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { type PageKind, pageKinds, partsFor } from '../src/i18n/page-parts.ts';

export const languages = ['zh', 'ru', 'en'] as const;
const moduleId = 'virtual:page-strings';
const resolvedId = `\0${moduleId}`;
/** Where the dev server (and the unit tests' fetch) serve a page's strings. */
export const devPath = '/@page-strings/';

/** One file of `locales/<lang>/`, parsed (`common` → locales/zh/common.json). */
export const readPart = <T = unknown>(root: string, lang: string, part: string): T =>
  JSON.parse(readFileSync(join(root, 'locales', lang, `${part}.json`), 'utf8')) as T;

/** `{ common: {…}, questions: {…} }`: the page's parts under their names, as i18next holds them. */
export function pageStringsJson(root: string, lang: string, kind: PageKind): string {
  return JSON.stringify(
    Object.fromEntries(partsFor[kind].map((part) => [part, readPart(root, lang, part)])),
  );
}

/** `zh-result.json` → its language and page, if both exist. */
export function parseDevName(name: string): { lang: string; kind: PageKind } | undefined {
  const match = /^(\w+)-(\w+)\.json$/.exec(name);
  const [, lang, kind] = match ?? [];
  if (!lang || !kind || !(languages as readonly string[]).includes(lang)) return undefined;
  if (!(pageKinds as string[]).includes(kind)) return undefined;
  return { lang, kind: kind as PageKind };
}

/**
 * `import files from 'virtual:page-strings'`: each page's strings file per language. The build
 * writes them as `assets/<lang>-<page>-<hash>.json` (the language leads the name: the service
 * worker, hosting and tests route by it); the dev server makes them from the locales on request.
 */
export function pageStrings(root: string): Plugin {
  let base = '/';
  let building = false;
  const files: Record<string, Record<string, string>> = {};
  const urlOf = (lang: string, kind: PageKind) =>
    building ? (files[lang]?.[kind] ?? '') : `${base}${devPath.slice(1)}${lang}-${kind}.json`;
  return {
    name: 'page-strings',
    configResolved: (config) => {
      base = config.base;
      building = config.command === 'build' && !config.build.ssr;
    },
    buildStart() {
      if (!building) return;
      for (const lang of languages) {
        files[lang] = {};
        for (const kind of pageKinds) {
          const source = pageStringsJson(root, lang, kind);
          const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
          const fileName = `assets/${lang}-${kind}-${hash}.json`;
          this.emitFile({ type: 'asset', fileName, source });
          files[lang][kind] = `${base}${fileName}`;
        }
      }
    },
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) =>
      id === resolvedId
        ? `export default ${JSON.stringify(
            Object.fromEntries(
              languages.map((lang) => [
                lang,
                Object.fromEntries(pageKinds.map((kind) => [kind, urlOf(lang, kind)])),
              ]),
            ),
          )};`
        : undefined,
    configureServer: (server) => {
      server.middlewares.use(devPath, (request, response, next) => {
        const page = parseDevName((request.url ?? '').replace(/^\/|\?.*$/g, ''));
        if (!page) return next();
        response.setHeader('content-type', 'application/json');
        response.end(pageStringsJson(root, page.lang, page.kind));
      });
    },
  };
}
