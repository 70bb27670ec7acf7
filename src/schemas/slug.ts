import { z } from 'astro/zod';

/** Ids and anchors are lower-case kebab-case so they are safe in URLs and fragments. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

/** A lesson id: `<module-id>/<lesson-slug>`, as generated from `lessons/NN-module/NN-lesson.mdx`. */
export const lessonIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use "<module-id>/<lesson-slug>", for example "why-digital-health/triple-win"',
  );
