import { type AddressState, type ParsedAddress, parseAddress, serializeAddress } from './address';

/** The only place that touches `window.location` and `history`. */
export function readAddressBar(): ParsedAddress {
  return parseAddress(window.location.search);
}

/**
 * Writes the address as a relative URL (query and hash only): a path such as `//evil.example/`
 * would otherwise be read as another host. Should the browser still refuse, the guide keeps
 * working; only the address bar is behind.
 */
export function writeAddressBar(state: AddressState, mode: 'push' | 'replace'): void {
  const url = `${serializeAddress(state)}${window.location.hash}`;
  if (url === `${window.location.search}${window.location.hash}`) return;
  try {
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  } catch {
    // A SecurityError or a browser's limit on history calls: the page stays usable.
  }
}

export function onAddressBarChange(listener: (address: ParsedAddress) => void): () => void {
  const handle = () => listener(readAddressBar());
  window.addEventListener('popstate', handle);
  return () => window.removeEventListener('popstate', handle);
}

/**
 * The address to give away (copy, share, QR code): this origin and the canonical answers, never
 * the path, the fragment or the unknown parameters the page was opened with.
 */
export function canonicalLink(state: AddressState): string {
  return `${window.location.origin}/${serializeAddress(state)}`;
}
