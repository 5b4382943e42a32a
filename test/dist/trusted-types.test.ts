import { expect } from '@open-wc/testing';
import { completeCheck, hostPage, renderedAndStyled, TAGS, type HostPage } from './host-page.js';

/** The policy of docs/csp.md for a page whose own app uses Lit too. */
const WITH_HOST_LIT = 'lit-html osms-widgets';

function hostAppRendered(page: HostPage, version: number): boolean {
  const app = page.doc.querySelector(`host-app-${version}`);
  return (app?.shadowRoot?.textContent ?? '').includes(`Host app on Lit ${version}`);
}

describe('Trusted Types beside the host page’s own Lit', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.frame.remove());

  it('the host page really sends the policy with Trusted Types required', async () => {
    const response = await fetch(`/test/csp/host.html?tt=${encodeURIComponent(WITH_HOST_LIT)}`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain(`trusted-types ${WITH_HOST_LIT}`);
  });

  for (const version of [2, 3]) {
    for (const load of [`lit${version},es`, `es,lit${version}`, `lit${version},classic`, `classic,lit${version}`]) {
      it(`Lit ${version} host app and our ${load.includes('es') ? 'ES' : 'classic'} file, loaded ${load.replace(',', ' then ')}: both render, nothing throws, no violation`, async () => {
        page = await hostPage({ load, tt: WITH_HOST_LIT });
        expect(page.recorded.errors).to.deep.equal([]);
        expect(hostAppRendered(page, version), 'the host app renders').to.equal(true);
        for (const tag of TAGS) expect(renderedAndStyled(page.doc, tag), tag).to.equal(true);
        expect(await completeCheck(page.doc)).to.equal('insured-contributions');
        expect(page.recorded.violations).to.deep.equal([]);
      });
    }
  }

  it('our ES and classic files together throw nothing and render under the least policy', async () => {
    page = await hostPage({ load: 'es,classic', tt: 'osms-widgets' });
    expect(page.recorded.errors).to.deep.equal([]);
    for (const tag of TAGS) expect(renderedAndStyled(page.doc, tag), tag).to.equal(true);
    expect(await completeCheck(page.doc)).to.equal('insured-contributions');
  });

  it('a page whose policy still lists only lit-html (the older advice) and has no Lit of its own keeps working', async () => {
    page = await hostPage({ load: 'es', tt: 'lit-html' });
    expect(page.recorded.errors).to.deep.equal([]);
    for (const tag of TAGS) expect(renderedAndStyled(page.doc, tag), tag).to.equal(true);
    expect(await completeCheck(page.doc)).to.equal('insured-contributions');
  });

  it('a second copy of ours never takes lit-html from a host app loaded after it', async () => {
    page = await hostPage({ load: 'es,classic,lit3', tt: WITH_HOST_LIT });
    expect(page.recorded.errors).to.deep.equal([]);
    expect(hostAppRendered(page, 3), 'the host app renders').to.equal(true);
    for (const tag of TAGS) expect(renderedAndStyled(page.doc, tag), tag).to.equal(true);
  });

  it('with \'allow-duplicates\', both our files together report no violation either', async () => {
    page = await hostPage({ load: 'classic,es', tt: "osms-widgets 'allow-duplicates'" });
    expect(page.recorded.errors).to.deep.equal([]);
    for (const tag of TAGS) expect(renderedAndStyled(page.doc, tag), tag).to.equal(true);
    expect(page.recorded.violations).to.deep.equal([]);
  });
});
