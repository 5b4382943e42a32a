/** Host pages in iframes: sandboxed, `srcdoc`, with a `<base>`…, loading the widgets from source. */

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

export interface FrameOptions {
  /** The iframe's `sandbox` attribute (none when undefined). */
  sandbox?: string;
  /** Markup of the frame's `<head>` before the script, e.g. a `<base>`. */
  head?: string;
  /** Markup of the frame's `<body>`. */
  body: string;
  /** The module that defines the elements. */
  script?: string;
}

/** A `srcdoc` frame that loads the widgets' source and has defined them. */
export async function widgetFrame({
  sandbox,
  head = '',
  body,
  script = '/src/index.ts',
}: FrameOptions): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.width = '800px';
  frame.style.height = '600px';
  // The document's own URL is about:srcdoc; its base URL is this page's unless `head` sets one.
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<script type="module" src="${new URL(script, location.href).href}"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('coverage-checker');
  for (const el of frame.contentDocument!.querySelectorAll<Widget>('coverage-checker, service-list, exemption-list'))
    await el.updateComplete;
  return frame;
}

/** The checker in `frame` (the first one unless `index`). */
export function frameChecker(frame: HTMLIFrameElement, index = 0): Widget {
  return frame.contentDocument!.querySelectorAll<Widget>('coverage-checker')[index];
}

/** The checker's shadow root. */
export function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** The names of the inputs the checker shows now (the question on screen), or []. */
export function shownQuestion(el: Element): string | undefined {
  return root(el).querySelector<HTMLInputElement>('fieldset input')?.name;
}

/** Ticks the answers of the question shown and presses Continue with a click. */
export async function answerIn(el: Widget, question: string, ...answers: string[]): Promise<void> {
  if (shownQuestion(el) !== question)
    throw new Error(
      `expected ${question}, the checker shows ${shownQuestion(el) ?? root(el).querySelector('#step-heading')?.textContent}`,
    );
  for (const value of answers)
    root(el).querySelector<HTMLInputElement>(`input[name="${question}"][value="${value}"]`)!.click();
  root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}
