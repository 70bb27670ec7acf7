import { tick } from 'svelte';

/**
 * "Try again" after a load failed: runs `load`, then puts focus where the learner goes next,
 * since the button they pressed is gone: on the heading of what appeared (`shownId`) or, if it
 * failed again, on the new alert's "Try again" (`retryId`).
 */
export async function retryThenFocus(load: () => Promise<boolean>, shownId: string, retryId: string): Promise<void> {
  const ok = await load();
  await tick();
  document.getElementById(ok ? shownId : retryId)?.focus();
}
