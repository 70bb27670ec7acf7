/**
 * The interactive quiz, in plain TypeScript. Until it has read the learner's progress the
 * page shows its static question list (for readers without JavaScript); then it renders
 * only from the store, so a reload, a closed tab or another tab lands on the same place.
 * Practice: one question at a time with feedback. Assessment: move freely, result at the end.
 *
 * Every store change re-renders, but each part is rebuilt only when what it shows has
 * changed, and focus goes back to the element that had it (by id), so a change from
 * another tab, or an answer saved as the learner picks it, never throws the learner out.
 *
 * A link from the results pages can ask for a session of some questions (`#retry=…`,
 * `#recap=…`, see session-link.ts): the island offers it first, runs it as an ordinary
 * attempt of only those questions (with feedback after each answer, even on the final
 * assessment), and clears the fragment once it is over so a reload does not start it again.
 */
import { isAnswered, optionOrder, unanswered } from '../../quiz/attempt';
import { answerFor } from '../../quiz/score';
import type { Answer, Attempt } from '../../quiz/types';
import { progress, type Progress } from '../../stores/progress';
import type { Option } from '../../schemas/question';
import { h, keepFocus, swap } from './dom';
import { answerKey, canSubmit, initialDraft } from './drafts';
import { QuizSession, type QuizView } from './quiz-session';
import { feedback, questionInput, type QuestionInput } from './render-question';
import { results } from './render-results';
import { parseSessionHash, sessionTitle, type SessionPlan } from './session-link';
import type { IslandQuestion, QuizIslandProps } from './types';

/** The question on screen and what the learner has done with it so far. */
interface Current {
  q: IslandQuestion;
  shown: Option[];
  saved: Answer | undefined;
  position: number;
  isLast: boolean;
  /** `${attempt started}:${question id}`: messages and drafts belong to one question. */
  key: string;
}

/** Parts of the question view that stay on the page while the learner works through the quiz. */
interface QuestionFrame {
  heading: HTMLElement;
  meter: HTMLProgressElement;
  count: Text;
  form: HTMLFormElement;
  submit: HTMLButtonElement;
  status: HTMLElement;
  nav: HTMLElement;
}

