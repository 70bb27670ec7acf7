import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factDates, typedDates } from '../../../src/data/law';
import { predictiveValue, WORKED_EXAMPLE } from '../../../src/lib/calculators/predictive-value';
import { knowledgeCheckRefs } from '../../../src/lib/course/validate-course';
import type { Question } from '../../../src/schemas/question';
import { loadContent } from '../../helpers/load-content';

/**
 * Module 9, "Judging and running AI in your service" (issue 22): reading an AI tool's evidence
 * with natural frequencies, when a hospital becomes the provider, and generative AI at the point
 * of care. The predictive values the lesson and the quizzes state are checked against the
 * calculator's own arithmetic (src/lib/calculators), so the text, the questions and the
 * calculator cannot disagree.
 */
const MODULE = 'judging-and-running-ai';
const { input } = loadContent();
const mod = input.modules.find((m) => m.id === MODULE);
const lessons = input.lessons.filter((l) => l.data.module === MODULE);
const bank = input.quizzes.find((q) => q.id === MODULE);
const final = input.quizzes.find((q) => q.data.module === 'final');
const questions = bank?.data.questions ?? [];

/** What a reader sees: body and frontmatter text, without components and emphasis marks. */
const seen = (slug: string) => {
  const l = lessons.find((x) => x.id === `${MODULE}/${slug}`);
  if (!l) throw new Error(`no lesson ${slug}`);
  return [l.body ?? '', l.data.description, ...l.data.objectives, ...l.data.summary]
    .join('\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ');
};
/** The MDX source of a lesson, with its `<Law>` references. */
const body = (slug: string) => lessons.find((x) => x.id === `${MODULE}/${slug}`)?.body ?? '';
const EVIDENCE = 'reading-an-ai-tools-evidence';
const PROVIDER = 'when-your-hospital-becomes-the-provider';
const GENAI = 'generative-ai-at-the-point-of-care';

