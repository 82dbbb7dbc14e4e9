import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import channels from '../../locales/en/channels.json';
import result from '../../locales/en/result.json';
import facts from '../../locales/en/facts.json';
import ways from '../../locales/en/ways.json';
import { type ChannelId, channelIds } from '../../src/domain';
import { operatorRow as row, renderApp } from './render-app';

const section = (id: ChannelId) => document.querySelector<HTMLElement>(`[data-way="${id}"]`)!;

describe('the ways page, in the app', () => {
  it('says under each way what nobody could confirm, before its steps', async () => {
    await renderApp('/en/ways/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ways.title);
    const checked: Partial<Record<ChannelId, string[]>> = {
      // Foreign cards: FACTS.md finds nothing on operators' sites, apps or offices taking them.
      office: [result.checks.cardAccepted],
      operatorApp: [result.checks.cardAccepted],
      operatorSite: [result.checks.cardAccepted],
      // Whether Ding and the like list Kazakh operators is [NF].
      intlService: [result.checks.operatorListed],
    };
    for (const id of channelIds) {
      const way = within(section(id));
      expect(way.getByRole('heading', { level: 2 })).toHaveTextContent(channels[id].name);
      const texts = checked[id];
      if (!texts) {
        expect(way.queryByText(result.checkFirst)).toBeNull();
        continue;
      }
      const steps = way.getByRole('heading', { level: 3, name: result.steps });
      for (const text of [result.checkFirst, ...texts]) {
        const check = way.getByText(text);
        // Beside the summary, before the steps a person would follow.
        expect(
          check.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).toBeTruthy();
      }
    }
  });
});

describe('the ways page, for everyone', () => {
  it('never points to help only a result page has', async () => {
    await renderApp('/en/ways/');
    // No number finder at the top, no cashier card below: the page says where the card is.
    expect(screen.queryByText(/top of this page/)).toBeNull();
    expect(screen.queryByText(result.cautions.useCashierCard)).toBeNull();
    expect(screen.getByText(ways.cashierCard)).toBeInTheDocument();
    expect(within(section('terminal')).getByText(channels.terminal.steps.choose_any)).toBeVisible();
    expect(within(section('bankApp')).getByText(channels.bankApp.steps.operator_any)).toBeVisible();
    // A way with no tip left has no empty "Tips" heading.
    expect(
      within(section('shop')).queryByRole('heading', { level: 3, name: result.tips }),
    ).toBeNull();
  });
});

describe('the ways page, by operator', () => {
  it('says something for every operator under every way, so no row reads as the next one', async () => {
    await renderApp('/en/ways/');
    for (const row of document.querySelectorAll('.by-operator-row'))
      expect(row.querySelector('dd')!.textContent!.trim(), row.textContent!).not.toBe('');
    // A contact pays by any way: only activ has codes to ask with.
    expect(within(row('friendPays', 'Beeline')).getByText(ways.anyWayNoCode)).toBeInTheDocument();
    // activ's codes take the contact's number in the form activ's pages give.
    expect(
      within(row('friendPays', 'activ')).getByText(ways.contactNumberFormat),
    ).toBeInTheDocument();
  });

  it("names an operator's website once, in the step that says to type it", async () => {
    await renderApp('/en/ways/');
    const kcell = row('operatorSite', 'Kcell');
    expect(kcell.textContent).toContain('kcell.kz');
    expect(kcell.textContent!.match(/kcell\.kz/g)).toHaveLength(1);
    expect(kcell.textContent!.match(/yourself/g)).toHaveLength(1);
  });

  it("says under an operator's emergency credit what is known of it while roaming", async () => {
    await renderApp('/en/ways/');
    expect(
      within(row('credit', 'activ')).getByText(result.checks.roamingCredit),
    ).toBeInTheDocument();
    expect(
      within(row('credit', 'Beeline')).getByText(result.checks.roamingNotConfirmed),
    ).toBeInTheDocument();
    expect(
      within(row('credit', 'Kcell')).queryByText(result.checks.roamingNotConfirmed),
    ).toBeNull();
  });

  it('names each official website a source gives, and no other', async () => {
    await renderApp('/en/ways/');
    const site = within(section('operatorSite'));
    for (const address of ['beeline.kz', 'izi.me'])
      expect(site.getByText(ways.officialSite.replace('{{site}}', address))).toBeInTheDocument();
    // Kcell's own steps name it (activ's too: paid on Kcell's site, with no address of its own).
    expect(
      within(row('operatorSite', 'Kcell')).getByText(
        channels.operatorSite.steps.open_site
          .replace('{{site}}', 'kcell.kz')
          .replace('{{operator}}', 'Kcell'),
      ),
    ).toBeInTheDocument();
    expect(site.getAllByText(/^Official website:/)).toHaveLength(2);
  });

  /** Its first line: the status. */
  const status = (id: ChannelId, operatorName: string) =>
    row(id, operatorName).querySelector('p')?.textContent ?? '';

  it('says what to check for an operator, and calls only a third-party source unofficial', async () => {
    await renderApp('/en/ways/');
    // Homebank's official page names only Kcell and activ: not "an unofficial source".
    expect(status('bankApp', 'Beeline')).toBe(
      result.checks.operatorInList.replace('{{operator}}', 'Beeline'),
    );
    expect(status('operatorSite', 'izi')).toBe(result.checks.iziSitePayment);
    expect(status('credit', 'Beeline')).toBe(result.checks.beelineBorrowNow);
    // Service centres rest on a secondary source: that one is unofficial.
    expect(status('office', 'Beeline')).toBe(ways.operatorStatus.weak);
    expect(status('bankApp', 'Kcell')).toBe(ways.operatorStatus.confirmed);
  });

  it('gives no status where a way rests on no fact of its own: a contact pays as they like', async () => {
    await renderApp('/en/ways/');
    expect(status('friendPays', 'Beeline')).not.toBe(ways.operatorStatus.confirmed);
    // activ's Pay For Me is its own service, confirmed by activ's page.
    expect(status('friendPays', 'activ')).toBe(ways.operatorStatus.confirmed);
  });

  it('has no empty "What it needs" for emergency credit, and Tele2\'s terms only as FACTS.md has them', async () => {
    await renderApp('/en/ways/');
    expect(
      within(section('credit')).queryByRole('heading', { level: 3, name: ways.needs }),
    ).toBeNull();
    const tele2 = within(row('credit', 'Tele2'));
    expect(tele2.getByText(result.credit.mayNeedTitle)).toBeInTheDocument();
    // One amount, said as one.
    expect(
      tele2.getByText(result.credit.amounts_one.replace('{{amounts}}', '100 ₸')),
    ).toBeInTheDocument();
    expect(tele2.getByText(result.credit.conditions.topUpLast30Days)).toBeInTheDocument();
    expect(tele2.queryByText(result.credit.conditionsTitle)).toBeNull();
    expect(tele2.queryByText(/paid back/i)).toBeNull();
    expect(tele2.queryByText(channels.credit.steps.choose)).toBeNull();
  });
});

describe('the ways page, its sources', () => {
  /** Under each part, the facts it states beyond its own way's: a requirement, a caution, a code. */
  const stated: [string, () => HTMLElement, (keyof typeof facts.names)[]][] = [
    ['paying in a banking app (an IIN)', () => section('bankApp'), ['bankCardNeedsIin']],
    ['a contact pays (Kcell at zero)', () => section('friendPays'), ['kcellZeroBalanceBlocks']],
    [
      'the codes to dial',
      () => document.querySelector<HTMLElement>('[aria-labelledby="useful-codes"]')!,
      [
        'activBalanceCode',
        'altelBalanceCode',
        'activLiveBalance',
        'kcellAutoPay',
        'whichOperatorCode',
      ],
    ],
    [
      'how the guide decides (a prefix is a hint)',
      () => document.querySelector<HTMLElement>('.how-we-decide')!,
      ['prefixHints', 'activExtraBalanceRoaming'],
    ],
  ];

  it.each(stated)('lists where each fact of %s comes from', async (_, part, ids) => {
    await renderApp('/en/ways/');
    const list = part().querySelector('.list-sources:last-of-type')!;
    for (const id of ids) expect(list.textContent, id).toContain(facts.names[id]);
  });
});
