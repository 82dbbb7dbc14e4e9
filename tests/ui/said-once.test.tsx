import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enChannels from '../../locales/en/channels.json';
import enResult from '../../locales/en/result.json';
import ruChannels from '../../locales/ru/channels.json';
import ruResult from '../../locales/ru/result.json';
import zhChannels from '../../locales/zh/channels.json';
import zhResult from '../../locales/zh/result.json';
import { operatorRow, renderApp } from './render-app';

const strings = {
  en: { channels: enChannels, result: enResult },
  ru: { channels: ruChannels, result: ruResult },
  zh: { channels: zhChannels, result: zhResult },
};
const languages = ['en', 'ru', 'zh'] as const;
type Language = (typeof languages)[number];

/** People whose page once said one thing twice in a way, or pointed to something it lacks. */
const people = {
  cashAtZeroOnTrain: 'where=remote&speak=local&pay=cash&online=no&when=now&operator=altel',
  unknownOperator: 'where=city&speak=none&pay=cash,kzcard&online=yes&when=later&operator=unknown',
  residentSpeaksRussian:
    'where=city&speak=local&pay=cash,kzcard&online=no&when=later&operator=beeline',
  alipayOnly: 'where=city&speak=none&pay=wallet&online=yes&when=now&operator=beeline',
  homebankForTele2: 'where=abroad&pay=kzcard&online=yes&when=today&operator=tele2',
  iziCardAtNight: 'where=city&speak=local&pay=card&online=no&when=now&operator=izi',
  beelineCardOnline: 'where=abroad&pay=card&online=yes&when=later&operator=beeline',
  kcellCardOnline: 'where=abroad&pay=card&online=yes&when=later&operator=kcell',
  activCreditOnTrain: 'where=remote&speak=local&pay=cash&online=no&when=now&operator=activ',
  beelineCreditOffline: 'where=city&speak=local&pay=cash&online=no&when=now&operator=beeline',
  cashNoRussian: 'where=city&speak=english&pay=cash&online=no&when=later&operator=tele2',
  kaspiForActiv: 'where=remote&speak=english&pay=cash,kzcard&online=yes&when=later&operator=activ',
  tele2CreditAtHome: 'where=city&speak=none&pay=unionpay&online=no&when=now&operator=tele2',
};

/** How each language names a theme, to count how often a way says it in other words. */
const themes = {
  cashierCard: { en: /cashier card/gi, ru: /карточк\S* для кассира/gi, zh: /给收银员看的卡片/g },
  amountCredited: { en: /credited/g, ru: /поступит/g, zh: /到账金额/g },
  noTalking: { en: /talk to anyone/g, ru: /ни с кем не нужно/gi, zh: /不用跟(任何)?人/g },
  alipayIos: { en: /iOS/g, ru: /iOS/g, zh: /iOS/g },
  staffHelp: { en: /other SIM questions/g, ru: /другими вопросами по SIM/g, zh: /其他电话卡问题/g },
  allHours: { en: /24\/7/g, ru: /круглосуточно/g, zh: /24\/7/g },
  myBeeline: { en: /My Beeline/g, ru: /My Beeline/g, zh: /My Beeline/g },
  autoStStarts: { en: /10 ₸ or less/g, ru: /10 ₸ или ниже/g, zh: /10 坚戈以下/g },
  trustUnavailable: { en: /not available/g, ru: /недоступен/g, zh: /用不了应急额度/g },
  unofficialSource: {
    en: /unofficial sources?: check with your operator/gi,
    ru: /неофициальн\S+ источник\S*: уточните у оператора/gi,
    zh: /非官方来源：请向(你的)?运营商确认/g,
  },
};
const timesSaid = (section: HTMLElement, theme: keyof typeof themes, lang: Language) =>
  section.textContent!.match(themes[theme][lang])?.length ?? 0;

const ways = () => [...document.querySelectorAll<HTMLElement>('[data-channel]')];
const way = (id: string) => document.querySelector<HTMLElement>(`[data-channel="${id}"]`)!;
const sentencesIn = (section: HTMLElement) =>
  [...section.querySelectorAll('li, p')].map((element) => element.textContent?.trim() ?? '');

