import type { Snippet } from 'svelte';

/**
 * Course figures for the questions that show one (`figure` in the bank), drawn by the page at
 * build time and handed to a quiz or knowledge-check island as Astro named slots
 * `figure-<id>`: the island ships no drawing code and no figure data, only a reference to HTML
 * already in the page.
 */
export type FigureSlots = {
  [slot: `figure-${string}`]: Snippet | undefined;
  /** Astro passes the slotted figures as children too; the islands do not render them. */
  children?: Snippet | undefined;
};
