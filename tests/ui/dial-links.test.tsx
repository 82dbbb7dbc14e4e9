import { within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import cashier from '../../locales/en/cashier.json';
import result from '../../locales/en/result.json';
import { renderApp } from './render-app';

/** Parts loaded on demand (the number check) can take a while in a busy test run. */
const onDemand = { timeout: 10_000 };

const activAtZero =
  '/?lang=en&where=remote&speak=local&pay=friend&online=no&when=now&operator=activ';
const channel = (id: string) => document.querySelector<HTMLElement>(`[data-channel="${id}"]`)!;
const storedValues = () => Object.values({ ...window.localStorage }).join(' ');

beforeEach(() => {
  window.localStorage.clear();
});

describe('codes to dial at zero balance', { timeout: 20_000 }, () => {
  it.each([
    ['activ', 'creditMenu', '*911*1#', 'tel:*911*1%23'],
    ['activ', 'creditRequest', '*911*1*3#', 'tel:*911*1*3%23'],
    ['beeline', 'autoCreditOn', '*141*1#', 'tel:*141*1%23'],
    ['beeline', 'autoCreditOff', '*141*1*0#', 'tel:*141*1*0%23'],
    ['beeline', 'creditBlock', '*141*0#', 'tel:*141*0%23'],
    ['tele2', 'creditRequest', '*141*1#', 'tel:*141*1%23'],
  ] as const)('gives %s credit, %s, as a link to %s', async (operator, action, code, href) => {
    await renderApp(
      `/?lang=en&where=remote&speak=local&pay=friend&online=no&when=now&operator=${operator}`,
    );
    const item = within(channel('credit')).getByText(result.codes.actions[action]).closest('li')!;
    expect(within(item).getByRole('link', { name: code })).toHaveAttribute('href', href);
  });

  it('marks a code from a weak source "Check with your operator"', async () => {
    await renderApp(
      '/?lang=en&where=remote&speak=local&pay=friend&online=no&when=now&operator=tele2',
    );
    expect(within(channel('credit')).getByText(result.codes.unconfirmed)).toBeInTheDocument();
  });

  it("builds Pay For Me and Call Me links from the contact's number", async () => {
    const { user } = await renderApp(activAtZero);
    const kit = channel('friendPays');
    const field = await within(kit).findByRole(
      'textbox',
      { name: result.codes.contactNumber },
      onDemand,
    );
    expect(within(kit).getByText('*131*<number>#')).not.toHaveAttribute('href');
    expect(within(kit).queryByRole('link', { name: /^\*131\*/ })).toBeNull();

    await user.type(field, '+7 (702) 765-43-21');
    expect(await within(kit).findByRole('link', { name: '*131*87027654321#' })).toHaveAttribute(
      'href',
      'tel:*131*87027654321%23',
    );
    expect(within(kit).getByRole('link', { name: '*130*87027654321#' })).toHaveAttribute(
      'href',
      'tel:*130*87027654321%23',
    );
    expect(within(kit).getByText(cashier.contact.format)).toBeInTheDocument();
    expect(
      within(kit).getByText(cashier.operatorHint.replace('{{operators}}', 'Kcell or activ')),
    ).toBeInTheDocument();
    expect(window.location.href).not.toMatch(/702|7654321/);
    expect(storedValues()).not.toMatch(/702|7654321/);
  });

  it('builds no link from a number that is not a Kazakh mobile, and says why', async () => {
    const { user } = await renderApp(activAtZero);
    const kit = channel('friendPays');
    const field = await within(kit).findByRole(
      'textbox',
      { name: result.codes.contactNumber },
      onDemand,
    );
    await user.type(field, '+7 912 345 67 89');
    await user.tab();
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining(cashier.number.problems.otherCountry),
    );
    expect(within(kit).queryByRole('link', { name: /^\*13[01]\*/ })).toBeNull();
    expect(within(kit).getByText('*130*<number>#')).toBeInTheDocument();
  });
});
