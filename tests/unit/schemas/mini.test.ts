import { describe, expect, it } from 'vitest';
import * as z from '../../../src/schemas/mini';

const paths = (s: z.Schema<unknown>, v: unknown) => {
  const r = s.safeParse(v);
  return r.success ? null : r.error.issues.map((i) => i.path.join('.'));
};

describe('the run-time schema library', () => {
  const doc = z.strictObject({
    v: z.literal(1),
    name: z.optional(z.string().check(z.minLength(1), z.maxLength(5), z.regex(/^[a-z]+$/))),
    n: z.int().check(z.minimum(0), z.maximum(10)),
    x: z.number(),
    ok: z.boolean(),
    list: z.array(z.union([z.string(), z.boolean()])).check(z.maxLength(2)),
    pair: z.tuple([z.number(), z.literal('a')]),
    byId: z.record(z.string().check(z.regex(/^[a-z]+$/)), z.int()),
  });
  const valid = { v: 1, name: 'ann', n: 3, x: 1.5, ok: true, list: ['a', false], pair: [2, 'a'], byId: { a: 1 } };

  it('accepts a valid value and returns it unchanged', () => {
    const r = doc.safeParse(valid);
    expect(r).toEqual({ success: true, data: valid });
  });
  it('lets an optional key be left out', () => {
    const { name: _n, ...rest } = valid;
    expect(doc.safeParse(rest).success).toBe(true);
  });
  it.each<[string, unknown, string[]]>([
    ['a wrong literal', { ...valid, v: 2 }, ['v']],
    ['text that breaks a pattern', { ...valid, name: 'Ann' }, ['name']],
    ['text too long', { ...valid, name: 'abcdef' }, ['name']],
    ['empty text', { ...valid, name: '' }, ['name']],
    ['a fraction where a whole number goes', { ...valid, n: 1.5 }, ['n']],
    ['a number over the maximum', { ...valid, n: 11 }, ['n']],
    ['a number under the minimum', { ...valid, n: -1 }, ['n']],
    ['NaN', { ...valid, x: Number.NaN }, ['x']],
    ['Infinity', { ...valid, x: Number.POSITIVE_INFINITY }, ['x']],
    ['a string for a boolean', { ...valid, ok: 'true' }, ['ok']],
    ['a list too long', { ...valid, list: ['a', 'b', 'c'] }, ['list']],
    ['a list item of no allowed form', { ...valid, list: [1] }, ['list.0']],
    ['a tuple of the wrong length', { ...valid, pair: [2] }, ['pair']],
    ['a record key that breaks its pattern', { ...valid, byId: { A: 1 } }, ['byId.A']],
    ['a record value of the wrong type', { ...valid, byId: { a: 'x' } }, ['byId.a']],
    ['a missing key', { ...valid, n: undefined, x: undefined }, ['n', 'x']],
    ['an unknown key', { ...valid, extra: 1 }, ['extra']],
  ])('rejects %s and names where', (_name, value, where) => {
    expect(paths(doc, value)).toEqual(where);
  });
  it.each([null, 'text', 42, [], undefined])('rejects %j where an object is expected, without throwing', (v) => {
    expect(doc.safeParse(v).success).toBe(false);
  });
  it('rejects a __proto__ key from parsed JSON instead of following it', () => {
    const value: unknown = JSON.parse(
      '{"v":1,"n":1,"x":1,"ok":true,"list":[],"pair":[1,"a"],"byId":{},"__proto__":{"polluted":true}}',
    );
    expect(paths(doc, value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
