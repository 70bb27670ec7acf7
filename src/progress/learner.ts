/**
 * The learner's own entries in a progress document: the name on certificates, accepted
 * assignments and preferences. Pure, like progress-model.ts; loaded by the pages that
 * change them (certificate, assignment), not by every page with the store.
 */
import type { Assignment, PreferenceValue, Progress } from '../schemas/progress';

/** Adds an assignment, or replaces the one with the same id. */
export function acceptAssignment(p: Progress, assignment: Assignment): Progress {
  const as = p.as.filter((a) => a.id !== assignment.id);
  return { ...p, as: [...as, { ...assignment, items: [...assignment.items] }] };
}

/**
 * Sets the name shown on certificates. Angle brackets are removed (the name is only ever
 * rendered as text, but a stored name must never look like markup); empty clears it.
 */
export function setName(p: Progress, name: string): Progress {
  const clean = name.replace(/[<>]/g, '').replace(/\s+/g, ' ').trim().slice(0, 80).trim();
  if ((p.n ?? '') === clean) return p;
  const { n: _old, ...rest } = p;
  return clean ? { ...rest, n: clean } : rest;
}

/** Sets a preference; `undefined` removes it. */
export function setPreference(p: Progress, key: string, value: PreferenceValue | undefined): Progress {
  const pr = { ...p.pr };
  if (value === undefined) delete pr[key];
  else pr[key] = value;
  return { ...p, pr };
}
