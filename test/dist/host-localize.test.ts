import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { importModule, recordProblems } from '../support/load.js';
import { shadowText } from '../support/helpers.js';

describe('a host app that uses @lit/localize itself', () => {
  it('keeps its own locale and messages, and ours keep working beside it', async () => {
    // The host configures its own copy first, as an app would at start-up.
    const host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: () => Promise.resolve({ templates: { greeting: 'Hallo' } }),
    });
    await host.setLocale('de');

    const problems = recordProblems();
    await importModule('/dist/es/index.js');
    problems.stop();
    expect(problems.errors).to.deep.equal([]);

    document.documentElement.lang = 'kk';
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<service-list></service-list>`);
    expect(shadowText(el)).to.contain('Тегін медициналық көмек');

    // The host's own messages and locale are untouched by ours.
    expect(host.getLocale()).to.equal('de');
    expect(msg('Hello', { id: 'greeting' })).to.equal('Hallo');
  });
});
