import { describe, expect, it } from 'vitest';
import { PATHS, type PathDefinition } from '../../../../src/data/paths';
import {
  decodeShortFragment,
  newGroup,
  pathAssignmentId,
  pathOf,
  resolvePaths,
  shortFragment,
  SHORT_TRAINER,
  GROUP_ALPHABET,
} from '../../../../src/lib/assignments/paths';
import type { CourseOutline } from '../../../../src/lib/assignments/outline';
import { loadContent } from '../../../helpers/load-content';
import { OUTLINE } from './fixtures';

const DEF: PathDefinition = {
  slug: 'basics-path',
  title: 'Basics path',
  audience: 'Everyone.',
  covers: ['the basics'],
  items: ['module:basics', 'lesson:rules/ai-act', 'quiz:final'],
};

/** The real course as an outline (ids, titles, minutes), read the way the build reads it. */
function realOutline(): CourseOutline {
  const { input } = loadContent();
  const modules = [...input.modules]
    .sort((a, b) => a.data.order - b.data.order)
    .map((m) => {
      const lessons = input.lessons
        .filter((l) => l.data.module === m.id)
        .sort((a, b) => a.data.order - b.data.order)
        .map((l) => ({ id: l.id, title: l.data.title, minutes: l.data.minutes, url: '' }));
      return {
        id: m.id,
        title: m.data.title,
        order: m.data.order,
        quiz: m.data.quiz,
        lessons,
        minutes: lessons.reduce((n, l) => n + l.minutes, 0),
      };
    });
  const quizzes = input.quizzes.map((q) => ({
    id: q.id,
    title: q.data.title,
    passMark: q.data.passMark,
    questions: q.data.questions.length,
    module: q.data.module,
    url: '',
    version: '',
  }));
  return { modules, quizzes, version: 'test' };
}

describe('ready-made paths in src/data/paths.ts', () => {
  const outline = realOutline();
  const paths = resolvePaths(outline, PATHS);

  it('name only lessons and quizzes the course has (the build fails otherwise)', () => {
    expect(paths.map((p) => p.slug)).toEqual(['ai-literacy', 'cyber-ward', 'ai-committee']);
  });

  it('take their minutes from the lessons’ own minutes', () => {
    const lessons = new Map(outline.modules.flatMap((m) => m.lessons.map((l) => [l.id, l.minutes])));
    for (const p of paths) {
      const ids = new Set<string>();
      for (const item of p.items) {
        if (item.startsWith('lesson:')) ids.add(item.slice(7));
        if (item.startsWith('module:'))
          for (const l of outline.modules.find((m) => `module:${m.id}` === item)?.lessons ?? []) ids.add(l.id);
      }
      expect(p.minutes, p.slug).toBe([...ids].reduce((n, id) => n + (lessons.get(id) ?? 0), 0));
      expect(p.lessons, p.slug).toBe(ids.size);
      expect(p.quizzes, p.slug).toBeGreaterThan(0);
    }
  });

  it('the AI literacy path takes about an hour to an hour and a half of reading', () => {
    const ai = paths.find((p) => p.slug === 'ai-literacy')!;
    expect(ai.minutes).toBeGreaterThanOrEqual(55);
    expect(ai.minutes).toBeLessThanOrEqual(100);
  });

  it('never claim to certify compliance or to guarantee a level of AI literacy', () => {
    const text = JSON.stringify(PATHS).toLowerCase();
    expect(text).not.toMatch(/certif|complian|guarantee/);
  });
});

describe('resolvePaths refuses bad paths, naming the path and the item', () => {
  it.each([
    [{ ...DEF, items: ['lesson:basics/nope'] }, /path "basics-path": items: no lesson "basics\/nope" in the course/],
    [{ ...DEF, items: ['quiz:nope'] }, /no quiz "nope"/],
    [{ ...DEF, items: ['module:nope'] }, /no module "nope"/],
    [{ ...DEF, items: [] }, /items: empty/],
    [{ ...DEF, items: ['quiz:final', 'quiz:final'] }, /listed twice/],
    [{ ...DEF, slug: 'Not Kebab' }, /slug must be short kebab-case/],
  ] as const)('%j', (def, message) => {
    expect(() => resolvePaths(OUTLINE, [def as PathDefinition])).toThrow(message);
  });

  it('a slug used twice', () => {
    expect(() => resolvePaths(OUTLINE, [DEF, DEF])).toThrow(/slug used twice/);
  });

  it('counts a good path', () => {
    expect(resolvePaths(OUTLINE, [DEF])[0]).toMatchObject({ minutes: 25, lessons: 3, quizzes: 2, questions: 8 });
  });
});

describe('the short way in', () => {
  const paths = resolvePaths(OUTLINE, [DEF]);
  const spec = {
    id: pathAssignmentId('basics-path', 'k7m2'),
    title: 'Ward 7, March',
    trainer: 'Sister Okafor',
    items: ['module:basics', 'quiz:final', 'lesson:rules/ai-act'],
  };

  it('exists while the assignment is still the path, in any order', () => {
    expect(pathOf(spec, paths)?.slug).toBe('basics-path');
    expect(shortFragment(spec, paths)).toBe('path=basics-path.k7m2');
    expect(shortFragment({ ...spec, passMark: 80 }, paths)).toBe('path=basics-path.k7m2.80');
  });

  it('is gone once the trainer changes the items, or for an id not made from the path', () => {
    expect(shortFragment({ ...spec, items: ['module:basics'] }, paths)).toBeUndefined();
    expect(shortFragment({ ...spec, id: 'Ab3_x-9QzK' }, paths)).toBeUndefined();
    expect(shortFragment({ ...spec, id: 'basics-path-k7m' }, paths)).toBeUndefined();
  });

  it('reads back to the same assignment id and items, forgiving capitals and spaces', () => {
    for (const typed of ['#path=basics-path.k7m2', ' PATH=Basics-Path.K7M2 ', 'path=basics-path.k7m2']) {
      expect(decodeShortFragment(typed, paths)).toEqual({
        ok: true,
        assignment: { id: spec.id, title: 'Basics path', trainer: SHORT_TRAINER, items: DEF.items },
      });
    }
    expect(decodeShortFragment('path=basics-path.k7m2.80', paths)).toMatchObject({
      ok: true,
      assignment: { passMark: 80 },
    });
  });

  it.each([
    'path=',
    'path=basics-path',
    'path=unknown.k7m2',
    'path=basics-path.k7m', // group too short
    'path=basics-path.k7m0', // 0 is not in the alphabet
    'path=basics-path.k7m2.0',
    'path=basics-path.k7m2.101',
    'path=basics-path.k7m2.80.x',
  ])('refuses %j as incomplete', (typed) => {
    expect(decodeShortFragment(typed, paths)).toEqual({ ok: false, reason: 'incomplete' });
  });

  it('leaves a full link to the full-link reader', () => {
    expect(decodeShortFragment('#AQAbc123', paths)).toBeUndefined();
  });

  it('makes groups from the unambiguous alphabet', () => {
    for (let i = 0; i < 50; i++) expect(newGroup()).toMatch(new RegExp(`^[${GROUP_ALPHABET}]{4}$`));
  });
});
