/**
 * Fetches the key file of a quiz whose pages hold its answers back (see quiz-keys.ts). On
 * its own so the quiz page, which needs only this, loads nothing else of the key handling.
 */
import type { QuizKey } from '../quiz/island';

export async function fetchQuizKey(url: string): Promise<QuizKey> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(String(response.status));
  return response.json() as Promise<QuizKey>;
}
