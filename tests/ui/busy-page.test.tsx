import { screen, waitFor } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import questions from '../../locales/en/questions.json';
import result from '../../locales/en/result.json';
import { hasStrings, partsFor } from '../../src/i18n';
import { preloadPage } from '../../src/ui/pages';
import { renderApp } from './render-app';

/** What the page showed at each of React's commits: its heading, and whether it was busy. */
function recordCommits() {
  const commits: string[] = [];
  const read = () => {
    const main = document.querySelector('main');
    const busy = main?.hasAttribute('inert') && main.getAttribute('aria-busy') === 'true';
    return `${document.querySelector('h1')?.textContent ?? ''}${busy ? ' (busy)' : ''}`;
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Profiler id="app" onRender={() => commits.push(read())}>
      {children}
    </Profiler>
  );
  return { commits, wrapper };
}

describe('a tap that leads to another page', () => {
  it('is answered at once: the page stays, still and busy, while the next is built', async () => {
    const { commits, wrapper } = recordCommits();
    const { user } = await renderApp(
      '/?v=1&lang=en&where=city&speak=none&pay=cash,card&online=no&when=now',
      { wrapper },
    );
    // The result's code and strings are here, as they are once the person has read the question.
    await preloadPage('result');
    await waitFor(() => expect(hasStrings('en', partsFor.result)).toBe(true));
    await user.click(screen.getByLabelText(questions.operator.options.beeline));
    commits.length = 0;

    await user.click(screen.getByRole('button', { name: /Continue/ }));

    // The first commit answers the tap: the question stays, taking no second tap.
    expect(commits[0]).toBe(`${questions.operator.title} (busy)`);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(result.headings.terminal);
    expect(commits.at(-1)).toBe(result.headings.terminal);
    expect(document.querySelector('main')).not.toHaveAttribute('inert');
    expect(heading).toHaveFocus();
  });
});
