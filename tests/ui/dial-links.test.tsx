import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import cashier from '../../locales/en/cashier.json';
import result from '../../locales/en/result.json';
import { renderApp, shown } from './render-app';

/** Parts loaded on demand (the number check) can take a while in a busy test run. */
const onDemand = { timeout: 10_000 };

const activAtZero =
  '/?lang=en&where=remote&speak=local&pay=friend&online=no&when=now&operator=activ';
const channel = (id: string) => document.querySelector<HTMLElement>(`[data-channel="${id}"]`)!;

/** activ at zero balance: the "a contact pays" kit, with its field for the contact's number. */
async function openContactKit() {
  const { user } = await renderApp(activAtZero);
  const kit = channel('friendPays');
  const field = await within(kit).findByRole(
    'textbox',
    { name: result.codes.contactNumber },
    onDemand,
  );
  return { user, kit, field };
}

const storedValues = () => Object.values({ ...window.localStorage }).join(' ');

beforeEach(() => {
  window.localStorage.clear();
});

describe('codes to dial at zero balance', { timeout: 20_000 }, () => {
  const zeroBalance = (operator: string) =>
    `/?lang=en&where=remote&speak=local&pay=friend&online=no&when=now&operator=${operator}`;
  const dialLinks = (within: HTMLElement) =>
    [...within.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((link) => ({
      action: link.dataset.code,
      href: link.getAttribute('href'),
      text: link.textContent,
    }));
  const labels = result.codes.labels;

  it.each([
    [
      'activ',
      [
        {
          action: 'borrow',
          href: 'tel:*911*1*3%23',
          text: `${labels.extraBalanceRequest} *911*1*3#`,
        },
        {
          action: 'serviceMenu',
          href: 'tel:*911*1%23',
          text: `${labels.extraBalanceMenu} *911*1#`,
        },
      ],
    ],
    [
      'beeline',
      [
        { action: 'autoCreditOn', href: 'tel:*141*1%23', text: `${labels.autoStOn} *141*1#` },
        { action: 'autoCreditOff', href: 'tel:*141*1*0%23', text: `${labels.autoStOff} *141*1*0#` },
        { action: 'creditBlock', href: 'tel:*141*0%23', text: `${labels.trustBlock} *141*0#` },
        {
          action: 'creditUnblock',
          href: 'tel:*141*0*1%23',
          text: `${labels.trustUnblock} *141*0*1#`,
        },
        { action: 'trustMinutes', href: 'tel:*341%23', text: `${labels.trustMinutes} *341#` },
      ],
    ],
    [
      'tele2',
      [{ action: 'borrow', href: 'tel:*141*1%23', text: `${labels.tele2TrustRequest} *141*1#` }],
    ],
  ])('gives %s emergency credit as links that say what they do', async (operator, links) => {
    await renderApp(zeroBalance(operator));
    expect(dialLinks(channel('credit'))).toEqual(links);
  });

  it.each([
    ['borrow', /^ask .*now/i],
    ['serviceMenu', /menu/i],
    ['autoCreditOn', /turn on .*АвтоСТ.*whenever/i],
    ['autoCreditOff', /turn off .*АвтоСТ/i],
    ['creditBlock', /^block/i],
    ['creditUnblock', /lift the block/i],
    ['trustMinutes', /minutes and SMS on trust/i],
    ['autoPay', /AutoPay/],
    ['whichOperator', /which operator/i],
    ['balance', /check your .*balance/i],
  ])(
    'labels every %s link with what it does (Pay For Me and Call Me: below)',
    async (action, says) => {
      const found: string[] = [];
      for (const operator of ['activ', 'beeline', 'tele2', 'kcell', 'altel']) {
        await renderApp(zeroBalance(operator));
        for (const details of document.querySelectorAll('details')) details.open = true;
        for (const link of dialLinks(document.body))
          if (link.action === action) found.push(link.text ?? '');
      }
      expect(found.length).toBeGreaterThan(0);
      for (const text of found) expect(text).toMatch(says);
    },
  );

  it('never offers Beeline a code to borrow now, and says why', async () => {
    await renderApp(zeroBalance('beeline'));
    const credit = channel('credit');
    expect(dialLinks(credit).map((link) => link.action)).not.toContain('borrow');
    expect(within(credit).getByText(result.checks.beelineBorrowNow)).toBeInTheDocument();
  });

  it('warns that activ *121# is a paid subscription, and never links it', async () => {
    await renderApp(zeroBalance('activ'));
    expect(document.querySelector('a[href*="121"]')).toBeNull();
    expect(
      screen.getByText(
        result.codes.liveBalanceIsPaid
          .replace('{{code}}', '*121#')
          .replace('{{price}}', '99 ₸')
          .replace('{{days}}', '30 days'),
      ),
    ).toBeInTheDocument();
  });

  it('marks a code from a weak source "Check with your operator"', async () => {
    await renderApp(zeroBalance('tele2'));
    expect(within(channel('credit')).getAllByText(result.codes.unconfirmed).length).toBeGreaterThan(
      0,
    );
  });

  it("builds Pay For Me and Call Me links from the contact's number", async () => {
    const { user, kit, field } = await openContactKit();
    expect(within(kit).getByText('*131*<number>#')).not.toHaveAttribute('href');
    expect(kit.querySelector('a[href^="tel:"]')).toBeNull();

    await user.type(field, '+7 (702) 765-43-21');
    expect(
      await within(kit).findByRole('link', {
        name: `${result.codes.labels.payForMe} *131*87027654321#`,
      }),
    ).toHaveAttribute('href', 'tel:*131*87027654321%23');
    expect(
      within(kit).getByRole('link', { name: `${result.codes.labels.callMe} *130*87027654321#` }),
    ).toHaveAttribute('href', 'tel:*130*87027654321%23');
    expect(dialLinks(kit).map((link) => link.action)).toEqual(['payForMe', 'callMe']);
    expect(within(kit).getByText(cashier.contact.format)).toBeInTheDocument();
    expect(
      within(kit).getByText(cashier.operatorHint.replace('{{operators}}', 'Kcell or activ')),
    ).toBeInTheDocument();
    expect(window.location.href).not.toMatch(/702|7654321/);
    expect(storedValues()).not.toMatch(/702|7654321/);
  });

  it('gives activ Pay For Me as the way to ask a contact, even for someone abroad and offline who named no contact', async () => {
    // Extra Balance may not work while roaming; Pay For Me does (FACTS.md), from the phone.
    const { user } = await renderApp(
      '/?lang=en&where=abroad&pay=card&online=no&when=now&operator=activ',
    );
    expect(document.querySelector('[data-channel="friendPays"]')).toBeNull();
    const ask = document.querySelector<HTMLElement>('[data-guidance="askContact"]')!;
    expect(ask).toHaveTextContent(result.reasons.payForMeFree);
    const field = await within(ask).findByRole(
      'textbox',
      { name: result.codes.contactNumber },
      onDemand,
    );
    await user.type(field, '+7 702 765 43 21');
    expect(
      await within(ask).findByRole('link', {
        name: `${result.codes.labels.payForMe} *131*87027654321#`,
      }),
    ).toHaveAttribute('data-code', 'payForMe');
  });

  it('says so when the contact’s number looks like another operator’s, whom Pay For Me cannot reach', async () => {
    const { user, kit, field } = await openContactKit();
    await user.type(field, '+7 705 123 45 67');
    expect(await within(kit).findByText(result.codes.payForMeOtherOperator)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '+7 702 765 43 21');
    await waitFor(() =>
      expect(within(kit).queryByText(result.codes.payForMeOtherOperator)).toBeNull(),
    );
  });

  it('writes the number’s place in a code in the page’s language', async () => {
    await renderApp(activAtZero.replace('lang=en', 'lang=ru'));
    const kit = channel('friendPays');
    expect(await within(kit).findByText('*131*<номер>#', {}, onDemand)).toBeInTheDocument();
  });

  it('builds no link from a number that is not a Kazakh mobile, and says why', async () => {
    const { user, kit, field } = await openContactKit();
    await user.type(field, '+7 912 345 67 89');
    await user.tab();
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining(shown(cashier.number.problems.otherCountry)),
    );
    expect(kit.querySelector('a[href^="tel:"]')).toBeNull();
    expect(within(kit).getByText('*130*<number>#')).toBeInTheDocument();
  });
});
