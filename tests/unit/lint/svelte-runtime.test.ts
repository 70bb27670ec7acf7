import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The Svelte runtime is one chunk that every island page loads, so `npm run lint` refuses the
// constructs whose runtime support one island would otherwise add to all of them
// (eslint.config.mjs; README, "JavaScript budgets").
const eslint = new ESLint({ cwd: process.cwd() });
const FILE = 'src/components/fixture.svelte';

async function runtimeErrors(markup: string): Promise<string[]> {
  const code = `<script>\n  let on = $state(false);\n  let el = $state();\n  let v = $state('');\n</script>\n\n${markup}\n`;
  const [result] = await eslint.lintText(code, { filePath: FILE });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('Svelte constructs that would grow the shared runtime', () => {
  beforeAll(async () => {
    await eslint.calculateConfigForFile(FILE);
  }, 60_000);

  it.each([
    ['bind:this', '<input bind:this={el} />', /by id/],
    ['bind:group', '<input type="radio" value="a" bind:group={v} />', /by id|checked/],
    ['bind:checked', '<input type="checkbox" bind:checked={on} />', /checked\/onchange/],
    ['class={…}', "<button class={on ? 'primary' : ''}>Go</button>", /clsx/],
    ['<svelte:element>', '<svelte:element this={v}>x</svelte:element>', /write the element out/],
  ])('%s fails lint', async (_name, markup, message) => {
    const errors = await runtimeErrors(markup);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['class:name', '<button class:primary={on}>Go</button>'],
    ['a class with text around the expression', '<button class="big {v}">Go</button>'],
    ['bind:value', '<input bind:value={v} />'],
    ['checked with onchange', '<input type="checkbox" checked={on} onchange={() => (on = !on)} />'],
  ])('%s passes', async (_name, markup) => {
    expect(await runtimeErrors(markup)).toEqual([]);
  });
});
