// What a keyboard and screen reader user meets: focus that stays where they are, the
// outcome heard once, errors that name themselves, a way back from the result, and a
// Start again that asks first.
import '../define.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../internal/locale.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { answer, button, complete, shadow, stepHeading } from '../../../test/support/drive.js';

const checker = async () => {
  const el = await fixture<CoverageChecker>('<coverage-checker rules-date="2026-06-01"></coverage-checker>');
  await el.whenSettled();
  return el;
};
const focused = (el: CoverageChecker) => shadow(el).activeElement;
const more = (el: CoverageChecker) => shadow(el).querySelector<HTMLDetailsElement>('details.more')!;

/** Presses keys one at a time, letting the widget draw after each. */
async function press(el: CoverageChecker, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.whenSettled();
  }
}

/**
 * The text a screen reader can reach in browse mode: everything but what is hidden from
 * it (`aria-hidden`, `hidden`, `display: none`); visually hidden text counts.
 */
function readableText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node instanceof Element) {
      if (node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none') return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('<coverage-checker>: focus, announcements and the way out', () => {
  beforeEach(() => setLocale('en'));
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  for (const locale of ['en', 'ru', 'kk'] as const) {
    it(`${locale}: ticking then unticking a rare group by keyboard keeps the 'Other groups' box open and focus on the box`, async () => {
      await setLocale(locale);
      const el = await checker();
      await answer(el, 'residency', 'citizen');
      await el.whenSettled();
      more(el).querySelector('summary')!.focus();
      await press(el, 'Enter');
      expect(more(el).open, 'opened').to.equal(true);
      await press(el, 'Tab');
      const inside = focused(el) as HTMLInputElement;
      expect(inside.closest('details.more'), 'focus on an answer inside the box').to.equal(more(el));
      await press(el, ' ');
      expect(inside.checked).to.equal(true);
      await press(el, ' ');
      expect(inside.checked).to.equal(false);
      expect(more(el).open, 'still open').to.equal(true);
      expect(focused(el), 'focus stays on the answer').to.equal(inside);
      expect(document.activeElement).to.equal(el);
    });
  }

  it('after Back with a rare group ticked, unticking it keeps the box open and focus in it', async () => {
    const el = await checker();
    await answer(el, 'residency', 'citizen');
    await answer(el, 'categories', 'military');
    button(el, /Back/).click();
    await el.whenSettled();
    const military = shadow(el).querySelector<HTMLInputElement>('#categories-military')!;
    expect(more(el).open).to.equal(true);
    military.focus();
    await press(el, ' ');
    expect(military.checked).to.equal(false);
    expect(more(el).open, 'still open').to.equal(true);
    expect(focused(el)).to.equal(military);
    await press(el, ' ');
    expect(military.checked).to.equal(true);
    expect(focused(el)).to.equal(military);
  });

  it('a box the reader closed stays closed when an answer outside it is ticked', async () => {
    const el = await checker();
    await answer(el, 'residency', 'citizen');
    more(el).open = true;
    await el.whenSettled();
    more(el).open = false;
    more(el).dispatchEvent(new Event('toggle'));
    shadow(el).querySelector<HTMLInputElement>('#categories-pensioner')!.click();
    await el.whenSettled();
    expect(more(el).open).to.equal(false);
  });

  for (const locale of ['en', 'ru', 'kk'] as const) {
    it(`${locale}: the outcome is heard once on arrival: from the focused heading, not also from a live region or a region name`, async () => {
      await setLocale(locale);
      const el = await checker();
      await complete(el, [
        ['residency', 'citizen'],
        ['categories', 'pensioner'],
      ]);
      await el.whenSettled();
      const status = shadow(el).querySelector('[part~="status"] strong')!.textContent!.trim();
      expect(focused(el), 'focus on the result heading').to.equal(stepHeading(el));
      expect(stepHeading(el).textContent).to.contain(status);
      for (const live of shadow(el).querySelectorAll('[role="status"], [role="alert"], [aria-live]'))
        expect(live.textContent, 'no live region repeats it').not.to.contain(status);
      const section = shadow(el).querySelector('.result')!;
      expect(section.hasAttribute('aria-labelledby') || section.hasAttribute('aria-label'), 'no region name').to.equal(
        false,
      );
      expect(count(readableText(shadow(el)), status), 'once in what a screen reader reads').to.equal(1);
    });
  }

  it("the error summary's name carries the error, and the answers lose aria-invalid once one is chosen", async () => {
    const el = await checker();
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.whenSettled();
    const summary = shadow(el).querySelector<HTMLElement>('.error-summary')!;
    expect(focused(el)).to.equal(summary);
    expect(summary.getAttribute('role'), 'a role that takes a name').to.equal('group');
    const name = summary
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => shadow(el).getElementById(id)!.textContent!.trim())
      .join(' ');
    expect(name).to.contain('There is a problem').and.to.contain('Choose one answer.');
    const invalid = () => shadow(el).querySelectorAll('input[aria-invalid="true"]').length;
    expect(invalid()).to.be.greaterThan(0);
    shadow(el).querySelector<HTMLInputElement>('input[value="citizen"]')!.click();
    await el.whenSettled();
    expect(invalid(), 'no answer marked invalid once one is chosen').to.equal(0);
    expect(shadow(el).querySelector('.error-message'), 'the message stays until Continue').to.exist;
  });

  it('has a Back on the result, to the answers, with them kept', async () => {
    const el = await checker();
    const path: [string, string][] = [
      ['residency', 'citizen'],
      ['categories', 'pensioner'],
    ];
    await complete(el, path);
    await el.whenSettled();
    button(el, /Back/).click();
    await el.whenSettled();
    expect(stepHeading(el).textContent).to.contain('Check your answers');
    expect(focused(el)).to.equal(stepHeading(el));
    expect(el.answers).to.deep.equal({ residency: 'citizen', categories: ['pensioner'] });
  });

  it('Start again asks first: Cancel keeps everything, Yes clears and starts over', async () => {
    const el = await checker();
    await complete(el, [
      ['residency', 'citizen'],
      ['categories', 'pensioner'],
    ]);
    await el.whenSettled();
    const resets: unknown[] = [];
    el.addEventListener('coverage-reset', (event) => resets.push(event));
    const startAgain = button(el, 'Start again');
    startAgain.click();
    await el.whenSettled();
    const ask = shadow(el).querySelector<HTMLElement>('.confirm-restart')!;
    expect(ask, 'a question before clearing').to.exist;
    expect(focused(el), 'focus on the question').to.equal(ask);
    expect(ask.textContent).to.contain('Your answers will be cleared');
    expect(el.answers).to.deep.equal({ residency: 'citizen', categories: ['pensioner'] });
    button(el, 'Cancel').click();
    await el.whenSettled();
    expect(shadow(el).querySelector('.confirm-restart')).to.equal(null);
    expect(focused(el)?.textContent, 'focus back on Start again').to.contain('Start again');
    expect(el.answers).to.deep.equal({ residency: 'citizen', categories: ['pensioner'] });
    button(el, 'Start again').click();
    await el.whenSettled();
    button(el, 'Yes, start again').click();
    await el.whenSettled();
    expect(el.answers).to.deep.equal({});
    expect(resets).to.have.length(1);
    expect(stepHeading(el).textContent).to.contain('What is your status in Kazakhstan?');
    expect(focused(el)).to.equal(stepHeading(el));
  });
});
