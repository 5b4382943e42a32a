import { expect, fixture, html } from '@open-wc/testing';
import { addClassicScript, CLASSIC, recordProblems } from '../support/load.js';
import { shadowText } from '../support/helpers.js';

describe('the classic script pasted twice', () => {
  it('upgrades markup that was already on the page, throws nothing and warns once', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture(html`<exemption-list><a href="https://msqory.kz">Official site</a></exemption-list>`);
    expect(el.shadowRoot).to.equal(null);

    const problems = recordProblems();
    await addClassicScript(CLASSIC);
    await addClassicScript(CLASSIC);
    problems.stop();

    expect(problems.errors).to.deep.equal([]);
    expect(problems.warnings).to.have.length(1);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(el)).to.contain('Who does not pay');
    // The fallback link stays in the light DOM but is not shown: there is no slot for it.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(typeof window.OsmsWidgets?.setLocale).to.equal('function');
  });
});
