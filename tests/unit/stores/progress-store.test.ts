import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  STORAGE_KEY,
  emptyProgress,
  progress,
  setAsideFound,
  attemptsFor,
  storageStatus,
  update,
  type Progress,
} from '../../../src/stores/progress';
import { completeLesson } from '../../../src/progress/lessons';
import { lessonState } from '../../../src/progress/checks';
import { startAttempt, finishAttempt } from '../../../src/progress/attempts';
import { useBrowserStorage, useTestStorage, type TestStorage } from '../../../src/stores/testing';
import { fullAttempt } from '../../fixtures/progress/course-sample';

const LESSON = 'why-digital-health/triple-win';
const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);

function docWithLesson(id = LESSON): string {
  return JSON.stringify(completeLesson(emptyProgress(), id, NOW));
}

/** Subscribes like an island does, so the store loads and listens to other tabs. */
function mount(): () => void {
  const off1 = progress.listen(() => {});
  const off2 = storageStatus.listen(() => {});
  return () => {
    off1();
    off2();
  };
}

let storage: TestStorage;

beforeEach(() => {
  storage = useTestStorage();
});

afterEach(() => {
  cleanStores(progress, storageStatus);
  useBrowserStorage();
  vi.unstubAllGlobals();
});

describe('a first visit', () => {
  it('starts empty and writes nothing until the learner does something', () => {
    mount();
    expect(progress.get()).toEqual(emptyProgress());
    expect(storageStatus.get().kind).toBe('ok');
    expect(storage.writes).toEqual([]);
  });

  it('saves a completed lesson under the one namespaced key, readable by a new tab', () => {
    mount();
    update((p) => completeLesson(p, LESSON, NOW));
    expect([...storage.data.keys()]).toEqual([STORAGE_KEY]);
    const saved = storage.data.get(STORAGE_KEY) ?? '';
    cleanStores(progress, storageStatus);
    useTestStorage({ [STORAGE_KEY]: saved });
    mount();
    expect(lessonState(progress.get(), LESSON).status).toBe('completed');
  });
});

describe('corrupt data in storage', () => {
  const cases: Array<[string, string]> = [
    ['invalid JSON', '{"v":1,"l":'],
    ['null', 'null'],
    ['a string', '"hello"'],
    ['an array', '[1,2,3]'],
    ['an object of the wrong shape', '{"v":1,"lessons":{}}'],
    ['a valid shape with a bad field', '{"v":1,"pr":{},"l":{"Bad Id":{"o":1}},"q":{},"as":[]}'],
  ];

  describe.each(cases)('%s', (_name, raw) => {
    it('shows the corrupt notice holding exactly the raw text, and nothing throws', () => {
      storage.data.set(STORAGE_KEY, raw);
      expect(() => mount()).not.toThrow();
      expect(storageStatus.get()).toMatchObject({ kind: 'corrupt', found: raw });
      expect(progress.get()).toEqual(emptyProgress());
    });

    it('keeps the bad value until the learner sets it aside, while the course works in memory', () => {
      storage.data.set(STORAGE_KEY, raw);
      mount();
      update((p) => completeLesson(p, LESSON, NOW));
      expect(lessonState(progress.get(), LESSON).status).toBe('completed');
      expect(storage.data.get(STORAGE_KEY)).toBe(raw);
      expect(storage.writes).toEqual([]);

      setAsideFound();
      expect(storageStatus.get().kind).toBe('ok');
      const saved = JSON.parse(storage.data.get(STORAGE_KEY) ?? 'null') as Progress;
      expect(lessonState(saved, LESSON).status).toBe('completed');
    });
  });
});

describe('a document from a newer release', () => {
  const newer = JSON.stringify({ v: 2, something: 'new' });

  it('is never overwritten, and the learner is asked to reload', () => {
    storage.data.set(STORAGE_KEY, newer);
    mount();
    expect(storageStatus.get().kind).toBe('newer');
    update((p) => completeLesson(p, LESSON, NOW));
    setAsideFound(); // only for corrupt data; must not unblock a newer document
    expect(storage.data.get(STORAGE_KEY)).toBe(newer);
    expect(storage.writes).toEqual([]);
  });

  it('written by another tab: keeps this tab’s progress in memory and stops writing', () => {
    mount();
    update((p) => completeLesson(p, LESSON, NOW));
    storage.otherTab(STORAGE_KEY, newer);
    expect(storageStatus.get().kind).toBe('newer');
    expect(lessonState(progress.get(), LESSON).status).toBe('completed');
    update((p) => completeLesson(p, 'why-digital-health/strategic-sector', NOW));
    expect(storage.data.get(STORAGE_KEY)).toBe(newer);
  });
});

