/**
 * Answer keys of the quizzes whose pages hold them back (the final assessment). Their
 * answers and explanations are in no page: a page fetches the key file
 * (`/quizzes/<id>/key.json`, precached by the service worker for offline use, and inside
 * every LMS package) only when it has something to mark, that is a submitted attempt that
 * kept its answers. Until then (and when the key cannot be fetched) such a quiz is left out
 * of the banks that are scored, so nothing is ever marked wrong for want of its key.
 */
import { withKey, type QuizKey } from '../quiz/island';
import { attemptsFor, hasDetail, type Progress } from '../progress/model';
import type { KeyUrls } from '../lib/course/quiz-key';
import { fetchQuizKey } from './quiz-key-fetch';

export type { KeyUrls };

/** Question banks by quiz id (any question shape with an id). */
type Banks<Q> = Record<string, Q[]>;

/** Fetches a key file: the one way the quiz island and every other page fetch it. */
export { fetchQuizKey };

const fetched = new Map<string, Promise<QuizKey>>();

/** A key, fetched once per page for every island that asks (again after a failure). */
export function quizKey(url: string, fetchKey: (url: string) => Promise<QuizKey> = fetchQuizKey): Promise<QuizKey> {
  let key = fetched.get(url);
  if (!key) {
    key = fetchKey(url);
    fetched.set(url, key);
    key.catch(() => fetched.delete(url));
  }
  return key;
}

/** The quizzes in `keys` whose key this progress needs: a submitted attempt that kept its answers. */
export function keysNeeded(p: Progress, keys: KeyUrls): string[] {
  return Object.keys(keys).filter((id) => attemptsFor(p, id).some((a) => a.finished !== undefined && hasDetail(a)));
}

/**
 * The banks that can be scored: every quiz that holds no key back, and those whose key is
 * in `loaded` (put back into their questions). A quiz still waiting for its key is left out.
 */
export function scorableBanks<Q extends { id: string }>(
  banks: Banks<Q>,
  keys: KeyUrls,
  loaded: Readonly<Record<string, QuizKey>>,
): Banks<Q> {
  const out: Banks<Q> = {};
  for (const [id, questions] of Object.entries(banks)) {
    if (!Object.hasOwn(keys, id)) out[id] = questions;
    else if (Object.hasOwn(loaded, id)) out[id] = withKey(questions, loaded[id] as QuizKey);
  }
  return out;
}

/**
 * Fetches the keys of these quizzes (ids not in `keys` are ignored). Resolves to the keys
 * loaded and the quiz ids whose key could not be fetched (offline on a first visit).
 */
export async function loadKeys(
  keys: KeyUrls,
  ids: readonly string[],
  fetchKey?: (url: string) => Promise<QuizKey>,
): Promise<{ loaded: Record<string, QuizKey>; failed: string[] }> {
  const loaded: Record<string, QuizKey> = {};
  const failed: string[] = [];
  await Promise.all(
    ids
      .filter((id) => Object.hasOwn(keys, id))
      .map((id) =>
        quizKey(keys[id] as string, fetchKey).then(
          (key) => void (loaded[id] = key),
          () => void failed.push(id),
        ),
      ),
  );
  return { loaded, failed };
}
