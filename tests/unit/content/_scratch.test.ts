import { it } from 'vitest';
import { loadContent } from '../../helpers/load-content';
import { blocks, prose, sentences, wordCount, questionTexts } from './text';
const { input } = loadContent();
it('report', () => {
  const out: string[] = [];
  for (const quiz of input.quizzes) {
    const singles = quiz.data.questions.filter((q) => q.type === 'single');
    let l1 = 0, l2 = 0; const r1: string[] = [], r2: string[] = [];
    for (const q of singles) {
      const sorted = [...q.options].sort((a, b) => b.text.trim().length - a.text.trim().length);
      if (sorted[0]?.id === q.answer) { l1++; r1.push(q.id); }
      if (sorted[1]?.id === q.answer) { l2++; r2.push(q.id); }
    }
    const kinds: Record<string, number> = {}; const types: Record<string, number> = {};
    for (const q of quiz.data.questions) { kinds[q.kind ?? 'u'] = (kinds[q.kind ?? 'u'] ?? 0) + 1; types[q.type] = (types[q.type] ?? 0) + 1; }
    out.push(`${quiz.filePath}: n=${quiz.data.questions.length} singles=${singles.length} longest=${l1} [${r1}] second=${l2} [${r2}] max=${Math.floor(singles.length*0.4)} kinds=${JSON.stringify(kinds)} types=${JSON.stringify(types)}\n  desc: ${quiz.data.description}`);
  }
  const long: string[] = [];
  const check = (where: string, texts: string[]) => { for (const s of texts.flatMap(sentences)) if (wordCount(s) > 35) long.push(`${where} (${wordCount(s)}) ${s}`); };
  for (const l of input.lessons) check(l.filePath!, [...blocks(l.body ?? ''), ...l.data.objectives.map(prose), ...l.data.summary.map(prose)]);
  for (const g of input.glossary) check(g.filePath!, blocks(g.data.definition));
  for (const quiz of input.quizzes) for (const q of quiz.data.questions) check(`${quiz.filePath}:${q.id}`, [...blocks(q.explanation), q.prompt, ...('options' in q ? q.options.map(o=>o.text):[])]);
  require('fs').writeFileSync('/tmp/wc/report.txt', out.join('\n') + '\n\nLONG:\n' + long.join('\n'));
});
