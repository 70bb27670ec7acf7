/** The full notice's help under each title of storage-messages.ts (StorageNotice.svelte). */
import type { StorageProblem } from './storage-messages';

export const STORAGE_HELP: Record<StorageProblem, string> = {
  corrupt:
    'It is left untouched: download what was found or start afresh. Until then, your progress lasts only while this tab is open.',
  newer: 'To keep it safe, nothing you do on this page is saved.',
  unavailable: 'Private browsing or blocked storage can cause this. You can carry on studying in this tab.',
  full: 'What was saved before is safe, and this tab keeps your latest progress until you close it. Free some space (for example by clearing other sites’ data) or download a backup of your progress.',
};
