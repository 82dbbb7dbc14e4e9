import { useTranslation } from 'react-i18next';
import { baseScores, channelIds, doubtRules, facts, rankingRules, weakWhen } from '../../domain';
import type { FactId } from '../../domain';
import { formatDate } from '../../i18n';
import { useCopy } from '../copy';
import { SourcesList } from './sources-list';

/** The ranking table, the doubts and what makes a result weak, as sentences with their basis. */
export function HowWeDecide() {
  const { t } = useTranslation();
  const copy = useCopy();
  const order = [...channelIds].sort((a, b) => baseScores[b] - baseScores[a]);
  const basis = (fact: FactId | 'product') =>
    fact === 'product'
      ? t('ways.decides.basisJudgement')
      : t('ways.decides.basisFact', {
          fact: copy.fact(fact),
          date: formatDate(facts[fact].read, copy.lang),
        });
  const explained = [...rankingRules, ...doubtRules].filter((rule) => rule.id !== undefined);
  const sources = [
    ...new Set([...explained, ...weakWhen].flatMap(({ basis: b }) => (b === 'product' ? [] : [b]))),
  ];
  /** Each rule as its sentence (`ways.decides.<group>.<rule id>`), with its basis. */
  const sentences = (
    group: 'rules' | 'weak',
    rules: readonly { id?: string; basis: FactId | 'product' }[],
  ) => (
    <ul className="list-bullet">
      {rules.map((rule) => (
        <li key={rule.id}>
          {t(`ways.decides.${group}.${rule.id}` as never)}{' '}
          <span className="basis">{basis(rule.basis)}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="how-we-decide" aria-labelledby="how-we-decide">
      <h2 id="how-we-decide">{t('ways.decides.title')}</h2>
      <p>{t('ways.decides.lead')}</p>
      <p>{t('ways.decides.order')}</p>
      <ol className="list-steps">
        {order.map((id) => (
          <li key={id}>{copy.channelName(id)}</li>
        ))}
      </ol>
      {sentences('rules', explained)}
      <h3>{t('ways.decides.weakTitle')}</h3>
      <p>{t('ways.decides.weakLead')}</p>
      {sentences('weak', weakWhen)}
      <SourcesList facts={sources} />
    </section>
  );
}
