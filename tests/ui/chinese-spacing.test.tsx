import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import common from '../../locales/zh/common.json';
import questions from '../../locales/zh/questions.json';
import { renderApp } from './render-app';

/**
 * Chinese full-width punctuation carries its own space: a space after it, or before an opening
 * bracket, reads as a gap. (" · " between a source's parts is a separator, spaced on purpose.)
 */
const spaceAfterFullWidth = /[，。：；！？（、] | （/;

const lines = () => {
  for (const details of document.querySelectorAll('details')) details.open = true;
  return [...document.querySelectorAll('main p, main li, main h1, main h2, main h3, main h4')].map(
    (element) => element.textContent ?? '',
  );
};

describe('in Chinese, no space follows full-width punctuation', () => {
  it.each([
    'where=city&speak=none&pay=cash,card&online=no&when=now&operator=beeline',
    'where=abroad&pay=kzcard,wallet&online=yes&when=today&operator=tele2',
    'where=remote&speak=local&pay=friend&online=no&when=now&operator=activ',
  ])('on the result, its details and its sources: %s', async (answers) => {
    await renderApp(`/?lang=zh&${answers}`);
    const shown = lines();
    expect(shown.length).toBeGreaterThan(50);
    expect(shown.filter((line) => spaceAfterFullWidth.test(line))).toEqual([]);
  });

  it("in an unanswered question's title", async () => {
    const { user } = await renderApp('/?lang=zh&step=where');
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    await waitFor(() =>
      expect(document.title).toMatch(
        new RegExp(`^${common.errors.titlePrefix}${questions.where.title}`),
      ),
    );
  });
});
