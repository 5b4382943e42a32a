import { expect } from '@open-wc/testing';
import { driveChecker, INSURED_PATH } from '../support/checker-driver.mjs';

interface Recorded {
  violations: string[];
  requests: string[];
  storage: string[];
}

/** Loads the strict-CSP page (its policy comes as an HTTP header, see the test config). */
async function strictPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = '/test/csp/page.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await Promise.all(['coverage-checker', 'service-list', 'exemption-list'].map((tag) => win.customElements.whenDefined(tag)));
  return frame;
}

describe('under a strict CSP with Trusted Types, and in private', () => {
  let frame: HTMLIFrameElement;
  // Storage is per origin, shared with the test runner's own page: compare before and after.
  const storageBefore = () => [localStorage.length, sessionStorage.length, document.cookie];
  let before0: unknown[];
  before(async () => {
    before0 = storageBefore();
    frame = await strictPage();
  });
  after(() => frame.remove());

  it('the page really is served with the strict policy', async () => {
    const response = await fetch('/test/csp/page.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'", 'trusted-types osms-widgets']) {
      expect(policy).to.contain(directive);
    }
  });

  it('renders all three elements and completes a checker path with no violation', async () => {
    const doc = frame.contentDocument!;
    for (const tag of ['coverage-checker', 'service-list', 'exemption-list']) {
      const el = doc.querySelector(tag)!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('h2'), `${tag} rendered`).to.exist;
    }
    const { status } = await driveChecker(doc.querySelector('coverage-checker')!, INSURED_PATH);
    expect(status).to.equal('insured-contributions');
    const recorded = (frame.contentWindow as unknown as { __recorded: Recorded }).__recorded;
    expect(recorded.violations).to.deep.equal([]);
  });

  it('makes no network request and writes no storage or cookie', async () => {
    const recorded = (frame.contentWindow as unknown as { __recorded: Recorded }).__recorded;
    expect(recorded.requests).to.deep.equal([]);
    expect(recorded.storage).to.deep.equal([]);
    expect(storageBefore()).to.deep.equal(before0);
  });

  it('never asks for an IIN or a name', () => {
    const checker = frame.contentDocument!.querySelector('coverage-checker')!;
    const fields = checker.shadowRoot!.querySelectorAll('input:not([type="radio"]):not([type="checkbox"]), textarea, select');
    expect(fields).to.have.length(0);
    expect(checker.shadowRoot!.textContent).not.to.match(/\bIIN\b.*\?|your name\?/i);
  });
});
