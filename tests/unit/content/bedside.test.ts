import { describe, expect, it } from 'vitest';
import { lawToday } from '../../../src/data/law';
import { expandLawTags, knowledgeCheckRefs, lessonFacts } from '../../../src/lib/course/validate-course';
import { loadContent } from '../../helpers/load-content';

/**
 * Module 8, "AI at the bedside", teaches legal duties and deadlines that clinicians act on.
 * These checks keep its law current (the AI Act dates as amended in 2026) and its reporting
 * clocks exact: the MDR and the AI Act both have 15, 10 and 2 days, with different triggers.
 */
const MODULE = 'ai-at-the-bedside';
const { input, raw: rawFiles } = loadContent();
const lessons = input.lessons.filter((l) => l.data.module === MODULE);
const bank = input.quizzes.find((q) => q.id === MODULE);
const final = input.quizzes.find((q) => q.data.module === 'final');

/** What a reader sees: body (legal dates written out) and frontmatter text, without components and emphasis marks. */
const seen = (l: (typeof lessons)[number]) =>
  [expandLawTags(l.body ?? '', lawToday()), l.data.description, ...l.data.objectives, ...l.data.summary]
    .join('\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\*\*/g, '');
const sentences = (text: string) => text.split(/(?<!\bArts?\.)(?<=[.;])\s+|\n+/).filter(Boolean);
const lesson = (slug: string) => lessons.find((l) => l.id === `${MODULE}/${slug}`);

describe('module 8, AI at the bedside', () => {
  it('has two or three lessons, each with its law date, an illustrated scenario and a knowledge check', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(2);
    expect(lessons.length).toBeLessThanOrEqual(3);
    for (const l of lessons) {
      expect(lessonFacts(l).length, `${l.id} states the law through the facts file`).toBeGreaterThan(0);
      expect(l.body, l.id).toMatch(/<Scenario title="[^"]+">/);
      expect(knowledgeCheckRefs(l.body ?? '').length, l.id).toBeGreaterThan(0);
    }
  });

  it('has scenarios on a ward, in the emergency department and in radiology', () => {
    const titles = lessons.flatMap((l) => [...(l.body ?? '').matchAll(/<Scenario title="([^"]+)">/g)].map((m) => m[1]));
    for (const setting of [/ward/i, /emergency department/i, /radiology/i]) {
      expect(
        titles.some((t) => setting.test(t ?? '')),
        `a scenario title matching ${setting}`,
      ).toBe(true);
    }
  });

  it('teaches the AI Act high-risk dates as amended in 2026, and the old dates only as old', () => {
    const all = lessons.map(seen).join('\n');
    expect(all).toMatch(/2 December 2027/);
    expect(all).toMatch(/2 August 2028/);
    const stale = sentences(all).filter(
      (s) =>
        /2 August 2027/.test(s) ||
        (/2 August 2026/.test(s) && !/Art(icle|\.) 50|not from 2 August 2026|telling people|transparency/.test(s)),
    );
    expect(stale.filter((s) => !/Before the 2026 amendment|not from 2 August 2026/.test(s))).toEqual([]);
  });

  it('gives each reporting clock with its own trigger: MDR Art. 87 and AI Act Art. 73', () => {
    const text = seen(lesson('deployer-duties-and-reporting')!);
    expect(text).toMatch(/2 days for a serious public health threat/);
    expect(text).toMatch(/10 days for a death or an unanticipated serious deterioration/);
    expect(text).toMatch(/10 days where a person has died/);
    expect(text).toMatch(/2 days for a widespread infringement, or for a serious and irreversible disruption/);
    const q = (id: string) => bank?.data.questions.find((x) => x.id === id);
    expect(q('mdr-clocks-order')?.answer).toEqual(['public-health', 'death', 'other']);
    expect(q('ai-act-two-days')?.answer).toBe('infrastructure');
  });

  it('its quiz uses all five question types, and every question says what kind it is', () => {
    const raw = rawFiles.get(bank?.filePath ?? '') as { questions: { kind?: string }[] };
    expect(raw.questions.filter((q) => !q.kind)).toEqual([]);
    const types = new Set(bank?.data.questions.map((q) => q.type));
    expect([...types].sort()).toEqual(['multiple', 'numeric', 'order', 'single', 'truefalse']);
  });

  it('the final assessment asks at least three scenario questions on the module', () => {
    const ours = final?.data.questions.filter((q) => q.lesson.startsWith(`${MODULE}/`)) ?? [];
    expect(ours.filter((q) => q.kind === 'scenario').length).toBeGreaterThanOrEqual(3);
  });
});
