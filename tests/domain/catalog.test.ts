import { describe, expect, it } from 'vitest';
import {
  baseScores,
  channelIds,
  channels,
  contactCodes,
  creditTerms,
  facts,
  factIds,
  operatorCodes,
  questionIds,
  questionOptions,
  rankingRules,
} from '../../src/domain';

describe('the public contract v1', () => {
  it('keeps the question ids and option slugs of PRODUCT.md', () => {
    expect(questionIds).toEqual(['where', 'speak', 'pay', 'online', 'when', 'operator']);
    expect(questionOptions).toEqual({
      where: ['city', 'remote', 'abroad'],
      speak: ['local', 'english', 'none'],
      pay: ['cash', 'kzcard', 'card', 'unionpay', 'wallet', 'friend'],
      online: ['yes', 'no'],
      when: ['now', 'today', 'later'],
      operator: ['beeline', 'kcell', 'activ', 'tele2', 'altel', 'izi', 'unknown'],
    });
  });

  it('keeps the channel ids of PRODUCT.md', () => {
    expect(channelIds).toEqual([
      'office',
      'shop',
      'terminal',
      'operatorApp',
      'operatorSite',
      'bankApp',
      'friendPays',
      'credit',
      'intlService',
    ]);
  });
});

describe('the channel catalog', () => {
  it('gives every fact a source, a confidence and a checked date', () => {
    for (const id of factIds) {
      expect(facts[id].source, id).toMatch(/^https:\/\//);
      expect(['C', 'W'], id).toContain(facts[id].confidence);
      expect(facts[id].checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('never links the promotional seller of the source article', () => {
    expect(JSON.stringify(facts)).not.toMatch(/t\.me|telegram/i);
  });

  it('refers only to known facts', () => {
    const used = [
      ...channelIds.flatMap((id) => [
        ...channels[id].facts,
        ...Object.values(channels[id].operators).flatMap((support) => support.facts),
      ]),
      ...Object.values(creditTerms).flatMap((terms) => [
        ...terms.facts,
        ...terms.codes.map((c) => c.fact),
      ]),
      ...Object.values(contactCodes).flatMap((codes) => codes.map((c) => c.fact)),
      ...Object.values(operatorCodes).flatMap((codes) => codes.map((c) => c.fact)),
      ...rankingRules.map((rule) => rule.basis).filter((basis) => basis !== 'product'),
    ];
    for (const fact of used) expect(factIds).toContain(fact);
  });

  it('marks operator support resting on a [W] fact as unconfirmed', () => {
    for (const id of channelIds) {
      for (const [operator, support] of Object.entries(channels[id].operators)) {
        const weak = support.facts.some((fact) => facts[fact].confidence === 'W');
        if (weak) expect(support.unconfirmed, `${id} for ${operator}`).toBe(true);
      }
    }
  });

  it('offers emergency credit only where FACTS.md has the service', () => {
    expect(Object.keys(creditTerms).sort()).toEqual(['activ', 'beeline', 'tele2']);
    expect(Object.keys(channels.credit.operators).sort()).toEqual(['activ', 'beeline', 'tele2']);
    expect(creditTerms.activ?.codes.map((c) => c.code)).toEqual(['*911*1#', '*911*1*3#']);
    expect(creditTerms.activ?.amounts).toEqual([250, 350, 500, 750, 1000]);
    expect(creditTerms.beeline?.codes.map((c) => c.code)).toEqual([
      '*141*1#',
      '*141*1*0#',
      '*141*0#',
    ]);
    expect(facts[creditTerms.tele2!.facts[0]!].confidence).toBe('W');
  });

  it('writes every USSD code as a dialable code', () => {
    const codes = [
      ...Object.values(creditTerms).flatMap((terms) => terms.codes),
      ...Object.values(contactCodes).flat(),
      ...Object.values(operatorCodes).flat(),
    ];
    for (const { code } of codes) expect(code).toMatch(/^\*[\d*]+(<number>)?#$|^\*\d+\*<number>#$/);
  });

  it('scores every channel and rests every ranking row on a basis', () => {
    expect(Object.keys(baseScores).sort()).toEqual([...channelIds].sort());
    for (const rule of rankingRules) {
      expect(rule.channels.length).toBeGreaterThan(0);
      expect(
        rule.reason ?? rule.caution ?? (rule.points !== 0 ? 'points' : undefined),
      ).toBeDefined();
    }
  });
});
