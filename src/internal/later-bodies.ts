import type { ReactiveController, ReactiveElement } from 'lit';

/** How many items a list paints at first, before the rest come in idle time. */
export const FIRST_ITEMS = 12;

/**
 * The bodies of a list's closed `<details>`, and its items beyond the first screen,
 * rendered after the first paint: most of a list's nodes sit in bodies nobody sees until
 * they open one, so the first paint shows the summaries of the first FIRST_ITEMS items
 * and the rest follows in idle time (within a second or two). Before
 * that, opening an item renders them at once, and so does printing, which also opens
 * every item for the paper and closes again the ones it opened. Find-in-page and
 * screen readers get the bodies once they are in; a closed body is not read anyway.
 */
export class LaterBodies implements ReactiveController {
  /** True once the bodies are rendered; it stays true. */
  ready = false;
  private waiting?: { id: number; idle: boolean };
  private printing = false;
  private openedForPrint: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
    // A click on a summary (mouse, or Enter and Space on it) comes before its toggle.
    this.host.renderRoot.addEventListener('click', this.onOpen, true);
    this.host.renderRoot.addEventListener('toggle', this.onOpen, true);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
    this.host.renderRoot.removeEventListener('click', this.onOpen, true);
    this.host.renderRoot.removeEventListener('toggle', this.onOpen, true);
    this.cancel();
  }

  hostUpdated(): void {
    if (!this.ready && this.waiting === undefined) {
      const idle = typeof requestIdleCallback === 'function';
      this.waiting = {
        id: idle ? requestIdleCallback(this.show, { timeout: 1500 }) : window.setTimeout(this.show, 50),
        idle,
      };
    }
    if (this.printing) {
      for (const details of this.host.renderRoot.querySelectorAll('details:not([open])')) {
        (details as HTMLDetailsElement).open = true;
        this.openedForPrint.push(details as HTMLDetailsElement);
      }
    }
  }

  /**
   * For one render: a function that passes the widget's first FIRST_ITEMS items, counted
   * across its calls in document order (every item once the rest is ready).
   */
  firstItems(): <T>(items: readonly T[]) => readonly T[] {
    if (this.ready) return (items) => items;
    let left = FIRST_ITEMS;
    return (items) => {
      const shown = items.slice(0, Math.max(0, left));
      left -= shown.length;
      return shown;
    };
  }

  /** Renders the bodies now. */
  show = (): void => {
    this.cancel();
    if (this.ready) return;
    this.ready = true;
    this.host.requestUpdate();
  };

  private cancel(): void {
    if (this.waiting?.idle) cancelIdleCallback(this.waiting.id);
    else if (this.waiting) clearTimeout(this.waiting.id);
    this.waiting = undefined;
  }

  private onOpen = (event: Event): void => {
    if (!this.ready && (event.target as Element).closest?.('details')) this.show();
  };

  private beforePrint = (): void => {
    this.printing = true;
    this.show();
    this.host.requestUpdate();
    // Now, not in a microtask: Firefox prints a copy of the page taken as soon as this
    // event returns. (`performUpdate` is Lit's own synchronous update.)
    (this.host as unknown as { performUpdate(): void }).performUpdate();
  };

  private afterPrint = (): void => {
    this.printing = false;
    for (const details of this.openedForPrint.splice(0)) details.open = false;
  };
}
