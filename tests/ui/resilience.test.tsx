import { act, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import common from '../../locales/en/common.json';
import questions from '../../locales/en/questions.json';
import zhQuestions from '../../locales/zh/questions.json';
import { renderApp, search } from './render-app';

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

describe('when the connection drops', () => {
  it('says the guide still works offline, and clears the notice when back online', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const { user } = await renderApp('/?lang=en&where=city');
    expect(screen.queryByText(common.notice.offline)).toBeNull();
    onLine.mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByText(common.notice.offline)).toBeInTheDocument();
    await user.click(screen.getByLabelText(questions.speak.options.local));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.pay.title);
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.queryByText(common.notice.offline)).toBeNull();
  });
});

describe('when a language cannot be loaded', () => {
  it('shows English, says what happened, and keeps the answers', async () => {
    const { user } = await renderApp('/?lang=en&where=city');
    const connector = i18next.services.backendConnector as unknown as {
      backend: {
        read: (lng: string, ns: string, done: (error: unknown, data: unknown) => void) => void;
      };
      state: Record<string, unknown>;
    };
    i18next.removeResourceBundle('ru', 'translation');
    delete connector.state['ru|translation'];
    vi.spyOn(connector.backend, 'read').mockImplementation((_lng, _ns, done) =>
      done(new Error('offline'), null),
    );

    await user.click(screen.getByRole('link', { name: 'Русский' }));
    expect(await screen.findByText(common.notice.languageFailed)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.speak.title);
    expect(document.documentElement.lang).toBe('en');
    expect(search().get('where')).toBe('city');
    await user.click(screen.getByLabelText(questions.speak.options.local));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.pay.title);
  });
});
