import { expect } from '@open-wc/testing';
import { CLASSIC, DROP_IN } from '../support/load.js';

/**
 * Runs a check in a sandboxed `srcdoc` frame that the test page cannot reach into (an
 * opaque origin without `allow-same-origin`): the frame drives its own checker and posts
 * what happened.
 */
function sandboxedCheck(sandbox: string, script: string): Promise<string> {
  const driver = `
    const report = (message) => parent.postMessage({ osmsSandbox: message }, '*');
    window.addEventListener('error', (event) => report('error: ' + event.message));
    const settle = (el) => el.updateComplete;
    async function run() {
      const defined = await Promise.race([customElements.whenDefined('coverage-checker').then(() => true), new Promise((r) => setTimeout(r, 4000, false))]);
      if (!defined) return report('not defined');
      const el = document.querySelector('coverage-checker');
      await settle(el);
      const root = el.shadowRoot;
      for (const [question, value] of [['residency', 'citizen'], ['categories', 'none'], ['work', 'self-employed'], ['last-paid', 'up-to-date']]) {
        root.querySelector('input[name="' + question + '"][value="' + value + '"]').click();
        root.querySelector('button[type="submit"]').click();
        await settle(el);
      }
      el.addEventListener('coverage-result', (event) => report(event.detail.status));
      root.querySelector('button.primary').click();
    }
    window.addEventListener('load', () => run().catch((error) => report('error: ' + error)));`;
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', sandbox);
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${script}<script>${driver}</script></head><body><coverage-checker rules-date="2026-06-01"><a href="https://msqory.kz">msqory.kz</a></coverage-checker></body></html>`;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || typeof event.data?.osmsSandbox !== 'string') return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data.osmsSandbox);
    };
    window.addEventListener('message', onMessage);
    document.body.append(frame);
  });
}

const absolute = (path: string) => new URL(path, location.href).href;

describe('embedded in a sandboxed iframe with an opaque origin (sandbox="allow-scripts")', () => {
  it('the classic file loads and a whole check completes, without allow-forms or allow-same-origin', async () => {
    const status = await sandboxedCheck('allow-scripts', `<script src="${absolute(CLASSIC)}"></script>`);
    expect(status).to.equal('insured-contributions');
  });

  it('the ES file cannot load there from a server that sends no CORS headers (as docs/embedding.md says)', async () => {
    const response = await fetch(DROP_IN);
    expect(response.headers.get('access-control-allow-origin')).to.equal(null);
    const status = await sandboxedCheck('allow-scripts', `<script type="module" src="${absolute(DROP_IN)}"></script>`);
    expect(status).to.equal('not defined');
  });
});
