// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addModulePreloads } from './scripts/lib/module-preload.mjs';

/**
 * The course file (src/pages/course.json.ts) holds every right answer, so it must not be
 * served: once the build is done it moves from dist/ to build/course.json, where the LMS
 * packager and the end-to-end tests read it.
 * @returns {import('astro').AstroIntegration}
 */
function courseFile() {
  return {
    name: 'course-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const to = new URL('./build/', import.meta.url);
        mkdirSync(to, { recursive: true });
        // COURSE_FILE: another name, for a second build that must not replace the main one's (build:changed).
        const name = process.env.COURSE_FILE || 'course.json';
        renameSync(fileURLToPath(new URL('course.json', dir)), fileURLToPath(new URL(name, to)));
      },
    },
  };
}

/**
 * Preload links for the chunks each page needs at once (scripts/lib/module-preload.mjs), so
 * an island's code arrives in one round of requests rather than one per level of imports.
 * @returns {import('astro').AstroIntegration}
 */
function modulePreloads() {
  return {
    name: 'module-preloads',
    hooks: {
      'astro:build:done': ({ dir }) => {
        addModulePreloads(fileURLToPath(dir), base);
      },
    },
  };
}

// Where the course is hosted: SITE is the public address (https://learning.example.org) and
// BASE the sub-folder it lives in (/dhs/), both read when building. Without SITE the build
// cannot know its address, so it writes no sitemap and no canonical links rather than wrong
// ones; pages that print the address (the CPD evidence) read it from the browser.
const site = process.env.SITE || undefined;
const base = process.env.BASE || '/';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // discloseVersion: no `window.__svelte` version marker, a few bytes off every island page.
  // The offline page is only ever shown by the service worker, never reached from a search engine.
  integrations: [
    mdx(),
    svelte({ compilerOptions: { discloseVersion: false } }),
    ...(site ? [sitemap({ filter: (page) => !page.endsWith('/offline/') })] : []),
    courseFile(),
    modulePreloads(),
  ],
  // Nothing the course loads lives on another origin, and a learner's data never leaves
  // the page, so the policy can be this strict. Astro adds hashes for its own scripts and styles.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
    },
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Chunks that every page loading one of them loads together, so each ships as one file
  // (one request, one gzip stream): the Svelte runtime with Astro's Svelte renderer; the
  // learner store with nanostores, its schema and storage helpers; and valibot with the
  // shared run-time schema parts, the accepted assignment's among them (kept apart from the
  // store: the trainer pages validate links and result files but never load the store). `npm run budget` shows the effect.
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'svelte',
                priority: 3,
                test: /node_modules[\\/](svelte|@astrojs[\\/]svelte|clsx)[\\/]/,
              },
              {
                name: 'validate',
                priority: 2,
                test: /([\\/]src[\\/]schemas[\\/](runtime|patterns|assignment)\.ts$)|node_modules[\\/]valibot[\\/]/,
              },
              {
                name: 'store',
                test: /([\\/]src[\\/](stores[\\/](progress|storage-engine|storage-messages)|progress[\\/](codec|model)|quiz[\\/]full-attempt|schemas[\\/]progress)\.ts$)|node_modules[\\/]nanostores[\\/]/,
              },
            ],
          },
        },
      },
    },
  },
});