describe.each(languages)('in %s, a way says each thing once', (lang) => {
  const { channels, result } = strings[lang];

  it.each(Object.entries(people))('for %s', async (_who, answers) => {
    await renderApp(`/?lang=${lang}&${answers}`);
    expect(ways().length).toBeGreaterThan(0);
    for (const section of ways()) {
      const sentences = sentencesIn(section).filter((text) => text !== '');
      const repeated = sentences.filter((text, index) => sentences.indexOf(text) !== index);
      expect(repeated, section.dataset.channel).toEqual([]);
    }
  });

  it('far from towns, the best way says once that no place may be near', async () => {
    await renderApp(`/?lang=${lang}&${people.cashAtZeroOnTrain}`);
    const best = way('terminal');
    expect(best).toHaveClass('recommendation-weak');
    expect(within(best).getByText(result.weak.drawbacks.farAway)).toBeInTheDocument();
    expect(within(best).queryByText(result.cautions.fewPlacesRemote)).toBeNull();
    // Another way far from towns, with no drawback beside it, keeps its caution.
    expect(within(way('shop')).getByText(result.cautions.fewPlacesRemote)).toBeInTheDocument();
    // Keeping the receipt is a step of each way at a counter or a machine, not a caution again.
    for (const id of ['terminal', 'shop', 'office'] as const)
      expect(
        sentencesIn(way(id)).filter((text) => text === channels[id].steps.receipt),
        id,
      ).toHaveLength(1);
  });

  it('a way at a counter or a machine says each thing once, in other words too', async () => {
    await renderApp(`/?lang=${lang}&${people.cashNoRussian}`);
    // The caution says to show the card; no tip says it again.
    for (const id of ['office', 'shop'])
      expect(timesSaid(way(id), 'cashierCard', lang), id).toBe(1);
    // The step says to check the amount credited; its summary does not say what a reason says.
    expect(timesSaid(way('terminal'), 'amountCredited', lang)).toBe(1);
    expect(timesSaid(way('terminal'), 'noTalking', lang)).toBe(1);
  });

  it('an office within the hour keeps its caution of a queue beside "may be closed"', async () => {
    await renderApp(
      `/?lang=${lang}&where=city&speak=none&pay=card&online=no&when=now&operator=kcell`,
    );
    const best = way('office');
    expect(within(best).getByText(result.weak.drawbacks.mayBeClosed)).toBeInTheDocument();
    expect(within(best).getByText(result.cautions.openingHours)).toBeInTheDocument();
  });

  it("a way that needs the operator says once to find it out, and a shop's step does not contradict it", async () => {
    await renderApp(`/?lang=${lang}&${people.unknownOperator}`);
    expect(within(way('shop')).getByText(channels.shop.steps.tell_unknown)).toBeInTheDocument();
    for (const id of ['shop', 'terminal', 'bankApp'])
      expect(within(way(id)).queryByText(result.cautions.findOperatorFirst), id).toBeNull();
    // The app and the website have no step that says it: their caution does.
    expect(
      within(way('operatorSite')).getByText(result.cautions.findOperatorFirst),
    ).toBeInTheDocument();
  });

  it('never points to a cashier card the page does not offer', async () => {
    await renderApp(`/?lang=${lang}&${people.residentSpeaksRussian}`);
    expect(document.querySelector('#cashier-title')).toBeNull();
    const cardNamed = {
      en: /cashier card/i,
      ru: /карточк\S* для кассира/i,
      zh: /给收银员看的卡片/,
    };
    expect(document.querySelector('main')!.textContent).not.toMatch(cardNamed[lang]);
    expect(
      within(way('shop')).getByText(channels.shop.steps.tell.replace('{{operator}}', 'Beeline')),
    ).toBeInTheDocument();
  });

  it("Alipay's limits are said with the international service, not again as a way out", async () => {
    await renderApp(`/?lang=${lang}&${people.alipayOnly}`);
    const intlService = way('intlService');
    expect(within(intlService).getByText(result.cautions.weChatPayUnconfirmed)).toBeInTheDocument();
    // Alipay in Ding's iOS app: the reason (for whom it fits) and the step (how to pay), no more.
    expect(timesSaid(intlService, 'alipayIos', lang)).toBe(2);
    expect(document.querySelector('[data-guidance="walletLimited"]')).toBeNull();
    expect(document.querySelector('[data-guidance="askContact"]')).not.toBeNull();
  });

  it('tells someone with a Kazakh card to withdraw cash, and someone without one to exchange', async () => {
    const getCash = () => document.querySelector('[data-guidance="getCash"]')!.textContent;
    await renderApp(
      `/?lang=${lang}&where=city&speak=local&pay=kzcard&online=no&when=later&operator=izi`,
    );
    expect(getCash()).toBe(result.guidance.getCash_kzcard);
    await renderApp(`/?lang=${lang}&${people.alipayOnly}`);
    expect(getCash()).toBe(result.guidance.getCash);
  });

  it("Homebank's path and Kaspi's hours are said once; the ways page names the operator in the path", async () => {
    await renderApp(`/?lang=${lang}&${people.homebankForTele2}`);
    const bankApp = way('bankApp');
    // The steps say the path and "Choose Tele2"; no detail says the path again.
    expect(
      within(bankApp).getByText(channels.bankApp.steps.operator.replace('{{operator}}', 'Tele2')),
    ).toBeInTheDocument();
    expect(bankApp.querySelector('.detail')).toBeNull();
    expect(bankApp.textContent).toContain(
      result.checks.operatorInList.replace('{{operator}}', 'Tele2'),
    );
    await renderApp(`/?lang=${lang}&${people.kaspiForActiv}`);
    expect(way('bankApp').querySelector('.detail')).not.toBeNull();
    expect(timesSaid(way('bankApp'), 'allHours', lang)).toBe(1);
    await renderApp(`/${lang}/ways/`);
    const tele2 = operatorRow('bankApp', 'Tele2');
    expect(
      within(tele2).getByText(channels.details.bankApp.other.replace('{{operator}}', 'Tele2')),
    ).toBeInTheDocument();
  });

  it("izi's service centre is never 'available': none is known", async () => {
    await renderApp(`/?lang=${lang}&${people.iziCardAtNight}`);
    const office = way('office');
    expect(within(office).getByText(channels.office.steps.findIzi)).toBeInTheDocument();
    expect(within(office).queryByText(result.reasons.inKazakhstan)).toBeNull();
    // Nor are its staff said to help, with time to go: no step can say where they are.
    await renderApp(
      `/?lang=${lang}&where=city&speak=local&pay=kzcard&online=no&when=later&operator=izi`,
    );
    expect(within(way('office')).getByText(channels.office.steps.findIzi)).toBeInTheDocument();
    expect(within(way('office')).queryByText(result.reasons.staffCanHelp)).toBeNull();
    await renderApp(
      `/?lang=${lang}&where=city&speak=local&pay=kzcard&online=no&when=later&operator=tele2`,
    );
    expect(within(way('office')).getByText(result.reasons.staffCanHelp)).toBeInTheDocument();
    // The reason says it; the summary does not say it again.
    expect(timesSaid(way('office'), 'staffHelp', lang)).toBe(1);
  });

  it('emergency credit says each thing once: the app, «АвтоСТ», the minutes, the fee', async () => {
    await renderApp(`/?lang=${lang}&${people.beelineCreditOffline}`);
    const credit = way('credit');
    // The check says there is no code; the step says where to ask (not the check again).
    expect(timesSaid(credit, 'myBeeline', lang)).toBe(1);
    // «АвтоСТ»'s code says what it does; the minutes' step says when they help.
    expect(timesSaid(credit, 'autoStStarts', lang)).toBe(1);
    expect(timesSaid(credit, 'trustUnavailable', lang)).toBe(1);
    // The summary and the terms say it is paid back with a fee: no caution says it again.
    const cautions = [...credit.querySelectorAll('.cautions li')].map((li) => li.textContent);
    expect(cautions).toEqual([result.cautions.creditConditions]);
    expect(within(credit).getByText(channels.credit.summary)).toBeInTheDocument();
    await renderApp(`/?lang=${lang}&${people.activCreditOnTrain}`);
    expect(within(way('credit')).getByText(channels.credit.steps.repay)).toBeInTheDocument();
  });

  it('an unofficial source is said once, with its check (a result) or its status (the ways page)', async () => {
    await renderApp(`/?lang=${lang}&${people.tele2CreditAtHome}`);
    expect(timesSaid(way('credit'), 'unofficialSource', lang)).toBe(1);
    await renderApp(`/${lang}/ways/`);
    expect(timesSaid(operatorRow('credit', 'Tele2'), 'unofficialSource', lang)).toBe(1);
  });

  it("only Kcell's and activ's website is said to show the payment's status", async () => {
    await renderApp(`/?lang=${lang}&${people.beelineCardOnline}`);
    expect(
      within(way('operatorSite')).getByText(channels.operatorSite.steps.screenshot),
    ).toBeInTheDocument();
    expect(within(way('operatorSite')).queryByText(channels.operatorSite.steps.status)).toBeNull();
    await renderApp(`/?lang=${lang}&${people.kcellCardOnline}`);
    expect(
      within(way('operatorSite')).getByText(channels.operatorSite.steps.status),
    ).toBeInTheDocument();
  });
});
