import { describe, expect, it } from 'vitest';
import {
  type Answers,
  type ChannelId,
  type PayMeans,
  type RankedChannel,
  channelIds,
  channels,
  creditTerms,
  facts,
  isComplete,
  reachableAnswers,
  recommend,
} from '../../src/domain';
import { everyAnswers } from './answer-space';

const payNeeds: Record<ChannelId, readonly PayMeans[] | null> = {
  bankApp: ['kzcard'],
  terminal: ['cash'],
  shop: ['cash', 'kzcard'],
  office: ['cash', 'kzcard', 'card', 'unionpay'],
  operatorApp: ['kzcard', 'card', 'unionpay'],
  operatorSite: ['kzcard', 'card', 'unionpay'],
  intlService: ['card', 'kzcard', 'wallet'],
  friendPays: ['friend'],
  credit: null,
};
const inKazakhstanOnly: readonly ChannelId[] = ['office', 'shop', 'terminal'];
const onlineOnly: readonly ChannelId[] = ['operatorApp', 'operatorSite', 'bankApp', 'intlService'];

function violations(answers: Answers, found: RankedChannel): string[] {
  const problems: string[] = [];
  const { id, cautions } = found;
  const pay = answers.pay ?? [];
  const has = (...means: PayMeans[]) => means.some((m) => pay.includes(m));
  if (answers.where === 'abroad' && inKazakhstanOnly.includes(id))
    problems.push('needs Kazakhstan');
  if (answers.online === 'no' && onlineOnly.includes(id)) problems.push('needs internet');
  const needs = payNeeds[id];
  if (needs && pay.length > 0 && !has(...needs)) problems.push(`needs one of ${needs.join('/')}`);
  if ((id === 'operatorApp' || id === 'operatorSite') && pay.length > 0 && !has('kzcard')) {
    if (!cautions.includes('foreignCardNotConfirmed'))
      problems.push('foreign card caution missing');
  }
  if (id === 'office' && pay.length > 0 && !has('cash', 'kzcard')) {
    if (!cautions.includes('foreignCardNotConfirmed'))
      problems.push('foreign card caution missing');
  }
  if (id === 'intlService') {
    if (!cautions.includes('checkOperatorListed')) problems.push('Ding listing is not confirmed');
    if (has('wallet') && !cautions.includes('alipayIosOnly'))
      problems.push('Alipay iOS-only caution');
  }
  if (id === 'credit' && answers.operator && !creditTerms[answers.operator]) {
    problems.push(`no emergency credit known for ${answers.operator}`);
  }
  const support = answers.operator ? channels[id].operators[answers.operator] : undefined;
  const weak = support?.facts.some((fact) => facts[fact].confidence === 'W') ?? false;
  if ((weak || support?.unconfirmed) && !cautions.includes('checkWithOperator')) {
    problems.push('[W] fact without "check with your operator"');
  }
  for (const fact of found.facts) if (!(fact in facts)) problems.push(`unknown fact ${fact}`);
  return problems;
}

function scoreOf(answers: Answers, id: ChannelId): number | undefined {
  return recommend(answers).recommended.find((channel) => channel.id === id)?.score;
}

describe('recommend over the entire answer space', () => {
  it('keeps every fact rule of PRODUCT.md for every combination of answers', () => {
    let checked = 0;
    let complete = 0;
    const failures: string[] = [];
    for (const answers of everyAnswers()) {
      checked++;
      const result = recommend(answers);
      const ids = [...result.recommended.map((c) => c.id), ...result.ruledOut.map((c) => c.id)];
      if (ids.length !== channelIds.length || new Set(ids).size !== channelIds.length) {
        failures.push(`${JSON.stringify(answers)}: channels missing or repeated`);
      }
      if (
        result.outcome === 'ok' ? result.recommended.length === 0 : result.guidance.length === 0
      ) {
        failures.push(`${JSON.stringify(answers)}: empty result`);
      }
      if ((result.outcome === 'nothingFits') !== (result.recommended.length === 0)) {
        failures.push(`${JSON.stringify(answers)}: outcome does not match the channels`);
      }
      if (result.ruledOut.some((c) => c.reasons.length === 0)) {
        failures.push(`${JSON.stringify(answers)}: ruled out without a reason`);
      }
      for (const found of result.recommended) {
        for (const problem of violations(answers, found)) {
          failures.push(`${JSON.stringify(answers)}: ${found.id}: ${problem}`);
        }
      }
      const scores = result.recommended.map((c) => c.score);
      if (scores.some((score, i) => i > 0 && score > scores[i - 1]!)) {
        failures.push(`${JSON.stringify(answers)}: not in rank order`);
      }
      const again = JSON.stringify(result);
      if (JSON.stringify(recommend(answers)) !== again) {
        failures.push(`${JSON.stringify(answers)}: not deterministic`);
      }
      const reachable = reachableAnswers(answers);
      if (Object.keys(reachable).length !== Object.keys(answers).length) {
        if (JSON.stringify(recommend(reachable)) !== again) {
          failures.push(`${JSON.stringify(answers)}: a skipped question changed the result`);
        }
      }
      if (isComplete(answers)) complete++;
      if (failures.length > 20) break;
    }
    console.log(`recommend: checked ${checked} combinations (${complete} complete)`);
    expect(failures).toEqual([]);
    expect(checked).toBe(
      process.env.ANSWER_SPACE === 'complete' ? 3 * 3 * 64 * 2 * 3 * 7 : 4 * 4 * 64 * 3 * 4 * 8,
    );
  }, 30_000);

  it('demotes shops, terminals and offices far from shops, and counters when it is urgent', () => {
    let compared = 0;
    for (const answers of everyAnswers()) {
      if (answers.where !== 'city' || !isComplete(answers)) continue;
      for (const id of inKazakhstanOnly) {
        const city = scoreOf(answers, id);
        if (city === undefined) continue;
        expect(scoreOf({ ...answers, where: 'remote' }, id)).toBeLessThan(city);
        compared++;
      }
      if (answers.when !== 'today') continue;
      for (const id of ['office', 'shop'] as const) {
        const today = scoreOf(answers, id);
        if (today !== undefined)
          expect(scoreOf({ ...answers, when: 'now' }, id)).toBeLessThan(today);
      }
    }
    expect(compared).toBeGreaterThan(1000);
  }, 30_000);
});
