import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentId } from './lib/course/content-id';
import { glossarySchema } from './schemas/glossary';
import { lessonSchema } from './schemas/lesson';
import { moduleSchema } from './schemas/module';
import { quizSchema } from './schemas/quiz';

// Files whose names start with "_" are drafts or partials and are not published.
const modules = defineCollection({
  loader: glob({
    pattern: '[^_]*/module.yaml',
    base: './lessons',
    generateId: ({ entry }) => contentId(entry, { dropFile: true }),
  }),
  schema: moduleSchema,
});

const lessons = defineCollection({
  loader: glob({
    pattern: '[^_]*/[^_]*.mdx',
    base: './lessons',
    generateId: ({ entry }) => contentId(entry),
  }),
  schema: lessonSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '[^_]*.yaml', base: './quizzes', generateId: ({ entry }) => contentId(entry) }),
  schema: quizSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '[^_]*.yaml', base: './glossary', generateId: ({ entry }) => contentId(entry) }),
  schema: glossarySchema,
});

export const collections = { modules, lessons, quizzes, glossary };
