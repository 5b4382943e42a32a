/**
 * The one accessibility matrix: every widget in its states × each language × every
 * engine the suite runs in, checked by axe against the WCAG 2.2 A and AA rules
 * (target size included) and axe's best practices.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import { setLocale } from '../../src/internal/locale.js';
import { answer, complete } from '../support/drive.js';
import { UNINSURED_PATH } from '../support/checker-driver.mjs';
import { idleRendered, typeInFilter } from '../support/helpers.js';
import type { CoverageChecker } from '../../src/coverage-checker/coverage-checker.js';

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

const CHECKER = '<coverage-checker rules-date="2026-06-01"></coverage-checker>';
// Once what the widgets render in idle time is in (the lists' item bodies), every item open.
const openAll = async (el: Widget) => {
  await idleRendered(el);
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
};

const STATES: State[] = [
  ['checker: a radio question', CHECKER],
  [
    'checker: the error summary',
    CHECKER,
    async (el) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
    },
  ],
  ['checker: a checkbox question', CHECKER, async (el) => answer(el as CoverageChecker, 'residency', 'citizen')],
  [
    'checker: the review',
    CHECKER,
    async (el) => {
      for (const [question, value] of UNINSURED_PATH) await answer(el as CoverageChecker, question, value);
    },
  ],
  [
    'checker: insured by the state, lists open',
    CHECKER,
    async (el) => {
      await complete(el as CoverageChecker, [
        ['residency', 'citizen'],
        ['categories', 'pensioner'],
      ]);
      await openAll(el);
    },
  ],
  [
    'checker: not insured, lists open',
    CHECKER,
    async (el) => {
      await complete(el as CoverageChecker, UNINSURED_PATH);
      await openAll(el);
    },
  ],
  [
    'checker: insured for a while, amounts and changes',
    CHECKER,
    async (el) => {
      await complete(el as CoverageChecker, [
        ['residency', 'citizen'],
        ['categories', 'none'],
        ['work', 'looking-for-work'],
        ['last-paid', 'month-2'],
        ['paid-60-months', 'no'],
      ]);
    },
  ],
  [
    'checker: check the payer',
    CHECKER,
    async (el) => {
      await complete(el as CoverageChecker, [
        ['residency', 'citizen'],
        ['categories', 'none'],
        ['work', 'gph'],
        ['last-paid', 'dont-know'],
      ]);
    },
  ],
  [
    'checker: conditions, unconfirmed',
    CHECKER,
    async (el) => {
      await complete(el as CoverageChecker, [
        ['residency', 'citizen'],
        ['categories', 'crisis-welfare-level'],
      ]);
    },
  ],
  [
    'checker: emergency only',
    CHECKER,
    async (el) => {
      await complete(el as CoverageChecker, [
        ['residency', 'visitor'],
        ['visitor-country', 'cis'],
        ['stay-purpose', 'visit'],
      ]);
    },
  ],
  [
    'checker: paid care',
    CHECKER,
    async (el) => {
      await complete(el as CoverageChecker, [
        ['residency', 'visitor'],
        ['visitor-country', 'other'],
        ['stay-purpose', 'visit'],
      ]);
    },
  ],
  [
    'checker: groups with “Other groups” open, error kept',
    CHECKER,
    async (el) => {
      await answer(el as CoverageChecker, 'residency', 'citizen');
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('#categories-pensioner')!.click();
      await openAll(el);
    },
  ],
  [
    'checker: checking for a child, lists open',
    CHECKER,
    async (el) => {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.closest('.offer'))!.click();
      await el.updateComplete;
      await complete(el as CoverageChecker, [['residency', 'citizen']]);
      await openAll(el);
    },
  ],
  ['service-list: defaults', '<service-list></service-list>'],
  ['service-list: gobmp, lists open', '<service-list package="gobmp"></service-list>', openAll],
  ['service-list: osms, searchable', '<service-list package="osms" searchable></service-list>', openAll],
  ['service-list: compare', '<service-list view="compare"></service-list>'],
  ['service-list: compare, searchable', '<service-list view="compare" searchable></service-list>'],
  ['service-list: no match', '<service-list searchable></service-list>', (el) => typeInFilter(el, 'zzzz')],
  ['exemption-list: defaults', '<exemption-list></exemption-list>'],
  [
    'exemption-list: 2020, with checker links, open',
    '<exemption-list searchable checker-href="#check" rules-date="2020-06-01"></exemption-list>',
    openAll,
  ],
  ['exemption-list: searchable, open', '<exemption-list searchable></exemption-list>', openAll],
  ['exemption-list: no match', '<exemption-list searchable></exemption-list>', (el) => typeInFilter(el, 'zzzz')],
];

describe('axe, WCAG 2.2 AA and best practices, every widget state × locale', () => {
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
        const results = await window.axe.run(el, { runOnly: { type: 'tag', values: [...WCAG22_AA, 'best-practice'] } });
        const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
        expect(violations).to.deep.equal([]);
      });
    }
  }
});
