/**
 * Which edition of the course a learner studied, and when its legal content was last
 * checked against the published texts. Training records and certificates print both, so a
 * hospital's record says which version of the course stood behind it.
 * One place for both; change them together when the course is revised.
 */
export const EDITION = {
  /** The course edition, `YYYY-MM` of its release. */
  edition: '2026-12',
  /** The day the legal content was last checked against EUR-Lex, `YYYY-MM-DD`. */
  lawChecked: '2026-12-06',
} as const;
