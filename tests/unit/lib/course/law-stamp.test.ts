import { describe, expect, it, vi } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { lawStamp, withLawStamp } from '../../../../src/lib/course/law-stamp';
import { legalFacts } from '../../../../src/data/legal-facts';

// A stand-in for Astro's glob loader: it asks for the digest of a file's text, as glob does
// before deciding whether to parse the file again.
const fileLoader = (name = 'glob-loader'): Loader & { digests: string[] } => {
  const digests: string[] = [];
  return {
    name,
    digests,
    load: (context) => {
      digests.push(context.generateDigest('title: The triple win'));
      digests.push(context.generateDigest({ id: 'triple-win' }));
      return Promise.resolve();
    },
  };
};
// Astro's own digest is a hash; a readable stand-in keeps the test's failures legible.
const context = { generateDigest: (d: unknown) => JSON.stringify(d) } as unknown as LoaderContext;

async function digestsFor(stamp: string): Promise<string[]> {
  const inner = fileLoader();
  await withLawStamp(inner, stamp).load(context);
  return inner.digests;
}

describe('cached content is parsed again when its legal text would read differently', () => {
  it('gives the same file another digest on another build day or with another facts file', async () => {
    const today = await digestsFor(lawStamp('2026-12-07'));
    expect(await digestsFor(lawStamp('2026-12-07'))).toEqual(today);
    const later = await digestsFor(lawStamp('2026-12-09'));
    const amended = await digestsFor(
      lawStamp(
        '2026-12-07',
        legalFacts.map((f) => (f.id === 'pld-transposition' ? { ...f, date: '2027-01-01' } : f)),
      ),
    );
    for (const other of [later, amended]) {
      expect(other).toHaveLength(2);
      other.forEach((d, i) => expect(d).not.toBe(today[i]));
    }
  });

  it('keeps the loader otherwise as it was', () => {
    const inner = fileLoader('glob-loader');
    const wrapped = withLawStamp(inner, 'x');
    expect(wrapped.name).toBe('glob-loader');
    expect(wrapped.load).not.toBe(inner.load);
  });

  it('wraps the loader of every content collection', async () => {
    vi.resetModules();
    vi.doMock('astro:content', () => ({ defineCollection: (c: unknown) => c }));
    const made: ReturnType<typeof fileLoader>[] = [];
    vi.doMock('astro/loaders', () => ({
      glob: () => {
        const l = fileLoader();
        made.push(l);
        return l;
      },
    }));
    const { collections } = await import('../../../../src/content.config');
    const entries = Object.entries(collections as Record<string, { loader: Loader }>);
    expect(entries.map(([name]) => name).sort()).toEqual(['glossary', 'lessons', 'modules', 'quizzes']);
    for (const [i, [, c]] of entries.entries()) {
      await c.loader.load(context);
      expect(made[i]!.digests[0]).toBe(JSON.stringify(`title: The triple win\n${lawStamp()}`));
    }
    vi.doUnmock('astro:content');
    vi.doUnmock('astro/loaders');
  });
});
