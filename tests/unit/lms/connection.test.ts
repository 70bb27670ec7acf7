import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { LmsError, endpointAdmitted, findApi } from '../../../src/lms/connection';
import { connectScorm } from '../../../src/lms/scorm';
import type { Report } from '../../../src/lms/report';

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
    const conn = connectScorm('scorm12', win({ API: api }));
    expect(conn.state).toEqual({
      suspend: 'dhs1.abc',
      location: 'modules/a/index.html',
      learnerName: 'Nurse, Ada',
      mastery: 70,
    });
    await conn.save({ suspend: 'dhs1.new', location: 'index.html', report: report({}), answers: [] });
    expect(api.getCMIValue('cmi.core.lesson_status')).toBe('incomplete');
    await conn.finish({
      location: 'index.html',
      report: report({ completed: true, score: { percent: 90, passed: true } }),
      answers: [],
      sessionMs: 61_000,
    });
    expect(api.getCMIValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.getCMIValue('cmi.core.score.raw')).toBe('90');
    expect(api.getCMIValue('cmi.suspend_data')).toBe('dhs1.new');
    expect(api.isTerminated()).toBe(true);
  });

  it('SCORM 2004: a lower score or status than the LMS holds is not written', async () => {
    const api = new Scorm2004API(settings);
    api.loadFromJSON({ completion_status: 'completed', success_status: 'passed', score: { raw: '95' } });
    const conn = connectScorm('scorm2004', win({ API_1484_11: api }));
    await conn.save({ report: report({ score: { percent: 40, passed: false } }), answers: [] });
    expect(api.getCMIValue('cmi.completion_status')).toBe('completed');
    expect(api.getCMIValue('cmi.success_status')).toBe('passed');
    expect(api.getCMIValue('cmi.score.raw')).toBe('95');
  });

  it('no API: a "missing" error; a refused value: a "refused" error naming the element', async () => {
    expect(() => connectScorm('scorm12', win({}))).toThrow(LmsError);
    const refusing = {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'true',
      LMSGetValue: () => '',
      LMSSetValue: (el: string) => (el === 'cmi.suspend_data' ? 'false' : 'true'),
      LMSCommit: () => 'true',
      LMSGetLastError: () => '405',
      LMSGetErrorString: () => 'Incorrect data type',
    };
    const conn = connectScorm('scorm12', win({ API: refusing }));
    await expect(conn.save({ suspend: 'dhs1.x', report: report({}), answers: [] })).rejects.toThrow(
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
