import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { glossarySchema } from '../../src/schemas/glossary';
import { lessonSchema } from '../../src/schemas/lesson';
import { moduleSchema } from '../../src/schemas/module';
import { quizSchema } from '../../src/schemas/quiz';
import { contentId } from '../../src/lib/course/content-id';
import type { CourseInput, Entry } from '../../src/lib/course/validate-course';

/**
 * Loads the course from disk the way Astro's glob loaders do, for unit tests that run before
 * any build. The one place outside Astro that parses content files: the LMS packager and the
 * end-to-end tests read the course file the build writes (src/lib/course/course-file.ts).
 * `raw` holds each file's data as written, before the schema's defaults, by file path.
 */
export function loadContent(root = process.cwd()): {
  input: CourseInput;
  errors: string[];
  raw: Map<string, unknown>;
} {
  const errors: string[] = [];
  const raw = new Map<string, unknown>();
  const files = (dir: string, re: RegExp): string[] => {
    const base = join(root, dir);
    if (!existsSync(base)) return [];
    return (readdirSync(base, { recursive: true }) as string[])
      .map((f) => f.split('\\').join('/'))
      .filter((f) => re.test(f))
      .sort();
  };
  function load<T>(
    dir: string,
    re: RegExp,
    schema: {
      safeParse: (v: unknown) => {
        success: boolean;
        data?: T;
        error?: { issues: { path: PropertyKey[]; message: string }[] };
      };
    },
    opts: { dropFile?: boolean; mdx?: boolean } = {},
  ): Entry<T>[] {
    return files(dir, re).flatMap((f) => {
      const filePath = relative(root, join(root, dir, f));
      const text = readFileSync(join(root, dir, f), 'utf8');
      let data: unknown;
      let body: string | undefined;
      if (opts.mdx) {
        const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
        if (!m) {
          errors.push(`${filePath}: frontmatter: missing`);
          return [];
        }
        data = parse(m[1] ?? '');
        body = m[2];
      } else data = parse(text);
      raw.set(filePath, data);
      const r = schema.safeParse(data);
      if (!r.success) {
        for (const i of r.error?.issues ?? []) errors.push(`${filePath}: ${i.path.join('.')}: ${i.message}`);
        return [];
      }
      return [{ id: contentId(f, { dropFile: opts.dropFile ?? false }), filePath, data: r.data as T, body }];
    });
  }
  const input: CourseInput = {
    modules: load('lessons', /^[^_/][^/]*\/module\.yaml$/, moduleSchema, { dropFile: true }),
    lessons: load('lessons', /^[^_/][^/]*\/[^_/][^/]*\.mdx$/, lessonSchema, { mdx: true }),
    quizzes: load('quizzes', /^[^_/][^/]*\.yaml$/, quizSchema),
    glossary: load('glossary', /^[^_/][^/]*\.yaml$/, glossarySchema),
  };
  return { input, errors, raw };
}
