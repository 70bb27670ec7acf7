import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factDates, formatLegalDate, typedDates } from '../../../src/data/law';
import { legalDates } from '../../../src/data/legal-dates';
import { lessonFacts } from '../../../src/lib/course/validate-course';
import { loadContent } from '../../helpers/load-content';

/**
 * Legal dates live in src/data/legal-facts.ts (docs/law-watch.md). The timeline figure draws
 * the facts that carry a `timeline` label; each of them must also be taught in a lesson.
 */
const { input, errors } = loadContent();

describe('legal facts in the course', () => {
  it('every reference resolves (no unknown fact id in lessons, quizzes or glossary)', () => {
    expect(errors.filter((e) => /legal fact|placeholder/.test(e))).toEqual([]);
  });

  it.each(legalDates.map((e) => [formatLegalDate(e.date), e.law, e.event, e.fact] as const))(
    '%s (%s: %s) on the timeline is taught in a lesson',
    (date, _law, _event, fact) => {
      const taught = input.lessons.some((l) => lessonFacts(l).includes(fact) || (l.body ?? '').includes(date));
      expect(taught, `no lesson states ${fact} (${date})`).toBe(true);
    },
  );
});

/** Files where a legal date could be typed: lessons, module files, quiz banks, glossary, figures. */
function contentFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
    );
  return [
    ...walk('lessons').filter((f) => /\.(mdx|ya?ml)$/.test(f)),
    ...walk('quizzes').filter((f) => /\.ya?ml$/.test(f)),
    ...walk('glossary').filter((f) => /\.ya?ml$/.test(f)),
    ...walk('src/components/figures').filter((f) => /\.(ts|astro|svelte)$/.test(f)),
  ].sort();
}

/** Every legal date the facts file holds, typed by hand: "file:line: 2 December 2027 (ai-act-annex-iii)". */
function handTypedDates(files: string[], read = (f: string) => readFileSync(f, 'utf8')): string[] {
  const held = factDates();
  const found: string[] = [];
  for (const file of files) {
    read(file)
      .split('\n')
      .forEach((line, i) => {
        for (const d of typedDates(line)) {
          const ids = held.get(d);
          if (ids)
            found.push(
              `${file}:${i + 1}: "${d}" is typed by hand; write <Law fact="${ids[0]}" /> or {law:${ids[0]}} (facts: ${ids.join(', ')})`,
            );
        }
      });
  }
  return found;
}

describe('no legal date typed by hand', () => {
  it('in lessons, quizzes, glossary or figures: each comes from src/data/legal-facts.ts', () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThan(40);
    expect(handTypedDates(files)).toEqual([]);
  });

  it('the check catches a typed date, a month-only fact date and names the fact to use', () => {
    const text: Record<string, string> = {
      'lessons/x.mdx': 'Rules apply from **2 December 2027**.\nThe Chips Act, in force since September 2023.',
      'quizzes/x.yaml': 'explanation: from {law:ai-act-annex-iii}; not 3 December 2027.',
    };
    const found = handTypedDates(Object.keys(text), (f) => text[f]!);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^lessons\/x\.mdx:1: "2 December 2027" is typed by hand; write <Law fact="ai-act-annex-iii" \/>/,
    );
    expect(found[1]).toMatch(/^lessons\/x\.mdx:2: "September 2023" .*chips-act-in-force/);
  });
});
