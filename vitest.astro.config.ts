import { getViteConfig } from 'astro/config';

// Unit tests of Astro components, rendered with Astro's own compiler through its container API
// (the way Starlight tests its components): the real component, not a copy of its markup.
// A project of vitest.config.ts, so `npx vitest run` and `npm run test:unit` run it too.
export default getViteConfig({
  test: {
    name: 'astro',
    include: ['tests/unit/astro/**/*.test.ts'],
    environment: 'node',
  },
});
