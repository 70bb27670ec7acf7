/**
 * Helpers for the content tests: the text a learner reads, split into sentences and words.
 * Not a test file itself (Vitest only collects `*.test.ts`).
 */
import type { Question } from '../../../src/schemas/question';
import { lawToday } from '../../../src/data/law';
import { expandLawTags, type CourseInput } from '../../../src/lib/course/validate-course';

/** MDX as a reader sees it: legal dates written out, no comments, component tags, link targets or emphasis marks. */
export function prose(mdx: string): string {
  return expandLawTags(mdx, lawToday())
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/^\s*(```|~~~)[\s\S]*?^\s*\1/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|\*|`/g, '')
    .replace(/[ \t]+/g, ' ');
}

/**
 * The blocks of a lesson body a reader meets one at a time: headings, paragraphs and list items.
 * A sentence never runs across two blocks.
 */
export function blocks(mdx: string): string[] {
  return prose(mdx)
    .split('\n')
    .map((line) => (/^\s*\|/.test(line) ? tableCells(line) : line))
    .join('\n')
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)|\n(?=#{1,6}\s)|(?<=^#{1,6}\s[^\n]*)\n/m)
    .map((b) =>
      b
        .replace(/^\s*(?:[-*+]|\d+\.|#{1,6})\s+/gm, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((b) => /[\p{L}\p{N}]/u.test(b));
}

/** A Markdown table row as separate blocks, one per cell; the |---| rule row gives none. */
function tableCells(row: string): string {
  const cells = row
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c !== '' && !/^:?-+:?$/.test(c));
  return `\n\n${cells.join('\n\n')}\n\n`;
}

/**
 * Sentences of a block. A sentence ends at ".", "!", "?" or ":" followed by a space and a capital
 * letter, a digit or a quote, or at the end; so "Art. 4", "e.g. the" and "2024/1689" do not end one.
 */
export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.!?:])\s+(?=["“‘'(]?[\p{Lu}\d])(?<!\b(?:Art|Arts|No|p|pp|cf|Dr|Mr|Ms|Mrs|vs)\.\s+)/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Number of words (tokens with a letter or a digit). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Words for overlap checks (the own-words check's normalisation, one definition for both). */
export { normalisedWords } from '../../../scripts/lib/own-words.mjs';

/** Every text a learner reads in a question: prompt, options and explanation. */
export function questionTexts(q: Question): string[] {
  const options = 'options' in q ? q.options.map((o) => o.text) : [];
  return [q.prompt, ...options, q.explanation];
}

/** One piece of course text and where it lives, for messages that point at the file. */
export interface Passage {
  where: string;
  text: string;
}

/** Every piece of text the course shows: lessons (body and frontmatter), modules, quizzes, glossary. */
export function coursePassages(input: CourseInput): Passage[] {
  const out: Passage[] = [];
  for (const l of input.lessons) {
    const where = l.filePath ?? l.id;
    const d = l.data;
    out.push({ where: `${where} (body)`, text: prose(l.body ?? '') });
    for (const [field, text] of [
      ['title', d.title],
      ['description', d.description],
      ...d.objectives.map((o) => ['objectives', o] as const),
      ...d.summary.map((s) => ['summary', s] as const),
    ] as const) {
      out.push({ where: `${where} (${field})`, text });
    }
  }
  for (const m of input.modules) {
    const where = m.filePath ?? m.id;
    out.push({ where: `${where} (summary)`, text: m.data.summary });
    for (const o of m.data.objectives) out.push({ where: `${where} (objectives)`, text: o });
  }
  for (const quiz of input.quizzes) {
    for (const q of quiz.data.questions) {
      for (const text of questionTexts(q)) out.push({ where: `${quiz.filePath ?? quiz.id}: ${q.id}`, text });
    }
  }
  for (const g of input.glossary) out.push({ where: g.filePath ?? g.id, text: g.data.definition });
  return out;
}
