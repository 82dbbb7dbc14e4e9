import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import cashier from '../../locales/en/cashier.json';
import questions from '../../locales/en/questions.json';
import { renderApp, search, shown } from './render-app';

/** Parts loaded on demand (the number check) can take a while in a busy test run. */
const onDemand = { timeout: 10_000 };

const operatorQuestion = '/?lang=en&where=city&speak=local&pay=cash&online=no&when=today';
const { options } = questions.operator;

const numberField = () => screen.getByRole('textbox', { name: cashier.number.label });
const operators = () => screen.getByRole('group', { name: questions.operator.title });
const selected = () =>
  within(operators())
    .getAllByRole('radio')
    .filter((radio) => (radio as HTMLInputElement).checked)
    .map((radio) => radio.getAttribute('value'));
const hintFor = (names: string) => cashier.operatorHint.replace('{{operators}}', names);
const storedValues = () => Object.values({ ...window.localStorage }).join(' ');

async function openFinder(address = operatorQuestion) {
  const rendered = await renderApp(address);
  await rendered.user.click(screen.getByText(cashier.finder.title));
  await screen.findByRole('textbox', { name: cashier.number.label }, onDemand);
  return rendered;
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('finding the operator from the number', { timeout: 20_000 }, () => {
  it('is offered, folded away, on the operator question only', async () => {
    await renderApp(operatorQuestion);
    expect(screen.getByText(cashier.finder.title)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: cashier.number.label })).toBeNull();

    await renderApp('/?lang=en&where=city&speak=local&pay=cash&online=no');
    expect(screen.queryByText(cashier.finder.title)).toBeNull();
  });

  const useButton = (name: string) =>
    screen.getByRole('button', { name: cashier.finder.use.replace('{{operator}}', name) });

  it.each([
    ['+7 777 123 45 67', 'beeline', 'Beeline'],
    ['8 (747) 123-45-67', 'tele2', 'Tele2'],
    ['7001234567', 'altel', 'Altel'],
  ])(
    'offers the operator that %s suggests, and selects it only when asked',
    async (typed, slug, name) => {
      const { user } = await openFinder();
      await user.type(numberField(), typed);
      expect(await screen.findByText(hintFor(name))).toBeInTheDocument();
      expect(selected()).toEqual([]);
      await user.click(useButton(name));
      expect(selected()).toEqual([slug]);
      expect(
        within(operators()).getByLabelText(options[slug as keyof typeof options]),
      ).toHaveFocus();
    },
  );

  it('offers both Kcell and activ for a number they share, and says how to tell', async () => {
    const { user } = await openFinder();
    await user.type(numberField(), '+7 701 123 45 67');
    expect(await screen.findByText(hintFor('Kcell or activ'))).toBeInTheDocument();
    expect(screen.getByText(cashier.finder.choose)).toBeInTheDocument();
    await user.click(useButton('activ'));
    expect(selected()).toEqual(['activ']);
  });

  it('drops a guess when the number is edited into one that is not valid', async () => {
    const { user } = await openFinder();
    await user.type(numberField(), '+7 705 123 45 67');
    await screen.findByText(hintFor('Beeline'));
    await user.type(numberField(), '9');
    expect(screen.queryByText(hintFor('Beeline'))).toBeNull();
    expect(screen.queryByRole('button', { name: /Beeline/ })).toBeNull();
  });

  it('keeps Enter in the number field to itself: it does not answer the question, it moves to the suggested operator', async () => {
    const { user } = await openFinder();
    await user.type(numberField(), '+7 777 123 45 67');
    await screen.findByText(hintFor('Beeline'));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.operator.title);
    expect(search().has('operator')).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useButton('Beeline')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(selected()).toEqual(['beeline']);
  });

  it('says at Enter what is wrong with the number', async () => {
    const { user } = await openFinder();
    await user.type(numberField(), '12345');
    expect(numberField()).toBeValid();
    await user.keyboard('{Enter}');
    expect(numberField()).toBeInvalid();
    expect(numberField()).toHaveFocus();
    expect(search().has('operator')).toBe(false);
  });

  it('says when the number gives no hint, and keeps the choice as it was', async () => {
    const { user } = await openFinder();
    await user.click(within(operators()).getByLabelText(options.izi));
    await user.type(numberField(), '+7 760 123 45 67');
    expect(await screen.findByText(cashier.finder.noHint)).toBeInTheDocument();
    expect(selected()).toEqual(['izi']);
  });

  it('says what is wrong with a number once the person moves on', async () => {
    const { user } = await openFinder();
    await user.type(numberField(), '+7 727 123 45 67');
    expect(numberField()).toBeValid();
    await user.tab();
    expect(numberField()).toBeInvalid();
    expect(numberField()).toHaveAccessibleDescription(
      expect.stringContaining(shown(cashier.number.problems.notKazakhMobile)),
    );
    expect(selected()).toEqual([]);
  });

  it('keeps the number out of the address and off the device unless asked', async () => {
    const { user } = await openFinder();
    await user.type(numberField(), '8 771 765 43 21');
    await screen.findByText(hintFor('Beeline'));
    expect(storedValues()).not.toContain('7717654321');
    await user.click(useButton('Beeline'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(search().get('operator')).toBe('beeline');
    expect(window.location.href).not.toMatch(/771|7654321/);
    expect(storedValues()).not.toContain('7717654321');
  });

  it('uses a number remembered on this device', async () => {
    const first = await openFinder();
    await first.user.click(screen.getByRole('checkbox', { name: cashier.remember.label }));
    await first.user.type(numberField(), '+7 707 765 43 21');
    await screen.findByText(hintFor('Tele2'));
    expect(storedValues()).toContain('+77077654321');
    first.unmount();

    await openFinder();
    expect(numberField()).toHaveValue('+7 707 765 43 21');
    expect(await screen.findByText(hintFor('Tele2'))).toBeInTheDocument();
    expect(useButton('Tele2')).toBeInTheDocument();
  });

  it('hands the number to the cashier card for this visit, without storing it', async () => {
    const { user } = await openFinder(
      '/?lang=en&where=city&speak=none&pay=cash&online=no&when=today',
    );
    await user.type(numberField(), '+7 747 765 43 21');
    await user.click(await screen.findByRole('button', { name: /Tele2/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const cardNumber = await screen.findByRole('textbox', { name: cashier.number.label }, onDemand);
    expect(cardNumber).toHaveValue('+7 747 765 43 21');
    expect(storedValues()).not.toContain('7477654321');
  });
});
