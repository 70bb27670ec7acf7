import { describe, expect, it, vi } from 'vitest';
import { deriveSeed, mulberry32, newSeed, shuffle } from '../../../src/quiz/random';

const items = Array.from({ length: 20 }, (_, i) => `q${i}`);

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed, in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const seqA = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives different sequences for different seeds', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('shuffle', () => {
  it('gives the same order for the same seed', () => {
    expect(shuffle(items, 123)).toEqual(shuffle(items, 123));
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => shuffle(items, seed).join()));
    expect(orders.size).toBe(20);
  });

  it('keeps every element exactly once and leaves the input alone', () => {
    const input = [...items];
    const out = shuffle(input, 99);
    expect(input).toEqual(items);
    expect([...out].sort()).toEqual([...items].sort());
    expect(out).not.toEqual(items);
  });

  it('handles empty and one-element lists', () => {
    expect(shuffle([], 1)).toEqual([]);
    expect(shuffle(['only'], 1)).toEqual(['only']);
  });

  it('moves every element to every position over many seeds (no stuck positions)', () => {
    const firsts = new Set(Array.from({ length: 400 }, (_, seed) => shuffle(['a', 'b', 'c', 'd'], seed)[0]));
    expect(firsts).toEqual(new Set(['a', 'b', 'c', 'd']));
  });
});

describe('deriveSeed', () => {
  it('is stable and depends on both the seed and the key', () => {
    expect(deriveSeed(7, 'q1')).toBe(deriveSeed(7, 'q1'));
    expect(deriveSeed(7, 'q1')).not.toBe(deriveSeed(7, 'q2'));
    expect(deriveSeed(7, 'q1')).not.toBe(deriveSeed(8, 'q1'));
    expect(Number.isInteger(deriveSeed(7, 'q1')) && deriveSeed(7, 'q1') >= 0).toBe(true);
  });
});

describe('newSeed', () => {
  it('returns an unsigned 32-bit integer from crypto.getRandomValues', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues');
    const seed = newSeed();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
  });

  it('differs between calls', () => {
    expect(new Set(Array.from({ length: 10 }, newSeed)).size).toBeGreaterThan(1);
  });
});
