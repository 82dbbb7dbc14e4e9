import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import common from '../../locales/en/common.json';
import questions from '../../locales/en/questions.json';
import result from '../../locales/en/result.json';
import ruCommon from '../../locales/ru/common.json';
import ruQuestions from '../../locales/ru/questions.json';
import zhQuestions from '../../locales/zh/questions.json';
import { answerStringsWith, renderApp, search } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('when the device refuses storage', () => {
  it('keeps working and switching language, without remembering it', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const { user } = await renderApp('/?lang=en');
    await user.click(screen.getByRole('button', { name: common.nav.start }));
    await user.click(screen.getByRole('link', { name: '中文' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhQuestions.where.title),
    );
    expect(search().get('lang')).toBe('zh');
  });
});

describe('when the browser refuses to change the address', () => {
  it('keeps asking the questions; only the address bar stays behind', async () => {
    const refuse = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    const { user } = await renderApp('/?v=1&lang=en&where=city');
    vi.spyOn(History.prototype, 'pushState').mockImplementation(refuse);
    vi.spyOn(History.prototype, 'replaceState').mockImplementation(refuse);
    await user.click(screen.getByLabelText(questions.speak.options.local));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.pay.title);
    expect(search().get('speak')).toBeNull();
  });
});

describe('when the connection drops', () => {
  it('says the guide still works offline, and clears the notice when back online', async () => {
    const { user } = await renderApp('/?lang=en&where=city');
    expect(screen.queryByText(common.notice.offline)).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByText(common.notice.offline)).toBeInTheDocument();
    await user.click(screen.getByLabelText(questions.speak.options.local));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.pay.title);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.queryByText(common.notice.offline)).toBeNull();
  });
});

describe('when a page’s strings cannot be loaded', () => {
  it('says so with Try again instead of loading forever, and Try again shows the page', async () => {
    // The host answers the result's strings with an error (a deploy half done, say).
    i18next.removeResourceBundle('en', 'translation');
    const hostIsRight = answerStringsWith(
      'en-result.',
      async () => new Response('Bad gateway', { status: 502 }),
    );
    const { user } = await renderApp(
      '/?lang=en&where=city&speak=local&pay=cash&online=no&when=today',
    );
    await user.click(screen.getByLabelText(questions.operator.options.kcell));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    const failure = await screen.findByRole('alert');
    expect(failure).toHaveTextContent(common.failure.page);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();

    hostIsRight();
    await user.click(within(failure).getByRole('button', { name: common.failure.tryAgain }));
    expect(
      await screen.findByRole('heading', { level: 1, name: result.headings.shop }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

/** Requests for one language's files fail as they do offline; the others load. */
const failLanguage = (lang: string) =>
  answerStringsWith(`${lang}-`, async () => {
    throw new TypeError('Failed to fetch');
  });

describe('when a language cannot be loaded', () => {
  it('shows English, says what happened, keeps the answers, and loads it when back online', async () => {
    const { user } = await renderApp('/?lang=en&where=city');
    i18next.removeResourceBundle('ru', 'translation');
    const connectionReturns = failLanguage('ru');

    await user.click(screen.getByRole('link', { name: 'Русский' }));
    expect(await screen.findByText(common.notice.languageFailed)).toBeInTheDocument();
    // Learnt from the failed request: the browser never said it was offline.
    expect(screen.getByText(common.notice.offline)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.speak.title);
    expect(document.documentElement.lang).toBe('en');
    expect(search().get('where')).toBe('city');
    await user.click(screen.getByLabelText(questions.speak.options.local));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.pay.title);

    connectionReturns();
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ruQuestions.pay.title),
    );
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.queryByText(common.notice.languageFailed)).toBeNull();
    expect(screen.queryByText(ruCommon.notice.languageFailed)).toBeNull();
    expect(screen.queryByText(ruCommon.notice.offline)).toBeNull();
  });
});
