import { LAYOUT_ANCHORS, lessonHeadings } from '../course/validate-course';

/**
 * Search records that are not whole pages:
 * - quiz explanations are not on any page a learner reads before answering (showing them on
 *   the quiz page would give the answers away), so each is a record pointing at the lesson
 *   section where the answer is taught;
 * - glossary terms: the glossary is one long page, which would rank below any short lesson
 *   section, so each term is a short record of its own pointing at its entry.
 */
export interface SearchRecord {
  /** Site path without the base (Pagefind adds the base it is served from). */
  url: string;
  content: string;
  /** `kind` is "Quiz explanation" for explanations, empty for glossary terms. */
  meta: { title: string; module: string; section: string; kind: string };
}

export interface RecordLesson {
  id: string;
  title: string;
  /** "Module 7: Cybersecurity", as the lesson page shows it. */
  module: string;
  body: string;
}

export interface RecordQuestion {
  lesson: string;
  anchor: string;
  prompt: string;
  explanation: string;
}

/** Headings the lesson layout writes itself (not in the MDX body). */
const LAYOUT_TITLES: Record<(typeof LAYOUT_ANCHORS)[number], string> = {
  objectives: 'In this lesson you will learn to',
  summary: 'Summary',
  sources: 'Sources',
};

export function explanationRecords(lessons: RecordLesson[], questions: RecordQuestion[]): SearchRecord[] {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const titles = new Map(lessons.map((l) => [l.id, new Map(lessonHeadings(l.body).map((h) => [h.anchor, h.text]))]));
  return questions.flatMap((q) => {
    const lesson = byId.get(q.lesson);
    if (!lesson) return [];
    const section =
      titles.get(q.lesson)?.get(q.anchor) ?? LAYOUT_TITLES[q.anchor as keyof typeof LAYOUT_TITLES] ?? lesson.title;
    return [
      {
        url: `/modules/${lesson.id}/#${q.anchor}`,
        content: `${q.prompt} ${q.explanation}`,
        meta: { title: lesson.title, module: lesson.module, section, kind: 'Quiz explanation' },
      },
    ];
  });
}

export interface RecordTerm {
  id: string;
  term: string;
  abbreviation?: string | undefined;
  definition: string;
}

export function glossaryRecords(terms: RecordTerm[]): SearchRecord[] {
  return terms.map((t) => {
    const name = t.abbreviation ? `${t.term} (${t.abbreviation})` : t.term;
    return {
      url: `/glossary/#${t.id}`,
      content: `${name}. ${t.definition}`,
      meta: { title: 'Glossary', module: 'Glossary', section: name, kind: '' },
    };
  });
}
