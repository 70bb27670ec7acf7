import type { z } from 'astro/zod';
import { getFact, lawToday, resolveLawText } from '../data/law';

/**
 * Resolves `{law:<fact-id>}` placeholders (docs/law-watch.md) in every string of a parsed
 * content file, at build time, with the tense of the build date. An unknown fact id or a
 * malformed placeholder is an issue on the field that holds it, so the build names the file
 * and the field. Returns the resolved value and the ids of the facts it used.
 */
export function resolveLawDeep<T>(value: T, ctx: z.RefinementCtx, today = lawToday()): { value: T; facts: string[] } {
  const facts = new Set<string>();
  const walk = (v: unknown, path: PropertyKey[]): unknown => {
    if (typeof v === 'string') {
      if (/<Law\b/.test(v))
        ctx.addIssue({
          code: 'custom',
          path: path,
          message: 'the <Law> component works only in a lesson body; in YAML write {law:<fact-id>} (docs/law-watch.md)',
        });
      if (!/\{[Ll]aw:/.test(v)) return v;
      const r = resolveLawText(v, today);
      for (const f of r.facts) facts.add(f);
      for (const message of r.errors) ctx.addIssue({ code: 'custom', path: path, message });
      return r.text;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
    }
    return v;
  };
  return { value: walk(value, []) as T, facts: [...facts] };
}

/** Issues for fact ids listed by hand (a lesson's `facts:`) that the facts file does not hold. */
export function checkFactIds(ids: readonly string[], ctx: z.RefinementCtx, field: string): void {
  ids.forEach((id, i) => {
    if (!getFact(id))
      ctx.addIssue({
        code: 'custom',
        path: [field, i],
        message: `no legal fact "${id}" (see src/data/legal-facts.ts)`,
      });
  });
}
