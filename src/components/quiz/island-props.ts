/**
 * Build-time helpers (used by .astro files only): the data an island needs and nothing
 * more, so content schemas and explanations for other pages never reach the browser.
 */
import type { Question } from '../../schemas/question';
import type { IslandQuestion } from './types';

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
  };
}
