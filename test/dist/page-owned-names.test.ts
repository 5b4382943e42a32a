// Names the page owns: elements whose ids are `OsmsWidgets` or Lit's version lists show
// through `window` (named access). The drop-in files must neither break on them nor add
// anything to `window` but the documented `OsmsWidgets`.
import { expect } from '@open-wc/testing';
import { completeCheck, hostPage, renderedAndStyled, TAGS, type HostPage } from './host-page.js';

type Api = { getLocale(): string; setLocale(locale: string | null): Promise<void>; version: string };
type HostWindow = Window & { OsmsWidgets?: Api; __globalsBefore: string[] };

describe('names the page owns on window', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.frame.remove());

  for (const load of ['es', 'classic']) {
    it(`the ${load} file loads beside elements with id OsmsWidgets, litHtmlVersions, reactiveElementVersions, litElementVersions`, async () => {
      page = await hostPage({ load, setup: 'ids' });
      const win = page.frame.contentWindow as HostWindow;
      expect(page.recorded.errors).to.deep.equal([]);
      for (const tag of TAGS) expect(renderedAndStyled(page.doc, tag), tag).to.equal(true);
      // The way docs/localization.md gives to switch language works: the API, not the element.
      expect(typeof win.OsmsWidgets!.setLocale).to.equal('function');
      await win.OsmsWidgets!.setLocale('kk');
      expect(win.OsmsWidgets!.getLocale()).to.equal('kk');
      await win.OsmsWidgets!.setLocale('en');
      expect(await completeCheck(page.doc)).to.equal('insured-contributions');
      // The elements are still what the page's own scripts find under those names.
      expect(page.doc.getElementById('litHtmlVersions')!.localName).to.equal('div');
    });

    it(`the ${load} file adds nothing to window but OsmsWidgets (no Lit version lists)`, async () => {
      page = await hostPage({ load });
      const win = page.frame.contentWindow as HostWindow;
      expect(page.recorded.errors).to.deep.equal([]);
      // (`__done` and `__globalsBefore` are the test page's own.)
      const added = Object.getOwnPropertyNames(win).filter(
        (name) => !win.__globalsBefore.includes(name) && !name.startsWith('__'),
      );
      expect(added).to.deep.equal(['OsmsWidgets']);
    });
  }
});
