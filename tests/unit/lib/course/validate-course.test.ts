import { describe, expect, it } from 'vitest';
import { headingAnchors, validateCourse, type CourseInput } from '../../../../src/lib/course/validate-course';
import { questionSchema } from '../../../../src/schemas/question';

function course(): CourseInput {
  return {
    modules: [
      {
        id: 'intro',
        filePath: 'lessons/01-intro/module.yaml',
        data: {
          title: 'Intro',
          summary: 'An introduction long enough.',
          order: 1,
          objectives: ['Do a thing well.'],
          quiz: 'intro',
        },
      },
    ],
    lessons: [
      {
        id: 'intro/first',
        filePath: 'lessons/01-intro/01-first.mdx',
        body: '## The triple win\n\nText <Term id="ehds">EHDS</Term>.\n\n<KnowledgeCheck ids="intro:q1" />\n',
        data: {
          title: 'First',
          description: 'The first lesson of the course.',
          module: 'intro',
          order: 1,
          minutes: 5,
          objectives: ['Learn the first thing.'],
          summary: ['The first thing matters.'],
          sources: [{ title: 'Overview', publisher: 'European Commission' }],
          updated: new Date('2026-11-28'),
          facts: [],
          lawFacts: [],
        },
      },
    ],
    quizzes: [
      {
        id: 'intro',
        filePath: 'quizzes/01-intro.yaml',
        data: {
          title: 'Intro quiz',
          module: 'intro',
          passMark: 80,
          mode: 'practice',
          questions: [
            questionSchema.parse({
              id: 'q1',
              type: 'truefalse',
              prompt: 'Digital health brings a triple win.',
              answer: true,
              explanation: 'The source names three gains at once.',
              lesson: 'intro/first',
              anchor: 'the-triple-win',
            }),
          ],
        },
      },
    ],
    glossary: [
      {
        id: 'ehds',
        filePath: 'glossary/ehds.yaml',
        data: { term: 'EHDS', definition: 'A definition long enough.', lessons: ['intro/first'] },
      },
    ],
  };
}

describe('cross-file checks', () => {
  it('accept a consistent course', () => {
    expect(validateCourse(course())).toEqual([]);
  });

  it.each<[string, (c: CourseInput) => void, RegExp]>([
    ['an empty lessons folder', (c) => (c.lessons = []), /^lessons: the collection is missing or empty/m],
    ['a missing glossary folder', (c) => (c.glossary = []), /^glossary: the collection is missing or empty/m],
    [
      'a module pointing at a quiz that does not exist',
      (c) => (c.modules[0]!.data.quiz = 'nope'),
      /lessons\/01-intro\/module\.yaml: quiz: no quiz "nope"/,
    ],
    [
      'a lesson in the wrong module folder',
      (c) => (c.lessons[0]!.data.module = 'other'),
      /01-first\.mdx: module: no module "other"/,
    ],
    [
      'a question pointing at a lesson that does not exist',
      (c) => (c.quizzes[0]!.data.questions[0]!.lesson = 'intro/gone'),
      /quizzes\/01-intro\.yaml: questions\[0\] \(q1\)\.lesson: no lesson "intro\/gone"/,
    ],
    [
      'a question pointing at a heading that does not exist',
      (c) => (c.quizzes[0]!.data.questions[0]!.anchor = 'renamed'),
      /quizzes\/01-intro\.yaml: questions\[0\] \(q1\)\.anchor: lesson "intro\/first" has no heading "#renamed"/,
    ],
    [
      'a quiz for a module that does not exist',
      (c) => (c.quizzes[0]!.data.module = 'ghost'),
      /quizzes\/01-intro\.yaml: module: no module "ghost"/,
    ],
    [
      'a knowledge check naming an unknown question',
      (c) => (c.lessons[0]!.body += '<KnowledgeCheck ids="intro:q9" />'),
      /01-first\.mdx: KnowledgeCheck ids: no question "intro:q9"/,
    ],
    [
      'a glossary link to an unknown term',
      (c) => (c.lessons[0]!.body += '<Term id="nis3">x</Term>'),
      /01-first\.mdx: Term id: no glossary term "nis3"/,
    ],
    [
      'a lesson referring to a legal fact that does not exist',
      (c) => (c.lessons[0]!.body += 'From <Law fact="ai-act-annex-iv" />.'),
      /01-first\.mdx: Law fact: no legal fact "ai-act-annex-iv"/,
    ],
    [
      'a lesson asking for a legal fact in a form that does not exist',
      (c) => (c.lessons[0]!.body += '<Law fact="ai-act-annex-iii" form="will" />'),
      /01-first\.mdx: Law fact: unknown form "will"/,
    ],
    [
      'a lesson asking for a named date a fact does not have',
      (c) => (c.lessons[0]!.body += '<Law fact="ai-act-annex-iii" date="proposed" />'),
      /01-first\.mdx: Law fact: legal fact "ai-act-annex-iii" has no date named "proposed"/,
    ],
    [
      'a glossary term listing an unknown lesson',
      (c) => (c.glossary[0]!.data.lessons = ['intro/gone']),
      /glossary\/ehds\.yaml: lessons\[0\]: no lesson "intro\/gone"/,
    ],
    [
      'two modules with the same order',
      (c) => c.modules.push({ ...c.modules[0]!, id: 'twin', filePath: 'lessons/02-twin/module.yaml' }),
      /02-twin\/module\.yaml: order: 1 is also the order of module "intro"/,
    ],
  ])('report %s, naming the file and the field', (_n, breakIt, message) => {
    const c = course();
    breakIt(c);
    expect(validateCourse(c).join('\n')).toMatch(message);
  });
});

describe('heading anchors', () => {
  it('match the ids Astro gives headings, including repeats, and ignore code blocks', () => {
    expect(
      headingAnchors(
        '## The triple win\n```\n## not a heading\n```\n### Key facts: 13 AI Factories\n## The triple win',
      ),
    ).toEqual(['the-triple-win', 'key-facts-13-ai-factories', 'the-triple-win-1']);
  });
});
