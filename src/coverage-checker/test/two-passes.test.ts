import '../define.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { setLocale } from '../../internal/locale.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { answer, shadow } from './drive.js';

const PATH: [string, string][] = [
  ['residency', 'citizen'],
  ['categories', 'pensioner'],
];

/** Yields to the microtask queue until `ready()` holds (Lit renders in microtasks). */
async function microtasksUntil(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) await Promise.resolve();
  if (!ready()) throw new Error('the condition did not hold within the microtasks');
}

describe('<coverage-checker>: each step within a frame', () => {
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  it('paints the result head first (status, summary, first step), the rest after that frame; updateComplete waits for both', async () => {
    const el = await fixture<CoverageChecker>('<coverage-checker rules-date="2026-06-01"></coverage-checker>');
    for (const [q, a] of PATH) await answer(el, q, a);
    let painted = false;
    requestAnimationFrame(() => setTimeout(() => (painted = true)));
    shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await microtasksUntil(() => !!shadow(el).querySelector('.badge'));
    expect(shadow(el).querySelector('#step-heading')!.textContent).to.contain('Your result');
    expect(shadow(el).querySelector('.reasons'), 'the reasons come in the second pass').to.equal(null);
    expect(shadow(el).querySelector('.your-answers')).to.equal(null);
    await el.updateComplete;
    expect(painted, 'the head was painted before the rest came').to.equal(true);
    expect(shadow(el).querySelector('.reasons')).to.exist;
    expect(shadow(el).querySelector('.your-answers')).to.exist;
    expect(shadow(el).activeElement?.id, 'focus stays on the result heading').to.equal('step-heading');
  });

  it('prints the whole result even before its second pass', async () => {
    const el = await fixture<CoverageChecker>('<coverage-checker rules-date="2026-06-01"></coverage-checker>');
    for (const [q, a] of PATH) await answer(el, q, a);
    shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await microtasksUntil(() => !!shadow(el).querySelector('.badge'));
    window.dispatchEvent(new Event('beforeprint'));
    await microtasksUntil(() => !!shadow(el).querySelector('.reasons'));
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shadow(el).querySelector('.reasons')).to.exist;
  });
});
