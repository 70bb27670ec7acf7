/** The quiz core: plain TypeScript shared by the quiz islands, knowledge checks and results pages. */
export type { Answer, Attempt } from './types';
export { parseNumber, readNumber, impliedScale, unitScale, type ParsedNumber } from './parse-number';
export { formatNumber } from './format-number';
export { scoreQuestion, answerFor, isAnswered, type QuestionScore } from './score';
export { scoreAttempt, type AttemptScore } from './score-attempt';
export { mulberry32, shuffle, deriveSeed, newSeed } from './random';
export {
  createAttempt,
  questionOrder,
  optionOrder,
  answer,
  clearAnswer,
  goTo,
  currentQuestionId,
  isFullAttempt,
  unanswered,
  finish,
  missedQuestions,
  timeTaken,
  formatDuration,
  isoDuration,
  type QuizInput,
  type CreateAttemptOptions,
} from './attempt';
export { quizVersion } from './content-version';
export {
  answerLines,
  describeAnswer,
  correctAnswerLines,
  describeCorrectAnswer,
  NO_ANSWER,
  UNREADABLE_ANSWER,
} from './describe-answer';
export {
  RECAP_INTERVALS,
  dueItems,
  recordReview,
  fromAttempts,
  type RecapRef,
  type RecapItem,
  type RecapState,
} from './recap';
