/**
 * Where a learner is in the course, from their progress document and the course outline:
 * lessons done, quiz best scores and passes, what to do next, time left and questions due
 * for recap. Pure functions, shared by the home, module, lesson, results and certificate
 * pages.
 */
import { dueItems, fromAttempts, type RecapItem } from '../quiz/recap';
import { answerFor, scoreQuestion } from '../quiz/score';
import type { Attempt } from '../quiz/types';
import { attemptsFor, currentAttempt, hasDetail, type Progress } from '../stores/progress-model';
import {
  outlineQuizzes,
  type Banks,
  type Outline,
  type OutlineLesson,
  type OutlineModule,
  type OutlineQuiz,
} from './results-course';

/**
 * Whether an attempt covered the whole quiz. A retry of missed questions or a recap
 * session holds only some questions, so it neither passes a quiz nor counts as its best
 * score. An attempt compacted to a summary (no answers kept) is taken as a full one.
 */
export function isFullAttempt(a: Attempt, questionCount: number): boolean {
  return !hasDetail(a) || new Set(a.questions).size >= questionCount;
}

export interface QuizStatus {
  quiz: OutlineQuiz;
  /** Finished attempts, oldest first (retries included). */
  attempts: Attempt[];
  /** The best full attempt (highest percent, then score, then the later one). */
  best?: Attempt;
  passed: boolean;
  /** When a full attempt first passed (ms). */
  passedAt?: number;
  /** An attempt in progress. */
  inProgress: boolean;
}

export function quizStatus(p: Progress, quiz: OutlineQuiz): QuizStatus {
  const attempts = attemptsFor(p, quiz.id);
  const full = attempts.filter((a) => isFullAttempt(a, quiz.questions));
  let best: Attempt | undefined;
  for (const a of full) {
    if (!best || better(a, best)) best = a;
  }
  const firstPass = full.find((a) => a.passed);
  const status: QuizStatus = {
    quiz,
    attempts,
    passed: firstPass !== undefined,
    inProgress: currentAttempt(p, quiz.id) !== undefined,
  };
  if (best) status.best = best;
  if (firstPass?.finished !== undefined) status.passedAt = firstPass.finished;
  return status;
}

function better(a: Attempt, b: Attempt): boolean {
  const [pa, pb] = [a.percent ?? 0, b.percent ?? 0];
  if (pa !== pb) return pa > pb;
  const [sa, sb] = [a.score ?? 0, b.score ?? 0];
  if (sa !== sb) return sa > sb;
  return (a.finished ?? 0) > (b.finished ?? 0);
}

export interface ModuleStatus {
  module: OutlineModule;
  /** Ids of the module's completed lessons. */
  completed: string[];
  /** Minutes of reading left in the module. */
  minutesLeft: number;
  quiz: QuizStatus;
}

/** What the "Continue" button leads to. */
export interface NextStep {
  /** start: nothing done yet; lesson or quiz: the next unfinished one; done: everything passed. */
  kind: 'start' | 'lesson' | 'quiz' | 'done';
  title: string;
  url: string;
}

export interface Dashboard {
  modules: ModuleStatus[];
  final?: QuizStatus;
  next: NextStep;
  lessonsDone: number;
  lessonsTotal: number;
  /** Minutes of reading in lessons not yet completed. */
  minutesLeft: number;
  /** Whether the learner has done anything at all. */
  started: boolean;
}

type Step =
  | { kind: 'lesson'; lesson: OutlineLesson; done: boolean; at: number }
  | { kind: 'quiz'; quiz: OutlineQuiz; done: boolean; at: number };

export function isLessonComplete(p: Progress, id: string): boolean {
  return Object.hasOwn(p.l, id) && p.l[id]?.c !== undefined;
}

function lastActivity(p: Progress, lessonId: string): number {
  const rec = Object.hasOwn(p.l, lessonId) ? p.l[lessonId] : undefined;
  return rec ? Math.max(rec.o, rec.c ?? 0) * 1000 : 0;
}

function quizActivity(status: QuizStatus, p: Progress): number {
  const last = status.attempts.at(-1)?.finished ?? 0;
  return Math.max(last, currentAttempt(p, status.quiz.id)?.started ?? 0);
}

