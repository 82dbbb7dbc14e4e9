import { useTranslation } from 'react-i18next';
import {
  type CautionCode,
  type ChannelId,
  type FactId,
  channels,
  contactCodes,
  creditTerms,
  certaintyFor,
  generalChecks,
  officialSites,
  operatorChecks,
  operatorOptions,
  rankingRules,
  requirementsOf,
  ruledOutFacts,
} from '../../domain';
import { useCopy } from '../copy';
import { ChecksFirst } from '../result/checks-first';
import { CodeList } from '../result/code-list';
import { ZeroBalanceKit } from '../result/zero-balance-kit';
import { SourcesList } from './sources-list';

const knownOperators = operatorOptions.filter((operator) => operator !== 'unknown');
/**
 * Cautions that point to help only a result page has (the number finder, the cashier card), or
 * that say for one operator what the page says for all (reaching a contact at zero balance).
 */
const resultOnlyCautions: readonly CautionCode[] = [
  'findOperatorFirst',
  'useCashierCard',
  'reachContactActiv',
  'reachContactAtZero',
];

/** Everything the guide knows about one way, for any operator: readable with no script. */
export function WaySection({ id }: { id: ChannelId }) {
  const { t } = useTranslation();
  const copy = useCopy();
  const channel = channels[id];
  const cautionRules = rankingRules.filter(
    (rule) =>
      rule.channels.includes(id) && rule.caution && !resultOnlyCautions.includes(rule.caution),
  );
  const cautions = [...new Set(cautionRules.map((rule) => rule.caution!))];
  // Emergency credit needs nothing but an operator that has it (the table below).
  const requirements = requirementsOf(id);
  // Every fact the section states: the way's, each operator's, its cautions' and what it needs.
  const sources: FactId[] = [
    ...new Set([
      ...channel.facts,
      ...Object.values(channel.operators).flatMap((support) => support.facts),
      ...(id === 'credit' ? Object.values(creditTerms).flatMap((terms) => terms.facts) : []),
      ...cautionRules.flatMap((rule) => (rule.basis === 'product' ? [] : [rule.basis])),
      ...requirements.flatMap((reason) => ruledOutFacts[reason] ?? []),
    ]),
  ];
  const heading = `way-${id}`;
  return (
    <section className="way" data-way={id} id={heading} aria-labelledby={`${heading}-name`}>
      <h2 id={`${heading}-name`}>{copy.channelName(id)}</h2>
      <p className="lead">{copy.channelSummary(id)}</p>
      <ChecksFirst channel={{ checks: generalChecks(id) }} operator={undefined} />
      {requirements.length > 0 && (
        <>
          <h3>{t('ways.needs')}</h3>
          <ul className="list-bullet">
            {requirements.map((code) => (
              <li key={code}>{copy.ruledOut(code, undefined)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('result.steps')}</h3>
      <ol className="list-steps">
        {channel.steps.map((step) => (
          <li key={step}>{copy.channelStep(id, step, undefined)}</li>
        ))}
      </ol>
      {channel.tips.length > 0 && (
        <>
          <h3>{t('result.tips')}</h3>
          <ul className="list-bullet">
            {channel.tips.map((tip) => (
              <li key={tip}>{copy.channelTip(id, tip)}</li>
            ))}
          </ul>
        </>
      )}
      {cautions.length > 0 && (
        <div className="cautions">
          <h3>{t('result.cautionsTitle')}</h3>
          <ul className="list-warning">
            {cautions.map((code) => (
              <li key={code}>{copy.caution(code)}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t('ways.byOperator')}</h3>
      <dl className="by-operator">
        {knownOperators.map((operator) => {
          const status =
            id === 'credit' && !creditTerms[operator] ? 'none' : certaintyFor(id, operator);
          const support = channel.operators[operator];
          // What to check, when the doubt is a particular one; no word at all for a way that
          // rests on no fact of its own (a contact pays by any way they like).
          const statusText =
            status !== 'none' && support?.check
              ? copy.check(support.check, operator)
              : status === 'confirmed' && support?.facts.length === 0
                ? ''
                : t(`ways.operatorStatus.${status}`);
          const detail = status === 'none' ? '' : copy.channelDetail(id, operator);
          const steps = channel.operatorSteps?.[operator];
          const contact = id === 'friendPays' ? contactCodes[operator] : undefined;
          const site = id === 'operatorSite' ? officialSites[operator]?.site : undefined;
          return (
            <div key={operator} className="by-operator-row">
              <dt>{copy.operatorName(operator)}</dt>
              <dd>
                {statusText && <p>{statusText}</p>}
                {status !== 'none' &&
                  operatorChecks(id, operator).map((check) => (
                    <p key={check}>{copy.check(check, operator)}</p>
                  ))}
                {detail && <p>{detail}</p>}
                {/* An operator's own steps name its site, to be typed in. */}
                {site && !steps && <p>{t('ways.officialSite', { site })}</p>}
                {steps && (
                  <ol className="list-steps">
                    {steps.map((step) => (
                      <li key={step}>{copy.channelStep(id, step, operator, site)}</li>
                    ))}
                  </ol>
                )}
                {id === 'credit' && <ZeroBalanceKit channel="credit" operator={operator} />}
                {contact && <CodeList codes={contact} />}
                {contact?.some(({ code }) => code.includes('<number>')) && (
                  <p className="hint">{t('ways.contactNumberFormat')}</p>
                )}
                {id === 'friendPays' && !contact && <p>{t('ways.anyWayNoCode')}</p>}
              </dd>
            </div>
          );
        })}
      </dl>
      <SourcesList facts={sources} />
    </section>
  );
}
