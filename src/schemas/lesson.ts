import { z } from 'astro/zod';
import { checkFactIds, resolveLawDeep } from './law-text';
import { slugSchema } from './slug';
import { sourceSchema } from './source';

/** Frontmatter of a lesson: `lessons/NN-<module>/NN-<lesson>.mdx`. */
export const lessonSchema = z
  .strictObject({
    /** Lesson title. */
    title: z.string().min(3).max(90),
    /** One sentence for listings and the page description. */
    description: z.string().min(20).max(300),
    /** Id of the module this lesson belongs to; must match the folder. */
    module: slugSchema,
    /** Position in the module, 1-based. */
    order: z.number().int().positive(),
    /** Reading time in minutes, at about 200 words a minute. */
    minutes: z.number().int().min(1).max(60),
    /** What the learner will be able to do (1–6), shown at the top. */
    objectives: z.array(z.string().min(10)).min(1).max(6),
    /** Key points shown at the end in the "Summary" section (1–6). */
    summary: z.array(z.string().min(10)).min(1).max(6),
    /** Documents the lesson cites; at least the course source. */
    sources: z.array(sourceSchema).min(1),
    /** Date the content was last checked against its sources. */
    updated: z.coerce.date(),
    /**
     * Legal facts (ids in src/data/legal-facts.ts) the lesson states without showing their date,
     * such as a reporting deadline. Facts shown with `<Law>` or `{law:…}` count on their own.
     * Together they give the lesson's "Law checked" date.
     */
    facts: z.array(z.string()).default([]),
  })
  .transform((data, ctx) => {
    checkFactIds(data.facts, ctx, 'facts');
    const { value, facts } = resolveLawDeep(data, ctx);
    /** Every fact the front matter uses: listed in `facts` or written as `{law:…}`. */
    return { ...value, lawFacts: [...new Set([...data.facts, ...facts])] };
  });

export type LessonData = z.infer<typeof lessonSchema>;
