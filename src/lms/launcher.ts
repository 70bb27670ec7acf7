/**
 * The launch page of a package (`lms.html`, the SCO / AU the LMS opens). It holds the one
 * LMS session of the launch and shows the course in a same-origin frame, so moving
 * between lessons never ends the session. Course pages reach it through `window.dhsLms`
 * (see page-storage.ts); it keeps the learner's progress in memory only, and sends it to
 * the LMS as the progress code (debounced, on leaving, and on "Save and exit").
 */
import type { Progress } from '../schemas/progress';
import { decodeText, encodeText } from '../progress/codec';
import { compactProgress, emptyProgress, isEmptyProgress } from '../progress/model';
import { setName } from '../progress/learner';
import { LmsError, type LmsConnection, type SaveRequest } from './connection';
import { certificateName } from './formats';
import type { PackageInfo } from './package-info';
import { BRIDGE_NAME, type LmsBridge } from './page-storage';
import { buildReport, finishedAttemptKeys, masteryPercent, newAnswers, newAssessedAttempts } from './report';
import { codeToTextSync, textToCodeSync } from './suspend-code';

/** The store's key (src/stores/progress.ts); the only one the bridge answers to. */
const STORAGE_KEY = 'dhs:progress';
const SAVE_DELAY_MS = 1500;

export type NoticeKind = 'missing' | 'refused' | 'not-admitted' | 'unreadable' | 'too-large' | 'review';

/** What the learner reads when tracking fails, under the one heading lms.html carries (scripts/package-lms.mjs). */

export function noticeText(kind: NoticeKind, detail = ''): string {
  switch (kind) {
    case 'missing':
      return "The course could not find the learning system (LMS) that should record it. You can keep working, but nothing is recorded and it is forgotten when you close this window. To be recorded, open the course from your organisation's learning system.";
    case 'refused':
      return `The learning system did not accept the last save (${detail}). You can keep working; the course tries again as you go. If this message stays, tell your training administrator.`;
    case 'not-admitted':
      return `This copy of the course is not allowed to contact the learning record store at ${detail}, so nothing is recorded. You can keep working. Your administrator can fix this by packaging the course with that address (see the course README).`;
    case 'unreadable':
      return 'The progress your learning system saved for you could not be read. It has been left untouched, and this session will not overwrite it. You can keep working; tell your training administrator.';
    case 'too-large':
      return 'Your progress has grown larger than the learning system can store, so the latest changes were not saved there. Your score and completion are still reported.';
    case 'review':
      return `${REVIEW_TEXT} Your progress is shown as it was saved. To work through the course again with your results recorded, start a new attempt from the course's page in your learning platform, if your organisation allows it.`;
  }
}

/** What a learner in a finished attempt (review mode) is told, first. */
export const REVIEW_TEXT = "This attempt is finished in your organisation's system; what you do now is not recorded.";

/** What a learner is told when the LMS starts an attempt from the beginning. */
export const NEW_ATTEMPT_TEXT =
  'Your learning platform started a new attempt: the course begins with no progress recorded in it.';

/** After "Save and exit": the learner still has to leave the LMS's player. */
export const LEAVE_TEXT = "You can now close this window or use your learning platform's exit button.";

/**
 * A resume location from the LMS, accepted only if it is a page of this package and not
 * the launch page itself (which would open the course inside itself).
 */
export function safeLocation(location: string): string | undefined {
  if (!/^(?!.*\.\.)(?!\/)[A-Za-z0-9._~/-]{1,900}\.html$/.test(location)) return undefined;
  if (/^(?:\.\/)*(?:lms\.html$|lms\/)/.test(location)) return undefined;
  return location;
}

interface Ui {
  frame: HTMLIFrameElement;
  notice: HTMLElement;
  noticeText: HTMLElement;
  exit: HTMLButtonElement | null;
  done: HTMLElement | null;
  status: HTMLElement | null;
}

function findUi(doc: Document): Ui {
  const frame = doc.getElementById('lms-course');
  const notice = doc.getElementById('lms-notice');
  const text = doc.getElementById('lms-notice-text');
  if (!(frame instanceof HTMLIFrameElement) || !notice || !text) throw new Error('launcher page is incomplete');
  return {
    frame,
    notice,
    noticeText: text,
    exit: doc.getElementById('lms-exit') as HTMLButtonElement | null,
    done: doc.getElementById('lms-done'),
    status: doc.getElementById('lms-status'),
  };
}

