/**
 * Which edition of the course a learner studied. Training records and certificates print
 * it with the day the course's legal facts were last checked (the oldest `lastChecked` in
 * src/data/legal-facts.ts, worked out at build time by `courseEdition` in
 * src/lib/course/edition.ts), so a hospital's record says which version of the course
 * stood behind it. Change the edition when the course is revised.
 */
export const EDITION = '2026-12';

/** The same edition as the "What changed" page names it: its number, name and publication day. */
export const EDITION_RELEASE = { number: 3, name: 'Third edition', date: '2026-12-06' } as const;

/** What a record prints about the course's version. */
export interface Edition {
  /** The course edition, `YYYY-MM` of its release. */
  edition: string;
  /** The day the legal content was last checked against the published texts, `YYYY-MM-DD`. */
  lawChecked: string;
}
