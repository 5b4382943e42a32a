/** Helpers shared by the browser tests. */
import { forgetWarnings } from '../../src/internal/warn.js';

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

/**
 * Waits for what a widget renders after its first paint, in idle time (the bodies of
 * closed `<details>`, see src/internal/deferred.ts): the idle time of the window whose
 * document the widget is in (an iframe's, for a widget moved there).
 */
export async function idleRendered(...elements: { updateComplete: Promise<unknown> }[]): Promise<void> {
  await settled(...elements);
  const windows = new Set(elements.map((element) => (element as unknown as Node).ownerDocument?.defaultView ?? window));
  await Promise.all(
    [...windows].map(
      (view) =>
        new Promise((resolve) =>
          typeof view.requestIdleCallback === 'function'
            ? view.requestIdleCallback(resolve, { timeout: 2000 })
            : view.setTimeout(resolve, 100),
        ),
    ),
  );
  await settled(...elements);
}

/**
 * Collects the `console.warn` calls of each test in the current suite (`.list`). Each
 * test starts with no warning given, so a test sees every warning that it causes.
 */
export function collectWarnings(): { list: string[] } {
  const collected = { list: [] as string[] };
  const warn = console.warn;
  beforeEach(() => {
    forgetWarnings();
    collected.list = [];
    console.warn = (...args: unknown[]) => void collected.list.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });
  return collected;
}

/** The elements of a widget's shadow content that match `selector`. */
export const all = (el: Element, selector: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** An element's text, whitespace folded. */
export const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of each `<summary>` of a list. */
/** The names in a list's summaries, without the "From …"/"Until …" marks of coming changes. */
export const summaries = (el: Element): string[] =>
  all(el, 'summary').map((summary) => {
    const copy = summary.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.soon').forEach((mark) => mark.remove());
    return text(copy);
  });

/** Types into a list's filter box as a user does: the value changes, then `input` fires. */
export async function typeInFilter(el: Element & { updateComplete: Promise<unknown> }, query: string): Promise<void> {
  const input = el.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
