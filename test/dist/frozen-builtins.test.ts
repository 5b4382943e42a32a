import { expect } from '@open-wc/testing';
import { completeCheck, hostPage, renderedAndStyled, TAGS, type HostPage } from './host-page.js';

describe('a hardened page whose built-ins are frozen before any script', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.frame.remove());

  for (const load of ['es', 'classic']) {
    it(`the ${load} file loads, renders every widget and completes a check`, async () => {
      page = await hostPage({ load, setup: 'freeze' });
      expect((page.frame.contentWindow as unknown as { Symbol: object }).Symbol).to.satisfy(Object.isFrozen);
      expect(page.recorded.errors).to.deep.equal([]);
      for (const tag of TAGS) expect(renderedAndStyled(page.doc, tag), tag).to.equal(true);
      expect(await completeCheck(page.doc)).to.equal('insured-contributions');
    });
  }
});
