import { ogLocale } from '../i18n';
import { type Language, type View, hrefOf } from '../state';

const setAttribute = (selector: string, name: string, value: string) =>
  document.querySelector(selector)?.setAttribute(name, value);

/**
 * A page built ahead of time (`/zh/ways/`) names its language in its head: its canonical address,
 * its preview's title, address and locale, its description. Switched to another language in place,
 * the head follows what the page shows. The description is the page's in the new language where
 * its strings are loaded; otherwise it is removed rather than left in the old language.
 */
export function followLanguageInHead(
  view: View,
  lang: Language,
  description: string | undefined,
): void {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (!canonical || view === 'guide') return;
  const url = new URL(hrefOf({ answers: {}, lang, view }), canonical.href).href;
  if (canonical.href === url) return;
  canonical.href = url;
  setAttribute('meta[property="og:url"]', 'content', url);
  setAttribute('meta[property="og:locale"]', 'content', ogLocale[lang]);
  setAttribute('meta[property="og:title"]', 'content', document.title);
  for (const meta of document.querySelectorAll(
    'meta[name="description"], meta[property="og:description"]',
  )) {
    if (description === undefined) meta.remove();
    else meta.setAttribute('content', description);
  }
}
