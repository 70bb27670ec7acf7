/**
 * One question's controls, native and grouped: a fieldset with the prompt as its legend;
 * the ordering control; and the feedback after checking. Plain DOM built with `h`.
 */
import type { Option } from '../../schemas/question';
import { correctAnswerLines } from '../../quiz/describe-answer';
import { scoreQuestion } from '../../quiz/score';
import type { Answer } from '../../quiz/types';
import { attr, h, keepFocus } from './dom';
import { hintFor, moveItem } from './drafts';
import type { IslandQuestion } from './types';

export interface QuestionInputOptions {
  /** Prefix for element ids. */
  id: string;
  question: IslandQuestion;
  /** Options in the order shown. */
  shown: readonly Option[];
  value: Answer | undefined;
  onchange: (value: Answer) => void;
  /** Locked after checking (practice feedback showing). */
  disabled?: boolean;
  /** Mark the right options and the learner's picks in words. */
  reveal?: boolean;
}

export interface QuestionInput {
  el: HTMLFieldSetElement;
  /** Shows another value (a change from the store) without rebuilding the controls. */
  setValue(value: Answer | undefined): void;
  /** Ties an error message (by id) to the controls, or unties it. */
  setError(errorId: string | undefined): void;
}

const TF = [
  { key: 'true', label: 'True', value: true },
  { key: 'false', label: 'False', value: false },
] as const;

export function questionInput(o: QuestionInputOptions): QuestionInput {
  const { id, question: q, shown, onchange, disabled = false, reveal = false } = o;
  let value = o.value;
  const picked = () => (Array.isArray(value) ? value : []);
  const isRight = (optionId: string | boolean): boolean => {
    if (q.type === 'single' || q.type === 'truefalse') return q.answer === optionId;
    if (q.type === 'multiple') return typeof optionId === 'string' && q.answer.includes(optionId);
    return false;
  };
  const isChosen = (optionId: string | boolean): boolean =>
    Array.isArray(value) ? typeof optionId === 'string' && value.includes(optionId) : value === optionId;
  const marks = (optionId: string | boolean) =>
    reveal && isRight(optionId)
      ? h('span', { class: 'mark right' }, 'Right answer')
      : reveal && isChosen(optionId)
        ? h('span', { class: 'mark wrong' }, 'Your answer')
        : null;
  const change = (next: Answer) => {
    value = next;
    onchange(next);
  };
  const choice = (
    type: 'radio' | 'checkbox',
    name: string | undefined,
    key: string,
    mark: string | boolean,
    text: string,
    on: (input: HTMLInputElement) => void,
  ) =>
    h(
      'label',
      { class: 'choice' },
      h('input', {
        type,
        name,
        value: key,
        id: `${id}-opt-${key}`,
        disabled,
        onchange: (e) => on(e.currentTarget as HTMLInputElement),
      }),
      h('span', {}, `${text} `, marks(mark)),
    );

  let body: Node;
  let order: OrderList | undefined;
  let number: HTMLInputElement | undefined;
  if (q.type === 'single') {
    body = h(
      'div',
      { class: 'choices' },
      shown.map((opt) => choice('radio', `${id}-choice`, opt.id, opt.id, opt.text, () => change(opt.id))),
    );
  } else if (q.type === 'multiple') {
    const toggle = (optionId: string, on: boolean) => {
      const next = picked().filter((x) => x !== optionId);
      if (on) next.push(optionId);
      // Kept in the order shown, so a saved answer reads naturally.
      change(shown.map((s) => s.id).filter((x) => next.includes(x)));
    };
    body = h(
      'div',
      { class: 'choices' },
      shown.map((opt) =>
        choice('checkbox', undefined, opt.id, opt.id, opt.text, (input) => toggle(opt.id, input.checked)),
      ),
    );
  } else if (q.type === 'truefalse') {
    body = h(
      'div',
      { class: 'choices' },
      TF.map((t) => choice('radio', `${id}-tf`, t.key, t.value, t.label, () => change(t.value))),
    );
  } else if (q.type === 'order') {
    order = orderList({
      id,
      items: picked().length ? picked() : shown.map((s) => s.id),
      options: shown,
      disabled,
      onchange: (items) => change(items),
    });
    body = order.el;
  } else if (q.type === 'numeric') {
    number = h('input', {
      id: `${id}-number`,
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      spellcheck: 'false',
      value: typeof value === 'string' ? value : '',
      disabled,
      oninput: () => change(number?.value ?? ''),
    });
    body = h(
      'div',
      { class: 'numeric' },
      h('label', { for: `${id}-number` }, `Your answer${q.unit ? ` (${q.unit})` : ''}`),
      h(
        'span',
        { class: 'numeric-row' },
        number,
        q.unit && h('span', { class: 'unit', 'aria-hidden': 'true' }, q.unit),
      ),
    );
  } else {
    body = document.createTextNode('');
  }

  const el = h(
    'fieldset',
    { class: 'question' },
    h('legend', {}, q.prompt),
    h('p', { class: 'hint muted', id: `${id}-hint` }, hintFor(q)),
    body,
  );
  const setError = (errorId: string | undefined) => {
    const describedby = [`${id}-hint`, errorId].filter(Boolean).join(' ');
    attr(el, 'aria-describedby', describedby);
    if (number) attr(number, 'aria-describedby', describedby);
  };
  setError(undefined);
  if (q.type === 'single' || q.type === 'multiple' || q.type === 'truefalse') {
    const setChecked = () => {
      for (const input of el.querySelectorAll('input')) {
        const key = q.type === 'truefalse' ? input.value === 'true' : input.value;
        input.checked = isChosen(key);
      }
    };
    setChecked();
    return {
      el,
      setError,
      setValue(next) {
        value = next;
        setChecked();
      },
    };
  }
  return {
    el,
    setError,
    setValue(next) {
      value = next;
      if (order) order.set(picked().length ? picked() : shown.map((s) => s.id));
      if (number && number.value !== (typeof next === 'string' ? next : ''))
        number.value = typeof next === 'string' ? next : '';
    },
  };
}