/** The whole picture for the home page. */
export function dashboard(outline: Outline, p: Progress): Dashboard {
  const modules: ModuleStatus[] = outline.modules.map((m) => {
    const completed = m.lessons.filter((l) => isLessonComplete(p, l.id)).map((l) => l.id);
    const minutesLeft = m.lessons.filter((l) => !completed.includes(l.id)).reduce((s, l) => s + l.minutes, 0);
    return { module: m, completed, minutesLeft, quiz: quizStatus(p, m.quiz) };
  });
  const final = outline.final && quizStatus(p, outline.final);
  const steps: Step[] = [];
  for (const m of modules) {
    for (const lesson of m.module.lessons) {
      steps.push({ kind: 'lesson', lesson, done: m.completed.includes(lesson.id), at: lastActivity(p, lesson.id) });
    }
    steps.push({ kind: 'quiz', quiz: m.quiz.quiz, done: m.quiz.passed, at: quizActivity(m.quiz, p) });
  }
  if (final) steps.push({ kind: 'quiz', quiz: final.quiz, done: final.passed, at: quizActivity(final, p) });

  const lessonsTotal = outline.modules.reduce((s, m) => s + m.lessons.length, 0);
  const lessonsDone = modules.reduce((s, m) => s + m.completed.length, 0);
  const started = steps.some((s) => s.at > 0);
  const first = outline.modules[0]?.lessons[0];
  let next: NextStep;
  if (!started) {
    next = { kind: 'start', title: first?.title ?? outline.title, url: first?.url ?? '' };
  } else {
    // Carry on from the most recent activity; a learner who skipped ahead is not sent back
    // to the start, but anything left behind comes up once the rest is done.
    let anchor = 0;
    steps.forEach((s, i) => {
      if (s.at > (steps[anchor]?.at ?? 0)) anchor = i;
    });
    const step = steps.slice(anchor).find((s) => !s.done) ?? steps.find((s) => !s.done);
    if (!step) next = { kind: 'done', title: 'Certificate of completion', url: '' };
    else if (step.kind === 'lesson') next = { kind: 'lesson', title: step.lesson.title, url: step.lesson.url };
    else next = { kind: 'quiz', title: step.quiz.title, url: step.quiz.url };
  }
  const result: Dashboard = {
    modules,
    next,
    lessonsDone,
    lessonsTotal,
    minutesLeft: modules.reduce((s, m) => s + m.minutesLeft, 0),
    started,
  };
  if (final) result.final = final;
  return result;
}

/** Every finished attempt in the document, any quiz. */
export function allAttempts(p: Progress): Attempt[] {
  return Object.keys(p.q).flatMap((id) => attemptsFor(p, id));
}

/** Questions due for recap at `now` (today or overdue), most overdue first. */
export function recapDue(p: Progress, banks: Banks, now: number): RecapItem[] {
  return dueItems(fromAttempts(allAttempts(p), banks), now);
}

/** Questions due for recap, by quiz id in course order, with question ids in due order. */
export function recapByQuiz(outline: Outline, due: readonly RecapItem[]): Array<{ quiz: OutlineQuiz; ids: string[] }> {
  return outlineQuizzes(outline)
    .map((quiz) => ({ quiz, ids: due.filter((d) => d.quiz === quiz.id).map((d) => d.question) }))
    .filter((g) => g.ids.length > 0);
}

export interface MissedQuestion {
  quiz: string;
  question: string;
  /** When it was last answered, wrongly (ms). */
  at: number;
}

/**
 * Questions whose latest answer (in any finished attempt that kept its answers) was not
 * fully right, by quiz in course order, questions in bank order. A question answered right
 * later, in a retry or a recap, drops off.
 */
export function recentlyMissed(
  outline: Outline,
  p: Progress,
  banks: Banks,
): Array<{ quiz: OutlineQuiz; missed: MissedQuestion[] }> {
  return outlineQuizzes(outline)
    .map((quiz) => {
      const bank = Object.hasOwn(banks, quiz.id) ? (banks[quiz.id] ?? []) : [];
      const last = new Map<string, { correct: boolean; at: number }>();
      const attempts = attemptsFor(p, quiz.id)
        .filter(hasDetail)
        .sort((a, b) => (a.finished ?? 0) - (b.finished ?? 0));
      for (const a of attempts) {
        for (const id of a.questions) {
          const q = bank.find((x) => x.id === id);
          if (q) last.set(id, { correct: scoreQuestion(q, answerFor(a.answers, id)).correct, at: a.finished ?? 0 });
        }
      }
      const missed = bank.flatMap((q) => {
        const r = last.get(q.id);
        return r && !r.correct ? [{ quiz: quiz.id, question: q.id, at: r.at }] : [];
      });
      return { quiz, missed };
    })
    .filter((g) => g.missed.length > 0);
}

/**
 * Link to a quiz that starts a session of only these questions. The quiz island reads the
 * fragment (`#retry=` for "Practise these now", `#recap=` for questions due for recap); the
 * fragment never reaches a server.
 */
export function practiseUrl(quiz: OutlineQuiz, ids: readonly string[], kind: 'retry' | 'recap' = 'retry'): string {
  return `${quiz.url}#${kind}=${ids.map(encodeURIComponent).join(',')}`;
}
