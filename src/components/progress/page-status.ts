/**
 * Plain DOM updates for static pages (lesson sidebar, module page): ticks beside completed
 * lessons and a line of quiz status. No framework, so lesson pages stay within their
 * JavaScript budget; everything is written with textContent.
 */
import { isLessonComplete, quizStatus } from '../../lib/results/status';
import type { Progress } from '../../progress/model';

/** Adds "✓ Done" after every `[data-lesson]` item whose lesson is complete, and removes it otherwise. */
export function showLessonTicks(root: ParentNode, p: Progress): void {
  for (const item of root.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const done = isLessonComplete(p, item.dataset['lesson'] ?? '');
    let tick = item.querySelector<HTMLElement>(':scope > .tick');
    if (done && !tick) {
      tick = document.createElement('span');
      tick.className = 'tick';
      const mark = document.createElement('span');
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = '✓ ';
      tick.append(' ', mark, 'Done');
      const link = item.querySelector(':scope > a');
      if (link) link.after(tick);
      else item.append(tick);
    } else if (!done && tick) {
      tick.remove();
    }
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
