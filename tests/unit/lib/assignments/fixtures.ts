import type { CourseOutline } from '../../../../src/lib/assignments/outline';
import type { AssignmentSpec } from '../../../../src/lib/assignments/link';

/** A two-module course, enough to resolve every kind of item. */
export const OUTLINE: CourseOutline = {
  version: 'abcd1234',
  modules: [
    {
      id: 'basics',
      title: 'Basics',
      order: 1,
      quiz: 'basics',
      minutes: 15,
      lessons: [
        { id: 'basics/one', title: 'One', minutes: 7, url: '/modules/basics/one/' },
        { id: 'basics/two', title: 'Two', minutes: 8, url: '/modules/basics/two/' },
      ],
    },
    {
      id: 'rules',
      title: 'Rules',
      order: 2,
      quiz: 'rules',
      minutes: 10,
      lessons: [{ id: 'rules/ai-act', title: 'AI Act', minutes: 10, url: '/modules/rules/ai-act/' }],
    },
  ],
  quizzes: [
    {
      id: 'basics',
      title: 'Basics quiz',
      passMark: 80,
      questions: 3,
      module: 'basics',
      url: '/quizzes/basics/',
      version: 'v1',
    },
    {
      id: 'rules',
      title: 'Rules quiz',
      passMark: 70,
      questions: 2,
      module: 'rules',
      url: '/quizzes/rules/',
      version: 'v2',
    },
    {
      id: 'final',
      title: 'Final assessment',
      passMark: 80,
      questions: 5,
      module: 'final',
      url: '/quizzes/final/',
      version: 'v3',
    },
  ],
};

export const SPEC: AssignmentSpec = {
  id: 'Ab3_x-9QzK',
  title: 'ICU induction, March',
  trainer: 'Sister Jane Doe',
  due: '2026-03-31',
  passMark: 75,
  items: ['module:basics', 'lesson:rules/ai-act', 'quiz:final'],
};
