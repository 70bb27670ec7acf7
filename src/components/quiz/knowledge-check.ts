/**
 * Brings the knowledge checks on a lesson page to life: shows the forms instead of the
 * static fallback, checks an answer on the spot, keeps it with the lesson's progress
 * (`saveKnowledgeCheck`, not a quiz attempt) and shows saved answers again after a reload
 * or when another tab answers. Markup comes from KnowledgeCheck.astro; this only toggles
 * attributes and text, so nothing is parsed as HTML and no inline style is needed.
 */
import { isAnswered } from '../../quiz/attempt';
import { scoreQuestion } from '../../quiz/score';
import type { Answer } from '../../quiz/types';
import { lessonState, progress, saveKnowledgeCheck, update } from '../../stores/progress';
import { answerKey, moveItem } from './drafts';
import type { IslandQuestion } from './types';

interface Check {
  form: HTMLFormElement;
  ref: string;
  question: IslandQuestion;
  /** The saved answer last shown, as text, so unrelated store changes leave the form alone. */
  shownKey: string;
  /** The learner chose "Try again": show the controls, not the feedback. */
  editing: boolean;
}

const $ = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector);
const $$ = <T extends Element>(root: ParentNode, selector: string) => [...root.querySelectorAll<T>(selector)];

function readDraft(c: Check): Answer | undefined {
  const { form, question: q } = c;
  switch (q.type) {
    case 'single':
      return $<HTMLInputElement>(form, 'input:checked')?.value;
    case 'truefalse': {
      const v = $<HTMLInputElement>(form, 'input:checked')?.value;
      return v === undefined ? undefined : v === 'true';
    }
    case 'multiple':
      return $$<HTMLInputElement>(form, 'input:checked').map((i) => i.value);
    case 'order':
      return $$<HTMLElement>(form, '[data-kc-order] > li').map((li) => li.dataset['id'] ?? '');
    case 'numeric':
      return $<HTMLInputElement>(form, 'input')?.value ?? '';
    default:
      return undefined;
  }
}

function writeDraft(c: Check, answer: Answer): void {
  const { form, question: q } = c;
  if (q.type === 'order' && Array.isArray(answer)) {
    const list = $<HTMLOListElement>(form, '[data-kc-order]');
    const items = new Map($$<HTMLElement>(form, '[data-kc-order] > li').map((li) => [li.dataset['id'], li]));
    for (const id of answer) {
      const li = items.get(id);
      if (li) list?.append(li);
    }
    refreshMoves(c);
    return;
  }
  if (q.type === 'numeric') {
    const input = $<HTMLInputElement>(form, 'input');
    if (input && typeof answer === 'string') input.value = answer;
    return;
  }
  for (const input of $$<HTMLInputElement>(form, 'input')) {
    input.checked = Array.isArray(answer) ? answer.includes(input.value) : String(answer) === input.value;
  }
}

/** Marks the first item's Move up and the last item's Move down as unavailable, without removing them from the tab order. */
function refreshMoves(c: Check): void {
  const items = $$<HTMLElement>(c.form, '[data-kc-order] > li');
  items.forEach((li, i) => {
    const up = $<HTMLButtonElement>(li, '[data-move="up"]');
    const down = $<HTMLButtonElement>(li, '[data-move="down"]');
    if (i === 0) up?.setAttribute('aria-disabled', 'true');
    else up?.removeAttribute('aria-disabled');
    if (i === items.length - 1) down?.setAttribute('aria-disabled', 'true');
    else down?.removeAttribute('aria-disabled');
  });
}

function move(c: Check, from: number, to: number): boolean {
  const said = $<HTMLElement>(c.form, '[data-kc-said]');
  const order = readDraft(c) as string[];
  const id = order[from];
  const text = (i: string | undefined) =>
    $<HTMLElement>(c.form, `[data-id="${i ?? ''}"] .text`)?.textContent?.trim() ?? '';
  if (id === undefined) return false;
  if (to < 0 || to >= order.length) {
    if (said) said.textContent = `"${text(id)}" is already ${to < 0 ? 'first' : 'last'}.`;
    return false;
  }
  writeDraft(c, moveItem(order, from, to));
  if (said) said.textContent = `"${text(id)}" moved to position ${to + 1} of ${order.length}.`;
  return true;
}

