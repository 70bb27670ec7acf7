/**
 * A whole-course learner in an LMS with the stricter rules of tests/helpers/lms-rules.ts:
 * every lesson completed, every module quiz taken (some answers wrong, so large numbers and
 * fill-in show up too) and the final passed, reported through the real SCORM connection
 * against scorm-again, one commit after each quiz as the launcher does. Used by the unit
 * tests and by `scripts/bench-lms.mjs` (the figures in BENCHMARKS.md).
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { connectScorm } from '../../src/lms/scorm';
import { buildReport, finishedAttemptKeys, newAssessedAttempts } from '../../src/lms/report';
import { textToCodeSync } from '../../src/lms/suspend-code';
import { encodeText } from '../../src/progress/codec';
import type { Progress } from '../../src/schemas/progress';
import { emptyProgress } from '../../src/progress/model';
import { withLessons, withQuizAttempt } from './seed-attempts';
import { loadContent } from './load-content';
import { commitForm, strictRefusal } from './lms-rules';
import { coursePackage } from '../unit/lms/fixtures';

// The course from its files (unit tests run without a build).
const { input } = loadContent();
const modules = [...input.modules].sort((a, b) => a.data.order - b.data.order);
const quiz = (id: string) => input.quizzes.find((q) => q.id === id)!;
const finalQuiz = input.quizzes.find((q) => q.data.module === 'final')!;
const allLessons = modules.flatMap((m) =>
  input.lessons.filter((l) => l.data.module === m.id).sort((a, b) => a.data.order - b.data.order),
);

function withAttempt(p: Progress, quizId: string, finishedAt: number, wrong: string[] = []): Progress {
  const q = quiz(quizId);
  return withQuizAttempt(p, { id: quizId, questions: q.data.questions, passMark: q.data.passMark }, finishedAt, {
    wrong,
  });
}

export interface CommitFigures {
  edition: 'scorm12' | 'scorm2004';
  /** The largest commit, as the LMS sends it. */
  fields: number;
  bytes: number;
  commits: number;
  interactions: number;
  setValues: number;
  /** Values the strict rules refused (element=value). */
  refused: string[];
  suspendLength: number;
}

/** Quizzes in course order, module quizzes first; every third question of a module quiz answered wrongly. */
function quizzesInOrder(): Array<{ id: string; wrong: string[] }> {
  const out = modules.map((m) => {
    const q = quiz(m.data.quiz);
    return { id: q.id, wrong: q.data.questions.filter((_, i) => i % 3 === 2).map((x) => x.id) };
  });
  out.push({ id: finalQuiz.id, wrong: [] });
  return out;
}

export function measureWholeCourse(edition: 'scorm12' | 'scorm2004'): CommitFigures {
  const settings = { strict_errors: true, autocommit: false, lmsCommitUrl: false as const, logLevel: 5 as const };
  const api = edition === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (edition === 'scorm12') api.loadFromJSON({ core: { student_id: '2', student_name: 'Nurse, Ada' } }, '');
  else api.loadFromJSON({ learner_id: '2', learner_name: 'Ada Nurse' }, '');
  const refused: string[] = [];
  let setValues = 0;
  let largest = { fields: 0, bytes: 0 };
  let commits = 0;
  const measure = () => {
    commits += 1;
    const size = commitForm(api.renderCMIToJSONObject());
    if (size.fields > largest.fields) largest = { ...largest, fields: size.fields };
    if (size.bytes > largest.bytes) largest = { ...largest, bytes: size.bytes };
  };
  const target = api as unknown as Record<string, (...a: string[]) => string>;
  const names =
    edition === 'scorm12'
      ? { set: 'LMSSetValue', commit: 'LMSCommit', end: 'LMSFinish' }
      : { set: 'SetValue', commit: 'Commit', end: 'Terminate' };
  const orig = {
    set: target[names.set]!.bind(api),
    commit: target[names.commit]!.bind(api),
    end: target[names.end]!.bind(api),
  };
  target[names.set] = (el: string, value: string) => {
    setValues += 1;
    const n = /^cmi\.interactions\.(\d+)\./.exec(el);
    const type = n && edition === 'scorm2004' ? String(api.getCMIValue(`cmi.interactions.${n[1]}.type`)) : '';
    const code = strictRefusal(edition, el, value, type);
    if (code) {
      refused.push(`${el}=${value}`);
      return 'false';
    }
    return orig.set(el, value);
  };
  target[names.commit] = (s: string) => {
    const r = orig.commit(s);
    measure();
    return r;
  };
  target[names.end] = (s: string) => {
    measure();
    return orig.end(s);
  };

  const pkg = coursePackage(edition);
  const win = { [edition === 'scorm12' ? 'API' : 'API_1484_11']: api } as Record<string, unknown>;
  win['parent'] = win;
  win['top'] = win;
  const conn = connectScorm(edition, pkg.quizzes, win as unknown as Window);
  const reported = new Set<string>();
  const at = Date.UTC(2026, 10, 1);
  let progress: Progress = withLessons(
    emptyProgress(),
    allLessons.map((l) => l.id),
    at,
  );
  let suspend = '';
  const request = () => {
    const assessed = newAssessedAttempts(progress, pkg, reported);
    for (const k of finishedAttemptKeys(progress, pkg)) reported.add(k);
    suspend = textToCodeSync(encodeText(progress));
    return { suspend, location: 'index.html', report: buildReport(progress, pkg, 80), answers: [], assessed };
  };
  void conn.save(request()).catch(() => {});
  let t = at + 3_600_000;
  for (const q of quizzesInOrder()) {
    progress = withAttempt(progress, q.id, (t += 600_000), q.wrong);
    void conn.save(request()).catch(() => {});
  }
  void conn.finish({ ...request(), sessionMs: 3_600_000 }).catch(() => {});
  return {
    edition,
    fields: largest.fields,
    bytes: largest.bytes,
    commits,
    interactions: Number(api.getCMIValue('cmi.interactions._count')),
    setValues,
    refused,
    suspendLength: suspend.length,
  };
}
