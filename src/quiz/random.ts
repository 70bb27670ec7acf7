import { fnv1a, mix32 } from './hash';

/**
 * mulberry32: a seeded generator of numbers in [0, 1). Seeds are unsigned 32-bit
 * integers, small enough to store with every attempt so a review can replay the order.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates); the same seed always gives the same order. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = out[i] as T;
    out[i] = out[j] as T;
    out[j] = held;
  }
  return out;
}

/** A seed for one part of an attempt (e.g. one question's options), derived from the attempt's seed. */
export function deriveSeed(seed: number, key: string): number {
  return mix32(fnv1a(`${seed >>> 0}:${key}`));
}

/** A fresh unsigned 32-bit seed from the platform's secure random source. */
export function newSeed(): number {
  const buffer = new Uint32Array(1);
  if (globalThis.crypto?.getRandomValues) {
    globalThis.crypto.getRandomValues(buffer);
    return buffer[0] ?? 0;
  }
  // Only very old browsers lack crypto; a shuffle seed needs no secrecy.
  return Math.floor(Math.random() * 4294967296) >>> 0;
}