/** Shows the controls (editing) or the locked controls with feedback for a saved answer. */
function render(c: Check, saved: Answer | undefined): void {
  const { form, question: q } = c;
  const locked = saved !== undefined && isAnswered(q, saved) && !c.editing;
  for (const el of $$<HTMLInputElement | HTMLButtonElement>(form, 'fieldset input, fieldset button'))
    el.disabled = locked;
  for (const li of $$<HTMLElement>(form, '[data-kc-order] > li')) li.draggable = !locked;
  $<HTMLElement>(form, '[data-kc-check]')?.toggleAttribute('hidden', locked);
  $<HTMLElement>(form, '[data-kc-retry]')?.toggleAttribute('hidden', !locked);
  const feedback = $<HTMLElement>(form, '[data-kc-feedback]');
  const verdict = $<HTMLElement>(form, '[data-kc-verdict]');
  if (!feedback || !verdict) return;
  feedback.hidden = !locked;
  const result = locked ? scoreQuestion(q, saved) : { correct: false, points: 0 };
  feedback.classList.toggle('right', locked && result.correct);
  feedback.classList.toggle('wrong', locked && !result.correct);
  verdict.textContent = locked ? (result.correct ? 'Correct' : result.points > 0 ? 'Partly right' : 'Not quite') : '';
  $<HTMLElement>(form, '[data-kc-right]')?.toggleAttribute('hidden', !locked || result.correct);
  const chosen = locked ? saved : undefined;
  for (const label of $$<HTMLElement>(form, '.choice')) {
    const input = $<HTMLInputElement>(label, 'input');
    const picked =
      input !== null &&
      chosen !== undefined &&
      (Array.isArray(chosen) ? chosen.includes(input.value) : String(chosen) === input.value);
    $<HTMLElement>(label, '[data-mark="right"]')?.toggleAttribute('hidden', !locked);
    $<HTMLElement>(label, '[data-mark="chosen"]')?.toggleAttribute('hidden', !picked);
  }
}

function setError(c: Check, message: string): void {
  const error = $<HTMLElement>(c.form, '[data-kc-error]');
  if (error) error.textContent = message;
}

function setup(section: HTMLElement): Check[] {
  const lesson = section.dataset['lesson'] ?? '';
  const checks: Check[] = [];
  for (const form of $$<HTMLFormElement>(section, '[data-kc-form]')) {
    let question: IslandQuestion;
    try {
      question = JSON.parse(form.dataset['question'] ?? '') as IslandQuestion;
    } catch {
      continue; // Leave the static fallback for this one.
    }
    const c: Check = { form, ref: form.dataset['ref'] ?? '', question, shownKey: '', editing: false };
    checks.push(c);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const draft = readDraft(c);
      if (draft === undefined || !isAnswered(question, draft)) {
        setError(c, question.type === 'numeric' ? 'Type a number first.' : 'Choose an answer first.');
        return;
      }
      setError(c, '');
      c.editing = false;
      update((p) => saveKnowledgeCheck(p, lesson, c.ref, draft, Date.now()));
      // Also when the answer is the same as before (so the store did not change).
      c.shownKey = answerKey(draft);
      render(c, draft);
      $<HTMLElement>(form, '[data-kc-verdict]')?.focus();
    });
    form.addEventListener('change', () => setError(c, ''));
    $<HTMLButtonElement>(form, '[data-kc-retry]')?.addEventListener('click', () => {
      c.editing = true;
      render(c, undefined);
      $<HTMLElement>(form, 'input, [data-move]')?.focus();
    });
    form.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-move]');
      if (!button || button.disabled) return;
      const items = $$<HTMLElement>(form, '[data-kc-order] > li');
      const li = button.closest('li');
      const from = li ? items.indexOf(li) : -1;
      const dir = button.dataset['move'];
      if (move(c, from, dir === 'up' ? from - 1 : from + 1)) button.focus();
    });
    let dragged: HTMLElement | null = null;
    for (const li of $$<HTMLElement>(form, '[data-kc-order] > li')) {
      li.addEventListener('dragstart', (e) => {
        dragged = li;
        e.dataTransfer?.setData('text/plain', li.dataset['id'] ?? '');
      });
      li.addEventListener('dragover', (e) => e.preventDefault());
      li.addEventListener('drop', (e) => {
        e.preventDefault();
        const items = $$<HTMLElement>(form, '[data-kc-order] > li');
        if (dragged) move(c, items.indexOf(dragged), items.indexOf(li));
        dragged = null;
      });
    }
    refreshMoves(c);
    form.hidden = false;
  }
  if (checks.length > 0) $<HTMLElement>(section, '[data-kc-static]')?.setAttribute('hidden', '');
  progress.subscribe((p) => {
    const saved = lessonState(p, lesson).checks;
    for (const c of checks) {
      const answer = Object.hasOwn(saved, c.ref) ? saved[c.ref] : undefined;
      const key = answerKey(answer);
      if (key === c.shownKey || c.editing) continue;
      c.shownKey = key;
      if (answer !== undefined) writeDraft(c, answer);
      render(c, answer);
    }
  });
  return checks;
}

for (const section of $$<HTMLElement>(document, '[data-kc]')) setup(section);
