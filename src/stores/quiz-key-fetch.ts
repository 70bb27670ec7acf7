/**
 * Fetches a JSON file the build wrote beside the pages: the key file of a quiz whose pages
 * hold its answers back (see quiz-keys.ts), or the question banks (results/banks.json) that My
 * results exports and the home page counts recap from. On its
 * own so the quiz page, which needs only this, loads nothing else of the key handling.
 */
import type { QuizKey } from '../quiz/island';

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(String(response.status));
  return response.json() as Promise<T>;
}

export const fetchQuizKey = (url: string): Promise<QuizKey> => fetchJson<QuizKey>(url);