describe('storage switched off', () => {
  it('works in memory with the unavailable status (test engine)', () => {
    storage.unavailable = true;
    mount();
    update((p) => completeLesson(p, LESSON, NOW));
    expect(storageStatus.get().kind).toBe('unavailable');
    expect(lessonState(progress.get(), LESSON).status).toBe('completed');
  });

  it('when the browser’s localStorage getter throws', () => {
    useBrowserStorage();
    const win = {
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
    Object.defineProperty(win, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    vi.stubGlobal('window', win);
    expect(() => mount()).not.toThrow();
    update((p) => completeLesson(p, LESSON, NOW));
    expect(storageStatus.get().kind).toBe('unavailable');
    expect(lessonState(progress.get(), LESSON).status).toBe('completed');
  });

  it('when getItem itself throws', () => {
    useBrowserStorage();
    const win = {
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      localStorage: {
        getItem() {
          throw new DOMException('denied', 'SecurityError');
        },
        setItem() {
          throw new DOMException('denied', 'SecurityError');
        },
      },
    };
    vi.stubGlobal('window', win);
    mount();
    update((p) => completeLesson(p, LESSON, NOW));
    expect(storageStatus.get().kind).toBe('unavailable');
    expect(lessonState(progress.get(), LESSON).status).toBe('completed');
  });
});

describe('in an LMS package (an engine injected by the delivery)', () => {
  const lmsDocument = { documentElement: { dataset: { delivery: 'lms' } } };

  it('reads and writes through the engine the LMS entry registered, never localStorage', async () => {
    useBrowserStorage();
    const held = new Map<string, string>([[STORAGE_KEY, docWithLesson()]]);
    const local = { getItem: vi.fn(() => null), setItem: vi.fn() };
    const win = { document: lmsDocument, localStorage: local, addEventListener: vi.fn(), removeEventListener: vi.fn() };
    vi.stubGlobal('window', win);
    // What src/lms/page-entry.ts does on a packaged page, before any store reads.
    const { registerLmsEngine } = await import('../../../src/lms/page-storage');
    const bridge = { read: (k: string) => held.get(k) ?? null, write: (k: string, v: string) => void held.set(k, v) };
    Object.assign(win, { parent: { dhsLms: bridge } });
    expect(registerLmsEngine(win as unknown as Window)).toBe(true);
    mount();
    expect(lessonState(progress.get(), LESSON).status).toBe('completed');
    update((p) => completeLesson(p, 'why-digital-health/strategic-sector', NOW));
    expect(held.get(STORAGE_KEY)).toContain('why-digital-health/strategic-sector');
    expect(local.getItem).not.toHaveBeenCalled();
    expect(local.setItem).not.toHaveBeenCalled();
  });

  it('keeps nothing in the browser when the page is marked for an LMS but no engine arrived', () => {
    useBrowserStorage();
    const local = { getItem: vi.fn(() => docWithLesson()), setItem: vi.fn() };
    vi.stubGlobal('window', {
      document: lmsDocument,
      localStorage: local,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    });
    mount();
    update((p) => completeLesson(p, LESSON, NOW));
    expect(local.getItem).not.toHaveBeenCalled();
    expect(local.setItem).not.toHaveBeenCalled();
    expect(storageStatus.get().kind).toBe('unavailable');
    expect(lessonState(progress.get(), LESSON).status).toBe('completed');
  });
});

describe('during the build (no window)', () => {
  it('never touches a global localStorage, such as Node’s experimental one', () => {
    useBrowserStorage();
    const fake = { getItem: vi.fn(() => docWithLesson()), setItem: vi.fn() };
    vi.stubGlobal('localStorage', fake);
    expect(typeof window).toBe('undefined');
    mount();
    update((p) => completeLesson(p, 'why-digital-health/strategic-sector', NOW));
    expect(fake.getItem).not.toHaveBeenCalled();
    expect(fake.setItem).not.toHaveBeenCalled();
    expect(storageStatus.get().kind).toBe('ok');
  });
});

describe('storage full', () => {
  function withHistory(n: number): Progress {
    let p = emptyProgress();
    for (let i = 0; i < n; i++) {
      const a = fullAttempt('why-digital-health', 9, NOW + i * 60_000, i);
      a.percent = i === 3 ? 100 : 50;
      a.passed = i === 3;
      p = startAttempt(p, a);
    }
    return p;
  }

  it('compacts attempt history (best and latest kept) and saves, the page showing what was saved', () => {
    mount();
    update(() => withHistory(30));
    const before = storage.data.get(STORAGE_KEY) ?? '';
    storage.quota = before.length; // the next, bigger write will not fit uncompacted
    const a = fullAttempt('why-digital-health', 9, NOW + 99 * 60_000, 99);
    a.percent = 60;
    update((p) => startAttempt(p, a));
    expect(storageStatus.get().kind).toBe('ok');
    const kept = attemptsFor(progress.get(), 'why-digital-health');
    expect(kept.map((x) => x.seed)).toEqual([3, 99]);
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '')).toEqual(progress.get());
  });

  it('if still full: warns, keeps the earlier saved value intact and the page consistent in memory', () => {
    mount();
    update((p) => completeLesson(p, LESSON, NOW));
    const saved = storage.data.get(STORAGE_KEY);
    storage.quota = (saved ?? '').length + STORAGE_KEY.length;
    update((p) => completeLesson(p, 'why-digital-health/strategic-sector', NOW));
    expect(storageStatus.get().kind).toBe('full');
    expect(storage.data.get(STORAGE_KEY)).toBe(saved);
    expect(lessonState(progress.get(), 'why-digital-health/strategic-sector').status).toBe('completed');

    storage.quota = Infinity; // space freed: the next change saves everything
    update((p) => completeLesson(p, 'ai-infrastructure/chips', NOW));
    expect(storageStatus.get().kind).toBe('ok');
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '')).toEqual(progress.get());
  });
});

