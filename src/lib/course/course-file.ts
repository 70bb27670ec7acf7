/**
 * The course as one JSON file for readers outside Astro: the LMS packager and the end-to-end
 * tests. `src/pages/course.json.ts` writes it during the build and the `course-file` integration
 * in astro.config.mjs moves it out of dist/ to build/course.json, so it is never served (it holds
 * every right answer, the final assessment's too). Nothing outside Astro parses the content files.
 */
import type { Question } from '../../schemas/question';
import type { Course } from './course';
import type { Edition } from '../../data/edition';
import type { LawTense } from '../../data/law';
import { knowledgeCheckRefs, lessonHeadings } from './validate-course';

export interface CourseFileModule {
  id: string;
  order: number;
  title: string;
  summary: string;
  objectives: string[];
  /** The module quiz's id. */
  quiz: string;
  /** Lesson ids in course order. */
  lessons: string[];
  minutes: number;
}

export interface CourseFileLesson {
  id: string;
  module: string;
  order: number;
  title: string;
  description: string;
  minutes: number;
  /** The lesson's own `##`…`######` headings (the layout adds objectives, summary, sources). */
  headings: { anchor: string; text: string }[];
  /** `quiz-id:question-id` of each knowledge check, in page order. */
  checks: string[];
  /** Content version (src/lib/course/lesson-version.ts), as progress records it on completion. */
  version: string;
}

export interface CourseFileQuiz {
  id: string;
  /** Module id, or "final" for the final assessment. */
  module: string;
  title: string;
  mode: 'practice' | 'assessment';
  passMark: number;
  /** Content version, as stored with attempts. */
  version: string;
  questions: Question[];
}

export interface CourseFileTerm {
  id: string;
  term: string;
  abbreviation?: string | undefined;
  definition: string;
  lessons: string[];
}

export interface CourseFile {
  site: { title: string; tagline: string };
  /** The course edition and the day its law was last checked (src/lib/course/edition.ts): the LMS packages name it. */
  edition: Edition;
  /** The day the build wrote its legal dates' tense, and the next date to pass after it. */
  lawTense: LawTense;
  modules: CourseFileModule[];
  /** Every lesson in course order. */
  lessons: CourseFileLesson[];
  /** Module quizzes in module order, then the final assessment. */
  quizzes: CourseFileQuiz[];
  glossary: CourseFileTerm[];
}

export function courseFile(
  course: Course,
  site: { title: string; tagline: string },
  edition: Edition,
  lawTense: LawTense,
): CourseFile {
  const quizzes = [...course.modules.map((m) => m.quiz), ...(course.final ? [course.final] : [])];
  return {
    site: { title: site.title, tagline: site.tagline },
    edition: { edition: edition.edition, lawChecked: edition.lawChecked },
    lawTense,
    modules: course.modules.map((m) => ({
      id: m.id,
      order: m.entry.data.order,
      title: m.entry.data.title,
      summary: m.entry.data.summary,
      objectives: m.entry.data.objectives,
      quiz: m.quiz.id,
      lessons: m.lessons.map((l) => l.id),
      minutes: m.minutes,
    })),
    lessons: course.lessons.map(({ id, entry, moduleId, version }) => ({
      id,
      module: moduleId,
      order: entry.data.order,
      title: entry.data.title,
      description: entry.data.description,
      minutes: entry.data.minutes,
      headings: lessonHeadings(entry.body ?? ''),
      checks: knowledgeCheckRefs(entry.body ?? ''),
      version,
    })),
    quizzes: quizzes.map(({ id, entry, version }) => ({
      id,
      module: entry.data.module,
      title: entry.data.title,
      mode: entry.data.mode,
      passMark: entry.data.passMark,
      version,
      questions: entry.data.questions,
    })),
    glossary: course.glossary.map((g) => ({ id: g.id, ...g.data })),
  };
}
