/** The quiz core against every real quiz bank in `quizzes/`: each right answer, typed or picked, scores right. */
import { describe, expect, it } from 'vitest';
import { optionOrder } from '../../../src/quiz/attempt';
import { describeCorrectAnswer } from '../../../src/quiz/describe-answer';
import { formatNumber } from '../../../src/quiz/format-number';
import { scoreQuestion } from '../../../src/quiz/score';
import type { Answer } from '../../../src/quiz/types';
import type { Question } from '../../../src/schemas/question';
import { loadContent } from '../../helpers/load-content';

const { input } = loadContent();
const questions = input.quizzes.flatMap((quiz) =>
  quiz.data.questions.map((q) => [`${quiz.filePath ?? quiz.id} ${q.id}`, q] as const),
);

/** What a learner would enter for the right answer. */
function rightAnswers(q: Question): Answer[] {
  switch (q.type) {
    case 'numeric': {
      const said = describeCorrectAnswer(q).replace(/\s*\(±.*\)$/, '');
      return [String(q.answer), formatNumber(q.answer), said];
    }
    case 'multiple':
      return [q.answer, [...q.answer].reverse()];
    default:
      return [q.answer];
  }
}

describe('every question in quizzes/', () => {
  // No quiz banks is a broken course, not a reason to skip these checks.
  it('finds the quiz banks', () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it.each(questions)('%s: the right answer scores right, however it is typed', (_name, q) => {
    for (const answer of rightAnswers(q))
      expect(scoreQuestion(q, answer), JSON.stringify(answer)).toEqual({ correct: true, points: 1 });
    expect(describeCorrectAnswer(q)).not.toBe('');
  });

  it.each(questions.filter(([, q]) => q.type === 'order'))('%s: never starts in the right order', (_name, q) => {
    for (let seed = 0; seed < 200; seed++) expect(optionOrder(q, seed).map((o) => o.id)).not.toEqual(q.answer);
  });
});
