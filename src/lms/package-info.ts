/**
 * What the packager tells the launcher about one LMS package (written to `lms/package.js`
 * as `window.DHS_PACKAGE`): which standard, which lessons count for completion, which quiz
 * decides pass or fail, and the question banks the interactions are built from.
 */

export type Standard = 'scorm12' | 'scorm2004' | 'cmi5';

export interface PackageOption {
  id: string;
  text: string;
}

export interface PackageQuestion {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'order' | 'numeric';
  prompt: string;
  /** In the bank's order (not the shuffled order a learner saw). */
  options?: PackageOption[];
  answer: string | string[] | boolean | number;
  partialCredit?: boolean;
  tolerance?: number;
  unit?: string;
}

export interface PackageQuiz {
  id: string;
  title: string;
  passMark: number;
  questions: PackageQuestion[];
}

export interface PackageInfo {
  /** `digital-health-skills` or `digital-health-skills-<module-id>`. */
  id: string;
  standard: Standard;
  title: string;
  description: string;
  /** Page the course opens on, relative to the launcher (`index.html`, `modules/x/index.html`). */
  start: string;
  /** Lesson ids that must all be completed for "completed". */
  lessons: string[];
  /** The quiz whose best full attempt decides passed/failed and the score. */
  assessment: string;
  /** Quizzes whose answers are reported as interactions (the assessment among them). */
  quizzes: PackageQuiz[];
  /** cmi5: LRS origins the Content Security Policy admits besides the package's own. */
  lrsOrigins: string[];
  /** cmi5: the course and AU IRIs written in cmi5.xml. */
  iri: string;
  /** The course edition and the day its law was last checked (src/lib/course/edition.ts); the manifests name it. */
  edition?: { edition: string; lawChecked: string };
}
