/** Helpers shared by the browser tests. */

/** Resolves when the page locale has switched (the widgets then re-render). */
export function localeSwitched(): Promise<string> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (detail.status !== 'ready') return;
      window.removeEventListener('lit-localize-status', listener);
      resolve(detail.readyLocale ?? '');
    };
    window.addEventListener('lit-localize-status', listener);
  });
}

/** The visible text of a widget's shadow content, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for every given Lit element to finish its pending update. */
export async function settled(...elements: { updateComplete: Promise<unknown> }[]): Promise<void> {
  await Promise.all(elements.map((element) => element.updateComplete));
}

/** Collects the `console.warn` calls of each test in the current suite (`.list`). */
export function collectWarnings(): { list: string[] } {
  const collected = { list: [] as string[] };
  const warn = console.warn;
  beforeEach(() => {
    collected.list = [];
    console.warn = (...args: unknown[]) => void collected.list.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });
  return collected;
}

/**
 * Waits for what a widget renders after its first paint, in idle time (the bodies of
 * closed `<details>`, see src/internal/later-bodies.ts).
 */
export async function idleRendered(...elements: { updateComplete: Promise<unknown> }[]): Promise<void> {
  await settled(...elements);
  await new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve, 100)));
  await settled(...elements);
}
