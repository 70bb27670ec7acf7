/**
 * The question banks of a results page, with the keys the final assessment holds back
 * fetched when the page needs them (see quiz-keys.ts), as a Svelte 5 runes class: `banks`
 * is what can be scored now, and `status` says, quiz by quiz, whether its questions can
 * be marked, are waiting for their key, or cannot be (the key could not be fetched).
 */
import type { QuizKey } from '../quiz/island';
import { loadKeys, scorableBanks, type KeyUrls } from './quiz-keys';

export type KeyStatus = 'ready' | 'loading' | 'failed';

export class HeldKeys<Q extends { id: string }> {
  readonly keys: KeyUrls;
  readonly #all: Record<string, Q[]>;
  readonly #fetchKey: ((url: string) => Promise<QuizKey>) | undefined;
  #loaded = $state.raw<Record<string, QuizKey>>({});
  #failed = $state.raw<readonly string[]>([]);

  /** The banks that can be scored now: a quiz that holds its key back joins once the key is in. */
  banks = $derived.by(() => scorableBanks(this.#all, this.keys, this.#loaded));

  constructor(banks: Record<string, Q[]>, keys: KeyUrls = {}, fetchKey?: (url: string) => Promise<QuizKey>) {
    this.#all = banks;
    this.keys = keys;
    this.#fetchKey = fetchKey;
  }

  /** Whether a quiz's questions can be marked now. */
  status(quizId: string): KeyStatus {
    if (!Object.hasOwn(this.keys, quizId) || Object.hasOwn(this.#loaded, quizId)) return 'ready';
    return this.#failed.includes(quizId) ? 'failed' : 'loading';
  }

  /** Quizzes whose key could not be fetched. */
  get failed(): readonly string[] {
    return this.#failed;
  }

  /**
   * Fetches the keys of these quizzes not loaded yet (one request per key for the whole
   * page; a key that failed is tried again only with `retry`). Resolves to whether every
   * one of them is now loaded.
   */
  async need(ids: readonly string[], retry = false): Promise<boolean> {
    const wanted = ids.filter((id) => this.status(id) === 'loading' || (retry && this.status(id) === 'failed'));
    if (wanted.length > 0) {
      const { loaded, failed } = await loadKeys(this.keys, wanted, this.#fetchKey);
      this.#loaded = { ...this.#loaded, ...loaded };
      this.#failed = [...this.#failed.filter((id) => !Object.hasOwn(loaded, id) && !failed.includes(id)), ...failed];
    }
    return ids.every((id) => this.status(id) === 'ready');
  }
}
