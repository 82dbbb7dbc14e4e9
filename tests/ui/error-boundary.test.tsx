import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import common from '../../locales/en/common.json';
import { ErrorBoundary } from '../../src/ui/error-boundary';
import { renderApp } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

let broken = true;
function Fragile() {
  if (broken) throw new Error('Data too long');
  return <p>Working again</p>;
}

describe('a failure in a page', () => {
  it('says so in the reader’s language, never a blank page, and Try again renders it again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderApp('/?lang=en');
    broken = true;
    render(
      <ErrorBoundary scope="page">
        <Fragile />
      </ErrorBoundary>,
    );
    const failure = screen.getAllByRole('alert').at(-1)!;
    expect(failure).toHaveTextContent(common.failure.page);
    expect(within(failure).getByRole('button', { name: common.reload })).toBeInTheDocument();
    broken = false;
    await userEvent.click(within(failure).getByRole('button', { name: common.failure.tryAgain }));
    expect(screen.getByText('Working again')).toBeInTheDocument();
  });
});
