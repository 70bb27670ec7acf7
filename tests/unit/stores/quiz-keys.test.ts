import { describe, expect, it } from 'vitest';
import { holdBack, keyEntry, type IslandQuestion, type QuizKey } from '../../../src/quiz/island';
import { keysNeeded, loadKeys, quizKey, scorableBanks } from '../../../src/stores/quiz-keys';
import { HeldKeys } from '../../../src/stores/held-keys.svelte';
import { recapDue, recentlyMissed } from '../../../src/lib/results/progress';
import { at, attempt, banks, emptyProgress, outline } from '../lib/results/fixture';

/** The fixture's banks as a results page carries them: the final's questions without their key. */
const held = { ...banks, final: (banks['final'] ?? []).map(holdBack) };
const keys = { final: '/quizzes/final/key.json' };
const key: QuizKey = {
  version: 'v1',
  questions: Object.fromEntries((banks['final'] ?? []).map((q) => [q.id, keyEntry(q as unknown as IslandQuestion)])),
};
/** A final attempt with f1 wrong, as the learner submitted it. */
const submitted = attempt(emptyProgress(), 'final', { f1: false, f2: true }, at(5));

describe('the answers a page holds back', () => {
  it('leaves nothing of the key in the held-back questions, and puts it all back', () => {
    for (const q of held.final) {
      expect(q).not.toHaveProperty('answer');
      expect(q).not.toHaveProperty('explanation');
      expect(q.prompt).toMatch(/^Question f/);
    }
    expect(scorableBanks(held, keys, { final: key })).toEqual(banks);
  });

  it('leaves a quiz out of what is scored until its key is in, so nothing is marked wrong for want of it', () => {
    const without = scorableBanks(held, keys, {});
    expect(Object.keys(without)).toEqual(['one', 'two']);
    expect(recentlyMissed(outline, submitted, without)).toEqual([]);
    expect(recapDue(submitted, without, at(6))).toEqual([]);
    const withKey = scorableBanks(held, keys, { final: key });
    expect(recentlyMissed(outline, submitted, withKey).map((g) => g.missed.map((m) => m.question))).toEqual([['f1']]);
    expect(recapDue(submitted, withKey, at(6)).map((d) => d.question)).toEqual(['f1']);
  });

  it('needs a key only for a submitted attempt that kept its answers', () => {
    expect(keysNeeded(emptyProgress(), keys)).toEqual([]);
    expect(keysNeeded(attempt(emptyProgress(), 'one', { q1: true }, at(5)), keys)).toEqual([]);
    expect(keysNeeded(submitted, keys)).toEqual(['final']);
  });

  it('fetches each key once for the whole page, and again after a failure', async () => {
    const asked: string[] = [];
    let fail = true;
    const fetchKey = (url: string) => {
      asked.push(url);
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve(key);
    };
    const url = '/quizzes/once/key.json';
    expect(await loadKeys({ final: url }, ['final', 'one'], fetchKey)).toEqual({ loaded: {}, failed: ['final'] });
    fail = false;
    const [a, b] = await Promise.all([quizKey(url, fetchKey), quizKey(url, fetchKey)]);
    expect(a).toBe(b);
    expect(await loadKeys({ final: url }, ['final'], fetchKey)).toEqual({ loaded: { final: key }, failed: [] });
    expect(asked).toEqual([url, url]);
  });
});

describe('HeldKeys (a results page’s banks)', () => {
  it('is loading until the key is fetched, then scores with it', async () => {
    const h = new HeldKeys(held, { final: '/quizzes/held-1/key.json' }, () => Promise.resolve(key));
    expect(h.status('one')).toBe('ready');
    expect(h.status('final')).toBe('loading');
    expect(h.banks['final']).toBeUndefined();
    expect(await h.need(['final'])).toBe(true);
    expect(h.status('final')).toBe('ready');
    expect(h.banks['final']).toEqual(banks['final']);
  });

  it('says when the key cannot be fetched, and tries again only when asked', async () => {
    let calls = 0;
    let ok = false;
    const h = new HeldKeys(held, { final: '/quizzes/held-2/key.json' }, () => {
      calls++;
      return ok ? Promise.resolve(key) : Promise.reject(new Error('offline'));
    });
    expect(await h.need(['final'])).toBe(false);
    expect(h.status('final')).toBe('failed');
    expect(h.failed).toEqual(['final']);
    expect(await h.need(['final'])).toBe(false);
    expect(calls).toBe(1);
    // "Try again" shows it is loading again (a second failure is a new alert), then fails again.
    const again = h.need(['final'], true);
    await Promise.resolve();
    expect(h.status('final')).toBe('loading');
    expect(await again).toBe(false);
    expect(h.status('final')).toBe('failed');
    ok = true;
    expect(await h.need(['final'], true)).toBe(true);
    expect(h.failed).toEqual([]);
    expect(calls).toBe(3);
  });

  it('fetches the banks it was given the address of once, with the first need, and again after a failure only when asked', async () => {
    const asked: string[] = [];
    let ok = false;
    const fetchBanks = (url: string) => {
      asked.push(url);
      return ok ? Promise.resolve(held) : Promise.reject(new Error('offline'));
    };
    const h = new HeldKeys('/results/banks.json', keys, () => Promise.resolve(key), fetchBanks);
    // Nothing is fetched, and nothing can be marked, before a need.
    expect(asked).toEqual([]);
    expect(h.questions).toBe('loading');
    expect(h.status('one')).toBe('loading');
    expect(h.banks).toEqual({});
    expect(h.all).toEqual({});
    // Offline: every quiz is unavailable (not "failed", which means its key alone is missing).
    expect(await h.need([])).toBe(false);
    expect(h.questions).toBe('failed');
    expect(h.status('one')).toBe('unavailable');
    expect(h.status('final')).toBe('unavailable');
    expect(await h.need(['one'])).toBe(false);
    expect(asked).toHaveLength(1);
    // "Try again" while still offline: loading while it asks, failed again after.
    const again = h.need([], true);
    expect(h.questions).toBe('loading');
    expect(await again).toBe(false);
    expect(h.questions).toBe('failed');
    expect(asked).toHaveLength(2);
    // Back online, "Try again": the banks, then the final's key.
    ok = true;
    expect(await h.need(['final'], true)).toBe(true);
    expect(asked).toEqual(['/results/banks.json', '/results/banks.json', '/results/banks.json']);
    expect(h.questions).toBe('ready');
    expect(h.status('one')).toBe('ready');
    expect(h.banks).toEqual(banks);
    expect(h.all['final']).toEqual(held.final);
  });

  it('asks for the banks once when two needs come together', async () => {
    let calls = 0;
    const h = new HeldKeys('/results/banks.json', {}, undefined, () => {
      calls++;
      return Promise.resolve(held);
    });
    expect(await Promise.all([h.need(['one']), h.need(['two'])])).toEqual([true, true]);
    expect(calls).toBe(1);
  });
});
