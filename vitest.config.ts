import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles the runes in `.svelte.ts` modules (src/stores/quiz-session.svelte.ts) for the
  // browser, as the site uses them.
  plugins: [svelte({ compilerOptions: { discloseVersion: false } })],
  resolve: { conditions: ['browser'] },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
