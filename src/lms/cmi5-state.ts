/** The xAPI State document a cmi5 package keeps for the learner (kept apart from cmi5.ts so tests can read it without the library). */

/** Its stateId. */
export const STATE_ID = 'https://w3id.org/xapi/dhs/state/progress';

export interface SavedState {
  /** The progress code. */
  progress?: string;
  /** The page the learner was on, relative to the launcher. */
  location?: string;
  /** Once-only verbs already sent in this registration ("completed", "passed"). */
  sent?: string[];
}
