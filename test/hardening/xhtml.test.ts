import { expect } from '@open-wc/testing';

const TAGS = ['coverage-checker', 'service-list', 'exemption-list'];

describe('an XHTML page (application/xhtml+xml)', () => {
  let frame: HTMLIFrameElement;
  after(() => frame?.remove());

  it('is served as XML', async () => {
    const response = await fetch('/test/hardening/xhtml/page.xhtml');
    expect(response.headers.get('content-type')).to.contain('application/xhtml+xml');
  });

  it('never leaves a blank box: each widget keeps its fallback link visible, and nothing throws', async () => {
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    frame.src = '/test/hardening/xhtml/page.xhtml';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow!;
    const errors = (win as unknown as { __errors: string[] }).__errors;
    const doc = frame.contentDocument!;
    expect(doc.contentType).to.equal('application/xhtml+xml');
    await Promise.race([
      win.customElements.whenDefined('coverage-checker'),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]);
    expect(errors).to.deep.equal([]);
    expect(win.customElements.get('coverage-checker'), 'the elements are defined').to.exist;
    // Give any render a chance to run (and fail).
    for (let i = 0; i < 5; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      const link = el.querySelector('a')!;
      expect(el.getBoundingClientRect().height, `${tag} is not a 0 px box`).to.be.greaterThan(0);
      expect(link.getClientRects().length, `${tag}: its fallback link is shown`).to.be.greaterThan(0);
    }
    expect(errors).to.deep.equal([]);
  });
});
