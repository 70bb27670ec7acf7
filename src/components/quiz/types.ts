import type { Snippet } from 'svelte';
import type { Answer } from '../../quiz/types';
import type { Option, Question } from '../../schemas/question';

/** Where a question's answer is taught: a link to the lesson heading. */
export interface Where {
  /** Lesson URL with the heading anchor (base-path aware). */
  href: string;
  /** Lesson title, for the link text. */
  title: string;
}

/** A question as an island needs it: the quiz data plus where it is taught. */
export type IslandQuestion = Question & { where: Where };

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

/**
 * Course figures for the questions that show one (`figure` in the bank), drawn by the page at
 * build time and handed to the island as Astro named slots `figure-<id>`: the island ships no
 * drawing code and no figure data, only a reference to HTML already in the page.
 */
export type FigureSlots = {
  [slot: `figure-${string}`]: Snippet | undefined;
  /** Astro passes the slotted figures as children too; the islands do not render them. */
  children?: Snippet | undefined;
};
