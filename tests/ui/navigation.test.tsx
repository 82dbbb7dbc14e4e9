import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import common from '../../locales/en/common.json';
import questions from '../../locales/en/questions.json';
import result from '../../locales/en/result.json';
import { renderApp, search } from './render-app';

const complete =
  '/?v=1&lang=en&where=city&speak=local&pay=kzcard&online=yes&when=today&operator=activ';
const heading = () => screen.getByRole('heading', { level: 1 });

async function browserBack() {
  await act(async () => {
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  });
}

async function browserForward() {
  await act(async () => {
    window.history.forward();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  });
}

describe('moving around', () => {
  it('goes Back to the previous question with the answer still selected', async () => {
    const { user } = await renderApp('/?lang=en&where=abroad');
    expect(heading()).toHaveTextContent(questions.pay.title);
    await user.click(screen.getByRole('link', { name: common.nav.back }));
    expect(heading()).toHaveTextContent(questions.where.title);
    expect(screen.getByLabelText(questions.where.options.abroad)).toBeChecked();
    expect(search().get('where')).toBe('abroad');
  });

  it('opens a complete link straight on the result, and Change keeps every other answer', async () => {
    const { user } = await renderApp(complete);
    expect(heading()).toHaveTextContent(result.headings.bankApp);
    await user.click(screen.getByRole('link', { name: /Change.*How soon do you need to top up/ }));
    expect(heading()).toHaveTextContent(questions.when.title);
    expect(screen.getByLabelText(questions.when.options.today)).toBeChecked();
    await user.click(screen.getByLabelText(questions.when.options.now));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(heading()).toHaveTextContent(result.headings.bankApp);
    expect(search().get('when')).toBe('now');
    expect(search().get('operator')).toBe('activ');
    expect(search().get('pay')).toBe('kzcard');
  });

  it('goes Back from a question opened with Change to the result, also after a reload', async () => {
    const { user, unmount } = await renderApp(complete);
    await user.click(screen.getByRole('link', { name: /Change.*How can you pay/ }));
    expect(heading()).toHaveTextContent(questions.pay.title);
    const back = screen.getByRole('link', { name: common.nav.back });
    expect(back).toHaveAttribute('href', complete);
    const address = window.location.pathname + window.location.search;
    unmount();
    await renderApp(address, { reload: true });
    await user.click(screen.getByRole('link', { name: common.nav.back }));
    await waitFor(() => expect(heading()).toHaveTextContent(result.headings.bankApp));
    expect(`${window.location.pathname}${window.location.search}`).toBe(complete);
    // Back from the result goes through the questions, as before: no loop with the last one.
    await user.click(screen.getByRole('link', { name: common.nav.back }));
    expect(heading()).toHaveTextContent(questions.operator.title);
    await user.click(screen.getByRole('link', { name: common.nav.back }));
    expect(heading()).toHaveTextContent(questions.when.title);
  });

  it('goes Back from a Change through the browser too: its entry remembers it', async () => {
    const { user } = await renderApp(complete);
    await user.click(screen.getByRole('link', { name: /Change.*Where are you now/ }));
    await user.click(screen.getByLabelText(questions.where.options.abroad));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(heading()).toHaveTextContent(result.headings.bankApp);
    await browserBack();
    await waitFor(() => expect(heading()).toHaveTextContent(questions.where.title));
    expect(screen.getByRole('link', { name: common.nav.back })).toHaveAttribute(
      'href',
      '/?v=1&lang=en&where=abroad&pay=kzcard&online=yes&when=today&operator=activ',
    );
  });

  it('a shared link to a question goes Back to the question before it', async () => {
    await renderApp(`${complete}&step=pay`);
    expect(screen.getByRole('link', { name: common.nav.back })).toHaveAttribute(
      'href',
      '/?v=1&lang=en&where=city&speak=local&pay=kzcard&online=yes&when=today&operator=activ&step=speak',
    );
  });

  it('asks a newly needed question after a change, and drops an answer no longer asked', async () => {
    const { user } = await renderApp(complete);
    await user.click(screen.getByRole('link', { name: /Change.*Where are you now/ }));
    await user.click(screen.getByLabelText(questions.where.options.abroad));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(heading()).toHaveTextContent(result.headings.bankApp);
    expect(search().has('speak')).toBe(false);
    await user.click(screen.getByRole('link', { name: /Change.*Where are you now/ }));
    await user.click(screen.getByLabelText(questions.where.options.city));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(heading()).toHaveTextContent(questions.speak.title);
  });

  it('follows the browser Back and Forward buttons, one step per history entry', async () => {
    const { user } = await renderApp('/?lang=en');
    await user.click(screen.getByRole('button', { name: common.nav.start }));
    await user.click(screen.getByLabelText(questions.where.options.abroad));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(heading()).toHaveTextContent(questions.pay.title);

    await browserBack();
    await waitFor(() => expect(heading()).toHaveTextContent(questions.where.title));
    expect(screen.getByLabelText(questions.where.options.abroad)).toBeChecked();
    await browserBack();
    await waitFor(() => expect(heading()).toHaveTextContent(common.start.title));
    await browserForward();
    await waitFor(() => expect(heading()).toHaveTextContent(questions.where.title));
    await browserForward();
    await waitFor(() => expect(heading()).toHaveTextContent(questions.pay.title));
    expect(search().get('where')).toBe('abroad');
  });

  it('opens a link whose & were written as HTML’s &#38; (the rest of it is a #fragment)', async () => {
    await renderApp(
      '/?v=1&#38;lang=en&#38;where=city&#38;speak=local&#38;pay=kzcard&#38;online=yes&#38;when=today&#38;operator=activ',
    );
    expect(heading()).toHaveTextContent(result.headings.bankApp);
    expect(window.location.hash).toBe('');
    expect(`${window.location.pathname}${window.location.search}`).toBe(complete);
  });

  it.each([
    '/#v=1&lang=en&where=city&speak=local&pay=kzcard&online=yes&when=today&operator=activ',
    '/#/?v=1&lang=en&where=city&speak=local&pay=kzcard&online=yes&when=today&operator=activ',
  ])('opens a link written with # for ? (%s)', async (address) => {
    await renderApp(address);
    expect(heading()).toHaveTextContent(result.headings.bankApp);
    expect(window.location.hash).toBe('');
    expect(`${window.location.pathname}${window.location.search}`).toBe(complete);
  });

  it('reads the query, not a fragment, when the query holds answers', async () => {
    await renderApp('/?v=1&lang=en&where=city#where=abroad');
    expect(heading()).toHaveTextContent(questions.speak.title);
  });

  it('restores the same page on reload', async () => {
    const { user, unmount } = await renderApp('/?lang=en&where=city&speak=none');
    await user.click(screen.getByLabelText(questions.pay.options.cash));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(heading()).toHaveTextContent(questions.online.title);
    const address = window.location.pathname + window.location.search;
    unmount();
    await renderApp(address);
    expect(heading()).toHaveTextContent(questions.online.title);
    expect(search().get('pay')).toBe('cash');
  });

  it('starts again with no answers', async () => {
    const { user } = await renderApp(complete);
    await user.click(screen.getByRole('button', { name: common.nav.startAgain }));
    expect(heading()).toHaveTextContent(common.start.title);
    expect(search().toString()).toBe('v=1&lang=en');
  });
});

describe('a question without an answer', () => {
  it('shows an error summary that links to the field, and prefixes the title', async () => {
    const { user } = await renderApp('/?lang=en&step=where');
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent(common.errors.summaryTitle);
    await waitFor(() => expect(summary).toHaveFocus());
    const link = screen.getByRole('link', { name: questions.where.error });
    expect(link).toHaveAttribute('href', '#where-city');
    expect(document.getElementById('where-city')).toBeInTheDocument();
    expect(document.title).toMatch(
      new RegExp(`^${common.errors.titlePrefix} ${questions.where.title}`),
    );
    // "Error:" before the message for a screen reader, as GOV.UK does.
    expect(screen.getByRole('group', { name: questions.where.title })).toHaveAccessibleDescription(
      expect.stringContaining(`${common.errors.titlePrefix} ${questions.where.error}`),
    );
    expect(heading()).toHaveTextContent(questions.where.title);
  });

  it('needs at least one way to pay', async () => {
    const { user } = await renderApp('/?lang=en&where=abroad');
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(screen.getByRole('alert')).toHaveTextContent(questions.pay.error);
    await user.click(screen.getByLabelText(questions.pay.options.wallet));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    expect(heading()).toHaveTextContent(questions.online.title);
  });
});
