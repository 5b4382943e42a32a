import { expect, fixture, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { setLocale } from '../../internal/locale.js';
import { answer, button, complete, shadow, stepHeading } from '../../../test/support/drive.js';

const DATE = '2026-06-01';

async function checker(attrs = ''): Promise<CoverageChecker> {
  return fixture<CoverageChecker>(`<coverage-checker rules-date="${DATE}" ${attrs}></coverage-checker>`);
}

function activeInShadow(el: CoverageChecker): Element | null {
  return shadow(el).activeElement;
}

describe('<coverage-checker> flow', () => {
  // The texts below are the English ones, whatever the browser's own language.
  before(() => setLocale('en'));
  after(() => setLocale(null));
  afterEach(() => fixtureCleanup());

  it('shows one question with real radio inputs named by the question id, and no Back on the first step', async () => {
    const el = await checker();
    const inputs = [...shadow(el).querySelectorAll<HTMLInputElement>('fieldset input')];
    expect(inputs.map((i) => [i.type, i.name])).to.deep.include(['radio', 'residency']);
    expect(inputs.map((i) => i.value)).to.include.members([
      'citizen',
      'kandas',
      'permit',
      'eaeu-worker',
      'refugee',
      'visitor',
    ]);
    expect(shadow(el).querySelector('legend #step-heading')).to.exist;
    expect(shadow(el).querySelector('.back')).to.equal(null);
    // Each input has its own label.
    for (const input of inputs) expect(shadow(el).querySelector(`label[for="${input.id}"]`)).to.exist;
  });

  it('Continue with no answer shows the error summary and marks the field, and nothing else happens', async () => {
    const el = await checker();
    const steps: unknown[] = [];
    el.addEventListener('coverage-step', (e) => steps.push(e.detail));
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    // As GOV.UK's error summary: the container takes focus, an element inside it is the
    // alert; the container is a group named by the title and the error itself.
    const summary = shadow(el).querySelector<HTMLElement>('.error-summary')!;
    expect(activeInShadow(el), 'focus on the summary').to.equal(summary);
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(summary.getAttribute('role')).to.equal('group');
    expect(summary.getAttribute('aria-labelledby')).to.equal('error-title error-link');
    const alert = summary.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('There is a problem');
    const link = alert.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#residency-citizen');
    // The inline message says it is an error before what to do; the prefix is for screen readers.
    const inline = shadow(el).querySelector('#error')!;
    expect(inline.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Error: ${link.textContent}`);
    expect(inline.querySelector('.visually-hidden')!.textContent).to.equal('Error:');
    for (const input of shadow(el).querySelectorAll('input'))
      expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('error');
    expect(steps).to.deep.equal([]);
    expect(shadow(el).querySelector<HTMLInputElement>('input[name="residency"]')).to.exist;
    // The link in the summary takes the user to the field.
    link.click();
    expect(activeInShadow(el)).to.equal(shadow(el).querySelector('#residency-citizen'));
    // Choosing an answer keeps the error until the next Continue: nothing moves under the pointer.
    const citizen = shadow(el).querySelector<HTMLInputElement>('#residency-citizen')!;
    const top = citizen.getBoundingClientRect().top;
    citizen.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.error-summary') !== null, 'summary kept').to.equal(true);
    expect(citizen.getBoundingClientRect().top, 'the chosen answer stays where it was').to.equal(top);
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.error-summary')).to.equal(null);
    expect(steps).to.have.length(1);
  });

  it('"None of these" excludes every other category, and a category excludes it', async () => {
    const el = await checker();
    await answer(el, 'residency', 'citizen');
    const box = (value: string) =>
      shadow(el).querySelector<HTMLInputElement>(`input[name="categories"][value="${value}"]`)!;
    expect(box('none').type).to.equal('checkbox');
    box('student').click();
    box('disability').click();
    expect([box('student').checked, box('disability').checked]).to.deep.equal([true, true]);
    box('none').click();
    expect([box('student').checked, box('disability').checked, box('none').checked]).to.deep.equal([
      false,
      false,
      true,
    ]);
    box('pensioner').click();
    expect([box('pensioner').checked, box('none').checked]).to.deep.equal([true, false]);
  });

  it('counts only the questions this person will see, and says the outcome in the focused heading', async () => {
    const el = await checker();
    const counter = () => shadow(el).querySelector('[part~="counter"]')!.textContent!.trim();
    const live = () =>
      [...shadow(el).querySelectorAll('[role="status"], [aria-live]')].map((r) => r.textContent!.trim());
    // An upper bound until the path is certain.
    expect(counter()).to.match(/^Question 1 of up to \d$/);
    // The number is part of the question's heading, read with it when focus lands there.
    expect(stepHeading(el).textContent).to.contain(counter());
    // A visitor from an EAEU country who works is asked more: an upper bound until then.
    await answer(el, 'residency', 'visitor');
    expect(counter()).to.match(/^Question 2 of up to \d$/);
    await answer(el, 'visitor-country', 'other');
    expect(counter()).to.equal('Question 3 of 3');
    await answer(el, 'stay-purpose', 'study');
    expect(stepHeading(el).textContent).to.contain('Check your answers');
    expect(live().join(''), 'the review heading says it once').to.equal('');
    for (let i = 0; i < 3; i++) {
      button(el, 'Back').click();
      await el.updateComplete;
    }
    await answer(el, 'residency', 'citizen');
    expect(counter()).to.match(/^Question 2 of up to [3-6]$/);
    await answer(el, 'categories', 'pensioner');
    // A pensioner is not asked about work: the review follows after two questions.
    expect(shadow(el).querySelectorAll('.review-row')).to.have.length(2);
    button(el, 'See my result').click();
    await el.updateComplete;
    expect(stepHeading(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Your result: You are insured: the state pays for you',
    );
    expect(activeInShadow(el)).to.equal(stepHeading(el));
    expect(live().join(''), 'no live region says it again').to.equal('');
  });

  it('moves focus to the new step heading on every step change, and to the result heading at the end', async () => {
    const el = await checker();
    expect(activeInShadow(el), 'no focus taken on page load').to.equal(null);
    await answer(el, 'residency', 'citizen');
    expect(activeInShadow(el)).to.equal(stepHeading(el));
    button(el, 'Back').click();
    await el.updateComplete;
    expect(activeInShadow(el)).to.equal(stepHeading(el));
    await answer(el, 'residency', 'citizen');
    await answer(el, 'categories', 'child');
    expect(stepHeading(el).textContent).to.contain('Check your answers');
    expect(activeInShadow(el)).to.equal(stepHeading(el));
    button(el, 'See my result').click();
    await el.updateComplete;
    expect(stepHeading(el).textContent).to.contain('Your result');
    expect(activeInShadow(el)).to.equal(stepHeading(el));
  });

  it('Change on the review returns to that question and then straight back to the review', async () => {
    const el = await checker();
    await answer(el, 'residency', 'citizen');
    await answer(el, 'categories', 'none');
    await answer(el, 'work', 'employee');
    await answer(el, 'last-paid', 'dont-know');
    const change = [...shadow(el).querySelectorAll<HTMLButtonElement>('.review button')][1];
    expect(change.textContent).to.contain('Change');
    change.click();
    await el.updateComplete;
    const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    expect(checked, 'the earlier answer is kept').to.deep.equal(['none']);
    await answer(el, 'categories', 'student');
    expect(shadow(el).querySelector('.review'), 'back on the review').to.exist;
    expect(el.answers).to.deep.equal({ residency: 'citizen', categories: ['student'] });
  });

  it('fires coverage-step, coverage-result and coverage-reset with their details; answers is a snapshot', async () => {
    const el = await checker();
    const stepEvent = oneEvent(el, 'coverage-step');
    await answer(el, 'residency', 'citizen');
    const step = (await stepEvent).detail;
    expect(step.step).to.equal('categories');
    expect(step.index).to.equal(2);
    expect(step.total).to.be.within(3, 6);
    await answer(el, 'categories', 'none');
    await answer(el, 'work', 'employee');
    await answer(el, 'last-paid', 'dont-know');
    const outside: string[] = [];
    document.addEventListener('coverage-result', (e) => outside.push(e.detail.status), { once: true });
    const detail = await complete(el, []);
    expect(outside, 'bubbles and is composed').to.deep.equal(['check-employer']);
    expect(detail).to.include({ status: 'check-employer', route: 'employer', rulesDate: DATE });
    expect(detail.reasons).to.include('work:employee');
    const snapshot = el.answers;
    (snapshot as Record<string, unknown>).work = 'none';
    expect(el.answers.work).to.equal('employee');
    const reset = oneEvent(el, 'coverage-reset');
    button(el, 'Start again').click();
    await el.updateComplete;
    button(el, 'Yes, start again').click();
    await reset;
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(shadow(el).querySelector('input[name="residency"]')).to.exist;
  });

  it('reset() starts again from the first question', async () => {
    const el = await checker();
    await answer(el, 'residency', 'visitor');
    el.reset();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(shadow(el).querySelector('input[name="residency"]:checked')).to.equal(null);
  });

  it('writes no browser history unless the host opts in', async () => {
    const before = history.length;
    const hash = location.hash;
    const el = await checker();
    await answer(el, 'residency', 'citizen');
    await answer(el, 'categories', 'pensioner');
    expect(history.length).to.equal(before);
    expect(location.hash).to.equal(hash);
  });

  it('with `history`, each step gets a URL hash and browser Back returns to the step before', async () => {
    const el = await checker('history');
    await answer(el, 'residency', 'citizen');
    expect(location.hash).to.equal('#osms-categories');
    await answer(el, 'categories', 'pensioner');
    expect(location.hash).to.equal('#osms-review');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    await el.updateComplete;
    expect(shadow(el).querySelector('input[name="categories"]')).to.exist;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('can be used with the keyboard alone: Tab, Space and Enter through a whole path', async () => {
    const el = await checker();
    const focusedValue = () => (activeInShadow(el) as HTMLInputElement | null)?.value;
    // Into the first radio group; Space (' ') selects the focused radio.
    shadow(el).querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ press: ' ' });
    expect(focusedValue()).to.equal('citizen');
    await sendKeys({ press: 'Tab' });
    expect(activeInShadow(el)!.getAttribute('type')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(activeInShadow(el)).to.equal(stepHeading(el));
    // Categories: from the heading, Tab reaches the first checkbox; Space ticks it, Enter submits.
    await sendKeys({ press: 'Tab' });
    expect(focusedValue(), 'the most frequent group first').to.equal('pensioner');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepHeading(el).textContent).to.contain('Check your answers');
    // Review: from the heading, Tab past the two Change buttons to "See my result".
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    expect(activeInShadow(el)!.textContent).to.contain('See my result');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // A pensioner: the state pays.
    expect(shadow(el).querySelector('[part~="status"] strong')!.textContent!.trim()).to.equal(
      'You are insured: the state pays for you',
    );
    expect(activeInShadow(el)).to.equal(stepHeading(el));
  });
});
