import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse, type CourseQuiz } from '../../../lib/course/course';
import { holdsKeyBack, keyOf } from '../../../lib/course/quiz-key';

/**
 * The answer key of a quiz whose page holds its answers back (the final assessment): the
 * answers, explanations and scoring rules its page leaves out, fetched by the quiz island
 * when the learner submits (and precached for offline use like every other file).
 */
export const getStaticPaths = (async () => {
  const course = await getCourse();
  return course.quizzes.filter(holdsKeyBack).map((quiz) => ({ params: { quiz: quiz.id }, props: { quiz } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ quiz: CourseQuiz }> = async ({ props }) => {
  const course = await getCourse();
  return new Response(JSON.stringify(keyOf(props.quiz, course.lessons)), {
    headers: { 'content-type': 'application/json' },
  });
};
