// Plain TypeScript (tsc, typed ESLint) cannot read .astro files; in the tests of this folder an
// imported Astro component is what the container API renders. `astro check` reads the real ones.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
