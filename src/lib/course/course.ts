import { getCollection, type CollectionEntry } from 'astro:content';
import { quizVersion } from '../../quiz/content-version';
import { lawToday, nextTenseChangeNotice, oldestCheck, staleFacts, validateFacts, STALE_MONTHS } from '../../data/law';
import { legalFacts } from '../../data/legal-facts';
import { changes } from '../../data/changes';
import { lessonVersions, type LessonVersion } from '../../data/lesson-versions';
import { ledgerErrors, ledgerWarnings, lessonUpdates, lessonVersion, lessonVersionInput } from './lesson-version';
import type { LessonUpdates } from './lesson-version';
import { headingAnchors, lessonFacts, validateCourse } from './validate-course';

export type LessonEntry = CollectionEntry<'lessons'>;
export type QuizEntry = CollectionEntry<'quizzes'>;

export interface CourseLesson {
  id: string;
  entry: LessonEntry;
  moduleId: string;
  url: string;
  /** Position in the whole course, 0-based, for previous/next links across modules. */
  index: number;
  /** Ids of the legal facts the lesson states (src/data/legal-facts.ts). */
  lawFacts: string[];
  /** The oldest `lastChecked` of those facts (ISO), shown as "Law checked <month year>"; none if it states no law. */
  lawChecked: string | undefined;
  /** Content version (src/lib/course/lesson-version.ts), recorded when the learner completes the lesson. */
  version: string;
  /** What the page tells a learner who completed an earlier version. */
  updates: LessonUpdates;
}

export interface CourseQuiz {
  id: string;
  entry: QuizEntry;
  url: string;
  version: string;
}

export interface CourseModule {
  id: string;
  entry: CollectionEntry<'modules'>;
  url: string;
  lessons: CourseLesson[];
  quiz: CourseQuiz;
  minutes: number;
}

export interface Course {
  modules: CourseModule[];
  lessons: CourseLesson[];
  quizzes: CourseQuiz[];
  final: CourseQuiz | undefined;
  glossary: CollectionEntry<'glossary'>[];
  minutes: number;
}

/** Prefixes a site path with the configured base, so the course works in a sub-folder. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

export const lessonUrl = (id: string) => href(`/modules/${id}/`);
export const moduleUrl = (id: string) => href(`/modules/${id}/`);
export const quizUrl = (id: string) => href(`/quizzes/${id}/`);

/**
 * End-to-end tests only (`npm run build:changed`): the lesson with this id is built as if its
 * text had changed, so a test can open a rebuilt site where one lesson has a new version.
 */
const TEST_CHANGE = process.env['LESSON_CHANGE_FOR_TEST'];

/** A lesson's versions from the ledger; under LESSON_CHANGE_FOR_TEST, the changed lesson's new version with a note. */
function historyOf(id: string, version: string, today: string): LessonVersion[] {
  const history = lessonVersions[id] ?? [];
  return id === TEST_CHANGE && !history.some((h) => h.version === version)
    ? [...history, { version, date: today, note: 'A test rewrote one paragraph' }]
    : history;
}

let cached: Promise<Course> | undefined;

/** The whole course, validated and ordered. Every page reads it from here. */
export function getCourse(): Promise<Course> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Course> {
  const [modules, lessons, quizzes, glossary] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('quizzes'),
    getCollection('glossary'),
  ]);
  const today = lawToday();
  const errors = [
    ...validateFacts(legalFacts, today),
    ...validateCourse({ modules, lessons, quizzes, glossary }),
    ...ledgerErrors(lessonVersions, new Set(lessons.map((l) => l.id)), changes, today),
  ];
  if (errors.length) {
    throw new Error(`The course content has ${errors.length} problem(s):\n- ${errors.join('\n- ')}`);
  }
  const stale = staleFacts(legalFacts, today);
  if (stale.length) {
    console.warn(
      `[law] ${stale.length} legal fact(s) last checked more than ${STALE_MONTHS} months ago; run npm run law:review: ${stale
        .map((f) => `${f.id} (${f.lastChecked})`)
        .join(', ')}`,
    );
  }
  console.info(`[law] ${nextTenseChangeNotice(legalFacts, today)}`);
  const courseQuizzes: CourseQuiz[] = quizzes.map((entry) => ({
    id: entry.id,
    entry,
    url: quizUrl(entry.id),
    version: quizVersion({ id: entry.id, questions: entry.data.questions }),
  }));
  const quizById = new Map(courseQuizzes.map((q) => [q.id, q]));
  const ordered = [...modules].sort((a, b) => a.data.order - b.data.order);
  const flat: CourseLesson[] = [];
  const courseModules = ordered.map((m) => {
    const own = lessons
      .filter((l) => l.data.module === m.id)
      .sort((a, b) => a.data.order - b.data.order)
      .map((entry) => {
        const facts = lessonFacts(entry);
        const version = lessonVersion(
          lessonVersionInput(
            { ...entry.data, body: entry.body ?? '' },
            facts.map((id) => legalFacts.find((f) => f.id === id)).filter((f) => f !== undefined),
          ) + (entry.id === TEST_CHANGE ? ' (changed for a test)' : ''),
        );
        const lesson: CourseLesson = {
          id: entry.id,
          entry,
          moduleId: m.id,
          url: lessonUrl(entry.id),
          index: flat.length,
          lawFacts: facts,
          lawChecked: oldestCheck(facts),
          version,
          updates: lessonUpdates(version, historyOf(entry.id, version, today), changes),
        };
        flat.push(lesson);
        return lesson;
      });
    const quiz = quizById.get(m.data.quiz);
    if (!quiz) throw new Error(`${m.filePath}: quiz: no quiz "${m.data.quiz}"`);
    return {
      id: m.id,
      entry: m,
      url: moduleUrl(m.id),
      lessons: own,
      quiz,
      minutes: own.reduce((sum, l) => sum + l.entry.data.minutes, 0),
    };
  });
  const unnoted = ledgerWarnings(new Map(flat.map((l) => [l.id, l.version])), lessonVersions);
  if (unnoted.length)
    console.warn(`[lessons] ${unnoted.length} lesson(s) changed with no change note:\n- ${unnoted.join('\n- ')}`);
  return {
    modules: courseModules,
    lessons: flat,
    quizzes: courseQuizzes,
    final: courseQuizzes.find((q) => q.entry.data.module === 'final'),
    glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')),
    minutes: courseModules.reduce((sum, m) => sum + m.minutes, 0),
  };
}

export { headingAnchors };
