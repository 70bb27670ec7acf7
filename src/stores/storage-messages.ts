/**
 * What the course says when this browser's storage cannot be trusted, in one wording for
 * both notices. Each title is a sentence that stands alone: the one-line banner on pages
 * without an island (StorageBanner.astro) shows it; the full notice on My results and
 * other island pages (StorageNotice.svelte) shows it as a heading, followed by the help in
 * storage-help.ts and what to do. (Two files, so the banner's pages load only the titles.)
 */
import type { StorageStatus } from './progress';

export type StorageProblem = Exclude<StorageStatus['kind'], 'ok'>;

export const STORAGE_TITLES: Record<StorageProblem, string> = {
  corrupt: 'We could not read the progress saved in this browser',
  newer: 'Your progress was saved by a newer version of this course: reload the page to use it',
  unavailable: 'This browser is not saving anything: your progress will be lost when you close this tab',
  full: 'This browser’s storage is full, so your latest progress could not be saved',
};
