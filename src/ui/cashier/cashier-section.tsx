import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, RankedChannel } from '../../domain';
import { lazyPart } from '../lazy-part';
import { useCardMade } from './card-made';

const CashierHelp = lazyPart(
  () => import('./cashier-help'),
  (module) => module.CashierHelp,
);

/**
 * Whether the result offers the cashier card: to anyone in Kazakhstan who did not say they can
 * use Russian or Kazakh with a cashier (PRODUCT.md: the card is for people who can't).
 */
export const offersCashierCard = (answers: Answers) =>
  answers.where !== 'abroad' && answers.speak !== 'local';

/**
 * Offered to everyone who may need it (`offersCashierCard`); open from the start when a
 * recommended way means asking a cashier in a language the person can't use (the rules'
 * `useCashierCard` caution).
 */
export function CashierSection({ recommended }: { recommended: readonly RankedChannel[] }) {
  const { t } = useTranslation();
  const prominent = recommended.some((channel) => channel.cautions.includes('useCashierCard'));
  // Open again where a card was made this visit (the result reached again after a Change).
  const [open, setOpen] = useState(() => prominent || useCardMade.getState().shown);
  const help = open && <CashierHelp />;
  return (
    <section
      className={prominent ? 'cashier cashier-prominent' : 'cashier'}
      aria-labelledby="cashier-title"
    >
      <h2 id="cashier-title">{t('cashier.title')}</h2>
      <p>{t('cashier.lead')}</p>
      {prominent ? (
        help
      ) : (
        <details
          className="details"
          open={open}
          onToggle={(event) => setOpen(event.currentTarget.open)}
        >
          <summary>{t('cashier.open')}</summary>
          {help}
        </details>
      )}
    </section>
  );
}
