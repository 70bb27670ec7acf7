/**
 * A finished attempt: score, pass or fail, time taken, then every question with the
 * learner's answer, the right answer, why, and where it is taught.
 */
import { answerLines, correctAnswerLines } from '../../quiz/describe-answer';
import {
  formatDuration,
  isoDuration,
  missedQuestions,
  optionOrder,
  questionOrder,
  timeTaken,
} from '../../quiz/attempt';
import { answerFor, scoreQuestion } from '../../quiz/score';
import type { Attempt } from '../../quiz/types';
import { h } from './dom';
import type { IslandQuestion } from './types';

export interface ResultsOptions {
  /** Prefix for element ids; the heading is `${id}-title`. */
  id: string;
  attempt: Attempt;
  questions: IslandQuestion[];
  passMark: number;
  onretry: (ids: string[]) => void;
  onrestart: () => void;
}

export function results(o: ResultsOptions): HTMLElement {
  const { id, attempt, questions, passMark } = o;
  const list = questionOrder(attempt, questions) as IslandQuestion[];
  const missed = missedQuestions(attempt, questions);
  const right = list.length - missed.length;
  const ms = timeTaken(attempt);
  const partial = list.length > 0 && list.length < questions.length;
  const percent = attempt.percent ?? 0;

  const item = (q: IslandQuestion, i: number) => {
    const given = answerFor(attempt.answers, q.id);
    const shown = optionOrder(q, attempt.seed);
    const result = scoreQuestion(q, given);
    const yours = answerLines(q, given, shown);
    return h(
      'li',
      { class: result.correct ? 'right' : 'wrong' },
      h('p', { class: 'prompt' }, h('span', { class: 'visually-hidden' }, `Question ${i + 1}: `), q.prompt),
      h(
        'p',
        { class: 'verdict' },
        result.correct ? 'Right' : yours.length === 0 ? 'Not answered' : result.points > 0 ? 'Partly right' : 'Wrong',
      ),
      h(
        'dl',
        {},
        h('dt', {}, 'Your answer'),
        yours.length === 0 && h('dd', {}, 'No answer'),
        yours.map((line) => h('dd', {}, line)),
        h('dt', {}, 'Right answer'),
        correctAnswerLines(q, shown).map((line) => h('dd', {}, line)),
      ),
      h('p', {}, q.explanation),
      h('p', {}, h('a', { href: q.where.href }, `Where this is taught: ${q.where.title}`)),
    );
  };

  return h(
    'section',
    { class: 'results', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title`, tabindex: '-1' }, 'Your result'),
    h(
      'div',
      { class: `summary ${(partial ? missed.length === 0 : attempt.passed) ? 'passed' : 'failed'}` },
      h(
        'p',
        { class: 'score' },
        list.length > 0 ? `You got ${right} of ${list.length} right (${percent}%).` : `You scored ${percent}%.`,
      ),
      // Practice on some of the questions (a retry, a recap) never passes the quiz nor sets
      // its best score (see isFullAttempt in src/lib/results-status.ts), so it says so
      // rather than "Passed".
      h(
        'p',
        { class: 'verdict' },
        partial
          ? `Practice: this covered ${list.length} of the quiz's ${questions.length} questions, so it does not change your quiz result or best score.`
          : attempt.passed
            ? `Passed: the pass mark is ${passMark}%.`
            : `Not passed yet: the pass mark is ${passMark}%.`,
      ),
      h('p', {}, 'Time taken: ', h('time', { datetime: isoDuration(ms) }, formatDuration(ms))),
    ),
    h(
      'div',
      { class: 'actions' },
      missed.length > 0 &&
        h(
          'button',
          { type: 'button', class: 'primary', id: `${id}-retry`, onclick: () => o.onretry(missed) },
          `Retry the ones I missed (${missed.length})`,
        ),
      h(
        'button',
        {
          type: 'button',
          class: missed.length === 0 ? 'primary' : undefined,
          id: `${id}-restart`,
          onclick: o.onrestart,
        },
        'Take the whole quiz again',
      ),
    ),
    list.length > 0
      ? [h('h3', {}, 'Question by question'), h('ol', { class: 'review' }, list.map(item))]
      : h('p', {}, 'The answers of this older attempt are no longer kept in this browser; only its score is.'),
  );
}
