import GithubSlugger from 'github-slugger';
import { lawPhrase, renderLaw, type LawForm } from '../../data/law';
import type { GlossaryData } from '../../schemas/glossary';
import type { LessonData } from '../../schemas/lesson';
import type { ModuleData } from '../../schemas/module';
import type { QuizData } from '../../schemas/quiz';

/** The shape of a loaded content entry that validation needs (a subset of Astro's). */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
  body?: string | undefined;
}

export interface CourseInput {
  modules: Entry<ModuleData>[];
  lessons: Entry<LessonData>[];
  quizzes: Entry<QuizData>[];
  glossary: Entry<GlossaryData>[];
}

/** Anchors the lesson layout renders itself, so questions may point at them too. */
export const LAYOUT_ANCHORS = ['objectives', 'summary', 'sources'] as const;

/** Heading ids as Astro's MDX renders them (github-slugger over the heading text). */
export function headingAnchors(body: string): string[] {
  return lessonHeadings(body).map((h) => h.anchor);
}

/** The `##`…`######` headings of a lesson body: their ids and their plain text. */
export function lessonHeadings(body: string): { anchor: string; text: string }[] {
  const slugger = new GithubSlugger();
  const headings: { anchor: string; text: string }[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m?.[1]) {
      const text = plainText(m[1]);
      headings.push({ anchor: slugger.slug(text), text });
    }
  }
  return headings;
}

function plainText(md: string): string {
  return md
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '');
}

/** `<KnowledgeCheck ids="quiz:question other-quiz:question" />` references in a lesson body. */
export function knowledgeCheckRefs(body: string): string[] {
  return [...body.matchAll(/<KnowledgeCheck\b[^>]*\bids="([^"]*)"/g)].flatMap((m) =>
    (m[1] ?? '').split(/\s+/).filter(Boolean),
  );
}

/** `<Term id="…">` glossary references in a lesson body. */
export function termRefs(body: string): string[] {
  return [...body.matchAll(/<Term\b[^>]*\bid="([^"]*)"/g)].map((m) => m[1] ?? '');
}

const LAW_TAG = /<Law\b([^>]*?)\/?>/g;

function parseLawTag(attrs: string): { fact: string; form?: LawForm; date?: string; cap?: boolean } {
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
  const form = attr('form') as LawForm | undefined;
  const date = attr('date');
  return {
    fact: attr('fact') ?? '',
    ...(form ? { form } : {}),
    ...(date ? { date } : {}),
    ...(/\bcap\b/.test(attrs) ? { cap: true } : {}),
  };
}

/** `<Law fact="…" form="…" date="…" />` legal-fact references in a lesson body. */
export function lawRefs(body: string): { fact: string; form?: LawForm; date?: string; cap?: boolean }[] {
  return [...body.matchAll(LAW_TAG)].map((m) => parseLawTag(m[1] ?? ''));
}

/** The body with each `<Law … />` written out as the built page shows it on `today` (for checks on the text). */
export function expandLawTags(body: string, today: string): string {
  return body.replace(LAW_TAG, (whole, attrs: string) => {
    try {
      return lawPhrase(parseLawTag(attrs), today);
    } catch {
      return whole;
    }
  });
}

/** Every legal fact a lesson uses: `<Law>` in its body, `{law:…}` and `facts:` in its front matter. */
export function lessonFacts(lesson: Entry<LessonData>): string[] {
  return [...new Set([...(lesson.data.lawFacts ?? []), ...lawRefs(lesson.body ?? '').map((r) => r.fact)])];
}

/**
 * Cross-checks what a schema alone cannot: references between files, anchors, counts.
 * Returns every problem, each naming the file and the field, so one build shows them all.
 */
