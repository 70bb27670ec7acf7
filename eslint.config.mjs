// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Anything a learner, a link or a file supplies is shown as text, never parsed as HTML. */
const noInnerHtmlAssignment = {
  selector: "AssignmentExpression[left.property.name='innerHTML']",
  message: 'Use textContent: nothing user-supplied is ever parsed as HTML.',
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-lms/',
      'build/',
      'dist-base/',
      'dist-changed/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  ...svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Anything a learner, a link or a file supplies is shown as text, never parsed as HTML.
      'astro/no-set-html-directive': 'error',
      'svelte/no-at-html-tags': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent: nothing user-supplied is ever parsed as HTML.' },
        { property: 'outerHTML', message: 'Use textContent: nothing user-supplied is ever parsed as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes instead.' },
      ],
      'no-restricted-syntax': ['error', noInnerHtmlAssignment],
    },
  },
  // The Svelte runtime is one chunk every island page loads (README, "JavaScript budgets"), so
  // a construct whose runtime support only one island needs would weigh on all of them.
  {
    files: ['**/*.svelte'],
    rules: {
      'no-restricted-syntax': [
        'error',
        noInnerHtmlAssignment,
        {
          selector: "SvelteDirective[kind='Binding'][key.name.name=/^(this|group|checked)$/]",
          message: 'Its runtime would load on every island page: find the element by id, or use checked/onchange.',
        },
        {
          selector: "SvelteAttribute[key.name='class'][value.length=1] > SvelteMustacheTag",
          message: 'class={…} loads clsx on every island page: use class:name={condition}.',
        },
        {
          selector: "SvelteElement[name.name='svelte:element']",
          message: 'Its runtime would load on every island page: write the element out.',
        },
      ],
    },
  },
  // Layers point one way (docs/architecture.md): pages → layouts/components → lms → stores →
  // lib → progress → quiz → schemas/data. A folder of src/ may import only the folders below it,
  // so the pure core stays testable without a browser and the store never depends on how it is
  // delivered. tests/unit/lint/layers.test.ts proves an upward import fails `npm run lint`.
  .../** @type {Array<[string, string[]]>} */ ([
    ['src/schemas/**', ['quiz', 'progress', 'lib', 'stores', 'lms', 'components', 'layouts', 'pages']],
    ['src/data/**', ['quiz', 'progress', 'lib', 'stores', 'lms', 'components', 'layouts', 'pages']],
    ['src/quiz/**', ['progress', 'lib', 'stores', 'lms', 'components', 'layouts', 'pages']],
    ['src/progress/**', ['lib', 'stores', 'lms', 'components', 'layouts', 'pages']],
    ['src/lib/**', ['stores', 'lms', 'components', 'layouts', 'pages']],
    ['src/stores/**', ['lms', 'components', 'layouts', 'pages']],
    ['src/lms/**', ['components', 'layouts', 'pages']],
    ['src/components/**', ['layouts', 'pages']],
    ['src/layouts/**', ['pages']],
  ]).map(
    ([folder, above]) =>
      /** @type {import('eslint').Linter.Config} */ ({
        files: [folder],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                {
                  regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
                  message: `${folder.split('/')[1]}/ is below ${above.join(', ')}: imports point down only (docs/architecture.md).`,
                },
              ],
            },
          ],
        },
      }),
  ),
  {
    files: ['**/*.ts'],
    rules: {
      // Tests and scripts read untyped JSON from files and fixtures on purpose.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