export interface OrderListOptions {
  id: string;
  /** Option ids in the current order. */
  items: readonly string[];
  options: readonly Option[];
  disabled?: boolean;
  /** Called with the new order after every move. */
  onchange: (items: string[]) => void;
}

export interface OrderList {
  el: DocumentFragment;
  /** Shows another order, moving the existing items (focus stays where it was). */
  set(items: readonly string[]): void;
}

/**
 * An ordering control: every item has Move up and Move down buttons (keyboard and
 * single-pointer operable, WCAG 2.1.1 and 2.5.7); dragging is an extra for mouse users.
 * Each move is announced in a live region. Focus stays on the button that was pressed.
 */
export function orderList(o: OrderListOptions): OrderList {
  const { id, options, disabled = false, onchange } = o;
  let items = [...o.items];
  let dragging: number | null = null;
  const textOf = (itemId: string) => options.find((x) => x.id === itemId)?.text ?? itemId;
  // Option ids are slugs, so they are safe inside element ids.
  const buttonId = (itemId: string, dir: 'up' | 'down') => `${id}-${itemId}-${dir}`;
  const said = h('p', { class: 'visually-hidden', role: 'status' });
  const list = h('ol', { class: 'order-list' });
  const rows = new Map<string, HTMLLIElement>();

  function move(from: number, to: number, dir?: 'up' | 'down') {
    const itemId = items[from];
    if (disabled || itemId === undefined) return;
    if (to < 0 || to >= items.length) {
      said.textContent = `"${textOf(itemId)}" is already ${to < 0 ? 'first' : 'last'}.`;
      return;
    }
    if (to === from) return;
    const next = moveItem(items, from, to);
    set(next);
    said.textContent = `"${textOf(itemId)}" moved to position ${to + 1} of ${items.length}.`;
    if (dir) document.getElementById(buttonId(itemId, dir))?.focus();
    onchange(next);
  }

  function row(itemId: string): HTMLLIElement {
    const at = () => items.indexOf(itemId);
    const button = (dir: 'up' | 'down') =>
      h(
        'button',
        {
          type: 'button',
          id: buttonId(itemId, dir),
          'aria-describedby': `${id}-${itemId}`,
          onclick: () => move(at(), dir === 'up' ? at() - 1 : at() + 1, dir),
        },
        dir === 'up' ? 'Move up' : 'Move down',
      );
    const li = h(
      'li',
      {
        class: 'order-item',
        draggable: !disabled,
        ondragstart: (e) => {
          if (disabled) return;
          dragging = at();
          li.classList.add('dragging');
          const dt = (e as DragEvent).dataTransfer;
          dt?.setData('text/plain', itemId);
          if (dt) dt.effectAllowed = 'move';
        },
        ondragover: (e) => e.preventDefault(),
        ondrop: (e) => {
          e.preventDefault();
          const from = dragging;
          dragging = null;
          if (from !== null) move(from, at());
        },
        ondragend: () => {
          dragging = null;
          for (const r of rows.values()) r.classList.remove('dragging');
        },
      },
      h('span', { class: 'position', 'aria-hidden': 'true' }),
      h('span', { class: 'text', id: `${id}-${itemId}` }, textOf(itemId)),
      !disabled && h('span', { class: 'moves' }, button('up'), button('down')),
    );
    return li;
  }

  function set(next: readonly string[]) {
    items = [...next];
    keepFocus(list, () => {
      items.forEach((itemId, i) => {
        let li = rows.get(itemId);
        if (!li) rows.set(itemId, (li = row(itemId)));
        if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null);
        li.classList.remove('dragging');
        const position = li.querySelector('.position');
        if (position) position.textContent = String(i + 1);
        const [up, down] = li.querySelectorAll('button');
        if (up) attr(up, 'aria-disabled', i === 0 ? 'true' : undefined);
        if (down) attr(down, 'aria-disabled', i === items.length - 1 ? 'true' : undefined);
      });
      while (list.children.length > items.length) list.lastElementChild?.remove();
    });
  }

  set(items);
  const el = document.createDocumentFragment();
  el.append(list, said);
  return { el, set };
}

/**
 * Right or wrong, the right answer, why, and where it is taught. Its first line (the
 * verdict) takes focus after checking (tabindex -1), so a screen reader reads on from there.
 */
export function feedback(
  q: IslandQuestion,
  answer: Answer | undefined,
  shown: readonly Option[],
): { el: HTMLElement; verdict: HTMLElement } {
  const result = scoreQuestion(q, answer);
  const label = result.correct ? 'Correct' : result.points > 0 ? 'Partly right' : 'Not quite';
  const correct = correctAnswerLines(q, shown);
  const verdict = h('h3', { class: 'verdict', tabindex: '-1' }, label);
  const right = h('strong', {}, 'The right answer:');
  const el = h(
    'div',
    { class: `feedback ${result.correct ? 'right' : 'wrong'}` },
    verdict,
    !result.correct &&
      (correct.length === 1
        ? h('p', {}, right, ` ${correct[0] ?? ''}`)
        : [
            h('p', {}, right),
            h(
              'ul',
              {},
              correct.map((line) => h('li', {}, line)),
            ),
          ]),
    h('p', {}, q.explanation),
    h('p', {}, h('a', { href: q.where.href }, `Where this is taught: ${q.where.title}`)),
  );
  return { el, verdict };
}
