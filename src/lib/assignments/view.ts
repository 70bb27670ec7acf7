/**
 * What the learner's assignment page and the builder show about an assignment: the to-do
 * list, unavailable items, and conversion to and from the learner store's record. Kept
 * apart from assignment-progress.ts so the course page loads only the status logic.
 */
import type { Assignment } from '../../schemas/progress';
import type { AssignmentSpec } from './link';
import type { AssignmentStatus } from './progress';

/** How an unavailable item reads to a person. */
export function describeUnavailable(item: string): string {
  const [kind = '', id = ''] = item.split(':');
  const what = kind === 'module' ? 'Module' : kind === 'lesson' ? 'Lesson' : 'Quiz';
  return `${what} "${id}" is no longer in the course`;
}

/**
 * The assignment as the learner store keeps it. The store refuses `<` and `>` in titles
 * and names; a link may carry them (shown as plain text), so they become look-alike
 * angle quotes.
 */
export function toStoredAssignment(spec: AssignmentSpec, accepted: number): Assignment {
  const safe = (s: string) => s.replace(/</g, '‹').replace(/>/g, '›');
  const a: Assignment = {
    id: spec.id,
    title: safe(spec.title),
    trainer: safe(spec.trainer),
    items: [...spec.items],
    accepted,
  };
  if (spec.due !== undefined) a.due = spec.due;
  if (spec.passMark !== undefined) a.passMark = spec.passMark;
  if (spec.email !== undefined) a.email = spec.email;
  return a;
}

/** The link's view of an accepted assignment (everything but when it was accepted). */
export function fromStoredAssignment(a: Assignment): AssignmentSpec {
  const spec: AssignmentSpec = { id: a.id, title: a.title, trainer: a.trainer, items: [...a.items] };
  if (a.due !== undefined) spec.due = a.due;
  if (a.passMark !== undefined) spec.passMark = a.passMark;
  if (a.email !== undefined) spec.email = a.email;
  return spec;
}

export interface TodoRow {
  key: string;
  title: string;
  url: string;
  /** "lesson, 7 min", or "10 questions, pass mark 80%" ("quiz, …" when the title does not say it is one) */
  meta: string;
  done: boolean;
  /** "Completed", "Not yet", "Passed (best 90%)", "Best 40%, not passed yet" */
  state: string;
  /** The module the row belongs to ("final" for the final assessment), for its icon. */
  module: string;
}

/** The assignment's lessons then quizzes as one list with where the learner stands. */
export function todoRows(s: AssignmentStatus): TodoRow[] {
  const minutes = (m: number) =>
    m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
  return [
    ...s.resolved.lessons.map((l) => {
      const done = s.lessonsDone.has(l.id);
      return {
        key: l.id,
        title: l.title,
        url: l.url,
        meta: `lesson, ${minutes(l.minutes)}`,
        done,
        state: done ? 'Completed' : 'Not yet',
        module: l.id.split('/')[0] ?? '',
      };
    }),
    ...s.quizzes.map((q) => ({
      key: `quiz:${q.quiz.id}`,
      title: q.quiz.title,
      url: q.quiz.url,
      // "…: module quiz" or "Final assessment" already says what it is ("module quiz quiz" did not read well).
      meta: `${/\b(quiz|assessment)\b/i.test(q.quiz.title) ? '' : 'quiz, '}${q.quiz.questions} question${q.quiz.questions === 1 ? '' : 's'}, pass mark ${q.passMark}%`,
      done: q.passed,
      module: q.quiz.module,
      state: q.passed
        ? `Passed (best ${q.best}%)`
        : q.best === undefined
          ? 'Not yet'
          : `Best ${q.best}%, not passed yet`,
    })),
  ];
}
