/**
 * Build time only: a content question turned into what an island is handed. Kept apart from
 * island.ts (which the quiz page loads) so no page loads the number formatter or the hints.
 */
import type { Question } from '../schemas/question';
import { describeCorrectAnswer } from './describe-answer';
import { hintFor } from './drafts';
import type { IslandQuestion } from './island';

/** A question for an island: without build-only fields, with a link to where it is taught. */
export function toIslandQuestion(
  question: Question,
  lessons: readonly { id: string; url: string; entry: { data: { title: string } } }[],
): IslandQuestion {
  const { sourceQA: _sourceQA, ...rest } = question;
  const lesson = lessons.find((l) => l.id === question.lesson);
  const island: IslandQuestion = {
    ...rest,
    where: {
      href: `${lesson?.url ?? ''}#${question.anchor}`,
      title: lesson?.entry.data.title ?? 'the lesson',
    },
    how: hintFor(question),
  };
  // Number formatting stays at build time: feedback shows this line (QuestionForm).
  if (question.type === 'numeric') island.answerText = describeCorrectAnswer(question);
  return island;
}
