import { z } from 'astro/zod';
import { resolveLawDeep } from './law-text';
import { questionSchema } from './question';
import { slugSchema } from './slug';

/** A quiz bank: `quizzes/NN-<id>.yaml`. Its id is the file name without the number. */
export const quizSchema = z
  .strictObject({
    /** Quiz title. */
    title: z.string().min(3).max(90),
    /** Module id the quiz belongs to, or "final" for the final assessment. */
    module: slugSchema,
    /** Percentage needed to pass. */
    passMark: z.number().int().min(1).max(100).default(80),
    /** practice: feedback after each question; assessment: feedback only at the end. */
    mode: z.enum(['practice', 'assessment']).default('practice'),
    /** One line shown before starting. */
    description: z.string().min(10).max(400).optional(),
    /** The questions (at least one). */
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question id "${q.id}" repeats` });
      }
      seen.add(q.id);
    });
  })
  // Legal dates in prompts, options and explanations come from the facts file: `{law:…}`.
  .transform((quiz, ctx) => resolveLawDeep(quiz, ctx).value);

export type QuizData = z.infer<typeof quizSchema>;
