import { ESLint } from 'eslint';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// `npm run lint` keeps the layers of src/ pointing down (eslint.config.mjs, docs/architecture.md).
// Plain JavaScript paths, so the check needs no type information for a file that is not on disk.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layers', () => {
  // Loading the config and its plugins once takes seconds on a busy machine; each check after it is quick.
  beforeAll(async () => {
    await eslint.calculateConfigForFile('src/lib/fixture.mjs');
  }, 60_000);

  it.each([
    ['src/lib/fixture.mjs', "import { progress } from '../stores/progress';"],
    ['src/lib/results/fixture.mjs', "import { x } from '../../components/quiz/island';"],
    ['src/progress/fixture.mjs', "import { x } from '../lib/format';"],
    ['src/quiz/fixture.mjs', "import { x } from '../progress/model';"],
    ['src/schemas/fixture.mjs', "export { x } from '../components/figures/ids';"],
    ['src/stores/fixture.mjs', "import { x } from '../lms/page-storage';"],
    ['src/lms/fixture.mjs', "import X from '../components/Term.astro';"],
  ])('an upward import in %s fails lint', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/lib/fixture.mjs', "import { x } from '../progress/model';"],
    ['src/stores/fixture.mjs', "import { x } from '../progress/codec';"],
    ['src/lms/fixture.mjs', "import { progress } from '../stores/progress';"],
    ['src/lib/results/fixture.mjs', "import { x } from '../course/course';"],
    ['src/progress/fixture.mjs', "import { x } from '../quiz/types';"],
  ])('a downward import in %s passes', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('has no exception: no file in src/ switches the layer rule off', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(ts|mjs|js|svelte|astro)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(50);
    const disabled = files.filter((f) =>
      /eslint-disable[^\n]*no-restricted-imports/.test(readFileSync(join('src', f), 'utf8')),
    );
    expect(disabled).toEqual([]);
  });
});
