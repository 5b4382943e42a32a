import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../../src/index.js';
import { idleRendered, settled } from '../helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  "'><svg onload=window.__pwned=1>",
];
const TAGS = ['coverage-checker', 'service-list', 'exemption-list'];
const ATTRIBUTES = ['lang', 'heading-level', 'rules-date', 'package', 'view', 'checker-href', 'searchable', 'history'];

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** What the host gave that must never turn into markup in the widget. */
function assertInert(el: Element): void {
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('img, script, svg, iframe, object, embed'), 'no injected elements').to.have.length(0);
  for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.to.match(/^\s*javascript:/i);
  expect(window.__pwned).to.equal(undefined);
}

describe('host data is inert', () => {
  const warn = console.warn;
  beforeEach(() => (console.warn = () => {}));
  afterEach(() => {
    console.warn = warn;
    fixtureCleanup();
  });

  for (const tag of TAGS) {
    it(`<${tag}>: hostile attribute values are never executed or rendered as HTML`, async () => {
      const el = await fixture<Widget>(`<${tag}></${tag}>`);
      for (const payload of PAYLOADS) {
        for (const attribute of ATTRIBUTES) el.setAttribute(attribute, payload);
        await settled(el);
        // Give an injected handler a chance to run.
        await new Promise((resolve) => setTimeout(resolve, 20));
        assertInert(el);
        expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).not.to.equal('');
      }
    });

    it(`<${tag}>: light-DOM text that looks like HTML stays out of the widget`, async () => {
      const el = await fixture<Widget>(`<${tag}>&lt;img src=x onerror="window.__pwned=1"&gt; <b>fallback</b></${tag}>`);
      assertInert(el);
      expect(el.shadowRoot!.textContent).not.to.contain('onerror');
    });
  }

  it('checker-href accepts only http(s) and relative URLs', async () => {
    const el = await fixture<Widget>('<exemption-list rules-date="2026-06-01"></exemption-list>');
    await idleRendered(el);
    const link = () => el.shadowRoot!.querySelector<HTMLAnchorElement>('a.check');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      el.setAttribute('checker-href', bad);
      await settled(el);
      for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).not.to.contain('script');
      expect(link()).to.equal(null);
    }
    el.setAttribute('checker-href', '/check#coverage');
    await settled(el);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('/check#coverage');
  });
});
