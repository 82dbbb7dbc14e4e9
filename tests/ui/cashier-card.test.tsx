import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import enCashier from '../../locales/en/cashier.json';
import enCommon from '../../locales/en/common.json';
import enQuestions from '../../locales/en/questions.json';
import ruCashier from '../../locales/ru/cashier.json';
import zhCashier from '../../locales/zh/cashier.json';
import { renderApp, shown } from './render-app';

/** Parts loaded on demand (the number check) can take a while in a busy test run. */
const onDemand = { timeout: 10_000 };

const cashier = enCashier;
const counterForNonSpeaker =
  '/?lang=en&where=city&speak=none&pay=cash&online=no&when=today&operator=beeline';

const numberField = () => screen.getByRole('textbox', { name: cashier.number.label });
const amountField = () => screen.getByRole('textbox', { name: cashier.amount.label });
const rememberBox = () => screen.getByRole('checkbox', { name: cashier.remember.label });
const card = () => screen.findByRole('region', { name: cashier.cardLabel });
const storedValues = () => Object.values({ ...window.localStorage }).join(' ');

async function openCard(address = counterForNonSpeaker) {
  const rendered = await renderApp(address);
  await screen.findByRole('textbox', { name: cashier.number.label }, onDemand);
  return rendered;
}

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the card to show the cashier', { timeout: 20_000 }, () => {
  it.each([
    ['english', 'where=city&speak=english&pay=cash&online=no&when=today&operator=kcell'],
    ['none', counterForNonSpeaker.slice(2)],
  ])('is open from the start for someone who speaks %s, sent to a counter', async (_, query) => {
    await renderApp(`/?lang=en&${query}`);
    const section = screen.getByRole('region', { name: cashier.title });
    expect(within(section).getByText(cashier.lead)).toBeVisible();
    expect(
      await within(section).findByRole('textbox', { name: cashier.number.label }, onDemand),
    ).toBeVisible();
    expect(within(section).queryByText(cashier.open)).toBeNull();
  });

  it('is not offered to someone who speaks Russian or Kazakh, and no tip points to it', async () => {
    await renderApp(
      '/?lang=en&where=city&speak=local&pay=cash&online=no&when=today&operator=beeline',
    );
    expect(document.querySelector('[data-channel="shop"]')).not.toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: cashier.title })).toBeNull();
    expect(document.querySelector('main')!.textContent).not.toMatch(/cashier card/i);
  });

  it('is offered, folded away, where no way means talking to a cashier', async () => {
    const { user } = await renderApp(
      '/?lang=en&where=city&speak=none&pay=friend&online=no&when=today&operator=beeline',
    );
    expect(screen.getByRole('heading', { level: 2, name: cashier.title })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: cashier.number.label })).toBeNull();
    await user.click(screen.getByText(cashier.open));
    expect(
      await screen.findByRole('textbox', { name: cashier.number.label }, onDemand),
    ).toBeInTheDocument();
  });

  it.each([
    ['+7 701 123 45 67'],
    ['+77011234567'],
    ['8 701 123 45 67'],
    ['8 (701) 123-45-67'],
    ['77011234567'],
    ['7011234567'],
    ['701-123-45-67'],
  ])('takes the number written as %s', async (typed) => {
    const { user } = await openCard();
    await user.type(numberField(), typed);
    await user.type(amountField(), '5000');
    await user.click(screen.getByRole('button', { name: cashier.show }));
    expect(await card()).toHaveTextContent('+7 701 123 45 67');
    expect(screen.queryByText(enCommon.errors.summaryTitle)).toBeNull();
  });

  it.each([
    ['', shown(cashier.number.problems.empty)],
    ['call me', shown(cashier.number.problems.notANumber)],
    ['+7 701 123 45', shown(cashier.number.problems.tooShort)],
    ['+7 701 123 45 678', shown(cashier.number.problems.tooLong)],
    ['+7 912 345 67 89', shown(cashier.number.problems.otherCountry)],
    ['+86 138 0013 8000', shown(cashier.number.problems.otherCountry)],
    ['+7 727 123 45 67', shown(cashier.number.problems.notKazakhMobile)],
  ])('says what is wrong with the number %j', async (typed, problem) => {
    const { user } = await openCard();
    if (typed) await user.type(numberField(), typed);
    await user.type(amountField(), '5000');
    await user.click(screen.getByRole('button', { name: cashier.show }));
    const summary = await screen.findByRole('alert', { name: enCommon.errors.summaryTitle });
    expect(within(summary).getByRole('link', { name: problem })).toHaveAttribute(
      'href',
      '#cashier-number',
    );
    expect(numberField()).toHaveAccessibleDescription(expect.stringContaining(problem));
    expect(numberField()).toBeInvalid();
    expect(screen.queryByRole('region', { name: cashier.cardLabel })).toBeNull();
  });

  it.each([
    ['', cashier.amount.problems.empty],
    ['12.5', cashier.amount.problems.notWholeNumber],
    ['0', cashier.amount.problems.tooSmall],
    ['250000', cashier.amount.problems.tooLarge.replace('{{max}}', '100,000')],
  ])('says what is wrong with the amount %j', async (typed, problem) => {
    const { user } = await openCard();
    await user.type(numberField(), '+7 701 123 45 67');
    if (typed) await user.type(amountField(), typed);
    await user.click(screen.getByRole('button', { name: cashier.show }));
    expect(amountField()).toHaveAccessibleDescription(expect.stringContaining(problem));
    expect(screen.queryByRole('region', { name: cashier.cardLabel })).toBeNull();
  });

  it.each([
    ['+7 777 123 45 67', 'Beeline'],
    ['8 701 123 45 67', 'Kcell or activ'],
    ['+7 747 123 45 67', 'Tele2'],
    ['+7 708 123 45 67', 'Altel'],
  ])('says %s looks like %s, only as a hint', async (typed, operators) => {
    const { user } = await openCard();
    await user.type(numberField(), typed);
    const hint = cashier.operatorHint.replace('{{operators}}', operators);
    expect(await screen.findByText(hint)).toBeInTheDocument();
    expect(numberField()).toHaveAccessibleDescription(expect.stringContaining(hint));
  });

  it('gives no hint for a prefix the facts do not name', async () => {
    const { user } = await openCard();
    await user.type(numberField(), '+7 760 123 45 67');
    expect(numberField()).toHaveAccessibleDescription(
      expect.stringContaining(shown(cashier.number.hint)),
    );
    expect(numberField()).not.toHaveAccessibleDescription(/operators/);
  });

  /** Change "How soon" to later, and back to the result. */
  async function changeAnAnswer(user: Awaited<ReturnType<typeof renderApp>>['user']) {
    await user.click(screen.getByRole('link', { name: /Change.*How soon/ }));
    await user.click(await screen.findByLabelText(enQuestions.when.options.later, {}, onDemand));
    await user.click(screen.getByRole('button', { name: enCommon.nav.continue }));
  }

  it.each([
    ['open from the start', counterForNonSpeaker, false],
    // No counter takes what they pay with: the card is offered, folded.
    [
      'opened by hand',
      '/?lang=en&where=city&speak=english&pay=friend&online=no&when=today&operator=kcell',
      true,
    ],
  ])(
    'is shown again, %s, on the result reached again after a Change, never in the address',
    async (_, address, folded) => {
      const { user } = await renderApp(address);
      if (folded) await user.click(screen.getByText(cashier.open));
      else expect(screen.queryByText(cashier.open)).toBeNull();
      await user.type(
        await screen.findByRole('textbox', { name: cashier.number.label }, onDemand),
        '87011234567',
      );
      await user.type(amountField(), '5000');
      await user.click(screen.getByRole('button', { name: cashier.show }));
      expect(await card()).toHaveTextContent('+7 701 123 45 67');

      await changeAnAnswer(user);
      const again = await screen.findByRole('region', { name: cashier.cardLabel }, onDemand);
      expect(again).toHaveTextContent('+7 701 123 45 67');
      expect(amountField()).toHaveValue('5000');
      expect(window.location.href).not.toMatch(/701|1234567|5000/);

      // Start again: a new set of answers starts with an empty form.
      await user.click(screen.getByRole('button', { name: enCommon.nav.startAgain }));
      // The same answers again, in the same visit (as Forward would bring them).
      act(() => {
        window.history.pushState(null, '', address);
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
      await screen.findByRole('heading', { level: 2, name: cashier.title }, onDemand);
      if (folded) await user.click(screen.getByText(cashier.open));
      expect(
        await screen.findByRole('textbox', { name: cashier.amount.label }, onDemand),
      ).toHaveValue('');
      expect(screen.queryByRole('region', { name: cashier.cardLabel })).toBeNull();
    },
  );

  it("brings back a card made, never a form's errors, after a Change", async () => {
    const { user } = await openCard();
    await user.click(screen.getByRole('button', { name: cashier.show }));
    expect(await screen.findByRole('alert')).toHaveTextContent(enCommon.errors.summaryTitle);
    await changeAnAnswer(user);
    expect(
      await screen.findByRole('textbox', { name: cashier.amount.label }, onDemand),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the number out of the address and off the device unless asked', async () => {
    const { user } = await openCard();
    const addressBefore = window.location.href;
    await user.type(numberField(), '8 701 123 45 67');
    await user.type(amountField(), '2000');
    await user.click(screen.getByRole('button', { name: cashier.show }));
    expect(await card()).toHaveTextContent('+7 701 123 45 67');
    expect(window.location.href).toBe(addressBefore);
    expect(window.location.href).not.toMatch(/701|1234567/);
    expect(storedValues()).not.toContain('7011234567');

    await user.click(rememberBox());
    expect(rememberBox()).toBeChecked();
    expect(storedValues()).toContain('+77011234567');

    await user.click(rememberBox());
    expect(rememberBox()).not.toBeChecked();
    expect(storedValues()).not.toContain('7011234567');
    expect(window.location.href).not.toMatch(/701|1234567/);
  });

  it('fills in a remembered number on the next visit, and forgets it when unticked', async () => {
    const { user, unmount } = await openCard();
    await user.click(rememberBox());
    await user.type(numberField(), '+7 705 765 43 21');
    await screen.findByText(cashier.operatorHint.replace('{{operators}}', 'Beeline'));
    expect(storedValues()).toContain('+77057654321');
    unmount();

    const next = await openCard();
    expect(numberField()).toHaveValue('+7 705 765 43 21');
    expect(rememberBox()).toBeChecked();
    await next.user.click(rememberBox());
    expect(storedValues()).not.toContain('7057654321');
  });

  it('keeps only the number in the field: an edit that makes it invalid forgets the stored one', async () => {
    const { user } = await openCard();
    await user.click(rememberBox());
    await user.type(numberField(), '+7 705 765 43 21');
    await screen.findByText(cashier.operatorHint.replace('{{operators}}', 'Beeline'));
    expect(storedValues()).toContain('+77057654321');

    await user.type(numberField(), '{Backspace}{Backspace}');
    await waitFor(() => expect(storedValues()).not.toContain('7057654'));
    expect(rememberBox()).toBeChecked();

    await user.type(numberField(), '99');
    await waitFor(() => expect(storedValues()).toContain('+77057654399'));
  });

  it('says so when this device cannot keep the number, and still makes the card', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Blocked', 'SecurityError');
    });
    const { user } = await openCard();
    await user.type(numberField(), '+7 707 123 45 67');
    await user.click(rememberBox());
    expect(screen.getByRole('alert')).toHaveTextContent(cashier.remember.failed);
    expect(rememberBox()).not.toBeChecked();
    await user.type(amountField(), '1000');
    await user.click(screen.getByRole('button', { name: cashier.show }));
    expect(await card()).toHaveTextContent('+7 707 123 45 67');
  });

  it.each([
    ['en', enCashier, '5,000'],
    ['ru', ruCashier, undefined],
    ['zh', zhCashier, '5,000'],
  ] as const)(
    'asks in Russian and Kazakh, and explains in %s',
    async (lang, copy, readerAmount) => {
      const { user } = await renderApp(
        `/?lang=${lang}&where=city&speak=none&pay=cash&online=no&when=today&operator=beeline`,
      );
      await user.type(
        await screen.findByRole('textbox', { name: copy.number.label }, onDemand),
        '87011234567',
      );
      await user.type(screen.getByRole('textbox', { name: copy.amount.label }), '5000');
      await user.click(screen.getByRole('button', { name: copy.show }));

      const shown = await screen.findByRole('region', { name: copy.cardLabel });
      const number = '+7 701 123 45 67';
      const lines = (language: 'ru' | 'kk') => {
        const block = shown.querySelector<HTMLElement>(`[lang="${language}"]`)!;
        return (text: string) => expect(within(block).getByText(text)).toBeInTheDocument();
      };
      const ru = lines('ru');
      ru('Пожалуйста, пополните баланс этого номера:');
      ru(number);
      ru('Оператор: Beeline');
      ru('Сумма: 5 000 тенге');
      ru('Дайте, пожалуйста, чек.');
      ru('Спасибо!');
      const kk = lines('kk');
      kk('Мына нөмірдің балансын толтырып беріңізші:');
      kk(number);
      kk('Оператор: Beeline');
      kk('Сомасы: 5 000 теңге');
      kk('Чек беріңізші.');
      kk('Рақмет!');
      expect(copy.card).toEqual(enCashier.card);
      if (readerAmount) {
        expect(
          within(shown).getByText(
            copy.reader.requestWithOperator
              .replace('{{number}}', number)
              .replace('{{amount}}', readerAmount)
              .replace('{{operator}}', 'Beeline'),
          ),
        ).toHaveAttribute('lang', lang);
      } else {
        expect(shown.querySelectorAll('[lang="ru"]')).toHaveLength(1);
      }
      expect(screen.getByText(copy.reader.note)).toBeInTheDocument();
    },
  );

  it('names no operator when the person does not know it: the cashier must not guess from the prefix', async () => {
    const { user } = await renderApp(counterForNonSpeaker.replace('beeline', 'unknown'));
    const section = screen.getByRole('region', { name: cashier.title });
    await user.type(
      await within(section).findByRole('textbox', { name: cashier.number.label }, onDemand),
      '+7 777 123 45 67',
    );
    await user.type(amountField(), '2000');
    await user.click(screen.getByRole('button', { name: cashier.show }));
    const shown = await card();
    expect(shown).toHaveTextContent('+7 777 123 45 67');
    expect(shown).not.toHaveTextContent('Оператор');
    expect(shown).not.toHaveTextContent('Beeline');
  });

  it('shows full screen, and Escape or Close returns to the page', async () => {
    const { user } = await openCard();
    await user.type(numberField(), '+7 701 123 45 67');
    await user.type(amountField(), '3000');
    await user.click(screen.getByRole('button', { name: cashier.show }));
    const fullScreen = await screen.findByRole('button', { name: cashier.fullScreen });

    await user.click(fullScreen);
    const dialog = screen.getByRole('dialog', { name: cashier.cardLabel });
    expect(dialog).toHaveTextContent('3 000 тенге');
    expect(within(dialog).getByRole('button', { name: cashier.close })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: cashier.close })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fullScreen).toHaveFocus();

    await user.click(fullScreen);
    await user.click(screen.getByRole('button', { name: cashier.close }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await card()).toBeInTheDocument();
    expect(fullScreen).toHaveFocus();
  });
});
