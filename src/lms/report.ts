/**
 * What a package reports to the LMS, derived only from the learner's progress document
 * (lessons completed, quiz attempt records), never from the quiz UI.
 */
import type { Progress } from '../schemas/progress';
import type { StoredAnswer } from '../schemas/progress';
import { scoreQuestion } from '../quiz/score';
import type { Question } from '../schemas/question';
import type { PackageInfo, PackageQuestion } from './package-info';

export interface Report {
  lessonsDone: number;
  lessonsTotal: number;
  /** Every lesson of the package is completed. */
  completed: boolean;
  /** lessonsDone / lessonsTotal, 0–1. */
  progress: number;
  /** Best full (non-practice) finished attempt of the assessment; absent before the first one. */
  score?: { percent: number; passed: boolean };
}

/** The mastery score to judge by: the LMS's when it sets one, else the assessment's pass mark. */
export function masteryPercent(pkg: PackageInfo, fromLms: number | undefined): number {
  if (fromLms !== undefined && Number.isFinite(fromLms) && fromLms >= 0 && fromLms <= 100) return fromLms;
  return pkg.quizzes.find((q) => q.id === pkg.assessment)?.passMark ?? 100;
}

export function buildReport(p: Progress, pkg: PackageInfo, mastery: number): Report {
  const lessonsTotal = pkg.lessons.length;
  const lessonsDone = pkg.lessons.filter((id) => p.l[id]?.c !== undefined).length;
  const report: Report = {
    lessonsDone,
    lessonsTotal,
    completed: lessonsTotal > 0 && lessonsDone === lessonsTotal,
    progress: lessonsTotal === 0 ? 0 : lessonsDone / lessonsTotal,
  };
  const full = (p.q[pkg.assessment]?.h ?? []).filter((a) => a.x !== 1);
  if (full.length > 0) {
    const percent = Math.max(...full.map((a) => a.r[1]));
    report.score = { percent, passed: percent >= mastery };
  }
  return report;
}

/** One answered question of a finished attempt, as every standard reports it. */
export interface AnsweredQuestion {
  quiz: string;
  question: PackageQuestion;
  answer: StoredAnswer;
  correct: boolean;
  /** When the attempt was submitted (seconds since 1970). */
  finished: number;
  /** Identifies the attempt, so it is reported once. */
  attemptKey: string;
}

export const attemptKey = (quiz: string, started: number, finished: number) => `${quiz}@${started}-${finished}`;

/** Keys of every finished attempt of the package's quizzes. */
export function finishedAttemptKeys(p: Progress, pkg: PackageInfo): Set<string> {
  const keys = new Set<string>();
  for (const quiz of pkg.quizzes) for (const a of p.q[quiz.id]?.h ?? []) keys.add(attemptKey(quiz.id, a.t, a.f));
  return keys;
}

/**
 * The answers of finished attempts not in `reported`, oldest attempt first, in the order
 * the learner answered. Questions left unanswered and attempts whose answers were
 * compacted away are skipped: there is no answer to report.
 */
export function newAnswers(p: Progress, pkg: PackageInfo, reported: ReadonlySet<string>): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  const attempts: Array<{ quiz: (typeof pkg.quizzes)[number]; t: number; f: number; a: Record<string, StoredAnswer> }> =
    [];
  for (const quiz of pkg.quizzes) {
    for (const a of p.q[quiz.id]?.h ?? []) {
      if (a.a === undefined || reported.has(attemptKey(quiz.id, a.t, a.f))) continue;
      attempts.push({ quiz, t: a.t, f: a.f, a: a.a });
    }
  }
  attempts.sort((x, y) => x.f - y.f);
  for (const { quiz, t, f, a } of attempts) {
    const bank = new Map(quiz.questions.map((q) => [q.id, q]));
    for (const [id, answer] of Object.entries(a)) {
      const question = bank.get(id);
      if (!question) continue;
      const { correct } = scoreQuestion(question as unknown as Question, answer);
      out.push({ quiz: quiz.id, question, answer, correct, finished: f, attemptKey: attemptKey(quiz.id, t, f) });
    }
  }
  return out;
}

/** The latest assessed attempt of one quiz, as SCORM reports it (one objective and one interaction per question). */
export interface AssessedAttempt {
  quiz: PackageInfo['quizzes'][number];
  percent: number;
  passed: boolean;
  finished: number;
  /** Every question of the bank in the bank's order, with the learner's answer when there is one. */
  questions: Array<{ question: PackageQuestion; answer?: StoredAnswer | undefined; correct: boolean }>;
}

/**
 * For each quiz of the package, its latest assessed (full, not practice) attempt when that
 * attempt is not in `reported`: what an administrator needs, and a record whose size does
 * not grow with every retry. Attempts whose answers were compacted away are skipped.
 */
export function newAssessedAttempts(p: Progress, pkg: PackageInfo, reported: ReadonlySet<string>): AssessedAttempt[] {
  const out: AssessedAttempt[] = [];
  for (const quiz of pkg.quizzes) {
    const full = (p.q[quiz.id]?.h ?? []).filter((a) => a.x !== 1);
    const latest = full.reduce<(typeof full)[number] | undefined>((x, a) => (!x || a.f >= x.f ? a : x), undefined);
    if (!latest || latest.a === undefined || reported.has(attemptKey(quiz.id, latest.t, latest.f))) continue;
    const answers = latest.a;
    out.push({
      quiz,
      percent: latest.r[1],
      passed: latest.r[2] === 1,
      finished: latest.f,
      questions: quiz.questions.map((question) => {
        const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
        const correct = answer !== undefined && scoreQuestion(question as unknown as Question, answer).correct;
        return { question, answer, correct };
      }),
    });
  }
  return out.sort((x, y) => x.finished - y.finished);
}
