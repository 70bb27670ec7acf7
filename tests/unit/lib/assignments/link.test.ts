import { isRealDate } from '../../../../src/schemas/patterns';
import { describe, expect, it } from 'vitest';
import {
  LINK_VERSION,
  assignmentLink,
  cleanText,
  decodeAssignment,
  normalizeAssignment,
  type AssignmentSpec,
} from '../../../../src/lib/assignments/link';
import { encodeAssignment, newAssignmentId } from '../../../../src/lib/assignments/link-encode';
import { SPEC } from './fixtures';

function bytesOf(code: string): Uint8Array {
  const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
}
function codeOf(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

const FULL_COURSE: AssignmentSpec = {
  id: 'k3J9xQ_a-Z',
  title: 'ICU induction, March 2026',
  trainer: 'Practice Development Team',
  due: '2026-03-31',
  passMark: 80,
  items: [
    'module:why-digital-health',
    'module:ai-infrastructure',
    'module:health-data',
    'module:regulation',
    'module:ai-in-practice',
    'module:ecosystem-and-skills',
    'module:cybersecurity',
    'quiz:final',
  ],
};

describe('assignment link: round trip', () => {
  it.each([
    ['everything set', SPEC],
    ['no due date or pass mark', { id: 'x', title: 'T', trainer: 'Me', items: ['quiz:final'] }],
    ['the full course', FULL_COURSE],
    ['accents and emoji', { ...SPEC, title: 'Zoë’s ward — induction 🩺', trainer: 'Dr. Łukasz Müller' }],
    [
      'markup in names, kept as text',
      { ...SPEC, title: '<script>alert(1)</script>', trainer: '<img src=x onerror=alert(1)>' },
    ],
    ['200 items', { ...SPEC, items: Array.from({ length: 200 }, (_, i) => `lesson:m${i}/l${i}`) }],
  ])('%s', async (_name, spec: AssignmentSpec) => {
    const code = await encodeAssignment(spec);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = await decodeAssignment(`#${code}`);
    expect(back).toEqual({ ok: true, assignment: normalizeAssignment(spec) });
  });

  it('keeps a full-course link short enough for a QR code and a chat message', async () => {
    const code = await encodeAssignment(FULL_COURSE);
    const link = assignmentLink('https://example.org', '/', code);
    expect(link.length).toBeLessThan(300);
  });

  it('picks the shorter of plain and deflated bodies', async () => {
    const small = await encodeAssignment({ id: 'a', title: 'T', trainer: 'M', items: ['quiz:final'] });
    expect(bytesOf(small)[1]).toBe(0);
    const big = await encodeAssignment({
      ...SPEC,
      items: Array.from({ length: 30 }, (_, i) => `lesson:health-data/lesson-${i}`),
    });
    expect(bytesOf(big)[1]).toBe(1);
  });

  it('is versioned in its first byte: 1 without an email (old links stay the same), 2 with one', async () => {
    expect(bytesOf(await encodeAssignment(SPEC))[0]).toBe(1);
    expect(bytesOf(await encodeAssignment({ ...SPEC, email: 'jane.doe@hospital.example' }))[0]).toBe(LINK_VERSION);
  });

  it('carries the trainer’s email address', async () => {
    const withEmail = { ...SPEC, email: 'jane.doe@hospital.example' };
    expect(await decodeAssignment(await encodeAssignment(withEmail))).toEqual({ ok: true, assignment: withEmail });
  });

  it.each(['not an email', 'a@b', 'two@a.org, three@b.org', 'x@y.org?cc=evil@z.org', `${'a'.repeat(120)}@b.org`])(
    'refuses a bad email address %j',
    (email) => {
      expect(normalizeAssignment({ ...SPEC, email })).toBeUndefined();
    },
  );

  it('an empty email address is left out', () => {
    expect(normalizeAssignment({ ...SPEC, email: '  ' })).toEqual(SPEC);
  });

  it('refuses to encode an invalid assignment', async () => {
    await expect(encodeAssignment({ ...SPEC, items: [] })).rejects.toThrow();
  });
});

describe('assignment link: every way a link can be broken is refused', () => {
  it.each(['', '#', '   '])('empty %j', async (code) => {
    expect(await decodeAssignment(code)).toEqual({ ok: false, reason: 'empty' });
  });

  it('truncated at every length', async () => {
    const code = await encodeAssignment(SPEC);
    for (let n = 1; n < code.length; n++) {
      const r = await decodeAssignment(code.slice(0, n));
      expect(r.ok, `cut to ${n} characters`).toBe(false);
    }
  });

  it('every single character changed', async () => {
    const code = await encodeAssignment(FULL_COURSE);
    for (let i = 0; i < code.length; i++) {
      const swapped = code[i] === 'A' ? 'B' : 'A';
      const r = await decodeAssignment(code.slice(0, i) + swapped + code.slice(i + 1));
      // The last character can carry only padding bits, so changing it may not change the bytes.
      if (r.ok) expect(r.assignment, `position ${i}`).toEqual(normalizeAssignment(FULL_COURSE));
    }
  });

  it('a tampered title with the old checksum', async () => {
    const bytes = bytesOf(await encodeAssignment({ ...SPEC, items: ['quiz:final'] }));
    expect(bytes[1]).toBe(0);
    const text = new TextDecoder().decode(bytes.subarray(6)).replace('ICU', 'ABC');
    const forged = new Uint8Array([...bytes.subarray(0, 6), ...new TextEncoder().encode(text)]);
    expect(await decodeAssignment(codeOf(forged))).toEqual({ ok: false, reason: 'incomplete' });
  });

  it('characters a link never contains', async () => {
    const code = await encodeAssignment(SPEC);
    for (const bad of [`${code}!`, `${code} x`, `${code}%20`, `${code}=`, `<script>`]) {
      expect((await decodeAssignment(bad)).ok).toBe(false);
    }
  });

  it('a version 2 body without its email line is refused', async () => {
    const { fnv1a } = await import('../../../../src/quiz/hash');
    const text = 'id\nTitle\nTrainer\n\n\nqfinal';
    const sum = fnv1a(text);
    const bytes = new Uint8Array([
      2,
      0,
      sum >>> 24,
      (sum >>> 16) & 255,
      (sum >>> 8) & 255,
      sum & 255,
      ...new TextEncoder().encode(text),
    ]);
    expect(await decodeAssignment(codeOf(bytes))).toEqual({ ok: false, reason: 'incomplete' });
  });

  it('a newer version says so', async () => {
    const bytes = bytesOf(await encodeAssignment(SPEC));
    bytes[0] = LINK_VERSION + 1;
    expect(await decodeAssignment(codeOf(bytes))).toEqual({ ok: false, reason: 'newer' });
  });

  it('an unknown flag', async () => {
    const bytes = bytesOf(await encodeAssignment(SPEC));
    bytes[1] = 2;
    expect((await decodeAssignment(codeOf(bytes))).ok).toBe(false);
  });

  it('random garbage and very long input', async () => {
    expect((await decodeAssignment('hello-world')).ok).toBe(false);
    expect((await decodeAssignment('A'.repeat(20000))).ok).toBe(false);
    expect((await decodeAssignment('AQAAAAAA')).ok).toBe(false);
  });

  it('a well-formed body holding an invalid assignment (checksum right)', async () => {
    const { fnv1a } = await import('../../../../src/quiz/hash');
    for (const text of [
      'id\nTitle\nTrainer\n2026-02-30\n\nqfinal', // no such date
      'id\nTitle\nTrainer\n\n101\nqfinal', // pass mark out of range
      'id\nTitle\nTrainer\n\n\n', // no items
      'id\nTitle\nTrainer\n\n\nxfoo', // unknown item kind
      'bad id!\nTitle\nTrainer\n\n\nqfinal',
      'id\n\nTrainer\n\n\nqfinal', // no title
      'id\nTitle',
    ]) {
      const sum = fnv1a(text);
      const body = new TextEncoder().encode(text);
      const bytes = new Uint8Array([1, 0, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255, ...body]);
      expect((await decodeAssignment(codeOf(bytes))).ok, text).toBe(false);
    }
  });
});

describe('helpers', () => {
  it('cleanText removes line breaks and control characters', () => {
    expect(cleanText('  a\n\tb\u0000c  ', 50)).toBe('a b c');
    expect(cleanText('x'.repeat(200), 120)).toHaveLength(120);
  });
  it('isDate accepts real dates only', () => {
    expect(isRealDate('2026-03-31')).toBe(true);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-3-1')).toBe(false);
  });
  it('new ids are valid and differ', () => {
    const a = newAssignmentId();
    expect(a).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(newAssignmentId()).not.toBe(a);
  });
  it('the link puts the code in the fragment', () => {
    expect(assignmentLink('https://x.org', '/course', 'abc')).toBe('https://x.org/course/assignment/#abc');
  });
});
