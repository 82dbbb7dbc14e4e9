import { type RenderOptions, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { devPath } from '../../scripts/strings.ts';
import { App } from '../../src/ui/app';
import { startI18n, useI18nStatus } from '../../src/i18n';
import { preloadPage } from '../../src/ui/pages';
import { forgetCardMade } from '../../src/ui/cashier/card-made';
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

/**
 * Opens the real app at an address, as a person opening a link would; `reload`: as a reload of the
 * current history entry would (what the entry remembers beside its address stays).
 */
export async function renderApp(
  address = '/',
  { reload = false, ...options }: Pick<RenderOptions, 'wrapper'> & { reload?: boolean } = {},
) {
  disconnect?.();
  unwatch?.();
  useConnection.setState({ offline: false, browserSaysOffline: false });
  useTypedNumber.setState({ e164: undefined });
  forgetCardMade();
  unwatch = watchConnection();
  window.history.replaceState(reload ? window.history.state : null, '', address);
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
  return { user, ...render(<App />, options) };
}

export function search(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/** A text as the page shows it: phone numbers held together by non-breaking spaces. */
export { keepNumbersTogether as shown } from '../../src/i18n/format';

/** What a way's table on the ways page says for an operator (its `dd`). */
export function operatorRow(way: string, operatorName: string): HTMLElement {
  const name = [...document.querySelectorAll(`[data-way="${way}"] .by-operator-row dt`)].find(
    (dt) => dt.textContent === operatorName,
  );
  return name!.nextElementSibling as HTMLElement;
}

/**
 * Strings files whose name starts with `name` (`ru-` for a language, `en-result.` for one file)
 * get `answer` instead of their strings (`served` gives what they would have got). Returns what
 * puts the files back.
 */
export function answerStringsWith(
  name: string,
  answer: (served: () => Promise<Response>) => Promise<Response>,
): () => void {
  const serve = vi.mocked(fetch).getMockImplementation()!;
  vi.mocked(fetch).mockImplementation((input, init) =>
    String(input).includes(`${devPath}${name}`)
      ? answer(() => serve(input, init))
      : serve(input, init),
  );
  return () => vi.mocked(fetch).mockImplementation(serve);
}
