/** A tiny course (two modules of two lessons, three quizzes of two questions) and helpers to fill progress. */
import { createAttempt, answer as give, finish } from '../../../../src/quiz/attempt';
import { quizVersion } from '../../../../src/quiz/content-version';
import type { Banks, Outline, OutlineQuiz } from '../../../../src/lib/results/outline';
import { questionSchema, type Question } from '../../../../src/schemas/question';
import { emptyProgress, type Progress } from '../../../../src/progress/model';
import { completeLesson, openLesson } from '../../../../src/progress/lessons';
import { finishAttempt, startAttempt } from '../../../../src/progress/attempts';

const q = (id: string, lesson: string): Question =>
  questionSchema.parse({
    id,
    type: 'single',
    prompt: `Question ${id}: which option is right?`,
    explanation: 'Because the lesson says so in plain words.',
    lesson,
    anchor: 'key-points',
    options: [
      { id: 'right', text: 'The right one' },
      { id: 'wrong', text: 'The wrong one' },
    ],
    answer: 'right',
  });

const quiz = (id: string, title: string): OutlineQuiz => ({
  id,
  title,
  url: `/quizzes/${id}/`,
  passMark: 50,
  questions: 2,
});

export const outline: Outline = {
  title: 'Test course',
  minutes: 22,
  modules: [
    {
      id: 'one',
      order: 1,
      title: 'Module one',
      url: '/modules/one/',
      minutes: 10,
      objectives: ['Explain the first thing well'],
      lessons: [
        { id: 'one/a', title: 'Lesson 1A', url: '/modules/one/a/', minutes: 4, objectives: ['Name the parts of A'] },
        { id: 'one/b', title: 'Lesson 1B', url: '/modules/one/b/', minutes: 6, objectives: ['Use B in practice'] },
      ],
      quiz: quiz('one', 'Quiz one'),
    },
    {
      id: 'two',
      order: 2,
      title: 'Module two',
      url: '/modules/two/',
      minutes: 12,
      objectives: ['Explain the second thing well'],
      lessons: [
        { id: 'two/a', title: 'Lesson 2A', url: '/modules/two/a/', minutes: 5, objectives: ['Say what 2A means'] },
        { id: 'two/b', title: 'Lesson 2B', url: '/modules/two/b/', minutes: 7, objectives: ['Check 2B'] },
      ],
      quiz: quiz('two', 'Quiz two'),
    },
  ],
  final: quiz('final', 'Final assessment'),
};

export const banks: Banks = {
  one: [q('q1', 'one/a'), q('q2', 'one/b')],
  two: [q('q3', 'two/a'), q('q4', 'two/b')],
  final: [q('f1', 'one/a'), q('f2', 'two/b')],
};

/** Local time: day `d` of March 2026 at `h` o'clock. */
export const at = (d: number, h = 10) => new Date(2026, 2, d, h).getTime();

export function lessons(p: Progress, ids: string[], now: number): Progress {
  return ids.reduce((acc, id) => completeLesson(openLesson(acc, id, now), id, now), p);
}

/** Adds a finished attempt answering each question right (true) or wrong (false); `only` for a retry. */
export function attempt(
  p: Progress,
  quizId: string,
  right: Record<string, boolean>,
  finished: number,
  only?: string[],
): Progress {
  const bank = banks[quizId] ?? [];
  let a = createAttempt(
    { id: quizId, version: quizVersion({ questions: bank }), questions: bank },
    { seed: 7, now: finished - 60_000, only },
  );
  for (const [id, ok] of Object.entries(right)) a = give(a, id, ok ? 'right' : 'wrong');
  a = finish(a, bank, 50, finished);
  const started = startAttempt(p, {
    ...a,
    finished: undefined,
    score: undefined,
    percent: undefined,
    passed: undefined,
  } as never);
  return finishAttempt(started, quizId, {
    finished,
    score: a.score ?? 0,
    percent: a.percent ?? 0,
    passed: a.passed ?? false,
  });
}

export { emptyProgress };
