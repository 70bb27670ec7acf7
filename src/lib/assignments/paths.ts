/**
 * Ready-made paths (src/data/paths.ts) resolved against the course: minutes from the
 * lessons' own `minutes`, and a check that every item exists, which the trainer page runs at
 * build time so a path naming a missing lesson or quiz fails the build.
 *
 * Also the handout's short way in: `/assignment/#path=<slug>.<group>[.<pass mark>]`, a few
 * characters a learner can type from paper. An assignment made from a path gets the id
 * `<slug>-<group>`, so files from learners who typed the short address and from learners
 * who scanned the full link land in the same cohort.
 */
import type { PathDefinition } from '../../data/paths';
import type { AssignmentSpec } from './link';
import type { CourseOutline } from './outline';
import { resolveItems } from './progress';

export interface ReadyPath {
  slug: string;
  title: string;
  audience: string;
  covers: string[];
  items: string[];
  /** Reading time of its lessons. */
  minutes: number;
  lessons: number;
  quizzes: number;
  questions: number;
}

/** The paths with their figures; throws, naming the path and the item, when an item is not in the course. */
export function resolvePaths(outline: CourseOutline, defs: readonly PathDefinition[]): ReadyPath[] {
  const problems: string[] = [];
  const slugs = new Set<string>();
  const out = defs.map((d) => {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(d.slug) || d.slug.length > 24)
      problems.push(`path "${d.slug}": slug must be short kebab-case (at most 24 characters)`);
    if (slugs.has(d.slug)) problems.push(`path "${d.slug}": slug used twice`);
    slugs.add(d.slug);
    if (d.items.length === 0) problems.push(`path "${d.slug}": items: empty`);
    if (new Set(d.items).size !== d.items.length) problems.push(`path "${d.slug}": items: an item is listed twice`);
    const r = resolveItems(d.items, outline);
    for (const item of r.unavailable)
      problems.push(`path "${d.slug}": items: no ${item.replace(':', ' "')}" in the course`);
    return {
      slug: d.slug,
      title: d.title,
      audience: d.audience,
      covers: [...d.covers],
      items: [...d.items],
      minutes: r.minutes,
      lessons: r.lessons.length,
      quizzes: r.quizzes.length,
      questions: r.quizzes.reduce((n, q) => n + q.questions, 0),
    };
  });
  if (problems.length)
    throw new Error(`src/data/paths.ts has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return out;
}

/** Letters and digits nobody confuses on paper (no i, l, o, 0, 1). */
export const GROUP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const GROUP_LENGTH = 4;

/** A fresh group code: 4 characters, about 920,000 possibilities; it only has to tell one trainer's cohorts apart. */
export function newGroup(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(GROUP_LENGTH));
  return [...bytes].map((b) => GROUP_ALPHABET[b % GROUP_ALPHABET.length]).join('');
}

/** The assignment id of a path's assignment for one group. */
export const pathAssignmentId = (slug: string, group: string) => `${slug}-${group}`;

/** The path an assignment was made from and is still exactly, if any. */
export function pathOf(spec: AssignmentSpec, paths: readonly ReadyPath[]): ReadyPath | undefined {
  return paths.find(
    (p) =>
      spec.id.startsWith(`${p.slug}-`) &&
      new RegExp(`^[${GROUP_ALPHABET}]{${GROUP_LENGTH}}$`).test(spec.id.slice(p.slug.length + 1)) &&
      p.items.length === spec.items.length &&
      p.items.every((i) => spec.items.includes(i)),
  );
}

/** The fragment of the short way in (`path=ai-literacy.k7m2`, `.80` when the pass mark is set), or undefined. */
export function shortFragment(spec: AssignmentSpec, paths: readonly ReadyPath[]): string | undefined {
  const path = pathOf(spec, paths);
  if (!path) return undefined;
  const group = spec.id.slice(path.slug.length + 1);
  return `path=${path.slug}.${group}${spec.passMark === undefined ? '' : `.${spec.passMark}`}`;
}

/** The trainer's name is not in the short address, so the learner's page says this instead. */
export const SHORT_TRAINER = 'your trainer';

export type ShortResult = { ok: true; assignment: AssignmentSpec } | { ok: false; reason: 'incomplete' } | undefined;

/**
 * Reads a short address's fragment. Undefined when it is not one (the caller reads it as a
 * full link); refused when it names no path, a malformed group or an impossible pass mark.
 * Capital letters and spaces that typing adds are forgiven.
 */
export function decodeShortFragment(
  fragment: string,
  paths: readonly Pick<ReadyPath, 'slug' | 'title' | 'items'>[],
): ShortResult {
  const text = fragment.replace(/^#/, '').replace(/\s+/g, '').toLowerCase();
  if (!text.startsWith('path=')) return undefined;
  const m = new RegExp(`^path=([a-z0-9-]+)\\.([${GROUP_ALPHABET}]{${GROUP_LENGTH}})(?:\\.(\\d{1,3}))?$`).exec(text);
  const path = m && paths.find((p) => p.slug === m[1]);
  const pass = m?.[3] === undefined ? undefined : Number(m[3]);
  if (!m || !path || (pass !== undefined && (pass < 1 || pass > 100))) return { ok: false, reason: 'incomplete' };
  const assignment: AssignmentSpec = {
    id: pathAssignmentId(path.slug, m[2] ?? ''),
    title: path.title,
    trainer: SHORT_TRAINER,
    items: [...path.items],
  };
  if (pass !== undefined) assignment.passMark = pass;
  return { ok: true, assignment };
}
