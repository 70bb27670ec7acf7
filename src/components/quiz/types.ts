import type { Question } from '../../schemas/question';

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
