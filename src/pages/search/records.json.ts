import type { APIRoute } from 'astro';
import { getCourse } from '../../lib/course/course';
import { holdsKeyBack } from '../../lib/course/quiz-key';
import { explanationRecords, glossaryRecords } from '../../lib/search/records';

// Read by scripts/postbuild.mjs, which adds these records to the search index and then
// deletes the file: it exists only during the build.
export const GET: APIRoute = async () => {
  const course = await getCourse();
  const lessons = course.modules.flatMap((m) =>
    m.lessons.map((l) => ({
      id: l.id,
      title: l.entry.data.title,
      module: `Module ${m.entry.data.order}: ${m.entry.data.title}`,
      body: l.entry.body ?? '',
    })),
  );
  // Not the final assessment's: its explanations stay out of every page until it is submitted.
  const questions = course.quizzes.filter((q) => !holdsKeyBack(q)).flatMap((q) => q.entry.data.questions);
  const terms = course.glossary.map((g) => ({ id: g.id, ...g.data }));
  return new Response(JSON.stringify([...explanationRecords(lessons, questions), ...glossaryRecords(terms)]), {
    headers: { 'content-type': 'application/json' },
  });
};
