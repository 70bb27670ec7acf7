/**
 * An attempt as the results page shows it: every question in the order the learner saw
 * it, with the options in their shown order (so the letters match), the learner's answer,
 * the right answer, the explanation and a link to where the lesson teaches it.
 */
import { optionOrder } from '../../quiz/attempt';
import { answerLines, correctAnswerLines } from '../../quiz/describe-answer';
import { answerFor, scoreQuestion } from '../../quiz/score';
import type { Answer, Attempt } from '../../quiz/types';
import type { Option, Question } from '../../schemas/question';
import type { Outline } from './outline';

export interface ReviewItem {
  /** 1-based, in the order shown. */
  number: number;
  question: Question;
  /** Options in the order the learner saw them ([] for true/false and numbers). */
  shown: Option[];
  /** The learner's answer as saved (undefined when unanswered). */
  value: Answer | undefined;
  /** The learner's answer, one line per chosen option; [] when unanswered. */
  given: string[];
  /** The right answer, one line per option. */
  right: string[];
  result: 'right' | 'partly' | 'wrong' | 'unanswered';
  /** Link to the lesson section that teaches the answer. */
  lessonUrl?: string;
  lessonTitle?: string;
}

export interface Review {
  items: ReviewItem[];
  /** Questions in the attempt that are no longer in the quiz. */
  removed: number;
  /** Whether the quiz's wording changed since the attempt. */
  changed: boolean;
}

export function reviewAttempt(
  attempt: Attempt,
  bank: readonly Question[],
  outline: Outline,
  currentVersion?: string,
): Review {
  const lessons = new Map(outline.modules.flatMap((m) => m.lessons.map((l) => [l.id, l] as const)));
  const byId = new Map(bank.map((q) => [q.id, q]));
  const items: ReviewItem[] = [];
  let removed = 0;
  for (const id of attempt.questions) {
    const question = byId.get(id);
    if (!question) {
      removed++;
      continue;
    }
    const shown = optionOrder(question, attempt.seed);
    const value = answerFor(attempt.answers, id);
    const given = answerLines(question, value, shown);
    const score = scoreQuestion(question, value);
    const item: ReviewItem = {
      number: items.length + 1,
      question,
      shown,
      value,
      given,
      right: correctAnswerLines(question, shown),
      result: given.length === 0 ? 'unanswered' : score.correct ? 'right' : score.points > 0 ? 'partly' : 'wrong',
    };
    const lesson = lessons.get(question.lesson);
    if (lesson) {
      item.lessonUrl = `${lesson.url}#${question.anchor}`;
      item.lessonTitle = lesson.title;
    }
    items.push(item);
  }
  return { items, removed, changed: currentVersion !== undefined && attempt.version !== currentVersion };
}

export { attemptKey } from './list';
