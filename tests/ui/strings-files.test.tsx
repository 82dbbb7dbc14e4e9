import { screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { expect, it, vi } from 'vitest';
import enResult from '../../locales/en/result.json';
import ruQuestions from '../../locales/ru/questions.json';
import ruResult from '../../locales/ru/result.json';
import zhResult from '../../locales/zh/result.json';
import { devPath } from '../../scripts/strings.ts';
import { answerStringsWith, renderApp } from './render-app';

// One module state for the file: the tests run in order, as one visit.
const asked: string[] = [];
const stringsAsked = () => {
  const files = vi
    .mocked(fetch)
    .mock.calls.map(([input]) => new URL(String(input), 'http://localhost/').pathname)
    .filter((path) => path.startsWith(devPath))
    .map((path) => path.slice(devPath.length));
  asked.push(...files);
  vi.mocked(fetch).mockClear();
  return files;
};

const result = '/?v=1&lang=ru&where=city&speak=none&pay=cash&online=no&when=now&operator=kcell';

it('the start page asks for its own strings, then the questions’, one file each', async () => {
  await renderApp('/?v=1&lang=en');
  await waitFor(() => expect(stringsAsked()).toContain('en-question.json'));
  expect(asked).toEqual(['en-start.json', 'en-question.json']);
});

it('a bookmarked result asks for one file: the result page’s, in its language', async () => {
  await renderApp(result);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ruResult.headings.terminal);
  expect(stringsAsked()).toEqual(['ru-result.json']);
});

it('switching language on the result asks for that language’s result file alone', async () => {
  const { user } = await renderApp(result);
  stringsAsked();
  await user.click(screen.getByRole('link', { name: '中文' }));
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhResult.headings.terminal),
  );
  expect(stringsAsked()).toEqual(['zh-result.json']);
  // English was loaded for the start and question pages only: the result needs the rest of it.
  await user.click(screen.getByRole('link', { name: 'English' }));
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(enResult.headings.terminal),
  );
  expect(stringsAsked()).toEqual(['en-result.json']);
});

it('a file that fails does not take down the pages it holds: the question page’s own file still comes', async () => {
  i18next.removeResourceBundle('ru', 'translation');
  answerStringsWith('ru-result.', async () => new Response('Not found', { status: 404 }));
  // The result's file holds the question page's strings, and was wanted before: it is tried first.
  await renderApp('/?v=1&lang=ru&where=city');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ruQuestions.speak.title);
  // (The result's file is tried again as the page prefetches it.)
  expect(stringsAsked().slice(0, 2)).toEqual(['ru-result.json', 'ru-question.json']);
});
