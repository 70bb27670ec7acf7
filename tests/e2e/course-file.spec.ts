import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { course } from './course';
import { DIST, builtPaths } from './site';

// The course file the build writes for the packager and these tests holds every right answer,
// the final assessment's too: it is kept out of the served site.
test('the course file with its answer key is never served', async ({ request }) => {
  expect(existsSync(join(DIST, 'course.json'))).toBe(false);
  expect((await request.get('/course.json')).status()).toBe(404);
});

test('the course file lists every lesson, module and quiz page the build made', () => {
  const pages = new Set(builtPaths());
  expect(course.lessons.length).toBeGreaterThan(20);
  for (const l of course.lessons) expect(pages.has(`/modules/${l.id}/`), l.id).toBe(true);
  for (const m of course.modules) expect(pages.has(`/modules/${m.id}/`), m.id).toBe(true);
  for (const q of course.quizzes) expect(pages.has(`/quizzes/${q.id}/`), q.id).toBe(true);
  const modulesLessons = course.modules.flatMap((m) => m.lessons);
  expect(modulesLessons).toEqual(course.lessons.map((l) => l.id));
  expect(course.quizzes.at(-1)?.module).toBe('final');
});
