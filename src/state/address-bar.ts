import { type AddressState, type ParsedAddress, parseAddress, serializeAddress } from './address';

/** The only place that touches `window.location` and `history`. */
export function readAddressBar(): ParsedAddress {
  return parseAddress(window.location.search);
}

export function writeAddressBar(state: AddressState, mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${serializeAddress(state)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export function onAddressBarChange(listener: (address: ParsedAddress) => void): () => void {
  const handle = () => listener(readAddressBar());
  window.addEventListener('popstate', handle);
  return () => window.removeEventListener('popstate', handle);
}

export function currentLink(): string {
  return window.location.href;
}