export function mountQuiz(root: HTMLElement, quiz: QuizIslandProps): () => void {
  /** The mode of the attempt on screen: a partial attempt is practice (see attemptMode). */
  let mode = quiz.mode;
  const id = root.id || 'quiz';
  const session = new QuizSession(quiz, clearHash);
  /** "Those questions are no longer in this quiz", above the quiz, after a stale link. */
  let note: HTMLElement | undefined;
  let p: Progress | undefined;
  let frameKey = '';
  let frame: QuestionFrame | undefined;
  let cur: Current | undefined;
  // The question's local UI state (reset when the question changes).
  let savedKey: string | undefined;
  let draft: Answer | undefined;
  let error = '';
  let said = '';
  let input: QuestionInput | undefined;
  let inputKey = '';
  /** The value the controls show, as text (they hold it themselves between renders). */
  let shownKey = '';
  let errorEl: HTMLElement | undefined;
  let verdict: HTMLElement | undefined;

  const focus = (elementId: string) => document.getElementById(elementId)?.focus();

  function show(key: string, build: () => Node): void {
    if (frameKey === key) return;
    frameKey = key;
    frame = undefined;
    keepFocus(root, () => root.replaceChildren(build()));
  }

  function render(): void {
    const view = session.view(p);
    if (view.kind === 'loading') return;
    if (view.kind === 'start') show(`start:${view.changed}`, () => startView(view.changed));
    else if (view.kind === 'session') {
      const { plan, inProgress } = view;
      const left = inProgress ? unanswered(inProgress, quiz.questions).length : 0;
      show(`session:${plan.kind}:${plan.ids.join()}:${inProgress?.started ?? ''}:${left}`, () =>
        sessionView(
          plan,
          inProgress && { answered: inProgress.questions.length - left, total: inProgress.questions.length },
        ),
      );
    } else if (view.kind === 'question') {
      mode = view.mode;
      renderQuestion(view.attempt, view.list);
    } else if (view.kind === 'review')
      show(`review:${view.attempt.started}:${view.attempt.position}:${view.missing.join()}`, () => reviewView(view));
    else
      show(`results:${view.attempt.started}:${view.attempt.finished ?? ''}`, () =>
        results({
          id,
          attempt: view.attempt,
          questions: quiz.questions,
          passMark: quiz.passMark,
          onretry: (ids) => start(ids),
          onrestart: () => start(),
        }),
      );
  }

  // ----- actions -----

  function start(only?: string[]): void {
    setNote(undefined);
    session.start(only);
    render();
    focus(`${id}-heading`);
  }

  /** Focus on what the quiz shows now, after the learner turned a session down. */
  function focusView(): void {
    const kind = session.view(p).kind;
    focus(kind === 'question' ? `${id}-heading` : kind === 'results' ? `${id}-title` : `${id}-start`);
  }

  function dismiss(): void {
    session.dismiss();
    render();
    focusView();
  }

  /** Reads the link's fragment (on load and when it changes): a session to offer, or a note that it is stale. */
  function readHash(moveFocus: boolean): void {
    const asked = session.ask(parseSessionHash(location.hash));
    setNote(asked === 'gone' ? 'Those questions are no longer in this quiz, so here is the whole quiz.' : undefined);
    if (asked === 'gone') clearHash();
    render();
    if (moveFocus && asked === 'planned' && session.view(p).kind === 'session') focus(`${id}-session`);
  }

  function setNote(text: string | undefined): void {
    note?.remove();
    note = text === undefined ? undefined : h('p', { class: 'callout', id: `${id}-note` }, text);
    if (note) root.before(note);
  }

  function goTo(index: number): void {
    session.goTo(index);
    render();
    focus(`${id}-heading`);
  }

  function next(): void {
    if (!cur) return;
    if (cur.isLast) finishQuiz();
    else goTo(cur.position + 1);
  }

  function review(): void {
    session.review();
    render();
    focus(`${id}-review`);
  }

  function finishQuiz(): void {
    session.submit();
    render();
    focus(`${id}-title`);
  }

  function onchange(value: Answer): void {
    draft = value;
    shownKey = answerKey(value);
    if (error) {
      error = '';
      render();
    }
    if (mode !== 'assessment' || !cur) return;
    // An order is saved once the learner confirms it; after that, every move is saved.
    if (cur.q.type !== 'order' || cur.saved !== undefined) session.answer(cur.q.id, value);
  }

  function check(event: SubmitEvent): void {
    event.preventDefault();
    if (!cur) return;
    const { q } = cur;
    if (draft === undefined || !canSubmit(q, draft)) {
      error = q.type === 'numeric' ? 'Type a number first.' : 'Choose an answer first.';
      render();
      return;
    }
    session.answer(q.id, draft);
    if (mode === 'practice') {
      render();
      verdict?.focus();
    } else {
      said = q.type === 'order' ? 'Order saved.' : 'Answer saved.';
      render();
    }
  }

  // ----- views -----

  function modeText(m: QuizIslandProps['mode']): string {
    return m === 'practice'
      ? 'One question at a time. After each answer you see whether it was right, why, and where it is taught.'
      : 'Answer the questions in any order and change your answers until you submit. You see your result at the end.';
  }

  function startView(changed: boolean): Node {
    return h(
      'section',
      { class: 'start', 'aria-label': 'Start the quiz' },
      changed &&
        h(
          'p',
          { class: 'callout' },
          'This quiz has changed since you started it, so your unfinished attempt cannot be picked up again. Please start again.',
        ),
      h(
        'p',
        {},
        `${modeText(quiz.mode)} Your answers are saved in this browser as you go, so you can stop and come back later.`,
      ),
      h('button', { type: 'button', class: 'primary', id: `${id}-start`, onclick: () => start() }, 'Start the quiz'),
    );
  }

  function sessionView(plan: SessionPlan, inProgress: { answered: number; total: number } | undefined): Node {
    const { dropped } = plan;
    const recap = plan.kind === 'recap';
    const whole = plan.ids.length >= quiz.questions.length;
    const begin = recap ? 'Start the review' : 'Start practising';
    const startButton = (label: string, primary: boolean) =>
      h(
        'button',
        { type: 'button', class: primary ? 'primary' : undefined, id: `${id}-start`, onclick: () => start(plan.ids) },
        label,
      );
    return h(
      'section',
      { class: 'start session-start', 'aria-labelledby': `${id}-session` },
      h('h2', { id: `${id}-session`, tabindex: '-1' }, sessionTitle(plan)),
      dropped > 0 &&
        h(
          'p',
          { class: 'callout' },
          dropped === 1
            ? '1 question from your link is no longer in this quiz, so it is left out.'
            : `${dropped} questions from your link are no longer in this quiz, so they are left out.`,
        ),
      // A link naming every question starts a whole attempt: it runs and counts like one.
      whole
        ? h('p', {}, `${modeText(quiz.mode)} It covers the whole quiz, so it counts like any attempt.`)
        : h(
            'p',
            {},
            `${modeText('practice')} `,
            recap
              ? 'Get a question right and it comes back after a longer gap; miss it and it comes back tomorrow. '
              : '',
            'This is practice: it does not change your quiz result or best score.',
          ),
      inProgress &&
        h(
          'p',
          { class: 'callout warn' },
          `You have an unfinished attempt at this quiz (${inProgress.answered} of ${inProgress.total} answered). If you start this session instead, that attempt is dropped and not scored.`,
        ),
      h(
        'div',
        { class: 'nav' },
        inProgress
          ? [
              h(
                'button',
                { type: 'button', class: 'primary', id: `${id}-carry-on`, onclick: dismiss },
                'Carry on with your attempt',
              ),
              startButton(recap ? 'Start the review instead' : 'Start the practice session instead', false),
            ]
          : [
              startButton(begin, true),
              h('button', { type: 'button', id: `${id}-whole`, onclick: dismiss }, 'See the whole quiz instead'),
            ],
      ),
    );
  }

  function reviewView(view: Extract<QuizView, { kind: 'review' }>): Node {
    const { missing, list, attempt } = view;
    return h(
      'section',
      { class: 'review-view', 'aria-labelledby': `${id}-review` },
      h('h2', { id: `${id}-review`, tabindex: '-1' }, 'Check before you submit'),
      missing.length > 0
        ? h(
            'div',
            { class: 'callout warn' },
            h(
              'p',
              {},
              `You have not answered ${missing.length === 1 ? '1 question' : `${missing.length} questions`} yet. Unanswered questions count as wrong.`,
            ),
            h(
              'ul',
              { class: 'missing' },
              missing.map((index) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    {
                      type: 'button',
                      id: `${id}-goto-${index}`,
                      'aria-describedby': `${id}-missing-${index}`,
                      onclick: () => goTo(index),
                    },
                    `Go to question ${index + 1}`,
                  ),
                  ' ',
                  h('span', { class: 'prompt-preview', id: `${id}-missing-${index}` }, list[index]?.prompt ?? ''),
                ),
              ),
            ),
          )
        : h('p', {}, `You have answered all ${list.length} questions. You can still go back and change any answer.`),
      h(
        'div',
        { class: 'nav' },
        h('button', { type: 'button', class: 'primary', id: `${id}-submit`, onclick: finishQuiz }, 'Submit my answers'),
        h(
          'button',
          { type: 'button', id: `${id}-back`, onclick: () => goTo(attempt.position) },
          `Back to question ${attempt.position + 1}`,
        ),
      ),
    );
  }

  function questionFrame(): QuestionFrame {
    const f: QuestionFrame = {
      heading: h('h2', { id: `${id}-heading`, tabindex: '-1' }),
      meter: h('progress', { 'aria-label': 'Questions answered' }),
      count: document.createTextNode(''),
      form: h('form', { novalidate: true, onsubmit: (e) => check(e as SubmitEvent) }),
      submit: h('button', { type: 'submit', id: `${id}-check` }),
      status: h('div', { role: 'status', class: 'status' }),
      nav: h('div', { class: 'nav' }),
    };
    root.replaceChildren(
      h(
        'section',
        { class: 'question-view', 'aria-labelledby': `${id}-heading` },
        f.heading,
        h('p', { class: 'progress-line muted' }, f.meter, f.count),
        f.form,
        f.status,
        f.nav,
      ),
    );
    return f;
  }

  function renderQuestion(attempt: Attempt, list: IslandQuestion[]): void {
    const total = list.length;
    const position = attempt.position;
    const q = list[position];
    if (!q) return show('none', () => document.createTextNode(''));
    const key = `question:${attempt.started}`;
    if (frameKey !== key || !frame) {
      frameKey = key;
      keepFocus(root, () => (frame = questionFrame()));
      inputKey = '';
    }
    const f = frame as QuestionFrame;
    const shown = optionOrder(q, attempt.seed);
    const saved = answerFor(attempt.answers, q.id);
    const qKey = `${attempt.started}:${q.id}`;
    if (cur?.key !== qKey) {
      error = '';
      said = '';
      savedKey = undefined;
    }
    cur = { q, shown, saved, position, isLast: position >= total - 1, key: qKey };
    // A store change that leaves this answer alone (another tab, another quiz) does not
    // reset what the learner has chosen but not yet checked.
    const sk = answerKey(saved);
    if (sk !== savedKey) {
      savedKey = sk;
      draft = initialDraft(q, saved, shown);
    }
    const checked = mode === 'practice' && isAnswered(q, saved);
    const answered = list.filter((x) => isAnswered(x, answerFor(attempt.answers, x.id))).length;

    f.heading.textContent = `Question ${position + 1} of ${total}`;
    f.meter.max = total;
    f.meter.value = answered;
    f.count.data = ` ${answered} of ${total} answered`;

    // The controls: rebuilt for a new question or when practice feedback locks them.
    const value = checked ? saved : draft;
    const ik = `${qKey}|${checked}`;
    if (ik !== inputKey || !input) {
      inputKey = ik;
      const next = questionInput({ id, question: q, shown, value, onchange, disabled: checked, reveal: checked });
      keepFocus(f.form, () => {
        if (input?.el.parentNode === f.form) f.form.replaceChild(next.el, input.el);
        else f.form.prepend(next.el);
      });
      input = next;
      shownKey = answerKey(value);
    } else if (answerKey(value) !== shownKey) {
      shownKey = answerKey(value);
      input.setValue(value);
    }

    // The error, tied to the controls.
    if (error) {
      errorEl ??= h('p', { class: 'error', id: `${id}-error` });
      errorEl.textContent = error;
      if (errorEl.previousSibling !== input.el) input.el.after(errorEl);
    } else errorEl?.remove();
    input.setError(error ? `${id}-error` : undefined);

    // Check (practice) or confirm/save an order (assessment).
    const label =
      mode === 'practice' && !checked
        ? 'Check answer'
        : mode === 'assessment' && q.type === 'order'
          ? saved === undefined
            ? 'Confirm this order'
            : 'Save this order'
          : '';
    if (label) {
      f.submit.textContent = label;
      f.submit.className = mode === 'practice' ? 'primary' : '';
      if (!f.submit.isConnected) f.form.append(f.submit);
    } else f.submit.remove();

    // Feedback (practice) or "Answer saved." (assessment), in a live region that stays put.
    swap(f.status, checked ? `fb:${qKey}:${sk}` : `said:${qKey}:${said}`, () => {
      verdict = undefined;
      if (checked) {
        const fb = feedback(q, saved, shown);
        verdict = fb.verdict;
        return fb.el;
      }
      return said ? h('p', {}, said) : null;
    });

    // Moving on.
    const { isLast } = cur;
    swap(f.nav, `${checked}|${isLast}|${position > 0}`, () =>
      mode === 'practice'
        ? checked &&
          h(
            'button',
            { type: 'button', class: 'primary', id: `${id}-next`, onclick: next },
            isLast ? 'See my results' : 'Next question',
          )
        : [
            position > 0 &&
              h(
                'button',
                { type: 'button', id: `${id}-prev`, onclick: () => goTo((cur?.position ?? 1) - 1) },
                'Previous question',
              ),
            !isLast &&
              h(
                'button',
                { type: 'button', class: 'primary', id: `${id}-next`, onclick: () => goTo((cur?.position ?? 0) + 1) },
                'Next question',
              ),
            h(
              'button',
              { type: 'button', class: isLast ? 'primary' : undefined, id: `${id}-to-review`, onclick: review },
              'Review and submit',
            ),
          ],
    );
  }

  const onhash = () => readHash(true);
  readHash(false);
  window.addEventListener('hashchange', onhash);
  const off = progress.subscribe((value) => {
    p = value;
    render();
  });
  return () => {
    off();
    window.removeEventListener('hashchange', onhash);
    setNote(undefined);
  };
}

/** Removes a session fragment from the address (no new history entry, no hashchange), so a reload shows the quiz as usual. */
function clearHash(): void {
  if (!/^#(retry|recap)=/.test(location.hash)) return;
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** Mounts every quiz on the page from its `data-quiz-props` (JSON written at build time). */
export function mountQuizzes(doc: ParentNode = document): void {
  for (const root of doc.querySelectorAll<HTMLElement>('[data-quiz-props]')) {
    let props: QuizIslandProps;
    try {
      props = JSON.parse(root.dataset['quizProps'] ?? '') as QuizIslandProps;
    } catch {
      continue; // Leave the static list for this one.
    }
    mountQuiz(root, props);
  }
}
