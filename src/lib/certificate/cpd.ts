/**
 * "CPD evidence": a plain-text record of self-paced study for a professional portfolio —
 * lessons completed with dates and minutes, their objectives, quiz results and the
 * learner's own reflection. It says plainly that it is not an accredited CPD credit.
 */
import type { Progress } from '../../progress/model';
import { outlineQuizzes, type Outline } from '../results/outline';
import { quizStatus } from '../results/status';
import type { Edition } from '../../data/edition';

export const NOT_ACCREDITED =
  'This records self-paced study. It is not an accredited CPD credit and was not assessed by a professional body.';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface CpdOptions {
  /** What the learner wrote about what they learnt and how they will use it. */
  reflection?: string;
  now: number;
  /** Address of the course, to show where the study was done. */
  courseUrl?: string | undefined;
  /** The course edition and the day its law was last checked, so the record says which version was studied. */
  edition?: Edition | undefined;
}

/** The evidence as plain text (UTF-8, LF line ends), every date as YYYY-MM-DD. */
export function cpdEvidence(
  outline: Outline,
  p: Progress,
  { reflection = '', now, courseUrl, edition }: CpdOptions,
): string {
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  push(`CPD evidence: ${outline.title}`, '');
  if (p.n) push(`Learner: ${p.n}`);
  push(`Produced: ${day(now)}`);
  if (courseUrl) push(`Course: ${courseUrl}`);
  if (edition) push(`Course edition: ${edition.edition}, law checked ${edition.lawChecked}`);
  push(NOT_ACCREDITED, '');

  let minutes = 0;
  let count = 0;
  const done: string[] = [];
  for (const m of outline.modules) {
    for (const l of m.lessons) {
      const c = Object.hasOwn(p.l, l.id) ? p.l[l.id]?.c : undefined;
      if (c === undefined) continue;
      count++;
      minutes += l.minutes;
      done.push(`- ${day(c * 1000)}  ${m.title}: ${l.title} (${l.minutes} min)`);
      for (const o of l.objectives ?? []) done.push(`    * ${o}`);
    }
  }
  push(`Lessons completed: ${count} of ${outline.modules.reduce((s, m) => s + m.lessons.length, 0)}`);
  push(`Study time (reading time of the lessons completed): ${minutes} minutes`, '');
  if (done.length) push('Lessons completed, with their learning objectives:', ...done, '');

  push('Quiz results:');
  for (const quiz of outlineQuizzes(outline)) {
    const s = quizStatus(p, quiz);
    if (s.attempts.length === 0) {
      push(`- ${quiz.title}: not taken`);
      continue;
    }
    const best = s.best ? `best ${s.best.percent ?? 0}%` : 'practice only';
    const result = s.passed ? `passed on ${day(s.passedAt ?? 0)}` : `not passed yet (pass mark ${quiz.passMark}%)`;
    push(`- ${quiz.title}: ${best}, ${result}, ${s.attempts.length} attempt(s)`);
  }
  push('', 'Reflection:', reflection.trim() || '(none written)', '');
  return lines.join('\n');
}

/** `digital-health-skills-cpd-evidence-YYYY-MM-DD.txt` (local date). */
export function cpdFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `digital-health-skills-cpd-evidence-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.txt`;
}
