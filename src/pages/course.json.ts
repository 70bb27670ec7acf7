import type { APIRoute } from 'astro';
import { getCourse } from '../lib/course/course';
import { courseFile } from '../lib/course/course-file';
import { courseEdition } from '../lib/course/edition';
import { lawTense, lawToday } from '../data/law';
import { legalFacts } from '../data/legal-facts';
import { SITE } from '../lib/site';

// The course for readers outside Astro (src/lib/course/course-file.ts). The `course-file`
// integration in astro.config.mjs moves it from dist/ to build/course.json: it is never served.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(courseFile(await getCourse(), SITE, courseEdition(), lawTense(legalFacts, lawToday()))), {
    headers: { 'content-type': 'application/json' },
  });
