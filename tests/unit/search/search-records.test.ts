import { describe, expect, it } from 'vitest';
import { explanationRecords, glossaryRecords } from '../../../src/lib/search/records';

const lessons = [
  {
    id: 'regulation/devices',
    title: 'The AI Act and medical devices',
    module: 'Module 4: Regulation',
    body: '## Medical device *classes* and software\n\nText.\n\n## When AI is [high-risk](#x)\n',
  },
];
const q = (anchor: string, lesson = 'regulation/devices') => ({
  lesson,
  anchor,
  prompt: 'Which class?',
  explanation: 'Rule 11 puts most decision software in class IIa or higher.',
});

describe('explanationRecords', () => {
  it('points each explanation at its lesson section, named by its heading', () => {
    expect(explanationRecords(lessons, [q('medical-device-classes-and-software'), q('when-ai-is-high-risk')])).toEqual([
      {
        url: '/modules/regulation/devices/#medical-device-classes-and-software',
        content: 'Which class? Rule 11 puts most decision software in class IIa or higher.',
        meta: {
          title: 'The AI Act and medical devices',
          module: 'Module 4: Regulation',
          section: 'Medical device classes and software',
          kind: 'Quiz explanation',
        },
      },
      expect.objectContaining({ meta: expect.objectContaining({ section: 'When AI is high-risk' }) }),
    ]);
  });

  it('names the sections the lesson layout adds', () => {
    expect(explanationRecords(lessons, [q('summary')])[0]?.meta.section).toBe('Summary');
  });

  it('leaves out a question whose lesson is not published', () => {
    expect(explanationRecords(lessons, [q('summary', 'drafts/unknown')])).toEqual([]);
  });
});

describe('glossaryRecords', () => {
  it('makes each term a record pointing at its glossary entry', () => {
    expect(
      glossaryRecords([
        { id: 'ehds', term: 'European Health Data Space', abbreviation: 'EHDS', definition: 'The EU framework.' },
        { id: 'notified-body', term: 'Notified body', definition: 'An independent organisation.' },
      ]),
    ).toEqual([
      {
        url: '/glossary/#ehds',
        content: 'European Health Data Space (EHDS). The EU framework.',
        meta: { title: 'Glossary', module: 'Glossary', section: 'European Health Data Space (EHDS)', kind: '' },
      },
      {
        url: '/glossary/#notified-body',
        content: 'Notified body. An independent organisation.',
        meta: { title: 'Glossary', module: 'Glossary', section: 'Notified body', kind: '' },
      },
    ]);
  });
});
