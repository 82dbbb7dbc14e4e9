import { ogLocale } from '../i18n';
import { type Language, type View, hrefOf, isLanguage } from '../state';

const setAttribute = (selector: string, name: string, value: string) =>
  document.querySelector(selector)?.setAttribute(name, value);

/** What names a page built ahead of time, beside its title and description. */
const namingTags = 'link[rel="canonical"], link[rel="alternate"][hreflang], meta[property^="og:"]';

/** What named the page, taken out while the questions are shown: put back with the next page. */
let setAside: Element[] = [];

/**
 * A page built ahead of time (`/zh/ways/`) names itself in its head: its canonical address, its
 * alternates, its preview's address and locale, its description (its title follows
 * `document.title`: PageHeading). Written by the build too: scripts/pages.ts `headFor`.
 * Moved in place to another language or page, the head follows what is shown: the description is
 * the new page's once its strings are there, empty until then, never the old page's. The questions
 * have no page of their own to name: there, what named the page is set aside, and put back (made
 * to name the page then shown) when the app comes back to a page, Back to `/zh/` say.
 */
export function followPageInHead(
  view: View,
  lang: Language,
  description: string | undefined,
): void {
  if (view === 'guide') {
    const naming = [...document.querySelectorAll(namingTags)];
    if (naming.length === 0) return;
    setAside = naming;
    for (const tag of naming) tag.remove();
    return;
  }
  let canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (!canonical && setAside.length > 0) {
    const anchor = document.querySelector('meta[name="description"]');
    if (anchor) anchor.after(...setAside);
    else document.head.append(...setAside);
    setAside = [];
    canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    // Its title may be the page's already (PageHeading says it when the page is shown).
    setAttribute('meta[property="og:title"]', 'content', document.title);
  }
  if (!canonical) return;
  const url = new URL(hrefOf({ answers: {}, lang, view }), canonical.href).href;
  const moved = canonical.href !== url;
  if (moved) {
    canonical.href = url;
    setAttribute('meta[property="og:url"]', 'content', url);
    setAttribute('meta[property="og:locale"]', 'content', ogLocale[lang]);
    // The same page in each language; for everyone else, the English one.
    for (const link of document.querySelectorAll<HTMLLinkElement>(
      'link[rel="alternate"][hreflang]',
    )) {
      const other = link.hreflang;
      const path = hrefOf({ answers: {}, lang: isLanguage(other) ? other : 'en', view });
      link.href = new URL(path, canonical.href).href;
    }
  }
  if (description === undefined && !moved) return;
  for (const meta of document.querySelectorAll(
    'meta[name="description"], meta[property="og:description"]',
  ))
    meta.setAttribute('content', description ?? '');
}
