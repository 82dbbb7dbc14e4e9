import { type Answers, type QuestionId, isAnswered, questionIds } from './questions';

/**
 * A question is skipped when its answer cannot change the outcome.
 * `speak` only matters at a counter in Kazakhstan (office, shop), so it is not asked abroad.
 */
const askedWhen: Partial<Record<QuestionId, (answers: Answers) => boolean>> = {
  speak: (answers) => answers.where !== 'abroad',
};

export function isAsked(question: QuestionId, answers: Answers): boolean {
  return askedWhen[question]?.(answers) ?? true;
}

export function askedQuestions(answers: Answers): QuestionId[] {
  return questionIds.filter((question) => isAsked(question, answers));
}

export function nextQuestion(answers: Answers): QuestionId | undefined {
  return askedQuestions(answers).find((question) => !isAnswered(answers, question));
}

export function isComplete(answers: Answers): boolean {
  return nextQuestion(answers) === undefined;
}

/** The question before `current` in the asked order, or undefined at the first one. */
export function previousQuestion(answers: Answers, current: QuestionId): QuestionId | undefined {
  const asked = askedQuestions(answers);
  return asked[asked.indexOf(current) - 1];
}

/** The last question asked: where Back goes from the result page. */
export function lastQuestion(answers: Answers): QuestionId {
  const asked = askedQuestions(answers);
  return asked[asked.length - 1] ?? questionIds[0];
}

/** Keeps only the answers to questions the flow would ask, and drops empty selections. */
export function reachableAnswers(answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of askedQuestions(answers)) {
    if (isAnswered(answers, question)) Object.assign(kept, { [question]: answers[question] });
  }
  return kept;
}
