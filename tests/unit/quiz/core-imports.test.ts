import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../../src/quiz');
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

describe('the quiz core stays small enough to ship to the browser', () => {
  it.each(sources)('%s imports only quiz-core modules at run time, and schemas only as types', (_file, text) => {
    const imports = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)];
    for (const [, , typeOnly, from] of imports) {
      if (typeOnly) continue;
      expect(from, 'runtime import').toMatch(/^\.\/[a-z0-9-]+$/);
    }
    expect(text).not.toMatch(/from\s+'(?:svelte|astro|zod|astro\/zod)/);
    expect(text).not.toMatch(/import\(/);
  });
});
