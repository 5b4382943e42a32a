/**
 * The checker as residents read it: groups said as people say them, the frequent first
 * and "None of these" within reach, a check for a child in the third person, reasons
 * as sentences, and buttons named without stray spaces.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../define.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { setLocale } from '../../internal/locale.js';
import { FIRST_CATEGORIES } from '../../core/index.js';
import { answer, button, complete, shadow, stepHeading } from '../../../test/support/drive.js';

const DATE = '2026-11-26';

async function checker(): Promise<CoverageChecker> {
  return fixture<CoverageChecker>(`<coverage-checker rules-date="${DATE}"></coverage-checker>`);
}

const values = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll<HTMLInputElement>(selector)].map((input) => input.value);
const said = (el: CoverageChecker, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<coverage-checker> as residents read it', () => {
  before(() => setLocale('en'));
  after(() => setLocale(null));
  afterEach(() => fixtureCleanup());

  it('offers the frequent groups first, the rare ones behind “Other groups”, and “None of these” after them', async () => {
    const el = await checker();
    await answer(el, 'residency', 'citizen');
    const options = shadow(el).querySelector('.options')!;
    const more = options.querySelector<HTMLDetailsElement>('details.more')!;
    const outside = values(options, ':scope > .option input');
    expect(outside).to.deep.equal([...FIRST_CATEGORIES, 'none']);
    expect(more.open, 'closed at first').to.equal(false);
    expect(more.querySelector('summary')!.textContent).to.match(/^Other groups \(\d+\)$/);
    expect(values(more, 'input')).to.include.members(['prisoner', 'military', 'carer-disabled-child']);
    expect(said(el, 'label[for="categories-pensioner"]')).to.deep.equal(['I receive a pension']);
    expect(said(el, 'label[for="categories-parental-leave"]')[0]).to.contain('even if I am still employed');
  });

  it('links the error summary to the first answer shown, the one the link focuses', async () => {
    const el = await checker();
    await answer(el, 'residency', 'citizen');
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    const first = shadow(el).querySelector('input')!;
    expect(shadow(el).querySelector('.error-summary a')!.getAttribute('href')).to.equal(`#${first.id}`);
  });

  it('keeps a rare group’s box open when coming back to it', async () => {
    const el = await checker();
    await answer(el, 'residency', 'citizen');
    await answer(el, 'categories', 'pensioner', 'military');
    // Back to the groups with a rare one ticked: the box is open, showing it.
    button(el, /Back/).click();
    await el.updateComplete;
    const more = shadow(el).querySelector<HTMLDetailsElement>('details.more')!;
    expect(more.open).to.equal(true);
    expect(more.querySelector<HTMLInputElement>('#categories-military')!.checked).to.equal(true);
  });

  it('checks for a child: the questions and the result speak about the child and give a parent’s steps', async () => {
    const el = await checker();
    expect(stepHeading(el).textContent).to.contain('What is your status in Kazakhstan?');
    button(el, 'Answer for a child').click();
    await el.updateComplete;
    expect(stepHeading(el).textContent).to.contain('What is the child’s status in Kazakhstan?');
    expect(shadow(el).activeElement === stepHeading(el), 'focus on the reworded question').to.equal(true);
    expect(shadow(el).querySelector('.offer')).to.equal(null);
    const result = await complete(el, [['residency', 'citizen']]);
    expect(result.status).to.equal('insured-state');
    expect(result.answers).to.deep.equal({ 'checking-for': 'child', residency: 'citizen' });
    expect(said(el, '[part~="status"] strong')).to.deep.equal(['The child is insured: the state pays for the child']);
    expect(said(el, '.primary-action strong')).to.deep.equal(['Attach the child to a polyclinic']);
    expect(said(el, '.reasons li')).to.deep.equal([
      '“I am checking for a child under 18”',
      '“The child is a citizen of Kazakhstan”',
      '“The child is under 18”',
    ]);
    expect(said(el, '.if-box strong')).to.include('If the birth is not registered yet, register it');
    // Nothing in the result speaks to the reader as if they were the one insured.
    expect(shadow(el).querySelector('.result')!.textContent).to.not.match(/pays for you|You are insured/);
  });

  it('goes back from the child’s first question to the choice of whom to check for', async () => {
    const el = await checker();
    button(el, 'Answer for a child').click();
    await el.updateComplete;
    button(el, /Back/).click();
    await el.updateComplete;
    expect(stepHeading(el).textContent).to.contain('Who are you checking for?');
    await answer(el, 'checking-for', 'self');
    expect(stepHeading(el).textContent).to.contain('What is your status in Kazakhstan?');
  });

  it('leads with the answer and the first action; why comes after them', async () => {
    const el = await checker();
    await complete(el, [
      ['residency', 'citizen'],
      ['categories', 'pensioner'],
    ]);
    const result = shadow(el).querySelector('.result')!;
    const order = ['[part~="status"]', '.primary-action', '.primary-action ~ p'].map((s) => result.querySelector(s)!);
    const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect([follows(order[0], order[1]), follows(order[1], order[2])]).to.deep.equal([true, true]);
    expect(order[2].textContent).to.contain('state pays the contributions');
  });

  it('restates every reason as a sentence, quoted as the reader’s answer', async () => {
    const el = await checker();
    await complete(el, [
      ['residency', 'visitor'],
      ['visitor-country', 'other'],
      ['stay-purpose', 'visit'],
    ]);
    expect(said(el, '.reasons li')).to.deep.equal([
      '“I am in Kazakhstan as a visitor or a temporary resident”',
      '“I am not a citizen of a CIS country”',
      '“I am in Kazakhstan for a visit”',
    ]);
  });

  it('names each Change button by its question, without a stray space', async () => {
    const el = await checker();
    await answer(el, 'residency', 'citizen');
    await answer(el, 'categories', 'pensioner');
    const change = shadow(el).querySelector<HTMLButtonElement>('.change button')!;
    const hidden = change.querySelector('.visually-hidden')!.textContent!;
    expect(hidden).to.equal('Change: What is your status in Kazakhstan?');
    expect(change.querySelector('[aria-hidden="true"]')!.textContent).to.equal('Change');
  });
});