describe('module 9, judging and running AI in your service', () => {
  it('is the ninth module, with the three lessons other paths refer to, in order', () => {
    expect(mod?.data.order).toBe(9);
    expect(mod?.filePath).toBe('lessons/09-judging-and-running-ai/module.yaml');
    expect(mod?.data.quiz).toBe(MODULE);
    expect(lessons.map((l) => [l.filePath, l.data.order])).toEqual([
      [`lessons/09-${MODULE}/01-${EVIDENCE}.mdx`, 1],
      [`lessons/09-${MODULE}/02-${PROVIDER}.mdx`, 2],
      [`lessons/09-${MODULE}/03-${GENAI}.mdx`, 3],
    ]);
    expect(bank?.filePath).toBe(`quizzes/09-${MODULE}.yaml`);
  });

  it('every lesson has a knowledge check, a Scenario, and an objective that asks learners to decide, calculate or choose', () => {
    for (const l of lessons) {
      expect(knowledgeCheckRefs(l.body ?? '').length, l.id).toBeGreaterThan(0);
      expect(l.body, l.id).toMatch(/<Scenario title="[^"]+">/);
      expect(l.body, `${l.id}: the Scenario component labels itself`).not.toMatch(/\bIllustration\b/);
      expect(
        l.data.objectives.some((o) => /^(Decide|Calculate|Choose|Check)\b/.test(o)),
        l.id,
      ).toBe(true);
    }
  });

  it('sets its scenarios on a ward, in the emergency department and in a clinic', () => {
    const titles = lessons.flatMap((l) => [...(l.body ?? '').matchAll(/<Scenario title="([^"]+)">/g)].map((m) => m[1]));
    for (const setting of [/\bward\b/i, /emergency department/i, /\bclinic\b/i]) {
      expect(
        titles.some((t) => setting.test(t ?? '')),
        `a scenario title matching ${setting}`,
      ).toBe(true);
    }
  });

  it('types no legal date by hand: every one comes from src/data/legal-facts.ts (docs/law-watch.md)', () => {
    const known = factDates();
    const files = [
      ...lessons.map((l) => l.filePath ?? ''),
      bank?.filePath ?? '',
      'glossary/fundamental-rights-impact-assessment.yaml',
    ];
    const typed = [...files.flatMap((f) => typedDates(readFileSync(f, 'utf8')).map((d) => `${f}: ${d}`))].filter((d) =>
      known.has(d.split(': ')[1] ?? ''),
    );
    expect(typed).toEqual([]);
  });

  it('cites the AI Act, the MDR, the Product Liability Directive and the GDPR on EUR-Lex', () => {
    const urls = new Set(lessons.flatMap((l) => l.data.sources.flatMap((s) => s.url ?? [])));
    for (const act of ['reg/2024/1689', 'reg/2017/745', 'dir/2024/2853', 'reg/2016/679']) {
      expect(urls.has(`https://eur-lex.europa.eu/eli/${act}/oj`), act).toBe(true);
    }
  });
});

describe('lesson 1: reading an AI tool’s evidence', () => {
  const text = seen(EVIDENCE);

  it('teaches sensitivity, specificity, both predictive values and prevalence', () => {
    for (const term of [
      /sensitivity/i,
      /specificity/i,
      /positive predictive value/i,
      /negative predictive value/i,
      /prevalence/i,
    ]) {
      expect(text).toMatch(term);
    }
  });

  it('works the lesson’s example in natural frequencies, with the calculator’s numbers', () => {
    const r = predictiveValue(WORKED_EXAMPLE);
    expect([
      r.withCondition,
      r.truePositives,
      r.falseNegatives,
      r.falsePositives,
      r.trueNegatives,
      r.positives,
    ]).toEqual([20, 18, 2, 98, 882, 116]);
    expect(text).toMatch(
      /Take 1,000 patients, a tool with 90% sensitivity and 90% specificity, and a prevalence of 2%/,
    );
    expect(text).toContain(`${r.withCondition} patients with the condition. The other ${r.withoutCondition} do not`);
    expect(text).toContain(`${r.truePositives} true positives. It misses ${r.falseNegatives}`);
    expect(text).toContain(`${r.falsePositives} false positives. The other ${r.trueNegatives} are true negatives`);
    expect(text).toContain(
      `So ${r.positives} patients get an alert, and only ${r.truePositives} of them have the condition`,
    );
    expect(text).toContain(`about ${Math.round(r.ppv!)} in 100 alerts (${(Math.round(r.ppv! * 10) / 10).toFixed(1)}%)`);
    expect(text).toContain(`${r.trueNegatives} of ${r.negatives} are right`);
  });

  it('shows that the same tool gives more right alerts at a higher prevalence', () => {
    const r = predictiveValue({ ...WORKED_EXAMPLE, prevalence: 20 });
    expect(text).toContain(
      `Now ${r.truePositives} of ${r.positives} alerts are right, about ${Math.round(r.ppv!)} in 100`,
    );
  });

  it('puts the calculator island in the lesson, hydrated only when it scrolls into view', () => {
    const body = lessons.find((l) => l.id === `${MODULE}/${EVIDENCE}`)?.body ?? '';
    expect(body).toMatch(
      /^import PredictiveValue from '..\/..\/src\/components\/calculators\/PredictiveValue\.svelte';$/m,
    );
    expect(body).toMatch(/<PredictiveValue client:visible \/>/);
  });

  it('covers calibration, internal and external validation, subgroups, drift and supplier questions', () => {
    expect(text).toMatch(/30 in 100|about 30 have the event/);
    expect(text).toMatch(/Internal validation/);
    expect(text).toMatch(/External validation/);
    for (const group of ['age', 'sex', 'skin tone', 'language', 'device'])
      expect(text).toMatch(new RegExp(`\\b${group}\\b`));
    expect(text).toMatch(/drift/i);
    expect(text).toMatch(/updates? (the model|it)/i);
    expect(text).toMatch(/Questions to ask a supplier/);
  });
});

describe('lesson 2: when your hospital becomes the provider', () => {
  const text = seen(PROVIDER);

  it('gives the three routes of AI Act Art. 25', () => {
    expect(text).toMatch(/Article 25/);
    expect(text).toMatch(/puts its name or trademark/);
    expect(text).toMatch(/substantial modification/);
    expect(text).toMatch(/changes the intended purpose of a system that was not high-risk/);
  });

  it('states MDR Art. 5(5) with its "no equivalent device" condition, and PLD Art. 8 on modifiers', () => {
    expect(text).toMatch(/Article 5\(5\)/);
    expect(text).toMatch(/no equivalent device on the market meets/);
    expect(text).toMatch(/substantially modifies a product outside the manufacturer's control/);
    expect(text).toMatch(/\(Art\. 8\(2\)\)/);
  });

  it('dates the fundamental-rights impact assessment from 2 December 2027, for Annex III systems', () => {
    expect(text).toMatch(/fundamental-rights impact assessment/);
    expect(text).toMatch(/\(Art\. 27\)/);
    expect(body(PROVIDER)).toContain('this duty <Law fact="ai-act-fria" form="verb" />');
    expect(body(PROVIDER)).toContain('**<Law fact="ai-act-annex-iii" />** for uses listed in');
    expect(body(PROVIDER)).toContain('**<Law fact="ai-act-medical-devices" />** for AI in medical devices');
    expect(lessons.find((l) => l.id === `${MODULE}/${PROVIDER}`)?.data.summary.join(' ')).toMatch(
      /(From|Since) 2 December 2027, public hospitals/,
    );
  });

  it('teaches local monitoring after go-live and a process for supplier updates', () => {
    for (const topic of [
      /Override rate/,
      /Missed cases/,
      /Audit/,
      /Alert rate/,
      /When the supplier pushes an update/,
      /roll back/,
    ]) {
      expect(text).toMatch(topic);
    }
  });
});

describe('lesson 3: generative AI at the point of care', () => {
  const text = seen(GENAI);

  it('teaches scribes, invented content and omissions, and the signer’s responsibility', () => {
    expect(text).toMatch(/ambient scribe/i);
    expect(text).toMatch(/Invented content/);
    expect(text).toMatch(/Omissions/);
    expect(text).toMatch(/The clinician who signs a note or a letter is responsible/);
  });

  it('keeps patient data out of public chatbots, citing the GDPR', () => {
    expect(text).toMatch(/Patient data must never go into them/);
    expect(text).toMatch(/\(Art\. 9\)/);
    expect(text).toMatch(/\(Art\. 28\)/);
  });

  it('dates Art. 50 from the facts file, so it reads "Since 2 August 2026" now that the date has passed', () => {
    expect(body(GENAI)).toContain(
      '<Law fact="ai-act-transparency" form="from" cap />, AI systems that interact directly with people',
    );
    const summary = lessons.find((l) => l.id === `${MODULE}/${GENAI}`)?.data.summary.join(' ') ?? '';
    expect(summary).toMatch(/Since 2 August 2026, people must be told/);
    expect(text).not.toMatch(/will apply from 2 August 2026/);
  });

  it('explains how intended purpose makes a tool a medical device, and governing general chatbots', () => {
    expect(text).toMatch(/When intended purpose makes it a medical device/);
    expect(text).toMatch(/\(Art\. 2\(12\)\)/);
    expect(text).toMatch(/risk the hospital must govern/);
  });
});

describe('the module quiz', () => {
  it('has at least 12 questions of all five types, at least half of them scenarios', () => {
    expect(questions.length).toBeGreaterThanOrEqual(12);
    expect([...new Set(questions.map((q) => q.type))].sort()).toEqual([
      'multiple',
      'numeric',
      'order',
      'single',
      'truefalse',
    ]);
    expect(questions.filter((q) => q.kind === 'scenario').length * 2).toBeGreaterThanOrEqual(questions.length);
  });

  it('covers every lesson of the module', () => {
    const covered = new Set(questions.map((q) => q.lesson));
    expect(lessons.filter((l) => !covered.has(l.id)).map((l) => l.id)).toEqual([]);
  });

  /** A numeric question on predictive value, answered with the calculator's arithmetic. */
  const ppvQuestions = [...questions, ...(final?.data.questions ?? [])].filter(
    (q): q is Extract<Question, { type: 'numeric' }> =>
      q.type === 'numeric' && q.lesson === `${MODULE}/${EVIDENCE}` && /of every 100 positive alerts/i.test(q.prompt),
  );

  it('asks for a positive predictive value in the module quiz and in the final assessment', () => {
    expect(ppvQuestions.filter((q) => questions.includes(q)).length).toBeGreaterThanOrEqual(1);
    expect(ppvQuestions.filter((q) => !questions.includes(q)).length).toBeGreaterThanOrEqual(1);
  });

  it.each(ppvQuestions.map((q) => [q.id, q] as const))('%s: its answer is what the calculator gives', (_id, q) => {
    const rate = (name: string) => Number(new RegExp(`${name} of (\\d+(?:\\.\\d+)?)%`).exec(q.prompt)?.[1]);
    const prevalence = Number(/(\d+(?:\.\d+)?)% of the (?:ward's )?patients/.exec(q.prompt)?.[1]);
    const r = predictiveValue({ sensitivity: rate('sensitivity'), specificity: rate('specificity'), prevalence });
    expect(r.ppv).not.toBeNull();
    expect(q.answer).toBe(Math.round(r.ppv!));
    expect(q.explanation).toContain(`${r.truePositives} of ${r.positives} alerts are right`);
  });

  it('gives no length cue: neither the longest nor the second-longest option is right in more than 40% of single-choice questions', () => {
    const singles = questions.filter((q): q is Extract<Question, { type: 'single' }> => q.type === 'single');
    const rankOfRight = (q: (typeof singles)[number]) => {
      const right = q.options.find((o) => o.id === q.answer)?.text.trim().length ?? 0;
      return q.options.filter((o) => o.text.trim().length > right).length;
    };
    for (const rank of [0, 1]) {
      expect(singles.filter((q) => rankOfRight(q) === rank).length, `rank ${rank}`).toBeLessThanOrEqual(
        Math.floor(singles.length * 0.4),
      );
    }
  });
});

describe('the final assessment', () => {
  it('asks at least three questions on module 9, most of them scenarios', () => {
    const ours = final?.data.questions.filter((q) => q.lesson.startsWith(`${MODULE}/`)) ?? [];
    expect(ours.length).toBeGreaterThanOrEqual(3);
    expect(ours.filter((q) => q.kind === 'scenario').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the glossary', () => {
  it('defines the module’s terms', () => {
    const ids = new Set(input.glossary.map((g) => g.id));
    for (const id of [
      'sensitivity',
      'specificity',
      'predictive-value',
      'prevalence',
      'calibration',
      'external-validation',
      'drift',
      'substantial-modification',
      'fundamental-rights-impact-assessment',
      'ambient-scribe',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
