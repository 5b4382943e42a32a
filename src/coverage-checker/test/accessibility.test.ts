import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../define.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { setLocale } from '../../internal/locale.js';
import { answer, complete, shadow } from './drive.js';

type Setup = (el: CoverageChecker) => Promise<void>;

const STATES: [string, Setup][] = [
  ['a radio question', async () => {}],
  ['a checkbox question', async (el) => answer(el, 'residency', 'citizen')],
  ['the error state', async (el) => {
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
  }],
  ['the review', async (el) => {
    await answer(el, 'residency', 'citizen');
    await answer(el, 'categories', 'none');
    await answer(el, 'work', 'self-employed');
    await answer(el, 'last-paid', 'never');
  }],
  ['the result (not insured, open lists)', async (el) => {
    await complete(el, [['residency', 'citizen'], ['categories', 'none'], ['work', 'none'], ['last-paid', 'never']]);
    for (const details of shadow(el).querySelectorAll('details')) details.open = true;
  }],
  ['the result (insured for a while, amounts and changes)', async (el) => {
    await complete(el, [['residency', 'citizen'], ['categories', 'none'], ['work', 'none'], ['last-paid', 'month-2'], ['paid-60-months', 'no']]);
  }],
  ['the result (check the payer)', async (el) => {
    await complete(el, [['residency', 'citizen'], ['categories', 'none'], ['work', 'gph']]);
  }],
  ['the result (conditions, unconfirmed)', async (el) => {
    await complete(el, [['residency', 'citizen'], ['categories', 'crisis-welfare-level'], ['work', 'none']]);
  }],
  ['the result (emergency only)', async (el) => {
    await complete(el, [['residency', 'visitor'], ['visitor-country', 'cis']]);
  }],
  ['the result (paid care)', async (el) => {
    await complete(el, [['residency', 'visitor'], ['visitor-country', 'other']]);
  }],
];

describe('<coverage-checker> accessibility (axe) in every state and locale', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  for (const locale of ['kk', 'ru', 'en'] as const) {
    for (const [name, setup] of STATES) {
      it(`${name} (${locale})`, async () => {
        await setLocale(locale);
        const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
        await setup(el);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});
