// React 18 writes a boolean prop on a custom element as a string attribute:
// `searchable={false}` becomes searchable="false". The widgets read that as off.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../../src/index.js';
import { setLocale } from '../../src/internal/locale.js';
import { answer } from '../support/drive.js';
import type { CoverageChecker } from '../../src/coverage-checker/coverage-checker.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; searchable: boolean };

describe('boolean attributes as frameworks write them', () => {
  before(() => setLocale('en'));
  after(() => setLocale(null));
  afterEach(() => fixtureCleanup());

  for (const tag of ['service-list', 'exemption-list']) {
    for (const [markup, on] of [
      ['searchable', true],
      ['searchable=""', true],
      ['searchable="searchable"', true],
      ['searchable="true"', true],
      ['searchable="false"', false],
      ['searchable="FALSE"', false],
      ['', false],
    ] as const) {
      it(`${tag} with [${markup}]: ${on ? 'a' : 'no'} search box`, async () => {
        const el = await fixture<Widget>(`<${tag} ${markup}></${tag}>`);
        expect(el.searchable).to.equal(on);
        expect(el.shadowRoot!.querySelector('input') !== null).to.equal(on);
      });
    }

    it(`<${tag}>: a React 18 toggle (searchable="true", then "false") turns the box on and off`, async () => {
      const el = await fixture<Widget>(`<${tag} searchable="true"></${tag}>`);
      const hasBox = () => el.shadowRoot!.querySelector('input') !== null;
      expect(hasBox()).to.equal(true);
      el.setAttribute('searchable', 'false');
      await el.updateComplete;
      expect(hasBox()).to.equal(false);
    });
  }

  for (const [markup, on] of [
    ['history="false"', false],
    ['history', true],
  ] as const) {
    it(`<coverage-checker ${markup}> ${on ? 'adds' : 'adds no'} history entries`, async () => {
      const pushed: unknown[] = [];
      const { pushState, replaceState } = history;
      // Recorded, not made: this test page's own address stays as it is.
      history.pushState = (...args: unknown[]) => void pushed.push(args[2]);
      history.replaceState = () => undefined;
      try {
        const el = await fixture<CoverageChecker>(
          `<coverage-checker ${markup} rules-date="2026-06-01"></coverage-checker>`,
        );
        expect(el.history).to.equal(on);
        await answer(el, 'residency', 'citizen');
        expect(pushed.length > 0).to.equal(on);
      } finally {
        Object.assign(history, { pushState, replaceState });
      }
    });
  }
});
