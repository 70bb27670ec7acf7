import { z } from 'astro/zod';
import { FIGURE_IDS } from './figure-ids';
import { lessonIdSchema, slugSchema } from './slug';

/** One answer option of a `single`, `multiple` or `order` question. */
export const optionSchema = z.strictObject({
  /** Stable id, unique within the question; answers refer to options by id, never by position. */
  id: slugSchema,
  /** Text shown to the learner. */
  text: z.string().min(1).max(300),
});

const common = {
  /** Stable id, unique within the quiz; attempts and knowledge checks refer to it. */
  id: slugSchema,
  /** The question as shown to the learner. */
  prompt: z.string().min(5).max(500),
  /** Why the right answer is right; shown after answering. */
  explanation: z.string().min(20).max(1200),
  /** Lesson that teaches the answer (`<module>/<lesson>`). */
  lesson: lessonIdSchema,
  /** Heading id in that lesson where the answer is taught. */
  anchor: slugSchema,
  /** Which of the source document's five Q&A pairs (1–5) this question is built from, if any. */
  sourceQA: z.number().int().min(1).max(5).optional(),
  /**
   * What the question asks of the learner: `scenario` (apply the rules to a described case —
   * is this tool high-risk, which clock runs, what do you do next), `recall` (remember a
   * figure or a date) or `understanding` (explain an idea). Used to check the final
   * assessment's mix; a question without it counts as `understanding`.
   */
  kind: z.enum(['scenario', 'recall', 'understanding']).optional(),
  /**
   * A course figure shown with the question (an id from src/schemas/figure-ids.ts), e.g.
   * `risk-tiers` for "Which tier is this tool in?". The figure is drawn at build time.
   */
  figure: z.enum(FIGURE_IDS).optional(),
};

const options = z
  .array(optionSchema)
  .min(2)
  .max(6)
  .superRefine((opts, ctx) => {
    const seen = new Set<string>();
    opts.forEach((o, i) => {
      if (seen.has(o.id)) {
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `option id "${o.id}" repeats` });
      }
      seen.add(o.id);
    });
  });

export const singleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('single'),
  options,
  /** Id of the one correct option. */
  answer: slugSchema,
});

export const multipleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  options,
  /** Ids of every correct option (at least one). */
  answer: z.array(slugSchema).min(1),
  /** Give partial credit (right picks minus wrong picks, over the number right) instead of all-or-nothing. */
  partialCredit: z.boolean().default(false),
});

export const trueFalseQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('truefalse'),
  /** Whether the statement in the prompt is true. */
  answer: z.boolean(),
});

export const orderQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('order'),
  options,
  /** Every option id, in the correct order. */
  answer: z.array(slugSchema).min(2),
});

export const numericQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('numeric'),
  /** The correct number. */
  answer: z.number(),
  /** Accepted distance from the answer (0 = exact). */
  tolerance: z.number().nonnegative().default(0),
  /** Unit shown beside the input, e.g. "million images". */
  unit: z.string().min(1).max(40).optional(),
});

/** A quiz question; the `type` decides which fields it has and what form its answer takes. */
export const questionSchema = z
  .discriminatedUnion('type', [
    singleQuestionSchema,
    multipleQuestionSchema,
    trueFalseQuestionSchema,
    orderQuestionSchema,
    numericQuestionSchema,
  ])
  .superRefine((q, ctx) => {
    if (!('options' in q)) return;
    const ids = new Set(q.options.map((o) => o.id));
    const bad = (message: string) => ctx.addIssue({ code: 'custom', path: ['answer'], message });
    if (q.type === 'single' && !ids.has(q.answer)) {
      bad(`"${q.answer}" is not one of this question's option ids (${[...ids].join(', ')})`);
    }
    if (q.type === 'multiple') {
      for (const a of q.answer) if (!ids.has(a)) bad(`"${a}" is not one of this question's option ids`);
      if (new Set(q.answer).size !== q.answer.length) bad('an option id repeats in the answer');
    }
    if (q.type === 'order') {
      const perm =
        q.answer.length === ids.size && new Set(q.answer).size === q.answer.length && q.answer.every((a) => ids.has(a));
      if (!perm) bad('an order answer must list every option id exactly once');
    }
  });

export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
