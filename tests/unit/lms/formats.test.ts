import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import {
  certificateName,
  choiceIds,
  decimal5,
  fromScormId,
  scormId,
  learnerNumber,
  real7,
  scorm12Interaction,
  scorm12Timespan,
  scorm2004Duration,
  scorm2004Interaction,
} from '../../../src/lms/formats';
import type { AnsweredQuestion } from '../../../src/lms/report';
import { packageQuizzes, rightAnswer, wrongAnswer } from './fixtures';
import { strictRefusal } from '../../helpers/lms-rules';

describe('times', () => {
  it.each([
    [0, '00:00:00.00'],
    [3_723_456, '01:02:03.46'],
    [59_999, '00:01:00.00'],
    [100 * 3_600_000, '100:00:00.00'],
    [20_000 * 3_600_000, '9999:59:59.99'],
  ])('SCORM 1.2 CMITimespan of %i ms is %s', (ms, text) => {
    expect(scorm12Timespan(ms)).toBe(text);
    expect(text).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  });

  it.each([
    [0, 'PT0S'],
    [60_000, 'PT1M'],
    [3_723_450, 'PT1H2M3.45S'],
    [1_500, 'PT1.5S'],
  ])('SCORM 2004 timeinterval of %i ms is %s', (ms, text) => {
    expect(scorm2004Duration(ms)).toBe(text);
  });

  it('writes reals with at most 7 decimals and no exponent', () => {
    expect(real7(1 / 3)).toBe('0.3333333');
    expect(real7(1e-9)).toBe('0');
    expect(real7(0.8)).toBe('0.8');
  });
});

describe('the certificate name from the LMS', () => {
  it.each([
    ['Nurse, Ada', 'Ada Nurse'],
    ['Ada Nurse', 'Ada Nurse'],
    ['  van der Berg ,  Jan  ', 'Jan van der Berg'],
    ['<b>Ada</b>', 'bAda/b'],
    ['', undefined],
    [',', undefined],
  ])('%j becomes %j', (lms, name) => {
    expect(certificateName(lms)).toBe(name);
  });

  it('fits the 80 characters the progress document allows', () => {
    expect(certificateName('x'.repeat(300))).toHaveLength(80);
  });
});

describe('identifiers and numbers as a strict LMS (Moodle) takes them', () => {
  it('turns every content id into [A-Za-z0-9_.] and back', () => {
    for (const quiz of packageQuizzes)
      for (const q of quiz.questions)
        for (const id of [quiz.id, q.id, ...(q.options ?? []).map((o) => o.id)]) {
          expect(scormId(id)).toMatch(/^[A-Za-z0-9_.]{1,250}$/);
          expect(fromScormId(scormId(id))).toBe(id);
        }
  });

  it('writes numbers with at most five digits before the point, else nothing', () => {
    expect(decimal5(2028)).toBe('2028');
    expect(decimal5(-12345.5)).toBe('-12345.5');
    expect(decimal5(99999.9999999)).toBe('99999.9999999');
    expect(decimal5(100000)).toBeNull();
    expect(decimal5(60_000_000)).toBeNull();
    expect(decimal5(Number.NaN)).toBeNull();
  });
});

describe('numbers typed by learners', () => {
  const q = { id: 'x', type: 'numeric' as const, prompt: 'How much?', answer: 700, unit: 'million EUR' };
  it('reads them in the unit of the question', () => {
    expect(learnerNumber(q, '700 million')).toBe(700);
    expect(learnerNumber(q, '700')).toBe(700);
    expect(learnerNumber(q, 'seven hundred')).toBe(700);
    expect(learnerNumber(q, 'seven or eight hundred')).toBeNull();
  });
});

// Each edition's data types, from its Run-Time Environment book.
const SPEC_12: Record<string, RegExp> = {
  id: /^[A-Za-z0-9_]{1,255}$/,
  type: /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
  result: /^(correct|wrong|unanticipated|neutral|-?\d+(\.\d+)?)$/,
};
const RESPONSE_12: Record<string, RegExp> = {
  choice: /^[a-z0-9](,[a-z0-9])*$/,
  sequencing: /^[a-z0-9](,[a-z0-9])*$/,
  'true-false': /^[01tf]$/,
  numeric: /^-?\d+(\.\d+)?$/,
  'fill-in': /^.{0,255}$/,
};
const SHORT_ID = '[A-Za-z0-9._:-]{1,250}';
const REAL = '-?\\d+(\\.\\d{1,7})?';
const RESPONSE_2004: Record<string, RegExp> = {
  choice: new RegExp(`^${SHORT_ID}(\\[,\\]${SHORT_ID})*$`),
  sequencing: new RegExp(`^${SHORT_ID}(\\[,\\]${SHORT_ID})*$`),
  'true-false': /^(true|false)$/,
  numeric: new RegExp(`^${REAL}$`),
};
const PATTERN_2004: Record<string, RegExp> = {
  ...RESPONSE_2004,
  numeric: new RegExp(`^(${REAL})?\\[:\\](${REAL})?$`),
};

