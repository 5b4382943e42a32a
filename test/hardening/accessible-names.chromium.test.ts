// Names and descriptions as the browser's accessibility tree gives them to screen readers
// (Chromium: Puppeteer reads that tree through the DevTools Protocol).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CoverageChecker } from '../../src/coverage-checker/coverage-checker.js';
import { setLocale } from '../../src/internal/locale.js';
import { complete } from '../support/drive.js';
import { GRACE_PATH, UNINSURED_PATH } from '../support/checker-driver.mjs';

interface AxNode {
  role: string;
  name?: string;
  description?: string;
  children?: AxNode[];
}

/** Every node of the page's accessibility tree. */
async function axNodes(): Promise<AxNode[]> {
  const nodes: AxNode[] = [];
  const walk = (node: AxNode) => {
    nodes.push(node);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return nodes;
}

describe('accessible names as read out (Chromium)', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
  });

  for (const [locale, newTab] of [
    ['en', '(opens in a new tab)'],
    ['ru', '(откроется в новой вкладке)'],
    ['kk', '(жаңа қойындыда ашылады)'],
  ] as const) {
    it(`${locale}: each link that leaves the page keeps the space before "${newTab}"`, async () => {
      await setLocale(locale);
      const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
      await complete(el, UNINSURED_PATH);
      await el.whenSettled();
      const links = (await axNodes()).filter((node) => node.role === 'link' && node.name?.includes(newTab));
      expect(links.length, 'links that open a new tab').to.be.greaterThan(3);
      for (const link of links) expect(link.name, link.name).to.match(new RegExp(`\\S \\${newTab.slice(0, -1)}\\)$`));
    });
  }

  it('the focused error summary is named by its title and the error itself', async () => {
    await setLocale('en');
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-06-01"></coverage-checker>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.whenSettled();
    const focused = (await axNodes()).find((node) => (node as AxNode & { focused?: boolean }).focused);
    expect(focused?.role).to.equal('group');
    expect(focused?.name).to.equal('There is a problem Choose one answer.');
  });

  it('each "Not yet confirmed" mark has a name of its own', async () => {
    await setLocale('en');
    const el = await fixture<CoverageChecker>(html`<coverage-checker rules-date="2026-12-15"></coverage-checker>`);
    await complete(el, GRACE_PATH);
    await el.whenSettled();
    const marks = (await axNodes()).filter((node) => node.name?.startsWith('Not yet confirmed')).map((n) => n.name);
    expect(marks.length).to.be.greaterThan(2);
    expect(new Set(marks).size, marks.join(' | ')).to.equal(marks.length);
  });
});
