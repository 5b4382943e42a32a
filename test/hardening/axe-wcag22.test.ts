/**
 * Every widget in its states and in each language, checked by axe against the WCAG 2.2
 * A and AA rules only (including target size), in every engine the suite runs in.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import { setLocale } from '../../src/internal/locale.js';
import { answer, complete } from '../../src/coverage-checker/test/drive.js';
import type { CoverageChecker } from '../../src/coverage-checker/coverage-checker.js';
import { idleRendered } from '../helpers.js';

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type State = [name: string, markup: string, setup?: (el: Widget) => Promise<void>];

async function typeInFilter(el: Widget, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"], input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const STATES: State[] = [
  ['checker: first question', '<coverage-checker rules-date="2026-06-01"></coverage-checker>'],
  ['checker: error', '<coverage-checker rules-date="2026-06-01"></coverage-checker>', async (el) => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
  }],
  ['checker: categories', '<coverage-checker rules-date="2026-06-01"></coverage-checker>', async (el) => answer(el as CoverageChecker, 'residency', 'citizen')],
  ['checker: result', '<coverage-checker rules-date="2026-06-01"></coverage-checker>', async (el) => {
    await complete(el as CoverageChecker, [['residency', 'citizen'], ['categories', 'pensioner']]);
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  }],
  ['service-list: all, searchable', '<service-list searchable></service-list>'],
  ['service-list: compare', '<service-list view="compare"></service-list>'],
  ['service-list: no match', '<service-list searchable></service-list>', (el) => typeInFilter(el, 'zzzz')],
  // The bodies of closed items come in idle time after the first paint: checked once in.
  ['exemption-list: with checker link, all open', '<exemption-list searchable checker-href="#check"></exemption-list>', async (el) => {
    await idleRendered(el);
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  }],
  ['service-list: all open', '<service-list></service-list>', async (el) => {
    await idleRendered(el);
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  }],
  ['exemption-list: 2020', '<exemption-list rules-date="2020-06-01"></exemption-list>'],
];

describe('axe, WCAG 2.2 AA rules, every widget state × locale', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  for (const locale of ['kk', 'ru', 'en'] as const) {
    for (const [name, markup, setup] of STATES) {
      it(`${name} (${locale})`, async () => {
        await setLocale(locale);
        const el = await fixture<Widget>(markup);
        await setup?.(el);
        await el.updateComplete;
        const results = await window.axe.run(el, { runOnly: { type: 'tag', values: WCAG22_AA } });
        const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
        expect(violations).to.deep.equal([]);
      });
    }
  }
});