export function validateCourse(input: CourseInput): string[] {
  const errors: string[] = [];
  const where = (e: Entry<unknown>, field: string, message: string) =>
    errors.push(`${e.filePath ?? e.id}: ${field}: ${message}`);

  for (const [name, folder] of [
    ['modules', 'lessons/NN-<module>/module.yaml'],
    ['lessons', 'lessons/NN-<module>/NN-<lesson>.mdx'],
    ['quizzes', 'quizzes/NN-<quiz>.yaml'],
    ['glossary', 'glossary/<term>.yaml'],
  ] as const) {
    if (input[name].length === 0)
      errors.push(`${name}: the collection is missing or empty (expected files like ${folder})`);
  }

  const modules = new Map(input.modules.map((m) => [m.id, m]));
  const quizzes = new Map(input.quizzes.map((q) => [q.id, q]));
  const lessons = new Map(input.lessons.map((l) => [l.id, l]));
  const glossary = new Set(input.glossary.map((g) => g.id));
  const anchors = new Map(
    input.lessons.map((l) => [l.id, new Set([...headingAnchors(l.body ?? ''), ...LAYOUT_ANCHORS])]),
  );

  const moduleOrders = new Map<number, string>();
  for (const m of input.modules) {
    const other = moduleOrders.get(m.data.order);
    if (other) where(m, 'order', `${m.data.order} is also the order of module "${other}"`);
    moduleOrders.set(m.data.order, m.id);
    const quiz = quizzes.get(m.data.quiz);
    if (!quiz) where(m, 'quiz', `no quiz "${m.data.quiz}" in quizzes/`);
    else if (quiz.data.module !== m.id)
      where(m, 'quiz', `quiz "${m.data.quiz}" belongs to module "${quiz.data.module}"`);
    if (!input.lessons.some((l) => l.data.module === m.id)) where(m, 'lessons', 'the module has no lessons');
  }

  const lessonOrders = new Map<string, string>();
  for (const l of input.lessons) {
    const folder = l.id.split('/')[0];
    if (!modules.has(l.data.module)) where(l, 'module', `no module "${l.data.module}"`);
    else if (folder !== l.data.module) where(l, 'module', `"${l.data.module}" does not match the folder "${folder}"`);
    const key = `${l.data.module}#${l.data.order}`;
    const other = lessonOrders.get(key);
    if (other) where(l, 'order', `${l.data.order} is also the order of lesson "${other}"`);
    lessonOrders.set(key, l.id);
    for (const ref of knowledgeCheckRefs(l.body ?? '')) {
      const [quizId, questionId] = ref.split(':');
      const quiz = quizId ? quizzes.get(quizId) : undefined;
      if (!quiz || !quiz.data.questions.some((q) => q.id === questionId)) {
        where(l, 'KnowledgeCheck ids', `no question "${ref}" (use "<quiz-id>:<question-id>")`);
      }
    }
    for (const ref of termRefs(l.body ?? '')) {
      if (!glossary.has(ref)) where(l, 'Term id', `no glossary term "${ref}"`);
    }
    for (const ref of lawRefs(l.body ?? '')) {
      try {
        renderLaw(ref, '2000-01-01');
      } catch (e) {
        where(l, 'Law fact', (e as Error).message);
      }
    }
  }

  let finals = 0;
  for (const q of input.quizzes) {
    if (q.data.module === 'final') finals++;
    else if (!modules.has(q.data.module)) where(q, 'module', `no module "${q.data.module}" (or use "final")`);
    q.data.questions.forEach((question, i) => {
      const field = `questions[${i}] (${question.id})`;
      const lessonAnchors = anchors.get(question.lesson);
      if (!lessons.has(question.lesson) || !lessonAnchors) {
        where(q, `${field}.lesson`, `no lesson "${question.lesson}"`);
      } else if (!lessonAnchors.has(question.anchor)) {
        where(
          q,
          `${field}.anchor`,
          `lesson "${question.lesson}" has no heading "#${question.anchor}" (it has: ${[...lessonAnchors].join(', ')})`,
        );
      }
    });
  }
  if (finals > 1) errors.push(`quizzes: ${finals} quizzes say module: final; there can be one final assessment`);

  for (const g of input.glossary) {
    g.data.lessons.forEach((id, i) => {
      if (!lessons.has(id)) where(g, `lessons[${i}]`, `no lesson "${id}"`);
    });
  }
  return errors;
}
