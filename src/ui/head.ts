import { ogLocale } from '../i18n';
import { type Language, type View, hrefOf, isLanguage, sitePath } from '../state';

const setAttribute = (selector: string, name: string, value: string) =>
  document.querySelector(selector)?.setAttribute(name, value);

/**
 * A page built ahead of time (`/zh/ways/`) names itself in its head: its canonical address, its
 * alternates, its preview's address and locale, its description (its title follows
 * `document.title`: PageHeading). Written by the build too: scripts/pages.ts `headFor`.
 * Moved in place to another language or page, the head follows what is shown: the description is
 * the new page's once its strings are there, empty until then, never the old page's. The questions
 * have no page of their own to name: there, what named the page left is dropped.
 */
export function followPageInHead(
  view: View,
  lang: Language,
  description: string | undefined,
): void {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (!canonical) return;
  if (view === 'guide') {
    for (const tag of document.querySelectorAll(
      'link[rel="canonical"], link[rel="alternate"][hreflang], meta[property^="og:"]',
    ))
      tag.remove();
    return;
  }
  const url = new URL(hrefOf({ answers: {}, lang, view }), canonical.href).href;
  const moved = canonical.href !== url;
  if (moved) {
    canonical.href = url;
    setAttribute('meta[property="og:url"]', 'content', url);
    setAttribute('meta[property="og:locale"]', 'content', ogLocale[lang]);
    // The same page in each language; for everyone else, the guide's root or the English page.
    for (const link of document.querySelectorAll<HTMLLinkElement>(
      'link[rel="alternate"][hreflang]',
    )) {
      const other = link.hreflang;
      const path = isLanguage(other)
        ? hrefOf({ answers: {}, lang: other, view })
        : view === 'home'
          ? sitePath
          : hrefOf({ answers: {}, lang: 'en', view });
      link.href = new URL(path, canonical.href).href;
    }
  }
  if (description === undefined && !moved) return;
  for (const meta of document.querySelectorAll(
    'meta[name="description"], meta[property="og:description"]',
  ))
    meta.setAttribute('content', description ?? '');
}
