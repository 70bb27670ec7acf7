/**
 * A nanostores atom as Svelte state: `watch(progress).value` is the current value, kept up
 * to date while the component lives. Call it while a component is being set up. Used
 * instead of Svelte's `$store` syntax, whose store glue would otherwise ship in the Svelte
 * runtime every island page loads.
 */
import type { ReadableAtom } from 'nanostores';

export function watch<T>(store: ReadableAtom<T>): { readonly value: T } {
  let value = $state.raw(store.get());
  $effect(() => store.subscribe((next) => (value = next)));
  return {
    get value() {
      return value;
    },
  };
}
