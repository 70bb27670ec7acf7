import type { Question } from '../schemas/question';
import { fnv1a } from './hash';

/**
 * A short fingerprint (8 hex digits) of what a learner sees as the choice and how it is
 * scored: ids, types, prompts, options (ids, text and order), answers, tolerances, units
 * and partial-credit flags. Explanations and lesson links are left out, so improving
 * feedback does not make earlier attempts look like they were taken on another quiz.
 * The quiz id, if given, is not part of it (the version is of the content).
 */
export function quizVersion(quiz: { id?: string | undefined; questions: readonly Question[] }): string {
  const canonical = quiz.questions.map((q) => [
    q.id,
    q.type,
    q.prompt,
    'options' in q ? q.options.map((o) => [o.id, o.text]) : null,
    q.answer,
    q.type === 'numeric' ? [q.tolerance, q.unit ?? null] : null,
    q.type === 'multiple' ? q.partialCredit : null,
  ]);
  return fnv1a(JSON.stringify(canonical)).toString(16).padStart(8, '0');
}
