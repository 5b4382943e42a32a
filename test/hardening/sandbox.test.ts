import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { answerIn, frameChecker, root, shownQuestion, widgetFrame } from './frame.js';

// The usual setting for third-party widgets: scripts, no forms, no popups, no modals.
const SANDBOX = 'allow-scripts allow-same-origin';

describe('in a sandboxed iframe without allow-forms', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('Continue works with clicks through a whole check, and shows the result', async () => {
    frame = await widgetFrame({
      sandbox: SANDBOX,
      body: '<coverage-checker rules-date="2026-06-01"></coverage-checker>',
    });
    const el = frameChecker(frame);
    const results: unknown[] = [];
    el.addEventListener('coverage-result', (e) => results.push((e as CustomEvent).detail.status));
    await answerIn(el, 'residency', 'citizen');
    await answerIn(el, 'categories', 'none');
    await answerIn(el, 'work', 'self-employed');
    await answerIn(el, 'last-paid', 'up-to-date');
    expect(root(el).querySelector('.review')).to.exist;
    root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    expect(results).to.deep.equal(['insured-contributions']);
    // Nothing navigated: the frame still shows the same document.
    expect(frame.contentDocument!.querySelector('coverage-checker')).to.equal(el);
  });

  it('Continue without an answer shows the error summary and focuses its link', async () => {
    frame = await widgetFrame({
      sandbox: SANDBOX,
      body: '<coverage-checker rules-date="2026-06-01"></coverage-checker>',
    });
    const el = frameChecker(frame);
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(root(el).querySelector('.error-summary')).to.exist;
    // Focus is on the summary itself, as GOV.UK's error summary does. (Compared as a boolean:
    // chai printing a node of another frame on failure stalls the test runner.)
    expect(root(el).activeElement === root(el).querySelector('.error-summary'), 'focus on the error summary').to.equal(
      true,
    );
    expect(shownQuestion(el)).to.equal('residency');
  });

  it('Enter on a chosen answer and Enter on Continue move on, as on a page without a sandbox', async () => {
    frame = await widgetFrame({
      sandbox: SANDBOX,
      body: '<coverage-checker rules-date="2026-06-01"></coverage-checker>',
    });
    const el = frameChecker(frame);
    frame.contentWindow!.focus();
    root(el).querySelector<HTMLInputElement>('input[value="citizen"]')!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.getAttribute('type')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownQuestion(el)).to.equal('categories');
    expect(root(el).activeElement === root(el).querySelector('#step-heading'), 'focus on the step heading').to.equal(
      true,
    );
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('#step-heading')!.textContent).to.contain('Check your answers');
  });
});
