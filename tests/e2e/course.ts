/**
 * The course as the build wrote it (build/course.json, see src/lib/course/course-file.ts): the
 * end-to-end tests know modules, lessons, knowledge checks and right answers from it, never by
 * parsing the content files themselves. `npm run build` writes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CourseFile } from '../../src/lib/course/course-file';

const file = join(process.cwd(), 'build', 'course.json');
if (!existsSync(file)) throw new Error('build/course.json not found: run "npm run build" before the end-to-end tests');

export const course = JSON.parse(readFileSync(file, 'utf8')) as CourseFile;