function records(): Array<[string, AnsweredQuestion]> {
  const out: Array<[string, AnsweredQuestion]> = [];
  for (const quiz of packageQuizzes)
    for (const question of quiz.questions)
      for (const [label, answer] of [
        ['right', rightAnswer(question)],
        ['wrong', wrongAnswer(question)],
      ] as const)
        out.push([
          `${quiz.id}:${question.id} (${label})`,
          { quiz: quiz.id, question, answer, correct: label === 'right', finished: 1_795_000_000, attemptKey: 'k' },
        ]);
  return out;
}

const all = records();
const settings = { strict_errors: true, autocommit: false, lmsCommitUrl: false as const, logLevel: 5 as const };

describe('every answer to every question in the course, as a SCORM 1.2 interaction', () => {
  it('has values in the SCORM 1.2 formats and lengths', () => {
    for (const [name, rec] of all) {
      const fields = Object.fromEntries(scorm12Interaction(rec));
      for (const [key, re] of Object.entries(SPEC_12)) expect(fields[key], `${name} ${key}`).toMatch(re);
      const type = fields['type']!;
      expect(type, name).not.toBe('fill-in');
      expect(fields['student_response'], `${name} student_response`).toMatch(RESPONSE_12[type]!);
      expect(fields['correct_responses.0.pattern'], `${name} pattern`).toMatch(RESPONSE_12[type]!);
      expect(fields['result']).toBe(rec.correct ? 'correct' : 'wrong');
    }
  });

  it('is accepted by scorm-again with error code 0', () => {
    const api = new Scorm12API(settings);
    expect(api.LMSInitialize('')).toBe('true');
    all.forEach(([name, rec], n) => {
      for (const [key, value] of scorm12Interaction(rec)) {
        const ok = api.LMSSetValue(`cmi.interactions.${n}.${key}`, value);
        expect([ok, String(api.LMSGetLastError())], `${name} ${key}=${value}`).toEqual(['true', '0']);
      }
    });
  });

  it('keeps a typed answer that is no number as fill-in text', () => {
    const q = packageQuizzes.flatMap((z) => z.questions).find((x) => x.type === 'numeric')!;
    const fields = Object.fromEntries(
      scorm12Interaction({ quiz: 'q', question: q, answer: 'no idea', correct: false, finished: 0, attemptKey: 'k' }),
    );
    expect(fields['type']).toBe('fill-in');
    expect(fields['student_response']).toBe('no idea');
  });
});

