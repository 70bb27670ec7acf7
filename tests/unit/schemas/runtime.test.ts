import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { check, int, num, plainText, slug } from '../../../src/schemas/runtime';

/** Where `check` says the first problem is, or null when the value passes. */
const where = (s: v.GenericSchema, value: unknown) => {
  const r = check(s, value);
  return r.ok ? null : r.path;
};

describe('run-time validation (valibot, with the shared building blocks)', () => {
  const doc = v.strictObject({
    v: v.literal(1),
    name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(5), v.regex(/^[a-z]+$/))),
    n: int(0, 10),
    x: num(-100, 100),
    ok: v.boolean(),
    list: v.pipe(v.array(v.union([v.string(), v.boolean()])), v.maxLength(2)),
    pair: v.strictTuple([num(0, 10), v.literal('a')]),
    byId: v.record(slug, int(0, 9)),
    title: v.optional(plainText(20)),
  });
  const valid = { v: 1, name: 'ann', n: 3, x: 1.5, ok: true, list: ['a', false], pair: [2, 'a'], byId: { a: 1 } };

  it('accepts a valid value and returns it unchanged', () => {
    expect(check(doc, valid)).toEqual({ ok: true, data: valid });
  });
  it('lets an optional key be left out (and keeps it optional when it has rules: the bug mini.ts had)', () => {
    const { name: _n, ...rest } = valid;
    expect(check(doc, rest).ok).toBe(true);
    expect(check(doc, { ...valid, title: 'A title' }).ok).toBe(true);
  });
  it.each<[string, unknown, string]>([
    ['a wrong literal', { ...valid, v: 2 }, 'v'],
    ['text that breaks a pattern', { ...valid, name: 'Ann' }, 'name'],
    ['text too long', { ...valid, name: 'abcdef' }, 'name'],
    ['empty text', { ...valid, name: '' }, 'name'],
    ['markup in shown text', { ...valid, title: '<b>x</b>' }, 'title'],
    ['a fraction where a whole number goes', { ...valid, n: 1.5 }, 'n'],
    ['a number over the maximum', { ...valid, n: 11 }, 'n'],
    ['a number under the minimum', { ...valid, n: -1 }, 'n'],
    ['NaN', { ...valid, x: Number.NaN }, 'x'],
    ['Infinity', { ...valid, x: Number.POSITIVE_INFINITY }, 'x'],
    ['a string for a boolean', { ...valid, ok: 'true' }, 'ok'],
    ['a list too long', { ...valid, list: ['a', 'b', 'c'] }, 'list'],
    ['a list item of no allowed form', { ...valid, list: [1] }, 'list.0'],
    ['a tuple of the wrong length', { ...valid, pair: [2] }, 'pair.1'],
    ['a record key that breaks its pattern', { ...valid, byId: { A: 1 } }, 'byId.A'],
    ['a record value of the wrong type', { ...valid, byId: { a: 'x' } }, 'byId.a'],
    ['a missing key', { ...valid, n: undefined }, 'n'],
    ['an unknown key', { ...valid, extra: 1 }, 'extra'],
  ])('rejects %s and names the field', (_name, value, path) => {
    expect(where(doc, value)).toBe(path);
  });
  it.each([null, 'text', 42, [], undefined])('rejects %j where an object is expected, without throwing', (value) => {
    expect(check(doc, value).ok).toBe(false);
  });
  it('rejects a __proto__ key from parsed JSON instead of following it', () => {
    const value: unknown = JSON.parse(
      '{"v":1,"n":1,"x":1,"ok":true,"list":[],"pair":[1,"a"],"byId":{},"__proto__":{"polluted":true}}',
    );
    expect(check(doc, value).ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
