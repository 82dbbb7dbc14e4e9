import { describe, expect, it } from 'vitest';
import {
  type Answers,
  type ChannelId,
  type RankedChannel,
  channelIds,
  recommend,
} from '../../src/domain';
import { everyAnswers } from './answer-space';

/** A way as the result lists it, wherever it is listed (recommended or might work). */
function wayFor(answers: Answers, id: ChannelId): RankedChannel {
  const result = recommend(answers);
  const way = [...result.recommended, ...result.mightWork].find((channel) => channel.id === id);
  if (!way) throw new Error(`${id} is not offered for ${JSON.stringify(answers)}`);
  return way;
}

// Cases the persons and the answer-space rules do not pin down (found by mutation testing).
describe('how sure a way is', () => {
  const inCity: Answers = { where: 'city', speak: 'local', online: 'yes', when: 'today' };

  it('is unconfirmed by the means only when every means the person would use is unconfirmed', () => {
    const cardOnly = wayFor({ ...inCity, pay: ['card'], operator: 'kcell' }, 'office');
    expect(cardOnly.certainty).toBe('unconfirmed');
    expect(cardOnly.checks).toContain('cardAccepted');
    const cardAndCash = wayFor({ ...inCity, pay: ['card', 'cash'], operator: 'kcell' }, 'office');
    expect(cardAndCash.certainty).toBe('weak');
    expect(cardAndCash.checks).not.toContain('cardAccepted');
  });

  it.each<[Answers['operator'], 'withOperator' | 'operatorOffersIt']>([
    // altel's app rests on a weak source: check with the operator.
    ['altel', 'withOperator'],
    // Nothing says Kcell's app takes payments: check that the operator offers it at all.
    ['kcell', 'operatorOffersIt'],
  ])('asks %s people what fits the operator’s support: %s', (operator, check) => {
    expect(wayFor({ ...inCity, pay: ['kzcard'], operator }, 'operatorApp').checks).toContain(check);
  });
});

describe('cautions and reasons that depend on an answer', () => {
  it('says WeChat Pay is not confirmed only to someone who would pay with a wallet', () => {
    const abroad: Answers = { where: 'abroad', online: 'yes', when: 'today', operator: 'beeline' };
    expect(wayFor({ ...abroad, pay: ['wallet'] }, 'intlService').cautions).toContain(
      'weChatPayUnconfirmed',
    );
    expect(wayFor({ ...abroad, pay: ['card'] }, 'intlService').cautions).not.toContain(
      'weChatPayUnconfirmed',
    );
  });

  it('says "in Kazakhstan" and "you are online" only once the person has said so', () => {
    expect(wayFor({}, 'terminal').reasons).not.toContain('inKazakhstan');
    expect(wayFor({ where: 'city' }, 'terminal').reasons).toContain('inKazakhstan');
    expect(wayFor({ where: 'remote' }, 'terminal').reasons).not.toContain('inKazakhstan');
    expect(wayFor({}, 'operatorSite').reasons).not.toContain('youAreOnline');
    expect(wayFor({ online: 'yes' }, 'operatorSite').reasons).toContain('youAreOnline');
  });
});

describe('ways that score the same', () => {
  it('keep the catalogue’s order, in every answer set where two tie', () => {
    let ties = 0;
    for (const answers of everyAnswers()) {
      const { recommended } = recommend(answers);
      for (let i = 1; i < recommended.length; i++) {
        const [before, after] = [recommended[i - 1]!, recommended[i]!];
        if (before.score !== after.score) continue;
        ties++;
        expect(channelIds.indexOf(before.id)).toBeLessThan(channelIds.indexOf(after.id));
      }
    }
    expect(ties).toBeGreaterThan(0);
  }, 30_000);
});

describe('what emergency credit promises', () => {
  it('is "right now" and "without internet" only where a code from FACTS.md asks for it, in Kazakhstan', () => {
    let seen = 0;
    for (const answers of everyAnswers()) {
      const result = recommend(answers);
      const credit = [...result.recommended, ...result.mightWork].find((c) => c.id === 'credit');
      if (!credit) continue;
      const byCodeAtHome =
        (answers.operator === 'activ' || answers.operator === 'tele2') &&
        answers.where !== 'abroad' &&
        answers.where !== undefined;
      for (const reason of ['fastWhenUrgent', 'worksWithoutInternet'] as const)
        if (credit.reasons.includes(reason))
          expect(byCodeAtHome, JSON.stringify(answers)).toBe(true);
      // Abroad, no operator's credit is confirmed to work in roaming: it might, never "works".
      if (answers.where === 'abroad' && answers.operator) {
        expect(result.recommended).not.toContain(credit);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(100);
  }, 30_000);
});

describe('the sources printed with a way', () => {
  it.each<[Answers, ChannelId, string[], string[]]>([
    [
      { where: 'city', pay: ['kzcard'], online: 'yes', operator: 'kcell' },
      'bankApp',
      ['kaspiPaysKcell', 'homebankPays', 'officialBankAppOnly'],
      ['altelBankApps'],
    ],
    [
      { where: 'city', pay: ['cash'], online: 'no', when: 'now', operator: 'activ' },
      'credit',
      ['activExtraBalance'],
      ['beelineTrustPayment', 'beelineTrustFee', 'tele2TrustPayment'],
    ],
    [
      { where: 'city', pay: ['friend'], online: 'no', operator: 'beeline' },
      'friendPays',
      ['kaspiMistakenTransfer'],
      ['activPayForMe'],
    ],
  ])('are the operator’s own, never another operator’s (%j, %s)', (answers, id, has, hasNot) => {
    const { facts } = wayFor(answers, id);
    expect(facts).toEqual(expect.arrayContaining(has));
    for (const fact of hasNot) expect(facts).not.toContain(fact);
  });

  it('are every operator’s while the operator is not known', () => {
    const { facts } = wayFor({ where: 'city', pay: ['friend'], operator: 'unknown' }, 'friendPays');
    expect(facts).toEqual(expect.arrayContaining(['activPayForMe', 'kaspiMistakenTransfer']));
  });
});