describe('every answer to every question in the course, as a SCORM 2004 interaction', () => {
  it('has values in the SCORM 2004 formats and lengths', () => {
    for (const [name, rec] of all) {
      const fields = Object.fromEntries(scorm2004Interaction(rec));
      const type = fields['type']!;
      if (type === 'fill-in') {
        // Only a number larger than a strict LMS takes (60 million images) goes as text.
        expect(decimal5(Number(rec.question.answer)), name).toBeNull();
        continue;
      }
      expect(fields['id'], name).toMatch(/^[A-Za-z0-9._:-]{1,4000}$/);
      expect(fields['learner_response'], `${name} learner_response`).toMatch(RESPONSE_2004[type]!);
      expect(fields['correct_responses.0.pattern'], `${name} pattern`).toMatch(PATTERN_2004[type]!);
      expect(fields['result']).toBe(rec.correct ? 'correct' : 'incorrect');
    }
  });

  it('is refused nowhere by the stricter rules of a real LMS (identifiers, five-digit numbers)', () => {
    const refused: string[] = [];
    for (const [name, rec] of all) {
      const fields = scorm2004Interaction(rec);
      const type = Object.fromEntries(fields)['type']!;
      for (const [key, value] of fields)
        if (strictRefusal('scorm2004', `cmi.interactions.0.${key}`, value, type))
          refused.push(`${name} ${key}=${value}`);
    }
    expect(refused).toEqual([]);
  });

  it('the stricter rules refuse what the course used to send', () => {
    expect(strictRefusal('scorm2004', 'cmi.interactions.0.learner_response', 'opt-out', 'choice')).toBe('406');
    expect(
      strictRefusal('scorm2004', 'cmi.interactions.0.correct_responses.0.pattern', 'a[,]scale-up', 'sequencing'),
    ).toBe('406');
    expect(strictRefusal('scorm2004', 'cmi.interactions.0.learner_response', '60000000', 'numeric')).toBe('406');
    expect(
      strictRefusal('scorm2004', 'cmi.interactions.0.correct_responses.0.pattern', '60000000[:]60000000', 'numeric'),
    ).toBe('406');
    expect(strictRefusal('scorm2004', 'cmi.interactions.0.learner_response', 'opt_out', 'choice')).toBeNull();
    expect(strictRefusal('scorm12', 'cmi.interactions.0.student_response', 'a-b', 'choice')).toBeNull();
  });

  it('reports a large number (60 million cancer images) as fill-in text, the right answer with it', () => {
    const q = { id: 'n', type: 'numeric' as const, prompt: 'How many?', answer: 60_000_000, unit: 'cancer images' };
    const fields = Object.fromEntries(
      scorm2004Interaction({ quiz: 'q', question: q, answer: '60000000', correct: true, finished: 0 }),
    );
    expect(fields['type']).toBe('fill-in');
    expect(fields['learner_response']).toBe('60000000');
    expect(fields['correct_responses.0.pattern']).toBe('60000000');
  });

  it('reports an unanswered question by its result, without a response', () => {
    const q = packageQuizzes[0]!.questions[0]!;
    const fields = Object.fromEntries(
      scorm2004Interaction({ quiz: 'q', question: q, answer: undefined, correct: false, finished: 0 }),
    );
    expect(fields['learner_response']).toBeUndefined();
    expect(fields['result']).toBe('incorrect');
    expect(fields['correct_responses.0.pattern']).toBeDefined();
  });

  it('reports a number too long for real(10,7) as the text typed', () => {
    const q = { id: 'n', type: 'numeric' as const, prompt: 'How many?', answer: 13 };
    const fields = Object.fromEntries(
      scorm2004Interaction({
        quiz: 'q',
        question: q,
        answer: '15345000000',
        correct: false,
        finished: 0,
        attemptKey: 'k',
      }),
    );
    expect(fields['type']).toBe('fill-in');
    expect(fields['learner_response']).toBe('15345000000');
  });

  it('reports the numeric range a tolerance allows', () => {
    const q = { id: 'n', type: 'numeric' as const, prompt: 'How many?', answer: 10, tolerance: 2 };
    const fields = Object.fromEntries(
      scorm2004Interaction({ quiz: 'q', question: q, answer: '11', correct: true, finished: 0, attemptKey: 'k' }),
    );
    expect(fields['correct_responses.0.pattern']).toBe('8[:]12');
    expect(fields['learner_response']).toBe('11');
  });

  it('is accepted by scorm-again with error code 0', () => {
    const api = new Scorm2004API(settings);
    expect(api.Initialize('')).toBe('true');
    all.forEach(([name, rec], n) => {
      for (const [key, value] of scorm2004Interaction(rec)) {
        const ok = api.SetValue(`cmi.interactions.${n}.${key}`, value);
        expect([ok, String(api.GetLastError())], `${name} ${key}=${value}`).toEqual(['true', '0']);
      }
    });
  });
});

describe('multiple-response answers read in one stable order', () => {
  const q = packageQuizzes.flatMap((z) => z.questions).find((x) => x.id === 'chips-devices')!;
  // The bank lists ehr, diagnostics, implants, booking, wearables, robots; its key lists them otherwise.
  const rec = (answer: string[]): AnsweredQuestion => ({
    quiz: 'q',
    question: q,
    answer,
    correct: true,
    finished: 0,
    attemptKey: 'k',
  });

  it('sorts the learner answer and the pattern by the bank order (SCORM 1.2 letters)', () => {
    const fields = Object.fromEntries(scorm12Interaction(rec(['robots', 'wearables', 'implants', 'diagnostics'])));
    expect(fields['student_response']).toBe('b,c,e,f');
    expect(fields['correct_responses.0.pattern']).toBe('b,c,e,f');
  });

  it('sorts the learner answer and the pattern by the bank order (SCORM 2004 ids)', () => {
    const fields = Object.fromEntries(scorm2004Interaction(rec(['wearables', 'robots', 'diagnostics', 'implants'])));
    expect(fields['learner_response']).toBe('diagnostics[,]implants[,]wearables[,]robots');
    expect(fields['correct_responses.0.pattern']).toBe('diagnostics[,]implants[,]wearables[,]robots');
  });

  it('keeps an order question in the learner order, which is the answer', () => {
    const order = packageQuizzes.flatMap((z) => z.questions).find((x) => x.type === 'order')!;
    const given = [...(order.answer as string[])].reverse();
    expect(choiceIds(order, given)).toEqual(given);
  });
});
