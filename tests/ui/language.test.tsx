import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enQuestions from '../../locales/en/questions.json';
import ruCommon from '../../locales/ru/common.json';
import ruQuestions from '../../locales/ru/questions.json';
import ruResult from '../../locales/ru/result.json';
import zhCommon from '../../locales/zh/common.json';
import zhQuestions from '../../locales/zh/questions.json';
import { renderApp, search } from './render-app';

describe('switching language', () => {
  it('keeps the answers, the step and the selection, and replaces the history entry', async () => {
    const { user } = await renderApp('/?lang=en&where=city&speak=local&pay=cash,kzcard');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(enQuestions.online.title);
    // Nothing is said before another language is chosen, nor for the one shown.
    const status = () =>
      within(screen.getByRole('navigation', { name: 'Language' })).getByRole('status');
    expect(status()).toBeEmptyDOMElement();
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(status()).toBeEmptyDOMElement();
    await user.click(screen.getByLabelText(enQuestions.online.options.no));
    const entries = window.history.length;

    await user.click(screen.getByRole('link', { name: '中文' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhQuestions.online.title),
    );
    expect(screen.getByLabelText(zhQuestions.online.options.no)).toBeChecked();
    expect(document.documentElement.lang).toBe('zh');
    // Focus stays on the link: the change is said, in the new language.
    const switcher = screen.getByRole('navigation', { name: zhCommon.language.label });
    expect(within(switcher).getByRole('status')).toHaveTextContent(zhCommon.language.switched);
    expect(document.title).toContain(zhQuestions.online.title);
    expect(search().toString()).toBe('v=1&lang=zh&where=city&speak=local&pay=cash%2Ckzcard');
    expect(window.history.length).toBe(entries);
    await user.click(screen.getByRole('button', { name: zhCommon.nav.continue }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhQuestions.when.title);
    expect(search().get('online')).toBe('no');
  });

  it('switches on a question reached with Change, and on the result', async () => {
    const { user } = await renderApp(
      '/?lang=en&where=abroad&pay=card&online=yes&when=today&operator=beeline&step=pay',
    );
    await user.click(screen.getByRole('link', { name: 'Русский' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ruQuestions.pay.title),
    );
    expect(search().get('step')).toBe('pay');
    await user.click(screen.getByRole('button', { name: ruCommon.nav.continue }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        ruResult.headings.operatorApp,
      ),
    );
  });

  it("makes the home screen the same language: the page links that language's manifest", async () => {
    const link = document.head.appendChild(document.createElement('link'));
    link.rel = 'manifest';
    link.href = '/manifest.webmanifest';
    try {
      const { user } = await renderApp('/?lang=zh&where=city');
      expect(link.getAttribute('href')).toBe('/manifest.zh.webmanifest');
      await user.click(screen.getByRole('link', { name: 'Русский' }));
      await waitFor(() => expect(link.getAttribute('href')).toBe('/manifest.ru.webmanifest'));
      await user.click(screen.getByRole('link', { name: 'English' }));
      await waitFor(() => expect(link.getAttribute('href')).toBe('/manifest.webmanifest'));
    } finally {
      link.remove();
    }
  });

  it('remembers the choice for the next visit without a language in the link', async () => {
    const { user, unmount } = await renderApp('/?lang=en');
    await user.click(screen.getByRole('link', { name: 'Русский' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('ru'));
    unmount();
    await renderApp('/');
    expect(search().get('lang')).toBe('ru');
  });

  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['ru-KZ'], 'ru'],
    [['kk-KZ', 'ru'], 'ru'],
    [['de-DE', 'fr'], 'en'],
  ])('follows the browser languages %j on a first visit', async (languages, expected) => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
    try {
      await renderApp('/');
      expect(search().get('lang')).toBe(expected);
      expect(document.documentElement.lang).toBe(expected);
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      Object.defineProperty(Navigator.prototype, 'languages', original);
    }
  });
});

describe('the language last chosen', () => {
  it('stays when the browser goes Back: Back moves between pages, not languages', async () => {
    const { user } = await renderApp('/?lang=en&step=where');
    await user.click(screen.getByLabelText(enQuestions.where.options.city));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: enQuestions.speak.title }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '中文' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhQuestions.speak.title),
    );
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhQuestions.where.title),
    );
    expect(search().get('lang')).toBe('zh');
    expect(document.documentElement.lang).toBe('zh');
  });
});

describe('typography in each language', () => {
  it(
    'never breaks a phone number, and sets Latin words apart in Chinese',
    { timeout: 20_000 },
    async () => {
      await renderApp(
        '/?lang=zh&where=city&speak=none&pay=cash,friend&online=yes&when=today&operator=beeline',
      );
      const texts: string[] = [];
      const walker = document.createTreeWalker(
        document.querySelector('main')!,
        NodeFilter.SHOW_TEXT,
      );
      while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
      expect(texts.join(' ')).toContain('Beeline');
      const unspaced = texts.filter((text) =>
        /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u.test(text),
      );
      expect(unspaced).toEqual([]);
      const hint = await screen.findByText(
        /701/,
        { selector: 'p.hint', normalizer: (text) => text },
        { timeout: 10_000 },
      );
      expect(hint.textContent).toMatch(/\+7\u00a0701\u00a0234\u00a056\u00a078/);
    },
  );

  it('counts the questions asked: without the language question abroad, five', async () => {
    await renderApp('/?lang=en&where=abroad');
    expect(screen.getByText('Question 2 of 5')).toBeInTheDocument();
  });
});
