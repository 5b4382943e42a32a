// Printing for real: Firefox's print copy of the page keeps only what the `beforeprint`
// listeners changed before they returned, so every list of the result must open then.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CoverageChecker } from '../../src/coverage-checker/coverage-checker.js';
import { setLocale } from '../../src/internal/locale.js';
import { complete, shadow } from '../support/drive.js';

const PATH: [string, ...string[]][] = [
  ['residency', 'citizen'],
  ['categories', 'none'],
  ['work', 'self-employed'],
  ['last-paid', 'up-to-date'],
];

const printedPages = () => executeServerCommand<number, undefined>('print-pdf-pages');

describe('<coverage-checker> printed by the browser', () => {
  before(() => setLocale('en'));
  after(() => setLocale(null));
  afterEach(() => fixtureCleanup());

  it('prints the result with every package list open, as long as with the lists opened by hand', async () => {
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
    await complete(el, PATH);
    const packages = [...shadow(el).querySelectorAll('details')];
    expect(packages.length).to.be.greaterThan(1);
    expect(packages.some((d) => d.open)).to.equal(false);

    const printed = await printedPages();
    await el.updateComplete;
    // After printing, the lists are as the reader left them: closed.
    expect(packages.some((d) => d.open)).to.equal(false);

    // The reference: the same page with every list opened by hand before printing.
    for (const details of packages) details.open = true;
    const reference = await printedPages();
    expect(printed).to.equal(reference);
  });
});

describe('the lists printed by the browser before their idle-time content is in', () => {
  before(() => setLocale('en'));
  after(() => setLocale(null));
  afterEach(() => fixtureCleanup());

  for (const tag of ['service-list', 'exemption-list'] as const) {
    it(`<${tag}> prints every item with its body, as long as with every item opened by hand`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        `<${tag} rules-date="2026-06-01"></${tag}>`,
      );
      const items = () => [...el.shadowRoot!.querySelectorAll('details')];
      const before = items().length;
      expect(
        items().some((d) => d.querySelector('.body')),
        'no body yet',
      ).to.equal(false);

      const printed = await printedPages();
      await el.updateComplete;
      expect(items().length, 'every item once printed').to.be.greaterThan(before);
      // After printing, the items are as the reader left them: closed.
      expect(items().some((d) => d.open)).to.equal(false);

      // The reference: every item opened by hand before printing.
      for (const details of items()) details.open = true;
      await el.updateComplete;
      const reference = await printedPages();
      expect(printed).to.equal(reference);
    });
  }
});
