/**
 * Pure builders of real progress documents, shared by the end-to-end seeds
 * (tests/e2e/progress-seed.ts, from the built course) and the LMS commit benchmark
 * (tests/helpers/lms-commit-bench.ts, from the content files): right and wrong answers to a
 * question, completed lessons, and a finished attempt made with the quiz core itself.
 */
import { answer, createAttempt, finish } from '../../src/quiz/attempt';
import { quizVersion } from '../../src/quiz/content-version';
import type { Answer } from '../../src/quiz/types';
import type { Question } from '../../src/schemas/question';
import type { Progress } from '../../src/progress/model';
import { completeLesson, openLesson } from '../../src/progress/lessons';
import { finishAttempt, startAttempt } from '../../src/progress/attempts';

export function rightAnswer(q: Question): Answer {
  return q.type === 'numeric' ? String(q.answer) : Array.isArray(q.answer) ? [...q.answer] : q.answer;
}

export function wrongAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return q.options.find((o) => o.id !== q.answer)!.id;
    case 'truefalse':
      return !q.answer;
    case 'numeric':
      return String(q.answer * 1000 + 12345);
    case 'multiple':
      return q.options
        .filter((o) => !q.answer.includes(o.id))
        .map((o) => o.id)
        .slice(0, 1);
    case 'order':
      return [...q.answer].reverse();
  }
}

/**
 * Each lesson opened and completed, one second apart from `at`; `version` gives the content
 * version a lesson page records on completion (none: as progress saved before versions existed).
 */
export function withLessons(
  p: Progress,
  ids: string[],
  at: number,
  version: (id: string) => string | undefined = () => undefined,
): Progress {
  return ids.reduce(
    (acc, id, i) => completeLesson(openLesson(acc, id, at + i * 1000), id, at + i * 1000 + 500, version(id)),
    p,
  );
}

export interface SeedQuiz {
  id: string;
  questions: Question[];
  passMark: number;
}

/**
 * Adds a finished attempt at `quiz`, started five minutes before `finishedAt`; `wrong` lists
 * the question ids answered wrongly; `only` makes it a practice session of just those questions.
 */
export function withQuizAttempt(
  p: Progress,
  quiz: SeedQuiz,
  finishedAt: number,
  { wrong = [], seed = 42, only }: { wrong?: string[]; seed?: number; only?: string[] } = {},
): Progress {
  const { id, questions, passMark } = quiz;
  let a = createAttempt(
    { id, version: quizVersion({ questions }), questions },
    { seed, now: finishedAt - 5 * 60_000, ...(only ? { only } : {}) },
  );
  for (const question of questions.filter((x) => a.questions.includes(x.id)))
    a = answer(a, question.id, wrong.includes(question.id) ? wrongAnswer(question) : rightAnswer(question));
  const done = finish(a, questions, passMark, finishedAt);
  return finishAttempt(startAttempt(p, a), id, {
    finished: finishedAt,
    score: done.score ?? 0,
    percent: done.percent ?? 0,
    passed: done.passed ?? false,
  });
}
