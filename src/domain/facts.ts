/**
 * Every fact the app states, with its source as FACTS.md gives it and its confidence:
 * C = confirmed by the source; W = weak — always shown with "check with your operator".
 * Facts marked NF in FACTS.md are not here: the app never states them.
 * `checked` is the day the fact was last compared with FACTS.md; re-verify at `source`.
 */
export type Confidence = 'C' | 'W';

export interface Fact {
  readonly confidence: Confidence;
  readonly source: string;
  /** Where the source has no page of its own: the article's date or the help-centre question. */
  readonly ref?: string;
  readonly checked: string;
}

const checked = '2026-11-25';
const fact = (confidence: Confidence, source: string, ref?: string): Fact =>
  ref === undefined ? { confidence, source, checked } : { confidence, source, ref, checked };

const kcellTopUp = 'https://kcell.kz/en/product/topup';

export const facts = {
  operators: fact('C', 'https://activ.kz/kk/service/mnp'),
  prefixHints: fact(
    'C',
    'https://github.com/google/libphonenumber/blob/master/resources/carrier/en/7.txt',
  ),
  whichOperatorCode: fact('C', 'https://activ.kz/kk/service/mnp'),
  biometricSim: fact('C', 'https://24.kg', 'Kazinform'),
  kaspiPaysKcell: fact('C', kcellTopUp),
  homebankPays: fact('C', kcellTopUp),
  altelBankApps: fact('W', 'https://maksi.kz'),
  kcellSitePays: fact('C', kcellTopUp),
  beelineAppPays: fact('C', 'https://beeline.kz', 'offer'),
  altelAppPays: fact('W', 'https://maksi.kz'),
  iziAppAndSite: fact('C', 'https://izi.me', 'content.izi.me manual'),
  iziTopUpInApp: fact('W', 'https://izi.me', 'content.izi.me manual'),
  kcellAutoPay: fact('C', kcellTopUp),
  terminalsExist: fact('W', 'https://elordainfo.kz', '2024-08-15'),
  terminalFees: fact('W', 'https://3gca.org', 'old'),
  shopsTopUp: fact('W', 'https://content.izi.me', 'operator manual, secondary'),
  bankCardNeedsIin: fact('C', 'https://internationalinvestment.biz'),
  kaspiAlipayAbroadOnly: fact('C', 'https://guide.kaspi.kz', 'q17298'),
  dingPayments: fact('C', 'https://support.ding.com'),
  dingAlipayIos: fact('C', 'https://appsupport.ding.com'),
  kcellZeroBalanceBlocks: fact('C', 'https://kcell.kz/en/service/2886/138'),
  activExtraBalance: fact('C', 'https://activ.kz/en/service/extra-balance'),
  activPayForMe: fact('C', 'https://activ.kz/en/service/pay-for-me'),
  beelineTrustPayment: fact(
    'C',
    'https://beeline.kz/kk/products/services/doveritelniy-platezh-soc',
  ),
  beelineTrustFee: fact('W', 'https://mdlr.ru'),
  tele2TrustPayment: fact('W', 'https://tarifykz.com', 'tellcall.ru'),
  activLiveBalance: fact('C', 'https://activ.kz'),
  altelBalanceCode: fact('W', 'https://maksi.kz'),
  smsCodeScam: fact('C', 'https://kcell.kz/en/service/152/243'),
  officialBankAppOnly: fact('C', 'https://alau.kz', '2025-11-24'),
  kaspiMistakenTransfer: fact('C', 'https://guide.kaspi.kz', 'q15992'),
  kcellWrongNumberForms: fact('C', 'https://kcell.kz/kk/product/documents'),
  fraudNumbersSuspended: fact('C', 'https://kt.kz', '2025-11-19'),
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof facts;
export const factIds = Object.keys(facts) as FactId[];
