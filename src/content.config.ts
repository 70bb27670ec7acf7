import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentId } from './lib/course/content-id';
import { withLawStamp } from './lib/course/law-stamp';
import { glossarySchema } from './schemas/glossary';
import { lessonSchema } from './schemas/lesson';
import { moduleSchema } from './schemas/module';
import { quizSchema } from './schemas/quiz';

// Files whose names start with "_" are drafts or partials and are not published. Each loader is
// wrapped so that a build on another day, or after a legal fact changed, parses the files again
// (src/lib/course/law-stamp.ts).
const modules = defineCollection({
  loader: withLawStamp(
    glob({
      pattern: '[^_]*/module.yaml',
      base: './lessons',
      generateId: ({ entry }) => contentId(entry, { dropFile: true }),
    }),
  ),
  schema: moduleSchema,
});

const lessons = defineCollection({
  loader: withLawStamp(
    glob({
      pattern: '[^_]*/[^_]*.mdx',
      base: './lessons',
      generateId: ({ entry }) => contentId(entry),
    }),
  ),
  schema: lessonSchema,
});

const quizzes = defineCollection({
  loader: withLawStamp(glob({ pattern: '[^_]*.yaml', base: './quizzes', generateId: ({ entry }) => contentId(entry) })),
  schema: quizSchema,
});

const glossary = defineCollection({
  loader: withLawStamp(
    glob({ pattern: '[^_]*.yaml', base: './glossary', generateId: ({ entry }) => contentId(entry) }),
  ),
  schema: glossarySchema,
});

export const collections = { modules, lessons, quizzes, glossary };
