import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * When a widget's deferred part comes: in idle time (the lists' later items and bodies),
 * or after the frame that showed the first part (the checker's long steps).
 */
export type DeferUntil = 'idle' | 'frame';

/** Idle time comes within this many milliseconds, busy page or not. */
const IDLE_TIMEOUT = 1500;

/**
 * Runs `task` in `win`'s idle time, or after its next painted frame; returns what cancels
 * it. After a frame means at most 50 ms: frames do not come to hidden or off-screen
 * (sandboxed, throttled) documents, and a hidden document runs it at once. WebKit has no
 * `requestIdleCallback`: there idle time is 50 ms later.
 */
export function schedule(win: Window, until: DeferUntil, task: () => void): () => void {
  if (until === 'idle') {
    if (typeof win.requestIdleCallback === 'function') {
      const id = win.requestIdleCallback(task, { timeout: IDLE_TIMEOUT });
      return () => win.cancelIdleCallback(id);
    }
    const id = win.setTimeout(task, 50);
    return () => win.clearTimeout(id);
  }
  let cancelled = false;
  let ran = false;
  const once = () => {
    if (cancelled || ran) return;
    ran = true;
    task();
  };
  if (win.document.hidden) {
    queueMicrotask(once);
    return () => (cancelled = true);
  }
  const timeouts = [win.setTimeout(once, 50)];
  const frame = win.requestAnimationFrame(() => timeouts.push(win.setTimeout(once)));
  return () => {
    cancelled = true;
    win.cancelAnimationFrame(frame);
    for (const id of timeouts) win.clearTimeout(id);
  };
}

/** What the controller needs of its widget. */
export interface DeferringHost extends ReactiveElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * A widget's work deferred past its first paint, and its printing, in one place: the
 * lists' items beyond the first screen and the bodies of their closed `<details>`, and
 * the second part of the checker's long steps.
 *
 * The first paint shows the first part; the rest (`done`) follows in idle time or after
 * the first part's frame. Opening a `<details>` before then brings the rest at once, and
 * so does printing, which also opens every `<details>` for the paper and closes again,
 * afterwards, the ones it opened.
 *
 * It is safe to move: a widget removed before its deferred work does none while detached
 * and schedules it again when added back, in the same document or another one (an
 * iframe's, whose window then schedules it and tells it about printing).
 */
export class Deferred implements ReactiveController {
  /** True once the deferred part is rendered, until `restart()`. */
  done = false;
  private cancel?: () => void;
  private win?: Window;
  private printing = false;
  private openedForPrint: HTMLDetailsElement[] = [];
  private waiting: (() => void)[] = [];

  /**
   * @param renderNow the host's synchronous update (Lit's `performUpdate`): printing takes
   *   the page as it stands when `beforeprint` returns (Firefox copies it then).
   */
  constructor(
    private readonly host: DeferringHost,
    private readonly until: DeferUntil,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.win = this.host.ownerDocument.defaultView ?? undefined;
    this.win?.addEventListener('beforeprint', this.beforePrint);
    this.win?.addEventListener('afterprint', this.afterPrint);
    // A click on a summary (mouse, or Enter and Space on it) comes before its toggle.
    this.host.renderRoot.addEventListener('click', this.onOpen, true);
    this.host.renderRoot.addEventListener('toggle', this.onOpen, true);
    // Moved (or adopted) after its first paint: its update does not run again, so schedule here.
    if (this.host.hasUpdated) this.scheduleRest();
  }

  hostDisconnected(): void {
    this.win?.removeEventListener('beforeprint', this.beforePrint);
    this.win?.removeEventListener('afterprint', this.afterPrint);
    this.host.renderRoot.removeEventListener('click', this.onOpen, true);
    this.host.renderRoot.removeEventListener('toggle', this.onOpen, true);
    this.cancel?.();
    this.cancel = undefined;
    this.win = undefined;
  }

  hostUpdated(): void {
    this.scheduleRest();
    if (this.printing) this.openForPrint();
  }

  /** Defers again: the next render shows the first part, the rest follows as on the first paint. */
  restart(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.done = false;
    this.host.requestUpdate();
  }

  /** Renders the deferred part now. */
  finish = (): void => {
    this.cancel?.();
    this.cancel = undefined;
    if (this.done) return;
    this.done = true;
    this.host.requestUpdate();
    for (const resolve of this.waiting.splice(0)) resolve();
  };

  /**
   * Resolves once the widget shows everything, its deferred part too, and no update is
   * pending. A widget that is not in a document waits until it is added to one.
   */
  async settled(): Promise<void> {
    for (;;) {
      await this.host.updateComplete;
      if (this.done) return;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private scheduleRest(): void {
    if (this.done || this.cancel || !this.win || !this.host.isConnected) return;
    this.cancel = schedule(this.win, this.until, this.finish);
  }

  private onOpen = (event: Event): void => {
    if (!this.done && (event.target as Element).closest?.('details')) this.finish();
  };

  private openForPrint(): void {
    for (const details of this.host.renderRoot.querySelectorAll('details')) {
      if (details.open) continue;
      details.open = true;
      this.openedForPrint.push(details);
    }
  }

  /** Prints everything, every section open; afterwards closes only those it opened, not the reader's. */
  private beforePrint = (): void => {
    this.printing = true;
    this.finish();
    this.renderNow();
    this.openForPrint();
  };

  private afterPrint = (): void => {
    this.printing = false;
    for (const details of this.openedForPrint.splice(0)) details.open = false;
  };
}

/** How many items a list paints at first, before the rest come in idle time. */
export const FIRST_ITEMS = 12;

/**
 * For one render of a list: a function that passes its first FIRST_ITEMS items, counted
 * across its calls in document order, or every item once `done`.
 */
export function firstItems(done: boolean): <T>(items: readonly T[]) => readonly T[] {
  if (done) return (items) => items;
  let left = FIRST_ITEMS;
  return (items) => {
    const shown = items.slice(0, Math.max(0, left));
    left -= shown.length;
    return shown;
  };
}
