/**
 * Results for a spreadsheet (CSV, one row per finished attempt) or a program (JSON, with
 * every answer as stored), from the learner's progress. Pure: the page turns the text into a file.
 */
import { answerFor, scoreQuestion } from '../../quiz/score';
import type { Answer, Attempt } from '../../quiz/types';
import { hasDetail, type Progress } from '../../progress/model';
import type { CsvCell } from '../csv';
import type { Banks, Outline } from './outline';
import { attemptsByQuiz } from './list';
import { isFullAttempt } from './status';

export { attemptsByQuiz } from './list';

export const CSV_HEADER = [
  'Quiz',
  'Quiz id',
  'Attempt',
  'Kind',
  'Started',
  'Submitted',
  'Time taken (seconds)',
  'Questions',
  'Score',
  'Percent',
  'Pass mark',
  'Passed',
] as const;

const seconds = (a: Attempt) => Math.max(0, Math.round(((a.finished ?? a.started) - a.started) / 1000));
const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

/** Header plus one row per finished attempt. */
export function resultsCsvRows(outline: Outline, p: Progress): CsvCell[][] {
  const rows: CsvCell[][] = [[...CSV_HEADER]];
  for (const { quiz, attempts } of attemptsByQuiz(outline, p)) {
    attempts.forEach((a, i) => {
      rows.push([
        quiz.title,
        quiz.id,
        i + 1,
        isFullAttempt(a, quiz.questions) ? 'Whole quiz' : 'Retry or recap',
        iso(a.started),
        iso(a.finished),
        seconds(a),
        hasDetail(a) ? a.questions.length : null,
        a.score ?? 0,
        a.percent ?? 0,
        quiz.passMark,
        isFullAttempt(a, quiz.questions) ? (a.passed ? 'yes' : 'no') : 'practice',
      ]);
    });
  }
  return rows;
}

export interface ResultsJson {
  course: string;
  exported: string;
  attempts: Array<{
    quiz: string;
    quizTitle: string;
    attempt: number;
    wholeQuiz: boolean;
    started: string;
    submitted: string;
    timeTakenSeconds: number;
    score: number;
    percent: number;
    passMark: number;
    passed: boolean;
    /** Each question: its text, the answer as stored (option ids, true/false or the typed text) and whether it was right. */
    questions: Array<{ id: string; prompt: string; answer: Answer | null; correct: boolean }>;
  }>;
}

/** Every attempt with every answer in words, for a portfolio or another tool. */
export function resultsJson(outline: Outline, p: Progress, banks: Banks, now: number): ResultsJson {
  return {
    course: outline.title,
    exported: new Date(now).toISOString(),
    attempts: attemptsByQuiz(outline, p).flatMap(({ quiz, attempts }) =>
      attempts.map((a, i) => {
        const bank = Object.hasOwn(banks, quiz.id) ? (banks[quiz.id] ?? []) : [];
        return {
          quiz: quiz.id,
          quizTitle: quiz.title,
          attempt: i + 1,
          wholeQuiz: isFullAttempt(a, quiz.questions),
          started: iso(a.started),
          submitted: iso(a.finished),
          timeTakenSeconds: seconds(a),
          score: a.score ?? 0,
          percent: a.percent ?? 0,
          passMark: quiz.passMark,
          passed: a.passed === true,
          questions: a.questions.flatMap((id) => {
            const q = bank.find((x) => x.id === id);
            if (!q) return [];
            const value = answerFor(a.answers, id);
            return [{ id, prompt: q.prompt, answer: value ?? null, correct: scoreQuestion(q, value).correct }];
          }),
        };
      }),
    ),
  };
}

/** `digital-health-skills-results-YYYY-MM-DD.csv` (local date). */
export function resultsFileName(ext: 'csv' | 'json', now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `digital-health-skills-results-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}
