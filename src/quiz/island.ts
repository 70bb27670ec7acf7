/**
 * What the quiz islands are handed as props at build time (the one way build data reaches
 * the browser), and the callbacks of the question components. Content schemas never reach
 * the browser: a page turns each question into an `IslandQuestion` with `toIslandQuestion`
 * (island-build.ts, build time only).
 */
import type { Option, Question } from '../schemas/question';
import type { Answer } from './types';

/** Where a question's answer is taught: a link to the lesson heading. */
export interface Where {
  /** Lesson URL with the heading anchor (base-path aware). */
  href: string;
  /** Lesson title, for the link text. */
  title: string;
}

/**
 * A question as an island needs it: the quiz data, where it is taught, and the line telling
 * the learner how to answer (`hintFor`, worked out at build time so no page ships its texts).
 */
export type IslandQuestion = Question & {
  where: Where;
  how: string;
  /** A numeric question's right answer in words ("60 million images (± 5)"), worked out at build time. */
  answerText?: string;
};

/** Everything the quiz island needs, passed from the page (no content schemas in the browser). */
export interface QuizIslandProps {
  /** Quiz id (the file name in `quizzes/` without its number). */
  quizId: string;
  /** Content version of the quiz bank, stored with each attempt. */
  version: string;
  /** Percentage needed to pass. */
  passMark: number;
  /** practice: feedback after each answer; assessment: feedback at the end. */
  mode: 'practice' | 'assessment';
  questions: IslandQuestion[];
  /**
   * Where the answer key is fetched from, for a quiz whose page holds its answers back (the
   * final assessment: see `holdBack`). Absent: the questions carry their answers.
   */
  keyUrl?: string;
}

/** What a question's key holds: what `holdBack` takes out of the page. */
export type KeyEntry = Pick<IslandQuestion, 'answer' | 'explanation' | 'answerText'> & {
  partialCredit?: boolean;
  tolerance?: number;
};

/**
 * The answer key of a quiz whose page holds its answers back, a JSON file of its own
 * (src/pages/quizzes/[quiz]/key.json.ts) fetched when the learner submits.
 */
export interface QuizKey {
  /** Content version of the bank it belongs to. */
  version: string;
  /** By question id. */
  questions: Record<string, KeyEntry>;
}

/**
 * A question without what gives it away: its answer, the explanation and how it is scored.
 * The rest (prompt, options, where it is taught) is what the learner sees while answering.
 * Typed as the question it was (an island's or a bank's) so pages can carry it; it is never
 * scored before `withKey`.
 */
export function holdBack<T extends object>(question: T): T {
  const out = { ...question } as Record<string, unknown>;
  for (const field of ['answer', 'explanation', 'partialCredit', 'tolerance', 'answerText']) delete out[field];
  return out as T;
}

/** The key entry of a question (what `holdBack` leaves out). */
export function keyEntry(question: IslandQuestion): KeyEntry {
  const entry: KeyEntry = { answer: question.answer, explanation: question.explanation };
  if (question.type === 'multiple') entry.partialCredit = question.partialCredit;
  if (question.type === 'numeric') entry.tolerance = question.tolerance;
  if (question.answerText !== undefined) entry.answerText = question.answerText;
  return entry;
}

/** The questions with their key put back; a question the key does not name stays as it is. */
export function withKey<T extends { id: string }>(questions: readonly T[], key: QuizKey): T[] {
  return questions.map((q) => (Object.hasOwn(key.questions, q.id) ? { ...q, ...key.questions[q.id] } : q));
}

/** One question of a knowledge check, as the lesson page hands it to the island. */
export interface KnowledgeCheckItem {
  /** `quiz-id:question-id`, the key its answer is saved under. */
  ref: string;
  /** Prefix for element ids, from the ref. */
  key: string;
  question: IslandQuestion;
  /** Options in the order shown (fixed, so the same on every visit). */
  shown: Option[];
  /** The right answer, one line per option, worked out at build time. */
  correct: string[];
}

/** Everything a knowledge check island needs. */
export interface KnowledgeCheckProps {
  /** `module/lesson`, the lesson its answers are kept with. */
  lesson: string;
  checks: KnowledgeCheckItem[];
}

/** Callbacks the question components take (declared here, where lint reads parameter names in types). */
export type OnAnswer = (value: Answer) => void;
export type OnSubmit = (event: SubmitEvent) => void;
/** A list of ids: a new order of options, or the questions to retry. */
export type OnOrder = (ids: string[]) => void;
