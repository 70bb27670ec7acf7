import { expect, it } from 'vitest';
import { hintFor } from '../../../src/quiz/drafts';
import { toIslandQuestion } from '../../../src/quiz/island-build';
import { allQuestions } from './questions';

const lessons = [{ id: 'm/l', url: '/modules/m/l/', entry: { data: { title: 'A lesson' } } }];

it('hands islands the line on how to answer, worked out at build time for every question type', () => {
  for (const q of allQuestions) {
    const island = toIslandQuestion(q, lessons);
    expect(island.how).toBe(hintFor(q));
    expect(island.how.length).toBeGreaterThan(10);
  }
});
