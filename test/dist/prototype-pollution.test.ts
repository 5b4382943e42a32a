import { expect } from '@open-wc/testing';
import { completeCheck, hostPage, renderedAndStyled, TAGS, type HostPage } from './host-page.js';

describe('a page whose Object.prototype and Array.prototype are polluted', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.frame.remove());

  for (const load of ['es', 'classic']) {
    it(`the ${load} file loads, renders every widget and completes a check`, async () => {
      page = await hostPage({ load, setup: 'pollute' });
      const win = page.frame.contentWindow as Window & { Object: ObjectConstructor };
      // The pollution is really there, enumerable, as a `?__proto__[polluted]=bar` bug leaves it.
      expect(Object.keys(win.Object.prototype)).to.include('polluted');
      expect(page.recorded.errors).to.deep.equal([]);
      for (const tag of TAGS) expect(renderedAndStyled(page.doc, tag), tag).to.equal(true);
      expect(await completeCheck(page.doc)).to.equal('insured-contributions');
      expect(page.recorded.violations).to.deep.equal([]);
    });
  }
});
