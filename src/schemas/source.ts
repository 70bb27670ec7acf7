import { z } from 'astro/zod';

/** A document a lesson draws on, shown in the lesson's "Sources" list. */
export const sourceSchema = z.strictObject({
  /** Title of the document as published. */
  title: z.string().min(1),
  /** Who published it, e.g. "European Commission". */
  publisher: z.string().min(1),
  /** Where to read it; optional because some sources are offline snapshots. */
  url: z.url({ protocol: /^https$/ }).optional(),
  /** Publication date of the version used. */
  date: z.coerce.date().optional(),
  /** What the lesson takes from it, e.g. "Art. 6(1)". */
  note: z.string().min(1).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
