import { useTranslation } from 'react-i18next';
import type {
  CautionCode,
  ChannelId,
  FactId,
  FitReason,
  GuidanceCode,
  Operator,
  QuestionId,
  RuledOutReason,
  UssdAction,
} from '../domain';
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
  const operatorName = (operator: Operator | undefined) =>
    text(`channels.operatorNames.${operator ?? 'unknown'}`);
  return {
    lang: (i18n.resolvedLanguage ?? i18n.language) as Language,
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
    channelStep: (id: ChannelId, step: string, operator: Operator | undefined) =>
      text(`channels.${id}.steps.${step}`, { operator: operatorName(operator) }),
    channelTip: (id: ChannelId, tip: string) => text(`channels.${id}.tips.${tip}`),
    /** What this channel means for the person's operator, if the locales say anything. */
    channelDetail: (id: ChannelId, operator: Operator | undefined) => {
      if (!operator) return '';
      const key = [`channels.details.${id}.${operator}`, `channels.details.${id}.other`].find(has);
      return key ? text(key) : '';
    },
    reason: (code: FitReason) => text(`result.reasons.${code}`),
    caution: (code: CautionCode) => text(`result.cautions.${code}`),
    ruledOut: (code: RuledOutReason, operator: Operator | undefined) =>
      text(`result.ruledOut.${code}`, { operator: operatorName(operator) }),
    guidance: (code: GuidanceCode) => text(`result.guidance.${code}`),
    ussdAction: (action: UssdAction) => text(`result.codes.actions.${action}`),
    fact: (id: FactId) => text(`facts.${id}`),
  };
}

export type Copy = ReturnType<typeof useCopy>;
