/**
 * What the LMS package a course page runs in covers, read from its launcher (`lms.html`,
 * the page's parent frame, same origin), where `lms/package.js` put the package's
 * description. A module package covers that module's lessons and quiz; the whole-course
 * package everything. Outside a package (or a packaged page opened on its own) there is
 * none, and pages describe the whole course as usual.
 */
import type { PackageInfo } from './package-info';

export interface PackageScope {
  /** The package's title ("Digital Health Skills: Why digital health matters"). */
  title: string;
  /** Lesson ids that count for completion. */
  lessons: string[];
  /** Quiz ids in the package (the module's quiz; or every quiz and the final assessment). */
  quizzes: string[];
}

/** The global `lms/package.js` sets on the launcher page. */
const PACKAGE_INFO = 'DHS_PACKAGE';

export function packageScope(win: Window | undefined = globalThis.window): PackageScope | undefined {
  if (!win || win.document.documentElement.dataset['delivery'] !== 'lms' || win.parent === win) return undefined;
  try {
    const info = (win.parent as unknown as Record<string, unknown>)[PACKAGE_INFO] as PackageInfo | undefined;
    if (!info || !Array.isArray(info.lessons) || !Array.isArray(info.quizzes)) return undefined;
    return { title: info.title, lessons: [...info.lessons], quizzes: info.quizzes.map((q) => q.id) };
  } catch {
    return undefined; // a parent from another origin is not our launcher
  }
}
