/** The built files on a host page served with the strict CSP of docs/csp.md (test/csp/host.html). */
import { INSURED_PATH, driveChecker } from '../support/checker-driver.mjs';

export interface Recorded {
  violations: string[];
  requests: string[];
  storage: string[];
  errors: string[];
}

export interface HostPage {
  frame: HTMLIFrameElement;
  doc: Document;
  recorded: Recorded;
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type HostWindow = Window & { __recorded: Recorded; __done: Promise<void> };

export const TAGS = ['coverage-checker', 'service-list', 'exemption-list'] as const;

/**
 * Opens test/csp/host.html with `setup` (what the page does first: `pollute`, `freeze`,
 * `mootools`), `load` (scripts in order: `lit2`, `lit3`, `es`, `classic`, or another drop-in
 * file by name, `service-list.kk`) and `tt` (the
 * Trusted Types policy names of its CSP, default `osms-widgets`; the page's own loader
 * adds `host-loader`).
 */
export async function hostPage(query: { load: string; setup?: string; tt?: string }): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const tt = `${query.tt ?? 'osms-widgets'} host-loader`;
  frame.src = `/test/csp/host.html?${new URLSearchParams({ ...query, tt })}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  await win.__done;
  const doc = frame.contentDocument!;
  for (const tag of TAGS) {
    const el = doc.querySelector<Widget>(tag)!;
    if (win.customElements.get(tag)) await el.updateComplete;
  }
  return { frame, doc, recorded: win.__recorded };
}

/** Whether the widget rendered its content and its styles apply. */
export function renderedAndStyled(doc: Document, tag: string): boolean {
  const root = doc.querySelector(tag)?.shadowRoot;
  const heading = root?.querySelector('h2');
  if (!root || !heading) return false;
  // `:host { display: block }` and the headings' own margin come from the widget's styles.
  return getComputedStyle(root.host).display === 'block' && heading.getBoundingClientRect().height > 0;
}

/** Completes a check in the page's checker and returns the status shown. */
export async function completeCheck(doc: Document): Promise<string> {
  return (await driveChecker(doc.querySelector('coverage-checker')!, INSURED_PATH)).status;
}
