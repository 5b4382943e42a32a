import { expect } from '@open-wc/testing';
import { hostPage, renderedAndStyled, TAGS, type HostPage } from './host-page.js';

describe('a page where an old library replaced window.Document (MooTools)', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.frame.remove());

  for (const load of ['es', 'classic']) {
    it(`the ${load} file still styles every widget with constructable sheets, under style-src 'self'`, async () => {
      page = await hostPage({ load, setup: 'mootools' });
      expect('adoptedStyleSheets' in (page.frame.contentWindow as unknown as { Document: { prototype: object } }).Document.prototype).to.equal(false);
      expect(page.recorded.errors).to.deep.equal([]);
      for (const tag of TAGS) {
        expect(renderedAndStyled(page.doc, tag), tag).to.equal(true);
        expect(page.doc.querySelector(tag)!.shadowRoot!.querySelector('style'), `${tag}: no <style> element`).to.equal(null);
      }
      expect(page.recorded.violations).to.deep.equal([]);
    });
  }
});
