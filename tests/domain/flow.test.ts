import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  type QuestionId,
  askedQuestions,
  isAnswered,
  isComplete,
  lastQuestion,
  nextQuestion,
  onlineOptions,
  operatorOptions,
  payOptions,
  previousQuestion,
  questionIds,
  questionOptions,
  reachableAnswers,
  speakOptions,
  whenOptions,
  whereOptions,
} from '../../src/domain';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const answersArb: fc.Arbitrary<Answers> = fc
  .record({
    where: maybe(fc.constantFrom(...whereOptions)),
    speak: maybe(fc.constantFrom(...speakOptions)),
    pay: maybe(fc.subarray([...payOptions])),
    online: maybe(fc.constantFrom(...onlineOptions)),
    when: maybe(fc.constantFrom(...whenOptions)),
    operator: maybe(fc.constantFrom(...operatorOptions)),
  })
  .map((record) => reachableAnswers(record as Answers));

function answerWithFirstOption(answers: Answers, question: QuestionId): Answers {
  const first = questionOptions[question][0];
  return { ...answers, [question]: question === 'pay' ? [first] : first };
}

describe('the flow', () => {
  it.each<[string, Answers, QuestionId | undefined]>([
    ['starts with where', {}, 'where'],
    ['asks speak in Kazakhstan', { where: 'city' }, 'speak'],
    ['skips speak abroad', { where: 'abroad' }, 'pay'],
    ['treats an empty pay list as unanswered', { where: 'abroad', pay: [] }, 'pay'],
    ['fills a gap before later answers', { where: 'city', speak: 'local', online: 'yes' }, 'pay'],
    [
      'ends when everything asked is answered',
      { where: 'abroad', pay: ['card'], online: 'yes', when: 'now', operator: 'kcell' },
      undefined,
    ],
  ])('%s', (_, answers, expected) => {
    expect(nextQuestion(answers)).toBe(expected);
    expect(isComplete(answers)).toBe(expected === undefined);
  });

  it('goes back through the asked questions only', () => {
    expect(previousQuestion({ where: 'abroad' }, 'pay')).toBe('where');
    expect(previousQuestion({ where: 'city' }, 'pay')).toBe('speak');
    expect(previousQuestion({}, 'where')).toBeUndefined();
    expect(lastQuestion({ where: 'city' })).toBe('operator');
  });

  it('drops answers to questions it would not ask', () => {
    expect(reachableAnswers({ where: 'abroad', speak: 'none', pay: [] })).toEqual({
      where: 'abroad',
    });
    expect(reachableAnswers({ where: 'city', speak: 'none' })).toEqual({
      where: 'city',
      speak: 'none',
    });
  });

  it('never asks a question that is already answered, or one it skips', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const next = nextQuestion(answers);
        if (next === undefined) return askedQuestions(answers).every((q) => isAnswered(answers, q));
        return !isAnswered(answers, next) && askedQuestions(answers).includes(next);
      }),
    );
  });

  it('always progresses and terminates within one step per question', () => {
    fc.assert(
      fc.property(answersArb, (start) => {
        let answers = start;
        const seen = new Set<QuestionId>();
        for (let step = 0; step <= questionIds.length; step++) {
          const next = nextQuestion(answers);
          if (next === undefined) return isComplete(answers);
          if (seen.has(next)) return false;
          seen.add(next);
          answers = answerWithFirstOption(answers, next);
        }
        return false;
      }),
    );
  });

  it('asks only questions in the contract order', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const asked = askedQuestions(answers);
        return asked.every(
          (q, i) => i === 0 || questionIds.indexOf(q) > questionIds.indexOf(asked[i - 1]!),
        );
      }),
    );
  });
});
