import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { LmsError, endpointAdmitted, findApi } from '../../../src/lms/connection';
import { connectScorm } from '../../../src/lms/scorm';
import { newAssessedAttempts, type Report } from '../../../src/lms/report';
import type { FinishedAttemptRecord } from '../../../src/schemas/progress';
import { emptyProgress } from '../../../src/progress/model';
import { COMMIT_BUDGET, commitForm, strictRefusal } from '../../helpers/lms-rules';
import { coursePackage, packageQuizzes, rightAnswer, wrongAnswer } from './fixtures';

/** A stand-in for a window in a frame tree. */
function win(props: Record<string, unknown> = {}, parent?: Window, opener?: Window): Window {
  const w = { ...props } as Record<string, unknown>;
  w['parent'] = parent ?? w;
  w['top'] = parent ? ((parent as unknown as { top: Window }).top ?? parent) : w;
  if (opener) w['opener'] = opener;
  return w as unknown as Window;
}

describe('the standard API search', () => {
  it('finds the API in a parent frame', () => {
    const top = win({ API: 'lms' });
    const child = win({}, win({}, top));
    expect(findApi('API', child, 7)).toBe('lms');
  });

  it('then in the opener of the top window', () => {
    const opener = win({ API_1484_11: 'lms' });
    const top = win({}, undefined, opener);
    expect(findApi('API_1484_11', win({}, top), 500)).toBe('lms');
  });

  it('stops at a frame from another origin and gives up past the depth limit', () => {
    const foreign = new Proxy({} as Window, {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    const child = { parent: foreign, top: foreign } as unknown as Window;
    expect(findApi('API', child, 7)).toBeUndefined();
    let w = win({ API: 'far' });
    for (let i = 0; i < 10; i++) w = win({}, w);
    expect(findApi('API', w, 7)).toBeUndefined();
  });
});

const settings = { strict_errors: true, autocommit: false, lmsCommitUrl: false as const, logLevel: 5 as const };
const report = (r: Partial<Report>): Report => ({
  lessonsDone: 1,
  lessonsTotal: 2,
  completed: false,
  progress: 0.5,
  ...r,
});

describe('SCORM connections against scorm-again', () => {
  it('SCORM 1.2: reads the launch data, writes status, score, location and suspend data once each', async () => {
    const api = new Scorm12API(settings);
    api.loadFromJSON({
      core: { student_name: 'Nurse, Ada', lesson_location: 'modules/a/index.html' },
      suspend_data: 'dhs1.abc',
      student_data: { mastery_score: '70' },
    });
    const conn = connectScorm('scorm12', [], win({ API: api }));
    expect(conn.state).toEqual({
      suspend: 'dhs1.abc',
      location: 'modules/a/index.html',
      learnerName: 'Nurse, Ada',
      mastery: 70,
      mode: 'normal',
      newAttempt: false,
      unseenRecord: false,
    });
    await conn.save({ suspend: 'dhs1.new', location: 'index.html', report: report({}), answers: [], assessed: [] });
    expect(api.getCMIValue('cmi.core.lesson_status')).toBe('incomplete');
    await conn.finish({
      location: 'index.html',
      report: report({ completed: true, score: { percent: 90, passed: true } }),
      answers: [],
      assessed: [],
      sessionMs: 61_000,
    });
    expect(api.getCMIValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.getCMIValue('cmi.core.score.raw')).toBe('90');
    expect(api.getCMIValue('cmi.suspend_data')).toBe('dhs1.new');
    // Leaving always suspends, so an LMS hands the data back next time (even after a pass).
    expect((api.renderCMIToJSONObject() as { cmi: { core: { exit: string } } }).cmi.core.exit).toBe('suspend');
    expect(api.isTerminated()).toBe(true);
  });

  it('SCORM 2004: a lower score or status than the LMS holds is not written', async () => {
    const api = new Scorm2004API(settings);
    api.loadFromJSON({
      completion_status: 'completed',
      success_status: 'passed',
      score: { raw: '95' },
      progress_measure: '1',
      suspend_data: 'dhs1.abc',
    });
    const conn = connectScorm('scorm2004', [], win({ API_1484_11: api }));
    await conn.save({ report: report({ score: { percent: 40, passed: false } }), answers: [], assessed: [] });
    expect(api.getCMIValue('cmi.completion_status')).toBe('completed');
    expect(api.getCMIValue('cmi.success_status')).toBe('passed');
    expect(api.getCMIValue('cmi.score.raw')).toBe('95');
    expect(api.getCMIValue('cmi.progress_measure')).toBe('1');
  });

  it('no API: a "missing" error; a refused value: a "refused" error naming the element', async () => {
    expect(() => connectScorm('scorm12', [], win({}))).toThrow(LmsError);
    const refusing = {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'true',
      LMSGetValue: () => '',
      LMSSetValue: (el: string) => (el === 'cmi.suspend_data' ? 'false' : 'true'),
      LMSCommit: () => 'true',
      LMSGetLastError: () => '405',
      LMSGetErrorString: () => 'Incorrect data type',
    };
    const conn = connectScorm('scorm12', [], win({ API: refusing }));
    await expect(conn.save({ suspend: 'dhs1.x', report: report({}), answers: [], assessed: [] })).rejects.toThrow(
      /cmi\.suspend_data: error 405 Incorrect data type/,
    );
  });
});

describe('cmi5: the LRS must be admitted by the package CSP', () => {
  it('admits the package’s own origin and the origins given when packaging', () => {
    const here = 'https://lms.example.org/content/lms.html?endpoint=x';
    expect(endpointAdmitted('https://lms.example.org/lrs/', here, [])).toBeUndefined();
    expect(endpointAdmitted('/lrs/', here, [])).toBeUndefined();
    expect(endpointAdmitted('https://lrs.example.org/xapi/', here, ['https://lrs.example.org'])).toBeUndefined();
    expect(endpointAdmitted('https://other.example.com/xapi/', here, ['https://lrs.example.org'])).toBe(
      'https://other.example.com',
    );
  });
});

/** A finished full attempt at `quiz` answering the first `wrong` questions wrongly. */
function quizAttempt(quizId: string, t: number, wrong = 0): FinishedAttemptRecord {
  const quiz = packageQuizzes.find((q) => q.id === quizId)!;
  const a: FinishedAttemptRecord['a'] = {};
  quiz.questions.forEach((q, i) => (a[q.id] = i < wrong ? wrongAnswer(q) : rightAnswer(q)));
  const percent = Math.round((100 * (quiz.questions.length - wrong)) / quiz.questions.length);
  return { v: 'x', s: 1, t, a, f: t + 600, r: [0, percent, percent >= 80 ? 1 : 0] };
}

describe('a record that does not grow: one block of interactions per quiz', () => {
  const pkg = coursePackage('scorm2004');
  const quizIds = packageQuizzes.map((q) => q.id);

  for (const edition of ['scorm12', 'scorm2004'] as const) {
    it(`${edition}: retries overwrite their quiz's block, a relaunch finds the blocks again, and a whole-course record stays within the commit budget (fields and bytes)`, async () => {
      const Api = edition === 'scorm12' ? Scorm12API : Scorm2004API;
      const name = edition === 'scorm12' ? 'API' : 'API_1484_11';
      const refused: string[] = [];
      const strict = (api: InstanceType<typeof Api>) => {
        const set = (edition === 'scorm12' ? 'LMSSetValue' : 'SetValue') as 'SetValue';
        const orig = (api as unknown as Record<string, (a: string, b: string) => string>)[set]!.bind(api);
        (api as unknown as Record<string, unknown>)[set] = (el: string, value: string) => {
          const n = /^cmi\.interactions\.(\d+)\./.exec(el);
          const type = n && edition === 'scorm2004' ? String(api.getCMIValue(`cmi.interactions.${n[1]}.type`)) : '';
          if (strictRefusal(edition, el, value, type)) refused.push(`${el}=${value}`);
          return orig(el, value);
        };
        return api;
      };
      let progress = emptyProgress();
      const at = (i: number) => 1_790_000_000 + i * 10_000;
      // First session: every quiz once, the final twice (failed, then passed).
      const first = strict(new Api(settings));
      const c1 = connectScorm(edition, pkg.quizzes, win({ [name]: first }));
      const reported = new Set<string>();
      for (const [i, id] of quizIds.entries()) {
        progress = {
          ...progress,
          q: { ...progress.q, [id]: { h: [quizAttempt(id, at(i), id === 'final' ? 10 : 0)] } },
        };
        const assessed = newAssessedAttempts(progress, pkg, reported);
        for (const a of assessed) reported.add(`${a.quiz.id}@${a.finished}`);
        await c1.save({ suspend: 'dhs1.abc', report: report({}), answers: [], assessed });
      }
      const count = Number(first.getCMIValue('cmi.interactions._count'));
      const total = packageQuizzes.reduce((n, q) => n + q.questions.length, 0);
      expect(count).toBe(total);
      const retry = quizAttempt('final', at(50));
      progress = { ...progress, q: { ...progress.q, final: { h: [...progress.q['final']!.h, retry] } } };
      await c1.finish({
        report: report({}),
        answers: [],
        assessed: newAssessedAttempts(progress, pkg, reported),
        sessionMs: 1000,
      });
      expect(Number(first.getCMIValue('cmi.interactions._count'))).toBe(total);
      expect(Number(first.getCMIValue('cmi.objectives._count'))).toBe(quizIds.length);
      const finalIndex = quizIds.indexOf('final');
      const status = edition === 'scorm12' ? 'status' : 'success_status';
      expect(first.getCMIValue(`cmi.objectives.${finalIndex}.${status}`)).toBe('passed');

      // Second session: the LMS gives the record back; another retry of a module quiz overwrites its block.
      const held = JSON.parse(JSON.stringify(first.renderCMIToJSONObject().cmi)) as Record<string, unknown>;
      const second = strict(new Api(settings));
      second.loadFromJSON(held, '');
      const c2 = connectScorm(edition, pkg.quizzes, win({ [name]: second }));
      const again = quizAttempt(quizIds[0]!, at(60), 3);
      progress = { ...progress, q: { ...progress.q, [quizIds[0]!]: { h: [again] } } };
      await c2.save({ report: report({}), answers: [], assessed: newAssessedAttempts(progress, pkg, new Set()) });
      expect(Number(second.getCMIValue('cmi.interactions._count'))).toBe(total);
      const resultKey = edition === 'scorm12' ? 'result' : 'result';
      const wrongResult = edition === 'scorm12' ? 'wrong' : 'incorrect';
      const firstResult = JSON.parse(JSON.stringify(second.renderCMIToJSONObject().cmi)) as {
        interactions: Record<string, Record<string, string>>;
      };
      expect(firstResult.interactions['0']![resultKey]).toBe(wrongResult);
      expect(refused).toEqual([]);
      const size = commitForm(second.renderCMIToJSONObject());
      expect(size.fields).toBeLessThan(COMMIT_BUDGET.fields);
      expect(size.bytes).toBeLessThan(COMMIT_BUDGET.bytes);
    });
  }
});

describe('a record the course must not write over', () => {
  it('SCORM 2004 review mode (a finished attempt reopened): nothing is written, the session still ends', async () => {
    const api = new Scorm2004API(settings);
    api.loadFromJSON({ mode: 'review', credit: 'no-credit' }, '');
    const conn = connectScorm('scorm2004', [], win({ API_1484_11: api }));
    expect(conn.state.mode).toBe('review');
    await conn.save({ suspend: 'dhs1.x', location: 'index.html', report: report({}), answers: [], assessed: [] });
    await conn.finish({ suspend: 'dhs1.x', report: report({}), answers: [], assessed: [], sessionMs: 1 });
    expect(api.getCMIValue('cmi.suspend_data')).toBe('');
    expect(api.getCMIValue('cmi.completion_status')).toBe('unknown');
    expect(api.isTerminated()).toBe(true);
  });

  it('SCORM 1.2 no-credit (Moodle after a pass): review, with the saved progress to show', () => {
    const api = new Scorm12API(settings);
    api.loadFromJSON({ suspend_data: 'dhs1.abc', core: { credit: 'no-credit', lesson_status: 'passed' } }, '');
    const conn = connectScorm('scorm12', [], win({ API: api }));
    expect(conn.state).toMatchObject({ mode: 'review', suspend: 'dhs1.abc', unseenRecord: false });
  });

  it('SCORM 2004 status and progress but no saved progress: the record is unseen and left alone', async () => {
    const api = new Scorm2004API(settings);
    api.loadFromJSON({ completion_status: 'completed', progress_measure: '1' }, '');
    const conn = connectScorm('scorm2004', [], win({ API_1484_11: api }));
    expect(conn.state).toMatchObject({ mode: 'normal', unseenRecord: true });
    await conn.save({ suspend: 'dhs1.x', report: report({ progress: 0 }), answers: [], assessed: [] });
    expect(api.getCMIValue('cmi.suspend_data')).toBe('');
    expect(api.getCMIValue('cmi.progress_measure')).toBe('1');
  });

  it('a new attempt (entry ab-initio) is told apart', () => {
    const api = new Scorm12API(settings);
    api.loadFromJSON({ core: { entry: 'ab-initio' } }, '');
    expect(connectScorm('scorm12', [], win({ API: api })).state.newAttempt).toBe(true);
  });
});
