import '../define.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { setLocale } from '../../internal/locale.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { answer, shadow } from '../../../test/support/drive.js';
import { idleRendered } from '../../../test/support/helpers.js';

const PATH: [string, string][] = [
  ['residency', 'citizen'],
  ['categories', 'pensioner'],
];

/** Yields to the microtask queue until `ready()` holds (Lit renders in microtasks). */
async function microtasksUntil(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) await Promise.resolve();
  if (!ready()) throw new Error('the condition did not hold within the microtasks');
}

const has = (el: CoverageChecker, selector: string) => shadow(el).querySelector(selector) !== null;

describe('<coverage-checker>: each step within a frame', () => {
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  it('paints the result head first (status, first step, why), the rest after that frame; whenSettled() waits for both', async () => {
    const el = await fixture<CoverageChecker>('<coverage-checker rules-date="2026-06-01"></coverage-checker>');
    for (const [q, a] of PATH) await answer(el, q, a);
    let painted = false;
    requestAnimationFrame(() => setTimeout(() => (painted = true)));
    const clicked = performance.now();
    shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await microtasksUntil(() => has(el, '.badge'));
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.contain('Your result');
    expect(has(el, '.reasons'), 'the reasons come in the second pass').to.equal(false);
    expect(has(el, '.your-answers')).to.equal(false);
    await el.updateComplete;
    expect(has(el, '.reasons'), 'updateComplete: the first pass, as in Lit').to.equal(false);
    await el.whenSettled();
    // Where no frame comes (a page the browser does not paint), the rest comes after 50 ms.
    expect(
      painted || performance.now() - clicked >= 45,
      'the head was painted (or 50 ms passed) before the rest came',
    ).to.equal(true);
    expect(has(el, '.reasons')).to.equal(true);
    expect(has(el, '.your-answers')).to.equal(true);
    expect(shadow(el).activeElement?.id, 'focus stays on the result heading').to.equal('step-heading');
  });

  it("paints a question's answers first and those behind the closed 'Other groups' after that frame", async () => {
    const el = await fixture<CoverageChecker>('<coverage-checker rules-date="2026-06-01"></coverage-checker>');
    const inputs = () => shadow(el).querySelectorAll('input[name="categories"]').length;
    const hidden = () => shadow(el).querySelectorAll('details.more input').length;
    shadow(el).querySelector<HTMLInputElement>('input[value="citizen"]')!.click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await microtasksUntil(() => inputs() > 0);
    const firstPass = inputs();
    expect(has(el, 'details.more summary'), "the 'Other groups' summary is there").to.equal(true);
    expect(hidden(), 'its answers are not yet').to.equal(0);
    expect(has(el, 'input[name="categories"][value="none"]'), "'None of these' is there").to.equal(true);
    await el.whenSettled();
    expect(hidden()).to.be.greaterThan(0);
    expect(inputs()).to.equal(firstPass + hidden());
    expect(shadow(el).activeElement?.id, 'focus on the question heading').to.equal('step-heading');
  });

  it('prepares the likely next step in idle time and leaves nothing of it on the page', async () => {
    const el = await fixture<CoverageChecker>('<coverage-checker rules-date="2026-06-01"></coverage-checker>');
    const appended: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLElement) appended.push(n.outerHTML);
    });
    observer.observe(shadow(el), { childList: true, subtree: true });
    await idleRendered(el);
    observer.disconnect();
    expect(
      appended.some((markup) => markup.includes('name="categories"')),
      'the categories question was rendered',
    ).to.equal(true);
    expect(shadow(el).querySelectorAll('[aria-hidden="true"][inert]').length, 'and removed').to.equal(0);
    expect(shadow(el).querySelectorAll('#step-heading').length).to.equal(1);
    expect(has(el, 'input[name="categories"]')).to.equal(false);
  });

  it('prints the whole result, its sections open, even before its second pass', async () => {
    const el = await fixture<CoverageChecker>('<coverage-checker rules-date="2026-06-01"></coverage-checker>');
    for (const [q, a] of PATH) await answer(el, q, a);
    shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await microtasksUntil(() => has(el, '.badge'));
    expect(has(el, '.reasons')).to.equal(false);
    // The page is printed as it stands when beforeprint returns (Firefox copies it then).
    window.dispatchEvent(new Event('beforeprint'));
    const details = [...shadow(el).querySelectorAll('details')];
    expect(has(el, '.reasons'), 'the whole result at once').to.equal(true);
    expect(details.length).to.be.greaterThan(0);
    expect(
      details.every((d) => d.open),
      'every section open',
    ).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(has(el, '.reasons')).to.equal(true);
    expect(
      details.some((d) => d.open),
      'closed again after printing',
    ).to.equal(false);
  });
});
