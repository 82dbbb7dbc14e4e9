import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/app';
import { startI18n, useI18nStatus } from '../../src/i18n';
import { preloadPage } from '../../src/ui/pages';
import { useTypedNumber } from '../../src/ui/phone/use-remembered-number';
import {
  connectAddressBar,
  pageOf,
  useConnection,
  useGuide,
  watchConnection,
} from '../../src/state';

let disconnect: (() => void) | undefined;
let unwatch: (() => void) | undefined;

/** Opens the real app at an address, as a person opening a link would. */
export async function renderApp(address = '/') {
  disconnect?.();
  unwatch?.();
  useConnection.setState({ offline: false });
  useTypedNumber.setState({ e164: undefined });
  unwatch = watchConnection();
  window.history.replaceState(null, '', address);
  useI18nStatus.setState({
    failedLanguage: undefined,
    loadingLanguage: undefined,
    missingText: false,
    pageStringsFailed: false,
  });
  disconnect = connectAddressBar();
  const first = pageOf(useGuide.getState()).kind;
  // As main.tsx does: the first page's strings and code, then the page.
  await Promise.all([startI18n(useGuide.getState().lang, first), preloadPage(first)]);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}

export function search(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/** A text as the page shows it: phone numbers held together by non-breaking spaces. */
export { keepNumbersTogether as shown } from '../../src/i18n/format';
