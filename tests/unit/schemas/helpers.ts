import type { z } from 'astro/zod';

/** The dotted paths of every issue a schema reports, e.g. ["questions.0.answer"]. */
export function issuePaths(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}
