/** The real question banks as the packager hands them to the launcher, and answers to them. */
import { loadContent } from '../../helpers/load-content';
import type { PackageInfo, PackageQuestion, PackageQuiz } from '../../../src/lms/package-info';
import type { StoredAnswer } from '../../../src/schemas/progress';

const { input } = loadContent();

export const packageQuizzes: PackageQuiz[] = input.quizzes.map((q) => ({
  id: q.id,
  title: q.data.title,
  passMark: q.data.passMark,
  questions: q.data.questions.map((x) => {
    const out: PackageQuestion = { id: x.id, type: x.type, prompt: x.prompt, answer: x.answer };
    if ('options' in x) out.options = x.options.map((o) => ({ id: o.id, text: o.text }));
    if ('partialCredit' in x && x.partialCredit) out.partialCredit = true;
    if ('tolerance' in x && x.tolerance) out.tolerance = x.tolerance;
    if ('unit' in x && x.unit) out.unit = x.unit;
    return out;
  }),
}));

export const lessonIds = [...input.lessons].sort((a, b) => a.id.localeCompare(b.id)).map((l) => l.id);

export function coursePackage(standard: PackageInfo['standard'] = 'scorm12'): PackageInfo {
  return {
    id: 'digital-health-skills',
    standard,
    title: 'Digital Health Skills',
    description: 'test',
    start: 'index.html',
    lessons: lessonIds,
    assessment: 'final',
    quizzes: packageQuizzes,
    lrsOrigins: [],
    iri: 'https://example.org/course',
  };
}

export function rightAnswer(q: PackageQuestion): StoredAnswer {
  return q.type === 'numeric' ? String(q.answer) : Array.isArray(q.answer) ? [...q.answer] : (q.answer as StoredAnswer);
}

export function wrongAnswer(q: PackageQuestion): StoredAnswer {
  const options = q.options ?? [];
  switch (q.type) {
    case 'single':
      return options.find((o) => o.id !== q.answer)!.id;
    case 'truefalse':
      return !q.answer;
    case 'numeric':
      return String(Number(q.answer) + 1000 + (q.tolerance ?? 0));
    case 'multiple':
      return options.filter((o) => !(q.answer as string[]).includes(o.id)).map((o) => o.id);
    case 'order':
      return [...(q.answer as string[])].reverse();
  }
}
