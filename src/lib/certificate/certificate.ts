/**
 * Whether the learner has earned the certificate of completion (every module quiz and the
 * final assessment passed with a whole-quiz attempt), and what it shows. Pure.
 */
import type { Progress } from '../../stores/progress-model';
import { outlineQuizzes, type Outline, type OutlineQuiz } from '../results/outline';
import { quizStatus } from '../results/status';

export interface Remaining {
  quiz: OutlineQuiz;
  /** Best whole-quiz score so far, if any. */
  best?: number;
}

export interface CertificateInfo {
  eligible: boolean;
  /** Quizzes still to pass, in course order. */
  remaining: Remaining[];
  /** When the last required quiz was first passed (ms); set when eligible. */
  completedAt?: number;
  /** Total study time: the sum of every lesson's minutes. */
  minutes: number;
  /** Best score in the final assessment (percent). */
  finalScore?: number;
  /** Learning objectives covered, by module. */
  objectives: Array<{ module: string; id: string; items: string[] }>;
  name?: string;
}

export function certificateInfo(outline: Outline, p: Progress): CertificateInfo {
  const remaining: Remaining[] = [];
  let completedAt = 0;
  for (const quiz of outlineQuizzes(outline)) {
    const s = quizStatus(p, quiz);
    if (s.passed) completedAt = Math.max(completedAt, s.passedAt ?? 0);
    else {
      const r: Remaining = { quiz };
      if (s.best?.percent !== undefined) r.best = s.best.percent;
      remaining.push(r);
    }
  }
  const info: CertificateInfo = {
    eligible: remaining.length === 0,
    remaining,
    minutes: outline.minutes,
    objectives: outline.modules.map((m) => ({ module: m.title, id: m.id, items: m.objectives })),
  };
  if (info.eligible) info.completedAt = completedAt;
  const final = outline.final && quizStatus(p, outline.final).best?.percent;
  if (final !== undefined) info.finalScore = final;
  if (p.n) info.name = p.n;
  return info;
}