export async function runLauncher(pkg: PackageInfo, connect: () => Promise<LmsConnection>): Promise<void> {
  const ui = findUi(document);
  const startedAt = Date.now();

  const showNotice = (kind: NoticeKind, detail?: string) => {
    ui.noticeText.textContent = noticeText(kind, detail);
    ui.notice.hidden = false;
    ui.notice.dataset['kind'] = kind;
  };
  const clearNotice = (kind: NoticeKind) => {
    if (ui.notice.dataset['kind'] === kind) {
      ui.notice.hidden = true;
      delete ui.notice.dataset['kind'];
    }
  };

  let conn: LmsConnection | undefined;
  try {
    conn = await connect();
  } catch (e) {
    const kind = e instanceof LmsError ? e.kind : 'refused';
    showNotice(kind, e instanceof Error ? e.message : String(e));
    // Nothing to save to: "Save and exit" would promise what cannot happen.
    if (ui.exit) ui.exit.hidden = true;
  }

  // The learner's progress for this launch, only in this page's memory.
  let progress: Progress = emptyProgress();
  /** The saved data could not be read: it must not be overwritten. */
  let blocked = conn?.state.unseenRecord === true;
  const review = conn?.state.mode === 'review';
  const saved = conn?.state.suspend ?? '';
  if (blocked) showNotice('unreadable');
  else if (saved !== '') {
    try {
      const decoded = decodeText(codeToTextSync(saved));
      if (decoded.kind === 'ok') progress = decoded.progress;
      else blocked = true;
    } catch {
      blocked = true;
    }
    if (blocked) showNotice('unreadable');
  }
  if (review && !blocked) showNotice('review');
  if (review && ui.exit) ui.exit.textContent = 'Exit';
  if (conn?.state.newAttempt && !review && saved === '' && ui.status) {
    ui.status.textContent = NEW_ATTEMPT_TEXT;
    ui.status.hidden = false;
  }
  const name = certificateName(conn?.state.learnerName ?? '');
  if (name && !progress.n) progress = setName(progress, name);
  let text: string | null = isEmptyProgress(progress) && !progress.n ? null : encodeText(progress);

  const mastery = masteryPercent(pkg, conn?.state.mastery);
  const reported = finishedAttemptKeys(progress, pkg);
  let lastCode = saved;
  let location = safeLocation(conn?.state.location ?? '') ?? pkg.start;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finished = false;

  const base = new URL('.', window.location.href).href;
  /**
   * The package page the course frame shows now, if any. Read when saving as well as on the
   * frame's load event: a page whose text is on screen while its images still arrive has not
   * fired "load" yet, and "Save and exit" there must still resume on it.
   */
  const framePage = (): string | undefined => {
    try {
      const here = ui.frame.contentWindow?.location.href ?? '';
      return here.startsWith(base) ? safeLocation(here.slice(base.length).split(/[?#]/)[0] ?? '') : undefined;
    } catch {
      return undefined; // a page from elsewhere: nothing to record
    }
  };

  const request = (): SaveRequest => {
    location = framePage() ?? location;
    // Answers are read before the record may be compacted below, so none is lost to the LMS.
    const answers = newAnswers(progress, pkg, reported);
    const assessed = newAssessedAttempts(progress, pkg, reported);
    let suspend: string | undefined;
    if (!blocked && conn) {
      let code = textToCodeSync(encodeText(progress));
      if (code.length > conn.suspendLimit) {
        // Keep the answers of fewer and fewer recent attempts until the record fits: they
        // have already been reported to the LMS as interactions.
        for (const detail of [undefined, 4, 2, 0]) {
          const compacted = compactProgress(progress, detail);
          code = textToCodeSync(encodeText(compacted));
          if (code.length <= conn.suspendLimit) {
            progress = compacted;
            text = encodeText(compacted);
            break;
          }
        }
      }
      if (code.length > conn.suspendLimit) showNotice('too-large');
      else {
        clearNotice('too-large');
        if (code !== lastCode) suspend = code;
      }
    }
    for (const key of finishedAttemptKeys(progress, pkg)) reported.add(key);
    if (suspend !== undefined) lastCode = suspend;
    return { suspend, location, report: buildReport(progress, pkg, mastery), answers, assessed };
  };

  const onResult = (p: Promise<void>) =>
    p.then(
      () => clearNotice('refused'),
      (e: unknown) => showNotice('refused', e instanceof Error ? e.message : String(e)),
    );

  /** Nothing is written over a record the course could not read, nor in a finished attempt. */
  const readOnly = () => blocked || review;
  const save = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!conn || finished || readOnly()) return;
    void onResult(conn.save(request()));
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  const finish = (): Promise<void> => {
    if (finished || !conn) return Promise.resolve();
    if (timer !== undefined) clearTimeout(timer);
    finished = true;
    return onResult(conn.finish({ ...request(), sessionMs: Date.now() - startedAt, readOnly: readOnly() }));
  };

  const bridge: LmsBridge = {
    read: (key) => (key === STORAGE_KEY ? text : null),
    write: (key, value) => {
      if (key !== STORAGE_KEY || finished) return;
      const decoded = decodeText(value);
      if (decoded.kind !== 'ok') return;
      progress = decoded.progress;
      text = value;
      schedule();
    },
  };
  (window as unknown as Record<string, unknown>)[BRIDGE_NAME] = bridge;

  ui.frame.addEventListener('load', () => {
    const path = framePage();
    if (path && path !== location) {
      location = path;
      schedule();
    }
    try {
      const title = ui.frame.contentDocument?.title;
      if (title) document.title = title;
    } catch {
      /* a page from elsewhere: its title is not ours to show */
    }
  });
  ui.frame.src = location;
  ui.frame.hidden = false;
  // First launch: tell the LMS the course has started (incomplete) straight away.
  if (conn) save();

  window.addEventListener('pagehide', () => void finish());
  ui.exit?.addEventListener('click', () => {
    void finish().then(() => {
      ui.frame.hidden = true;
      ui.frame.removeAttribute('src');
      if (ui.exit) ui.exit.hidden = true;
      if (ui.done) {
        const heading = ui.done.querySelector('h1');
        const text = ui.done.querySelector('p');
        if (review && heading && text) {
          heading.textContent = 'You have left the course';
          text.textContent = `${REVIEW_TEXT.replace('what you do now is', 'what you did was')} ${LEAVE_TEXT}`;
        }
        ui.done.hidden = false;
        ui.done.focus();
      }
    });
  });
}

/** The package description `lms/package.js` puts on the window. */
export function packageInfo(): PackageInfo {
  const info = (window as unknown as Record<string, unknown>)['DHS_PACKAGE'] as PackageInfo | undefined;
  if (!info) throw new Error('lms/package.js is missing');
  return info;
}
