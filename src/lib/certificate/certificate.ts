/**
 * Whether the learner has earned the certificate of completion, and what it may say. A
 * certificate is evidence for appraisal and revalidation, so it states only what happened:
 * the course counts as completed when every lesson is completed and every module quiz and
 * the final assessment are passed with a whole-quiz attempt. Pure.
 */
import { isLessonComplete, type Progress } from '../../progress/model';
import { outlineQuizzes, type Outline, type OutlineLesson, type OutlineQuiz } from '../results/outline';
import { quizStatus } from '../results/status';

export interface Remaining {
  quiz: OutlineQuiz;
  /** Best whole-quiz score so far, if any. */
  best?: number;
}

export interface MissingLesson {
  lesson: OutlineLesson;
  /** The module's title. */
  module: string;
}

export interface CertificateInfo {
  eligible: boolean;
  /** Quizzes still to pass, in course order. */
  remaining: Remaining[];
  /** Lessons not completed yet, in course order. */
  missingLessons: MissingLesson[];
  lessonsDone: number;
  lessonsTotal: number;
  quizzesPassed: number;
  quizzesTotal: number;
  /** When the last lesson was completed or the last required quiz first passed (ms); set when eligible. */
  completedAt?: number;
  /** Reading time (the lessons' own estimates) of the lessons completed, in minutes. */
  minutes: number;
  /** Time recorded in finished quiz attempts, start to submit, in minutes (rounded). */
  quizMinutes: number;
  /** Best score in the final assessment (percent). */
  finalScore?: number;
  /** Quizzes passed, in course order, with the best whole-quiz (assessed) score and when first passed (ms). */
  passed: Array<{ quiz: OutlineQuiz; best: number; passedAt: number }>;
  /** When the first and the last lesson were completed (ms), once one is. */
  firstLesson?: number;
  lastLesson?: number;
  /** Learning objectives covered, by module. */
  objectives: Array<{ module: string; id: string; items: string[] }>;
  name?: string;
}

export function certificateInfo(outline: Outline, p: Progress): CertificateInfo {
  const remaining: Remaining[] = [];
  const missingLessons: MissingLesson[] = [];
  let completedAt = 0;
  let firstLesson = Infinity;
  let lastLesson = 0;
  const passed: CertificateInfo['passed'] = [];
  let minutes = 0;
  let lessonsDone = 0;
  let lessonsTotal = 0;
  for (const m of outline.modules) {
    for (const lesson of m.lessons) {
      lessonsTotal++;
      if (isLessonComplete(p, lesson.id)) {
        lessonsDone++;
        minutes += lesson.minutes;
        const at = (p.l[lesson.id]?.c ?? 0) * 1000;
        completedAt = Math.max(completedAt, at);
        firstLesson = Math.min(firstLesson, at);
        lastLesson = Math.max(lastLesson, at);
      } else missingLessons.push({ lesson, module: m.title });
    }
  }
  const quizzes = outlineQuizzes(outline);
  let quizSeconds = 0;
  for (const quiz of quizzes) {
    const s = quizStatus(p, quiz);
    for (const a of s.attempts) quizSeconds += Math.max(0, ((a.finished ?? a.started) - a.started) / 1000);
    if (s.passed) {
      completedAt = Math.max(completedAt, s.passedAt ?? 0);
      passed.push({ quiz, best: s.best?.percent ?? 0, passedAt: s.passedAt ?? 0 });
    } else {
      const r: Remaining = { quiz };
      if (s.best?.percent !== undefined) r.best = s.best.percent;
      remaining.push(r);
    }
  }
  const info: CertificateInfo = {
    eligible: remaining.length === 0 && missingLessons.length === 0,
    remaining,
    missingLessons,
    lessonsDone,
    lessonsTotal,
    quizzesPassed: quizzes.length - remaining.length,
    quizzesTotal: quizzes.length,
    minutes,
    quizMinutes: Math.round(quizSeconds / 60),
    objectives: outline.modules.map((m) => ({ module: m.title, id: m.id, items: m.objectives })),
    passed,
  };
  if (lessonsDone > 0) {
    info.firstLesson = firstLesson;
    info.lastLesson = lastLesson;
  }
  if (info.eligible) info.completedAt = completedAt;
  const final = outline.final && quizStatus(p, outline.final).best?.percent;
  if (final !== undefined) info.finalScore = final;
  if (p.n) info.name = p.n;
  return info;
}
