import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../define.js';
import { complete, shadow } from '../../../test/support/drive.js';
import { UNINSURED_PATH } from '../../../test/support/checker-driver.mjs';

const PATH = UNINSURED_PATH;

describe('<coverage-checker> layout', () => {
  afterEach(async () => {
    fixtureCleanup();
  });

  for (const state of ['question', 'result'] as const) {
    it(`reflows at 320 px without horizontal scrolling (${state})`, async () => {
      // A 320 px wide column, as on the narrowest phones.
      const column = await fixture<HTMLElement>(
        html`<div style="width: 320px"><coverage-checker rules-date="2026-06-01"></coverage-checker></div>`,
      );
      const el = column.querySelector('coverage-checker')!;
      await el.updateComplete;
      if (state === 'result') await complete(el, PATH);
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(el.getBoundingClientRect().width).to.equal(320);
      for (const node of shadow(el).querySelectorAll<HTMLElement>('*')) {
        expect(node.getBoundingClientRect().right, node.tagName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      // Every control is at least 24 × 24 px (WCAG 2.2 target size).
      for (const control of shadow(el).querySelectorAll<HTMLElement>('button, input')) {
        const box = control.getBoundingClientRect();
        expect(Math.min(box.width, box.height), control.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });
  }
});