describe('two tabs', () => {
  it('a lesson completed in another tab shows here without a reload', () => {
    mount();
    const seen: Progress[] = [];
    progress.listen((p) => seen.push(p));
    storage.otherTab(STORAGE_KEY, docWithLesson());
    expect(lessonState(progress.get(), LESSON).status).toBe('completed');
    expect(seen).toHaveLength(1);
  });

  it('garbage from another tab does not wipe good progress here, and is not overwritten silently', () => {
    mount();
    update((p) => completeLesson(p, LESSON, NOW));
    const good = progress.get();
    storage.otherTab(STORAGE_KEY, '{not json');
    expect(progress.get()).toBe(good);
    expect(storageStatus.get()).toMatchObject({ kind: 'corrupt', found: '{not json' });
    update((p) => completeLesson(p, 'ai-infrastructure/chips', NOW));
    expect(storage.data.get(STORAGE_KEY)).toBe('{not json');
    // A later valid write from the other tab clears the notice.
    storage.otherTab(STORAGE_KEY, docWithLesson('ai-infrastructure/cloud'));
    expect(storageStatus.get().kind).toBe('ok');
    expect(lessonState(progress.get(), 'ai-infrastructure/cloud').status).toBe('completed');
  });

  it('ignores other keys', () => {
    mount();
    update((p) => completeLesson(p, LESSON, NOW));
    const good = progress.get();
    storage.otherTab('someone-else', 'garbage');
    expect(progress.get()).toBe(good);
    expect(storageStatus.get().kind).toBe('ok');
  });

  it('a page back from the back/forward cache shows what another page saved meanwhile', () => {
    mount();
    storage.whileFrozen(STORAGE_KEY, docWithLesson());
    expect(lessonState(progress.get(), LESSON).status).not.toBe('completed');
    storage.restore();
    expect(lessonState(progress.get(), LESSON).status).toBe('completed');
  });

  it('never writes from a stale copy: a change made elsewhere without an event is kept', () => {
    mount();
    storage.whileFrozen(STORAGE_KEY, docWithLesson());
    update((p) => completeLesson(p, 'ai-infrastructure/chips', NOW));
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!) as Progress;
    expect(lessonState(saved, LESSON).status).toBe('completed');
    expect(lessonState(saved, 'ai-infrastructure/chips').status).toBe('completed');
  });

  it('catches up on changes made while no island was listening', () => {
    const off = mount();
    off();
    cleanStores(progress, storageStatus);
    storage.otherTab(STORAGE_KEY, docWithLesson());
    mount();
    expect(lessonState(progress.get(), LESSON).status).toBe('completed');
  });
});

describe('browser eviction', () => {
  it('asks for persistent storage after the first save and reports the answer', async () => {
    mount();
    await Promise.resolve();
    expect(storageStatus.get().persistent).toBe(false);
    expect(storage.persistCalls).toBe(0);
    update((p) => completeLesson(p, LESSON, NOW));
    await Promise.resolve();
    expect(storage.persistCalls).toBe(1);
    expect(storageStatus.get().persistent).toBe(true);
    update((p) => completeLesson(p, 'ai-infrastructure/chips', NOW));
    expect(storage.persistCalls).toBe(1);
  });

  it('leaves persistence unknown where the API is missing', async () => {
    storage.persistAnswer = undefined;
    mount();
    update((p) => completeLesson(p, LESSON, NOW));
    await Promise.resolve();
    expect(storageStatus.get().persistent).toBeUndefined();
  });
});

describe('update', () => {
  it('refuses a change that would store an invalid document', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    mount();
    update((p) => completeLesson(p, 'Not A Lesson Id', NOW));
    expect(progress.get()).toEqual(emptyProgress());
    expect(storage.writes).toEqual([]);
    expect(error).toHaveBeenCalled();
  });

  it('finishes an attempt end to end', () => {
    mount();
    const a = fullAttempt('why-digital-health', 9, NOW, 1);
    const { finished: _f, score: _s, percent: _p, passed: _ok, ...open } = a;
    update((p) => startAttempt(p, open));
    update((p) =>
      finishAttempt(p, 'why-digital-health', { finished: NOW + 60_000, score: 7, percent: 78, passed: false }),
    );
    const saved = JSON.parse(storage.data.get(STORAGE_KEY) ?? '') as Progress;
    expect(attemptsFor(saved, 'why-digital-health')[0]).toMatchObject({ percent: 78, passed: false, seed: 1 });
  });
});
