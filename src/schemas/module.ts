import { z } from 'astro/zod';
import { slugSchema } from './slug';

/** A course module: `lessons/NN-<id>/module.yaml`, beside the module's lessons. */
export const moduleSchema = z.strictObject({
  /** Module title as shown in navigation. */
  title: z.string().min(3).max(80),
  /** One or two sentences for the home page. */
  summary: z.string().min(20).max(400),
  /** Position in the course, 1-based; must match the folder's numeric prefix. */
  order: z.number().int().positive(),
  /** What a learner can do after the module (1–6). */
  objectives: z.array(z.string().min(10)).min(1).max(6),
  /** Id of the module's quiz in `quizzes/`. */
  quiz: slugSchema,
});

export type ModuleData = z.infer<typeof moduleSchema>;
