import { z } from 'astro/zod';
import { resolveLawDeep } from './law-text';
import { lessonIdSchema } from './slug';

/** A glossary term: `glossary/<id>.yaml`. */
export const glossarySchema = z
  .strictObject({
    /** The term as written, e.g. "European Health Data Space". */
    term: z.string().min(2).max(90),
    /** Short form, e.g. "EHDS". */
    abbreviation: z.string().min(2).max(20).optional(),
    /** Plain-language definition, one to three sentences. */
    definition: z.string().min(20).max(600),
    /** Lessons that use the term (lesson ids). */
    lessons: z.array(lessonIdSchema).default([]),
  })
  .transform((data, ctx) => resolveLawDeep(data, ctx).value);

export type GlossaryData = z.infer<typeof glossarySchema>;
