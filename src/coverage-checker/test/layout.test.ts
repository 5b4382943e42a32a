import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../define.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { complete, shadow } from './drive.js';

const PATH: [string, ...string[]][] = [['residency', 'citizen'], ['categories', 'none'], ['work', 'none'], ['payments', 'never']];

describe('<coverage-checker> layout', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  for (const state of ['question', 'result'] as const) {
    it(`reflows at 320 px without horizontal scrolling (${state})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
      if (state === 'result') await complete(el, PATH);
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      // Every control is at least 24 × 24 px (WCAG 2.2 target size).
      for (const control of shadow(el).querySelectorAll<HTMLElement>('button, input')) {
        const box = control.getBoundingClientRect();
        expect(Math.min(box.width, box.height), control.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });
  }
});
