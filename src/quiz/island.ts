/**
 * What the quiz islands are handed as props at build time (the one way build data reaches
 * the browser), and the callbacks of the question components. Content schemas never reach
 * the browser: a page turns each question into an `IslandQuestion` with `toIslandQuestion`.
 */
import type { Option, Question } from '../schemas/question';
import { hintFor } from './drafts';
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
export type IslandQuestion = Question & { where: Where; how: string };

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

/** A question for an island: without build-only fields, with a link to where it is taught. */
export function toIslandQuestion(
  question: Question,
  lessons: readonly { id: string; url: string; entry: { data: { title: string } } }[],
): IslandQuestion {
  const { sourceQA: _sourceQA, ...rest } = question;
  const lesson = lessons.find((l) => l.id === question.lesson);
  return {
    ...rest,
    where: {
      href: `${lesson?.url ?? ''}#${question.anchor}`,
      title: lesson?.entry.data.title ?? 'the lesson',
    },
    how: hintFor(question),
  };
}
