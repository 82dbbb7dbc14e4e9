import {
  type Answers,
  type PayMeans,
  onlineOptions,
  operatorOptions,
  payOptions,
  speakOptions,
  whenOptions,
  whereOptions,
} from '../../src/domain';

export function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => all.concat(all.map((set) => [...set, item])), [[]]);
}

const completeOnly = process.env.ANSWER_SPACE === 'complete';
const orUnanswered = <T>(options: readonly T[]): (T | undefined)[] =>
  completeOnly ? [...options] : [undefined, ...options];

/** Every combination of answers, with each question possibly unanswered (unless ANSWER_SPACE=complete). */
export function* everyAnswers(): Generator<Answers> {
  const pays = subsets<PayMeans>(payOptions);
  for (const where of orUnanswered(whereOptions))
    for (const speak of orUnanswered(speakOptions))
      for (const pay of pays)
        for (const online of orUnanswered(onlineOptions))
          for (const when of orUnanswered(whenOptions))
            for (const operator of orUnanswered(operatorOptions)) {
              const answers: Answers = { where, speak, pay, online, when, operator };
              for (const key of Object.keys(answers) as (keyof Answers)[]) {
                if (answers[key] === undefined) delete answers[key];
              }
              yield answers;
            }
}
