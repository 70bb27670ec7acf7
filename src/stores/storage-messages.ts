/**
 * What the course says when this browser's storage cannot be trusted, in one wording for
 * both notices: the one-line banner on pages without an island (StorageBanner.astro) shows
 * the title and text as one line; the full notice on My results and other island pages
 * (StorageNotice.svelte) shows the title as a heading, the text, and what to do.
 */
import type { StorageStatus } from './progress';

export type StorageProblem = Exclude<StorageStatus['kind'], 'ok'>;

export const STORAGE_MESSAGES: Record<StorageProblem, { title: string; text: string }> = {
  corrupt: {
    title: 'We could not read the progress saved in this browser',
    text: 'It is left untouched: download what was found or start afresh. Until then, your progress lasts only while this tab is open.',
  },
  newer: {
    title: 'Your progress was saved by a newer version of this course',
    text: 'To keep it safe, nothing you do on this page is saved. Reload the page to use it.',
  },
  unavailable: {
    title: 'Progress will not be kept',
    text: 'This browser is not letting the course save (private browsing or blocked storage): your progress will be lost when you close this tab.',
  },
  full: {
    title: 'Your latest progress could not be saved',
    text: "This browser's storage is full. What was saved before is safe; this tab keeps your latest progress until you close it.",
  },
};
