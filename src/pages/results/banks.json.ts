import type { APIRoute } from 'astro';
import { getCourse } from '../../lib/course/course';
import { fullBanks } from '../../lib/results/outline';
import { heldBackBanks } from '../../lib/course/quiz-key';

/**
 * Every quiz's questions, with the final assessment's answers and explanations left out (its
 * key file has them): what My results needs to make its JSON export. Fetched on the first
 * export rather than written into the page, so the page is a sixth of the size; precached for
 * offline use like every other file.
 */
export const GET: APIRoute = async () => {
  const course = await getCourse();
  return new Response(JSON.stringify(heldBackBanks(course, fullBanks(course)).banks), {
    headers: { 'content-type': 'application/json' },
  });
};
