/**
 * Builds a learner's result file for an accepted assignment from their progress, and the
 * plain-text summary they can paste into an email.
 */
import type { Assignment, Progress } from '../../schemas/progress';
import { bestAttempt, hasDetail } from '../../progress/model';
import { answerFor, scoreQuestion } from '../../quiz/score';
import { formatDate } from '../format';
import type { CourseOutline, ScoringBank } from './outline';
import { assignmentStatus, localDate } from './progress';
import type { ResultFile, ResultQuiz } from './result-file';
import { RESULT_FORMAT, RESULT_VERSION } from './result-file-format';

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface BuildInput {
  progress: Progress;
  assignment: Assignment;
  outline: CourseOutline;
  bank: ScoringBank;
  learner: string;
  now: number;
}

export function buildResultFile({ progress, assignment, outline, bank, learner, now }: BuildInput): ResultFile {
  const status = assignmentStatus(progress, assignment, outline, localDate(new Date(now)));
  const spec: ResultFile['assignment'] = {
    id: assignment.id,
    title: assignment.title,
    trainer: assignment.trainer,
    items: [...assignment.items],
  };
  if (assignment.due !== undefined) spec.due = assignment.due;
  if (assignment.passMark !== undefined) spec.passMark = assignment.passMark;
  const quizzes = status.quizzes.map((s): ResultQuiz => {
    const out: ResultQuiz = { id: s.quiz.id, attempts: s.attempts, passMark: s.passMark };
    const history = progress.q[s.quiz.id]?.h ?? [];
    const last = history.reduce<(typeof history)[number] | undefined>((x, r) => (!x || r.f >= x.f ? r : x), undefined);
    const best = bestAttempt(progress, s.quiz.id);
    if (best && best.finished !== undefined) {
      out.version = best.version;
      out.best = { percent: best.percent ?? 0, score: best.score ?? 0, date: iso(best.finished) };
      const questions = bank[s.quiz.id];
      if (questions && hasDetail(best)) {
        const byId = new Map(questions.map((q) => [q.id, q]));
        const right: string[] = [];
        const wrong: string[] = [];
        for (const id of new Set(best.questions)) {
          const q = byId.get(id);
          if (!q) continue;
          (scoreQuestion(q, answerFor(best.answers, id)).correct ? right : wrong).push(id);
        }
        out.right = right;
        out.wrong = wrong;
      }
    }
    if (last) out.latest = { percent: last.r[1], score: last.r[0], date: iso(last.f * 1000) };
    if (s.passedAt !== undefined) out.passedAt = iso(s.passedAt);
    return out;
  });
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    learner,
    saved: iso(now),
    content: outline.version,
    assignment: spec,
    lessons: [...status.lessonsDone].map(([id, at]) => ({ id, completed: iso(at) })),
    quizzes,
  };
}

function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'learner'
  );
}

/** `results-<assignment>-<learner>-YYYY-MM-DD.json` */
export function resultFileName(file: ResultFile): string {
  return `results-${slugify(file.assignment.title)}-${slugify(file.learner)}-${file.saved.slice(0, 10)}.json`;
}

/** A summary to paste into an email to the trainer. Plain text, no markup. */
export function resultSummaryText(
  file: ResultFile,
  outline: CourseOutline,
  { attached = true, code }: { attached?: boolean; code?: string } = {},
): string {
  const lessons = new Map(outline.modules.flatMap((m) => m.lessons).map((l) => [l.id, l.title]));
  const quizzes = new Map(outline.quizzes.map((q) => [q.id, q.title]));
  const lines = [
    `Results for "${file.assignment.title}" (set by ${file.assignment.trainer})`,
    `Learner: ${file.learner}`,
    `Saved: ${formatDate(file.saved)}`,
  ];
  if (file.assignment.due) lines.push(`Due: ${formatDate(file.assignment.due)}`);
  lines.push('', `Lessons completed: ${file.lessons.length}`);
  for (const l of file.lessons) lines.push(`- ${lessons.get(l.id) ?? l.id} (${formatDate(l.completed)})`);
  lines.push('', 'Quizzes:');
  for (const q of file.quizzes) {
    const title = quizzes.get(q.id) ?? q.id;
    if (!q.best) lines.push(`- ${title}: not attempted yet`);
    else {
      const passed = q.passedAt ? 'passed' : `not passed yet (pass mark ${q.passMark}%)`;
      const latest = q.latest ? `, latest ${q.latest.percent}%` : '';
      lines.push(
        `- ${title}: best ${q.best.percent}%${latest}, ${q.attempts === 1 ? '1 attempt' : `${q.attempts} attempts`}, ${passed}`,
      );
    }
  }
  lines.push(
    '',
    attached
      ? 'The result file is attached. Results are self-reported from my browser.'
      : 'Results are self-reported from my browser.',
  );
  if (code) lines.push('', 'Result code (paste it into the cohort report):', code);
  return lines.join('\n');
}

/**
 * A `mailto:` link that opens the learner's email app with a subject and body filled in
 * (RFC 6068: every reserved character percent-encoded, line breaks as CRLF). The recipient
 * is the trainer's address when the assignment link carried one; otherwise the learner
 * picks it.
 */
export function mailtoLink(subject: string, body: string, to = ''): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  // RFC 6068 keeps "@" as it is in the address; everything else reserved is encoded.
  return `mailto:${enc(to).replace(/%40/g, '@')}?subject=${enc(subject)}&body=${enc(body)}`;
}
