import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CoverageChecker } from '../../src/coverage-checker/coverage-checker.js';
import { setLocale } from '../../src/internal/locale.js';
import { answer } from '../support/drive.js';
import { answerIn, frameChecker, root, shownQuestion, widgetFrame } from './frame.js';

const DATE = '2026-06-01';
const PAGE = location.pathname + location.search;

function popped(): Promise<PopStateEvent> {
  return new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
}

/** Presses the browser's Back and waits until the widgets have reacted. */
async function back(...els: CoverageChecker[]): Promise<void> {
  const done = popped();
  history.back();
  await done;
  for (const el of els) await el.updateComplete;
}

function stepEvents(el: Element): string[] {
  const steps: string[] = [];
  el.addEventListener('coverage-step', (e) => steps.push((e as CustomEvent<{ step: string }>).detail.step));
  el.addEventListener('coverage-result', () => steps.push('coverage-result'));
  return steps;
}

function heading(el: Element): string {
  return root(el).querySelector('#step-heading')?.textContent?.trim() ?? '';
}

describe('<coverage-checker history> on real host pages', () => {
  before(() => setLocale('en'));
  after(() => setLocale(null));
  afterEach(() => {
    fixtureCleanup();
    document.querySelector('base')?.remove();
    history.replaceState(null, '', PAGE);
  });

  describe('the address it writes', () => {
    it('is the page’s own address with the step’s hash, whatever <base href> says (Joomla-style pages)', async () => {
      const base = document.createElement('base');
      base.href = '/index.php/';
      document.head.append(base);
      const el = await fixture<CoverageChecker>(html`<coverage-checker history rules-date=${DATE}></coverage-checker>`);
      await answer(el, 'residency', 'citizen');
      expect(location.pathname + location.search).to.equal(PAGE);
      expect(location.hash).to.equal('#osms-categories');
    });

    for (const [name, head] of [
      ['a cross-origin <base>', '<base href="https://cdn.example.org/">'],
      ['a srcdoc frame', ''],
    ]) {
      it(`with ${name}, a failing history never breaks the check: the result comes, reset() does not throw`, async () => {
        const frame = await widgetFrame({
          head,
          body: `<coverage-checker history rules-date="${DATE}"></coverage-checker>`,
        });
        try {
          const el = frameChecker(frame);
          const events = stepEvents(el);
          const errors: string[] = [];
          frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
          await answerIn(el, 'residency', 'citizen');
          await answerIn(el, 'categories', 'none');
          await answerIn(el, 'work', 'self-employed');
          await answerIn(el, 'last-paid', 'up-to-date');
          root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
          await el.updateComplete;
          expect(events).to.deep.equal(['categories', 'work', 'last-paid', 'review', 'result', 'coverage-result']);
          expect(() => (el as unknown as CoverageChecker).reset()).not.to.throw();
          await el.updateComplete;
          expect(shownQuestion(el)).to.equal('residency');
          expect(errors).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  });

  describe('entries it did not create', () => {
    it('after a reload, Back to the old result does not show a result with no answers', async () => {
      // The first "page load": a whole check, then the host page moves on.
      const first = await fixture<CoverageChecker>(
        html`<coverage-checker history rules-date=${DATE}></coverage-checker>`,
      );
      for (const [q, a] of [
        ['residency', 'citizen'],
        ['categories', 'none'],
        ['work', 'looking-for-work'],
        ['last-paid', 'never'],
      ])
        await answer(first, q, a);
      root(first).querySelector<HTMLButtonElement>('button.primary')!.click();
      await first.updateComplete;
      expect(location.hash).to.equal('#osms-result');
      history.pushState(null, '', `${PAGE}#elsewhere`);
      fixtureCleanup();
      // The reloaded page has a fresh checker, then the visitor presses Back.
      const el = await fixture<CoverageChecker>(html`<coverage-checker history rules-date=${DATE}></coverage-checker>`);
      const events = stepEvents(el);
      await back(el);
      expect(location.hash).to.equal('#osms-result');
      expect(shownQuestion(el)).to.equal('residency');
      expect(events).to.deep.equal([]);
    });

    it('a host link to #osms-result shows nothing without answers', async () => {
      const el = await fixture<CoverageChecker>(html`<coverage-checker history rules-date=${DATE}></coverage-checker>`);
      const events = stepEvents(el);
      const link = document.createElement('a');
      link.href = '#osms-result';
      document.body.append(link);
      const done = popped();
      link.click();
      await done;
      link.remove();
      await el.updateComplete;
      expect(shownQuestion(el)).to.equal('residency');
      expect(events).to.deep.equal([]);
    });

    it('two checkers with history do not drive each other; Back undoes the latest step only', async () => {
      const wrapper = await fixture(html`<div>
        <coverage-checker id="a" history rules-date=${DATE}></coverage-checker>
        <coverage-checker id="b" history rules-date=${DATE}></coverage-checker>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('coverage-checker')];
      await Promise.all([a.updateComplete, b.updateComplete]);
      await answer(a, 'residency', 'citizen');
      await answer(b, 'residency', 'visitor');
      const eventsOfA = stepEvents(a);
      await back(a, b);
      expect(shownQuestion(a)).to.equal('categories');
      expect(eventsOfA).to.deep.equal([]);
      expect(shownQuestion(b)).to.equal('residency');
      expect(b.answers).to.deep.equal({ residency: 'visitor' });
    });

    it('a host SPA’s own history entries neither move the checker nor take the focus', async () => {
      const el = await fixture<CoverageChecker>(html`<coverage-checker history rules-date=${DATE}></coverage-checker>`);
      await answer(el, 'residency', 'citizen');
      // The host's router: two routes of its own, then the visitor's Back between them.
      history.pushState({ route: 'news' }, '', `${PAGE}&route=news`);
      history.pushState({ route: 'contacts' }, '', `${PAGE}&route=contacts`);
      const focused = document.createElement('button');
      document.body.append(focused);
      focused.focus();
      const events = stepEvents(el);
      await back(el);
      expect(history.state).to.deep.equal({ route: 'news' });
      expect(shownQuestion(el)).to.equal('categories');
      expect(events).to.deep.equal([]);
      expect(document.activeElement).to.equal(focused);
      focused.remove();
    });

    it('still steps back through its own entries, and to the first question', async () => {
      const el = await fixture<CoverageChecker>(html`<coverage-checker history rules-date=${DATE}></coverage-checker>`);
      await answer(el, 'residency', 'citizen');
      await answer(el, 'categories', 'none');
      expect(heading(el)).to.contain('work');
      await back(el);
      expect(shownQuestion(el)).to.equal('categories');
      await back(el);
      expect(shownQuestion(el)).to.equal('residency');
      expect(el.answers).to.deep.equal({ residency: 'citizen', categories: ['none'] });
    });
  });
});
