/**
 * Plain DOM updates for static pages (lesson sidebar, module page): ticks beside completed
 * lessons and a line of quiz status. No framework, so lesson pages stay within their
 * JavaScript budget; everything is written with textContent.
 */
import { isLessonComplete, quizStatus } from '../../lib/results/status';
import type { Progress } from '../../progress/model';

/** Shows the "✓ Done" (LessonTick.astro) of every `[data-lesson]` item whose lesson is complete, and hides the others. */
export function showLessonTicks(root: ParentNode, p: Progress): void {
  for (const item of root.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const done = isLessonComplete(p, item.dataset['lesson'] ?? '');
    const tick = item.querySelector<HTMLElement>(':scope > .tick');
    if (tick) tick.hidden = !done;
    item.classList.toggle('is-done', done);
  }
}

/** Fills every `[data-quiz-status]` element (with data-pass-mark and data-questions) with the quiz's status. */
export function showQuizStatus(root: ParentNode, p: Progress): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-quiz-status]')) {
    const id = el.dataset['quizStatus'] ?? '';
    const passMark = Number(el.dataset['passMark'] ?? 0);
    const s = quizStatus(p, { id, title: '', url: '', passMark, questions: Number(el.dataset['questions'] ?? 0) });
    const short = el.dataset['short'] !== undefined;
    let text: string;
    if (s.passed) text = short ? `Passed (${s.best?.percent ?? 0}%)` : `Passed. Best score ${s.best?.percent ?? 0}%.`;
    else if (s.best)
      text = short
        ? `Best ${s.best.percent ?? 0}%, not passed yet`
        : `Best score ${s.best.percent ?? 0}%: not passed yet (pass mark ${passMark}%).`;
    else if (s.inProgress) text = short ? 'In progress' : 'Started: your answers so far are saved.';
    else text = short ? '' : 'Not taken yet.';
    el.textContent = text;
    el.classList.toggle('is-passed', s.passed);
  }
}
