import { useTranslation } from 'react-i18next';
import type {
  CautionCode,
  ChannelId,
  CheckCode,
  CodeLabel,
  Drawback,
  FactId,
  FitReason,
  GuidanceCode,
  Operator,
  QuestionId,
  RuledOutReason,
} from '../domain';
import { formatChoices, formatNumber } from '../i18n';
import type { Language } from '../state';

/**
 * The one place where domain ids become translation keys. Keys built from ids cannot be checked
 * by the compiler, so a test checks that every id of the domain has its text in every language.
 */
export function useCopy() {
  const { t, i18n } = useTranslation();
  const text = (key: string, options?: Record<string, unknown>): string =>
    t(key as never, options as never) as unknown as string;
  const has = (key: string) => i18n.exists(key) && text(key) !== '';
  const operatorName = (operator: Operator) => text(`channels.operatorNames.${operator}`);
  /**
   * A sentence about the person's operator. When they don't know it, the `_unknown` wording
   * (i18next's context) is used: a name slot never reads "your operator" (a test checks each).
   */
  const aboutOperator = (key: string, operator: Operator | undefined, options = {}) => {
    if (operator && operator !== 'unknown')
      return text(key, { ...options, operator: operatorName(operator) });
    // No operator asked (the ways page, for everyone): `_any` where the person's own wording
    // (`_unknown`) would point to help on the result page.
    const context = !operator && has(`${key}_any`) ? 'any' : 'unknown';
    return text(key, { ...options, context });
  };
  const lang = (i18n.resolvedLanguage ?? i18n.language) as Language;
  return {
    lang,
    /** The space after a label's colon: none in Chinese, whose full-width colon carries its own. */
    space: lang === 'zh' ? '' : ' ',
    /** `5,000 ₸`, `5 000 ₸`, `5,000 坚戈`; several amounts name the unit once: `250, 350 or 500 ₸`. */
    tenge: (...amounts: readonly number[]) =>
      text('common.tenge', {
        amount: formatChoices(
          amounts.map((amount) => formatNumber(amount, lang)),
          lang,
        ),
      }),
    aboutOperator,
    questionTitle: (q: QuestionId) => text(`questions.${q}.title`),
    questionHint: (q: QuestionId) =>
      has(`questions.${q}.hint`) ? text(`questions.${q}.hint`) : '',
    questionError: (q: QuestionId) => text(`questions.${q}.error`),
    questionSummary: (q: QuestionId) => text(`questions.${q}.summary`),
    option: (q: QuestionId, slug: string) => text(`questions.${q}.options.${slug}`),
    optionHint: (q: QuestionId, slug: string) =>
      has(`questions.${q}.optionHints.${slug}`) ? text(`questions.${q}.optionHints.${slug}`) : '',
    operatorName,
    channelName: (id: ChannelId) => text(`channels.${id}.name`),
    channelSummary: (id: ChannelId) => text(`channels.${id}.summary`),
    /** `site`: the operator's official website (`officialSites`), for a step that names it. */
    channelStep: (id: ChannelId, step: string, operator: Operator | undefined, site?: string) => {
      const key = `channels.${id}.steps.${step}`;
      return operator && site && has(`${key}_site`)
        ? text(key, { context: 'site', site, operator: operatorName(operator) })
        : aboutOperator(key, operator);
    },
    channelTip: (id: ChannelId, tip: string) => text(`channels.${id}.tips.${tip}`),
    /**
     * What this channel means for the person's operator, if the locales say anything; `general`:
     * or what it means for any other operator (Homebank's path).
     */
    channelDetail: (id: ChannelId, operator: Operator | undefined, { general = true } = {}) => {
      if (!operator) return '';
      const keys = [`channels.details.${id}.${operator}`];
      if (general) keys.push(`channels.details.${id}.other`);
      const key = keys.find(has);
      return key ? aboutOperator(key, operator) : '';
    },
    reason: (code: FitReason) => text(`result.reasons.${code}`),
    caution: (code: CautionCode) => text(`result.cautions.${code}`),
    check: (code: CheckCode, operator: Operator | undefined) =>
      aboutOperator(`result.checks.${code}`, operator),
    drawback: (code: Drawback) => text(`result.weak.drawbacks.${code}`),
    ruledOut: (code: RuledOutReason, operator: Operator | undefined) =>
      aboutOperator(`result.ruledOut.${code}`, operator),
    /**
     * `namedContact`: the person said someone in Kazakhstan can pay (asking a contact is then
     * theirs); `kzCard`: they have a Kazakh card (tenge cash is then withdrawn, not exchanged).
     */
    guidance: (
      code: Exclude<GuidanceCode, 'findOperator'>,
      { namedContact, kzCard }: { namedContact: boolean; kzCard: boolean },
    ) =>
      text(
        `result.guidance.${code}`,
        code === 'askContact' && !namedContact
          ? { context: 'none' }
          : code === 'getCash' && kzCard
            ? { context: 'kzcard' }
            : undefined,
      ),
    codeLabel: (label: CodeLabel) => text(`result.codes.labels.${label}`),
    fact: (id: FactId) => text(`facts.names.${id}`),
    factNote: (id: FactId) => text(`facts.notes.${id}`),
  };
}

export type Copy = ReturnType<typeof useCopy>;
