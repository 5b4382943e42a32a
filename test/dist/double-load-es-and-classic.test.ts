import { expect, fixture, html } from '@open-wc/testing';
import { addClassicScript, CLASSIC, DROP_IN, importModule, recordProblems } from '../support/load.js';
import { shadowText } from '../support/helpers.js';

const TAGS = ['coverage-checker', 'service-list', 'exemption-list'];

describe('the ES module and the classic script on one page', () => {
  it('define each element once, throw nothing and warn once', async () => {
    const problems = recordProblems();
    const first = await importModule(DROP_IN);
    const classes = TAGS.map((tag) => customElements.get(tag));
    expect(classes.every(Boolean), 'all three elements defined').to.equal(true);

    await addClassicScript(CLASSIC);
    await addClassicScript(CLASSIC);
    await importModule(`${DROP_IN}?copy=2`);
    problems.stop();

    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(classes);
    expect(problems.errors).to.deep.equal([]);
    // Each extra copy says so once (three copies after the first), never once per element.
    expect(problems.warnings).to.have.length(3);
    expect(problems.warnings[0]).to.contain('more than once');
    expect(window.OsmsWidgets?.setLocale).to.equal(first.setLocale);
  });

  it('still renders and switches language through window.OsmsWidgets', async () => {
    document.documentElement.lang = 'ru';
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<coverage-checker></coverage-checker>`);
    expect(shadowText(el)).to.contain('Проверьте своё право на медицинскую помощь');
    await window.OsmsWidgets!.setLocale('kk');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Медициналық көмекке құқығыңызды тексеріңіз');
    expect(window.OsmsWidgets!.getLocale()).to.equal('kk');
  });
});
