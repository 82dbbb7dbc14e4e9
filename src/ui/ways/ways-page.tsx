import { useTranslation } from 'react-i18next';
import {
  type FactId,
  channelIds,
  misleadingCodes,
  operatorCodes,
  operatorOptions,
} from '../../domain';
import { useCopy } from '../copy';
import { PageHeading } from '../page-heading';
import { UsefulCodes } from '../result/useful-codes';
import { SourcesList } from './sources-list';
import { StartLink } from '../start-link';
import { HowWeDecide } from './how-we-decide';
import { WaySection } from './way-section';

/** What the codes section rests on: each code's fact, and the ones that do something else. */
const codeFacts: FactId[] = [
  ...new Set(
    [...Object.values(operatorCodes), ...Object.values(misleadingCodes)].flatMap((codes) =>
      codes.map((code) => code.fact),
    ),
  ),
];

/** Every way to top up, by operator, with steps, cautions and sources: a page that needs no script. */
export function WaysPage() {
  const { t } = useTranslation();
  const copy = useCopy();
  return (
    <>
      <PageHeading title={t('ways.title')} />
      <p className="lead">{t('ways.lead')}</p>
      <p>{t('ways.anySim')}</p>
      <p>{t('ways.cashierCard')}</p>
      <StartLink label={t('ways.findYours')} />
      <nav aria-labelledby="ways-contents" className="contents">
        <h2 id="ways-contents">{t('ways.contents')}</h2>
        <ol>
          {channelIds.map((id) => (
            <li key={id}>
              <a href={`#way-${id}`}>{copy.channelName(id)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {channelIds.map((id) => (
        <WaySection key={id} id={id} />
      ))}
      <section aria-labelledby="useful-codes">
        <h2 id="useful-codes">{t('result.codes.title')}</h2>
        {operatorOptions.map((operator) =>
          operatorCodes[operator] ? (
            <div key={operator}>
              <h3>{t('result.codes.usefulTitle', { operator: copy.operatorName(operator) })}</h3>
              <UsefulCodes operator={operator} />
            </div>
          ) : null,
        )}
        <SourcesList facts={codeFacts} />
      </section>
      <HowWeDecide />
    </>
  );
}
