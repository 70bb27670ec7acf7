/**
 * The question banks of a results page, with the keys the final assessment holds back
 * fetched when the page needs them (see quiz-keys.ts), as a Svelte 5 runes class: `banks`
 * is what can be scored now, and `status` says, quiz by quiz, whether its questions can
 * be marked, are waiting for their key, or cannot be (the key could not be fetched).
 *
 * The banks themselves may be given, or be the address of results/banks.json: then they
 * are fetched with the first `need` (the review and recap pages do this, so their HTML does
 * not carry every question), and every quiz is `loading`, or `unavailable` if that fetch
 * failed, until they are in.
 */
import type { QuizKey } from '../quiz/island';
import { fetchJson } from './quiz-key-fetch';
import { loadKeys, scorableBanks, type KeyUrls } from './quiz-keys';

/** `unavailable`: the questions themselves could not be fetched. */
export type KeyStatus = 'ready' | 'loading' | 'failed' | 'unavailable';

export class HeldKeys<Q extends { id: string }> {
  readonly keys: KeyUrls;
  readonly #banksUrl: string | undefined;
  readonly #fetchKey: ((url: string) => Promise<QuizKey>) | undefined;
  readonly #fetchBanks: (url: string) => Promise<Record<string, Q[]>>;
  #all = $state.raw<Record<string, Q[]> | undefined>();
  #banksFailed = $state(false);
  #banksRequest: Promise<boolean> | undefined;
  #loaded = $state.raw<Record<string, QuizKey>>({});
  #failed = $state.raw<readonly string[]>([]);

  /** The banks that can be scored now: a quiz that holds its key back joins once the key is in. */
  banks = $derived.by(() => (this.#all ? scorableBanks(this.#all, this.keys, this.#loaded) : {}));

  constructor(
    banks: Record<string, Q[]> | string,
    keys: KeyUrls = {},
    fetchKey?: (url: string) => Promise<QuizKey>,
    fetchBanks: (url: string) => Promise<Record<string, Q[]>> = fetchJson,
  ) {
    if (typeof banks === 'string') this.#banksUrl = banks;
    else this.#all = banks;
    this.keys = keys;
    this.#fetchKey = fetchKey;
    this.#fetchBanks = fetchBanks;
  }

  /** Every quiz's questions as the page has them (held-back ones without their key); empty until fetched. */
  get all(): Record<string, Q[]> {
    return this.#all ?? {};
  }

  /** Whether the questions are in, on their way, or could not be fetched. */
  get questions(): 'ready' | 'loading' | 'failed' {
    return this.#all ? 'ready' : this.#banksFailed ? 'failed' : 'loading';
  }

  /** Whether a quiz's questions can be marked now. */
  status(quizId: string): KeyStatus {
    if (!this.#all) return this.#banksFailed ? 'unavailable' : 'loading';
    if (!Object.hasOwn(this.keys, quizId) || Object.hasOwn(this.#loaded, quizId)) return 'ready';
    return this.#failed.includes(quizId) ? 'failed' : 'loading';
  }

  /** Quizzes whose key could not be fetched. */
  get failed(): readonly string[] {
    return this.#failed;
  }

  /** Fetches the banks once for the page (again after a failure only with `retry`); resolves to whether they are in. */
  #loadBanks(retry: boolean): Promise<boolean> {
    if (this.#all) return Promise.resolve(true);
    if (this.#banksFailed && !retry) return Promise.resolve(false);
    // Loading again, and said so: a second failure comes back as a new alert, announced again.
    this.#banksFailed = false;
    this.#banksRequest ??= this.#fetchBanks(this.#banksUrl ?? '').then(
      (all) => {
        this.#all = all;
        this.#banksFailed = false;
        this.#banksRequest = undefined;
        return true;
      },
      () => {
        this.#banksFailed = true;
        this.#banksRequest = undefined;
        return false;
      },
    );
    return this.#banksRequest;
  }

  /**
   * Fetches the banks if they are not in yet, then the keys of these quizzes not loaded yet
   * (one request per key for the whole page; a key or banks that failed are tried again only
   * with `retry`). Resolves to whether every one of them is now ready.
   */
  async need(ids: readonly string[], retry = false): Promise<boolean> {
    if (!(await this.#loadBanks(retry))) return false;
    const wanted = ids.filter((id) => this.status(id) === 'loading' || (retry && this.status(id) === 'failed'));
    if (wanted.length > 0) {
      if (retry) this.#failed = this.#failed.filter((id) => !wanted.includes(id));
      const { loaded, failed } = await loadKeys(this.keys, wanted, this.#fetchKey);
      this.#loaded = { ...this.#loaded, ...loaded };
      this.#failed = [...this.#failed.filter((id) => !Object.hasOwn(loaded, id) && !failed.includes(id)), ...failed];
    }
    return ids.every((id) => this.status(id) === 'ready');
  }
}
