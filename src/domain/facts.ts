/**
 * Every fact the app states, with its source as FACTS.md gives it and its confidence:
 * C = confirmed by the source; W = weak — always shown with "check with your operator".
 * Facts marked NF in FACTS.md are not here: the app never states them.
 * `read` is the day someone read the source (FACTS.md): copying a fact is not checking it, so it
 * changes only when the source is read again.
 */
export type Confidence = 'C' | 'W';

export interface Fact {
  readonly confidence: Confidence;
  /** The page to re-read; absent where FACTS.md names a document without an address. */
  readonly source?: string;
  /** What the address alone does not say: the article's date, the help-centre question, the site. */
  readonly ref?: string;
  /** The source is described in words (`facts.notes.<id>` in the locales): a manual, an old report. */
  readonly described?: true;
  readonly read: string;
}

/** The days FACTS.md's sources were read: the first list, and the corrections marked "read 11-25". */
export const firstReading = '2026-11-24';
export const correctionsReading = '2026-11-25';

/** `ref` is an identifier (a date, a question number, a site); `described` a note in words. */
interface About {
  readonly ref?: string;
  readonly described?: true;
}

const fact = (
  confidence: Confidence,
  source: string | undefined,
  about: About = {},
  read: string = firstReading,
): Fact => ({
  confidence,
  read,
  ...(source === undefined ? {} : { source }),
  ...about,
});
const corrected = (confidence: Confidence, source: string | undefined, about: About = {}): Fact =>
  fact(confidence, source, about, correctionsReading);
const described = { described: true } as const;

const kcellTopUp = 'https://kcell.kz/en/product/topup';
const beelineTrust = 'https://beeline.kz/kk/products/services/doveritelniy-platezh-soc';

export const facts = {
  operators: fact('C', 'https://activ.kz/kk/service/mnp'),
  prefixHints: fact(
    'C',
    'https://github.com/google/libphonenumber/blob/master/resources/carrier/en/7.txt',
  ),
  whichOperatorCode: fact('C', 'https://activ.kz/kk/service/mnp'),
  biometricSim: fact('C', 'https://24.kg', { ref: 'Kazinform' }),
  kaspiPaysKcell: fact('C', kcellTopUp),
  homebankPays: fact('C', kcellTopUp),
  altelBankApps: fact('W', 'https://maksi.kz'),
  kcellSitePays: fact('C', kcellTopUp),
  beelineAppPays: fact('C', 'https://beeline.kz', described),
  altelAppPays: fact('W', 'https://maksi.kz'),
  iziAppAndSite: fact('C', 'https://izi.me', described),
  iziTopUpInApp: fact('C', 'https://content.izi.me', described),
  kcellAutoPay: fact('C', kcellTopUp),
  terminalsExist: corrected('W', 'https://elordainfo.kz', { ref: '2024-08-15' }),
  terminalFees: corrected('W', 'https://3gca.org', described),
  officePayments: corrected('W', undefined, described),
  shopsTopUp: fact('W', 'https://content.izi.me', described),
  bankCardNeedsIin: fact('C', 'https://internationalinvestment.biz'),
  kaspiAlipayAbroadOnly: fact('C', 'https://guide.kaspi.kz', { ref: 'q17298' }),
  dingPayments: fact('C', 'https://support.ding.com'),
  dingAlipayIos: fact('C', 'https://appsupport.ding.com'),
  atmForeignCards: corrected('W', 'https://makatov.pro', described),
  unionPayAtmLimit: corrected('C', 'https://unionpayintl.com'),
  kcellZeroBalanceBlocks: fact('C', 'https://kcell.kz/en/service/2886/138'),
  activExtraBalance: fact('C', 'https://activ.kz/en/service/extra-balance'),
  activExtraBalanceRoaming: corrected('W', 'https://tellcall.ru'),
  activPayForMe: corrected('C', 'https://activ.kz/en/service/pay-for-me'),
  beelineTrustPayment: corrected('C', beelineTrust),
  beelineTrustFee: corrected('W', 'https://mdlr.ru'),
  tele2TrustPayment: fact('W', 'https://tarifykz.com', { ref: 'tellcall.ru' }),
  activLiveBalance: corrected('C', 'https://activ.kz/en/service/live-balance'),
  activBalanceCode: fact('W', 'https://activ.kz', described),
  altelBalanceCode: fact('W', 'https://maksi.kz'),
  smsCodeScam: fact('C', 'https://kcell.kz/en/service/152/243'),
  officialBankAppOnly: fact('C', 'https://alau.kz', { ref: '2025-11-24' }),
  kaspiMistakenTransfer: fact('C', 'https://guide.kaspi.kz', { ref: 'q15992' }),
  kcellWrongNumberForms: fact('C', 'https://kcell.kz/kk/product/documents'),
  fraudNumbersSuspended: fact('C', 'https://kt.kz', { ref: '2025-11-19' }),
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof facts;
export const factIds = Object.keys(facts) as FactId[];
