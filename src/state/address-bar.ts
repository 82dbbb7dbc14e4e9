import { type AddressState, type ParsedAddress, hrefOf, parseLocation } from './address';

/**
 * The query as it was meant: an `&` written as HTML's `&#38;` starts a fragment (the rest of the
 * query is in it); a link written with `#` for `?` (`/#v=1&where=city`, `/#/?v=1&…`) holds it all.
 */
function queryOf(search: string, hash: string): string {
  if (hash.startsWith('#38;')) return `${search}&${hash.slice(1)}`;
  if (!search.includes('=') && hash.includes('=')) return `?${hash.replace(/^#\/?\??/, '')}`;
  return search;
}

/** The only place that touches `window.location` and `history`. */
export function readAddressBar(): ParsedAddress {
  const { pathname, search, hash } = window.location;
  return parseLocation(pathname, queryOf(search, hash));
}

/**
 * What a history entry remembers beside its address, for this device only: that its question was
 * opened from the result to change an answer (its Back then returns to the result). A link never
 * carries it; the entry keeps it through a reload.
 */
export interface EntryNote {
  readonly changing?: true;
}

export function readEntryNote(): EntryNote {
  const note: unknown = window.history.state;
  return typeof note === 'object' && note !== null && 'changing' in note && note.changing === true
    ? { changing: true }
    : {};
}

/**
 * Writes the address as a path and query of this site only: whatever path the page was opened at
 * (`//elsewhere.example/`), the state never names another host. A browser that refuses the change
 * leaves the address as it was; the page keeps working.
 */
export function writeAddressBar(
  state: AddressState,
  mode: 'push' | 'replace',
  note: EntryNote = {},
): void {
  const url = hrefOf(state);
  // The rest of a query that HTML's `&#38;` left in the fragment goes once the query has it.
  const current = `${window.location.pathname}${window.location.search}`;
  const sameNote = (readEntryNote().changing ?? false) === (note.changing ?? false);
  if (url === current && sameNote && !window.location.hash.startsWith('#38;')) return;
  const entry = note.changing ? note : null;
  try {
    if (mode === 'push') window.history.pushState(entry, '', url);
    else window.history.replaceState(entry, '', url);
  } catch {
    // A SecurityError (an address the browser will not rewrite): nothing to do but carry on.
  }
}

export function onAddressBarChange(listener: (address: ParsedAddress) => void): () => void {
  const handle = () => listener(readAddressBar());
  window.addEventListener('popstate', handle);
  return () => window.removeEventListener('popstate', handle);
}

/** The address to share: this site and the state, never a hash or anything else in the bar. */
export function shareableLink(state: AddressState): string {
  return new URL(hrefOf(state), window.location.origin).href;
}

/** Loads the page again from the address in the bar (a new version, or after a failure). */
export function reloadPage(): void {
  window.location.reload();
}
