import { expect } from '@open-wc/testing';
import { DROP_IN, importModule, recordProblems } from '../support/load.js';

describe('another version already on the page', () => {
  it('keeps the other copy’s element, defines the rest, throws nothing and says so once', async () => {
    class Older extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('coverage-checker', Older);
    const problems = recordProblems();
    await importModule(DROP_IN);
    problems.stop();
    expect(problems.errors).to.deep.equal([]);
    expect(customElements.get('coverage-checker')).to.equal(Older);
    expect(customElements.get('service-list')).to.exist;
    expect(customElements.get('exemption-list')).to.exist;
    expect(problems.warnings).to.have.length(1);
    expect(problems.warnings[0]).to.contain('0.0.1');
  });
});
