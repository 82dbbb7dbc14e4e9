import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import common from '../../locales/en/common.json';
import questions from '../../locales/en/questions.json';
import result from '../../locales/en/result.json';
import ruCommon from '../../locales/ru/common.json';
import ruQuestions from '../../locales/ru/questions.json';
import zhCommon from '../../locales/zh/common.json';
import zhQuestions from '../../locales/zh/questions.json';
import { hasStrings, partsFor } from '../../src/i18n';
import { answerStringsWith, renderApp, search } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A language's strings as if never loaded (nothing is loaded before the first test). */
const forget = (lang: string) => {
  if (i18next.isInitialized) i18next.removeResourceBundle(lang, 'translation');
};

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

describe('when the browser says it is offline', () => {
  /** What a browser that knows says; the service worker still answers every file from its copy. */
  const browserSaysOffline = () =>
    vi.spyOn(Navigator.prototype, 'onLine', 'get').mockReturnValue(false);

  it('a page opened offline says so, though its strings came from the service worker', async () => {
    forget('en');
    browserSaysOffline();
    await renderApp('/?lang=en&where=city');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.speak.title);
    expect(screen.getByText(common.notice.offline)).toBeInTheDocument();
  });

  it('still says so after switching language, though the language came from the service worker', async () => {
    const { user } = await renderApp('/?lang=en&where=city');
    i18next.removeResourceBundle('ru', 'translation');
    browserSaysOffline();
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByText(common.notice.offline)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Русский' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ruQuestions.speak.title),
    );
    expect(screen.getByText(ruCommon.notice.offline)).toBeInTheDocument();

    vi.restoreAllMocks();
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.queryByText(ruCommon.notice.offline)).toBeNull();
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

describe('when a request failed but the browser never said it was offline', () => {
  it('stops saying it is offline once a request goes through', async () => {
    const { user } = await renderApp('/?lang=en&where=city');
    i18next.removeResourceBundle('ru', 'translation');
    i18next.removeResourceBundle('zh', 'translation');
    const connectionReturns = failLanguage('ru');
    await user.click(screen.getByRole('link', { name: 'Русский' }));
    expect(await screen.findByText(common.notice.offline)).toBeInTheDocument();

    connectionReturns();
    await user.click(screen.getByRole('link', { name: '中文' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhQuestions.speak.title),
    );
    expect(screen.queryByText(zhCommon.notice.offline)).toBeNull();
  });
});

describe('when a text is missing in a language', () => {
  /** Every Chinese file the question page's title is in, without it. */
  const withoutSpeakTitle = (name: string) =>
    answerStringsWith(name, async (served) => {
      const strings = (await (await served()).json()) as {
        questions: { speak: { title?: string } };
      };
      delete strings.questions.speak.title;
      return Response.json(strings);
    });

  afterEach(() => forget('zh'));

  it('says so, and keeps saying it once the next page’s strings have arrived in the background', async () => {
    forget('zh');
    withoutSpeakTitle('zh-');
    const { user } = await renderApp('/?v=1&lang=zh&where=city');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).not.toHaveTextContent(zhQuestions.speak.title);
    // The result's strings, fetched while the person reads: they lack the title too.
    await waitFor(() => expect(hasStrings('zh', partsFor.result)).toBe(true));
    await act(async () => undefined);
    expect(screen.getByText(zhCommon.notice.missingText)).toBeInTheDocument();
    expect(heading).not.toHaveTextContent(zhQuestions.speak.title);

    // English has it: nothing is missing there.
    await user.click(screen.getByRole('link', { name: 'English' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.speak.title),
    );
    expect(screen.queryByText(common.notice.missingText)).toBeNull();
  });

  it('shows the text as soon as it arrives with another page’s strings, and stops saying it is missing', async () => {
    forget('zh');
    withoutSpeakTitle('zh-question.');
    await renderApp('/?v=1&lang=zh&where=city');
    // The result's file has it: the title is shown once that file is in, on the same page.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhQuestions.speak.title),
    );
    await act(async () => undefined);
    expect(screen.queryByText(zhCommon.notice.missingText)).toBeNull();
  });
});
