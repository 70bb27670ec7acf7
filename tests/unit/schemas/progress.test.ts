import * as v from 'valibot';
// The cases below poke at arbitrary depths of untyped JSON on purpose, to break one field each.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignmentSchema, progressSchema } from '../../../src/schemas/progress';

const v1 = () =>
  JSON.parse(readFileSync(new URL('../../fixtures/progress/v1.json', import.meta.url), 'utf8')) as Record<string, any>;

describe('progressSchema', () => {
  it('accepts the v1 fixture', () => {
    expect(v.safeParse(progressSchema, v1()).success).toBe(true);
  });

  const invalid: Array<[string, (d: Record<string, any>) => void]> = [
    ['v: another version', (d) => (d.v = 2)],
    ['n: empty', (d) => (d.n = '')],
    ['n: markup', (d) => (d.n = 'Ada <b>')],
    ['n: too long', (d) => (d.n = 'a'.repeat(81))],
    ['pr: key not kebab-case', (d) => (d.pr = { Bad_Key: 1 })],
    ['pr: object value', (d) => (d.pr = { size: {} })],
    ['l: key not a lesson id', (d) => (d.l = { 'just-a-slug': { o: 1 } })],
    ['l.o: missing', (d) => (d.l['why-digital-health/triple-win'] = { c: 1 })],
    ['l.o: negative', (d) => (d.l['why-digital-health/triple-win'].o = -1)],
    ['l.c: fraction', (d) => (d.l['why-digital-health/triple-win'].c = 1.5)],
    ['l.k: bad reference', (d) => (d.l['why-digital-health/triple-win'].k = { 'a:b:c': 'x' })],
    ['l.k: answer is a number', (d) => (d.l['why-digital-health/triple-win'].k = { x: 3 })],
    ['l: unknown field', (d) => (d.l['why-digital-health/triple-win'].z = 1)],
    ['q: key not kebab-case', (d) => (d.q = { 'Quiz One': { h: [] } })],
    ['q.h: missing', (d) => delete d.q['why-digital-health'].h],
    ['q.h: attempt without result', (d) => delete d.q['why-digital-health'].h[0].r],
    ['q.h: attempt without finish time', (d) => delete d.q['why-digital-health'].h[0].f],
    ['q.h.r: percent over 100', (d) => (d.q['why-digital-health'].h[0].r = [3, 101, 1])],
    ['q.h.r: passed not 0/1', (d) => (d.q['why-digital-health'].h[0].r = [3, 100, true])],
    ['q.h.s: negative seed', (d) => (d.q['why-digital-health'].h[0].s = -1)],
    ['q.h.v: not text', (d) => (d.q['why-digital-health'].h[0].v = 1)],
    ['q.h.q: bad question id', (d) => (d.q['why-digital-health'].h[0].q = ['Bad Id'])],
    ['q.h.p: negative position', (d) => (d.q['why-digital-health'].h[0].p = -1)],
    ['q.c: finished attempt in progress slot', (d) => (d.q['why-digital-health'].c.f = 1)],
    ['as: not a list', (d) => (d.as = {})],
    ['top level: unknown key', (d) => (d.extra = true)],
  ];
  it.each(invalid)('rejects %s', (_name, change) => {
    const d = v1();
    change(d);
    expect(v.safeParse(progressSchema, d).success).toBe(false);
  });
});

describe('assignmentSchema', () => {
  const ok = () => ({ ...(v1().as[0] as Record<string, unknown>) });
  it('accepts the fixture assignment', () => {
    expect(v.safeParse(assignmentSchema, ok()).success).toBe(true);
  });
  it.each([
    ['id', { id: 'has space' }],
    ['title', { title: '<script>' }],
    ['trainer', { trainer: '' }],
    ['due', { due: '2026-13-01' }],
    ['passMark', { passMark: 0 }],
    ['items: empty', { items: [] }],
    ['items: unknown kind', { items: ['page:home'] }],
    ['accepted', { accepted: -5 }],
    ['unknown field', { note: 'x' }],
  ])('rejects a bad %s', (_n, patch) => {
    expect(v.safeParse(assignmentSchema, { ...ok(), ...patch }).success).toBe(false);
  });
});
