import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { collectWarnings, idleRendered, settled } from '../support/helpers.js';
import { forgetWarnings } from '../../src/internal/warn.js';

const ATTRIBUTES: Record<string, string[]> = {
  'coverage-checker': ['lang', 'heading-level', 'rules-date', 'history'],
  'service-list': ['lang', 'heading-level', 'rules-date', 'package', 'view', 'searchable'],
  'exemption-list': ['lang', 'heading-level', 'rules-date', 'checker-href', 'searchable'],
};

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('', ' ', '0', '-1', '7', '1e3', 'NaN', 'null', 'undefined', '1900-01-01', '2999-12-31', '2026-02-30'),
  fc.string({ minLength: 500, maxLength: 3000 }),
);

describe('every attribute, fuzzed', () => {
  const warnings = collectWarnings();
  let errors: string[];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    fixtureCleanup();
  });

  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    it(`<${tag}> never throws, never renders empty, and warns at most once per value`, async () => {
      const el = await fixture<Widget>(`<${tag}></${tag}>`);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...attributes), value, async (attribute, raw) => {
          forgetWarnings();
          warnings.list.length = 0;
          el.setAttribute(attribute, raw);
          await settled(el);
          el.setAttribute(attribute, raw);
          el.removeAttribute(attribute);
          el.setAttribute(attribute, raw);
          await settled(el);
          expect(errors).to.deep.equal([]);
          const heading = el.shadowRoot!.querySelector('[part~="heading"]');
          expect(heading?.textContent?.trim(), 'a heading with text').to.be.a('string').and.not.equal('');
          const counts = new Map<string, number>();
          for (const warning of warnings.list) counts.set(warning, (counts.get(warning) ?? 0) + 1);
          for (const [warning, count] of counts) expect(count, warning).to.equal(1);
          el.removeAttribute(attribute);
          await settled(el);
        }),
        { numRuns: 40 },
      );
    });
  }

  for (const date of ['1900-01-01', '2999-12-31']) {
    for (const tag of Object.keys(ATTRIBUTES)) {
      it(`<${tag} rules-date="${date}"> says plainly that it shows today's rules instead`, async () => {
        const el = await fixture<Widget>(`<${tag} rules-date="${date}"></${tag}>`);
        const notice = el.shadowRoot!.querySelector('[part~="notice"]');
        expect(notice, 'a notice').to.exist;
        expect(notice!.textContent).to.contain(date.slice(0, 4));
        expect(el.shadowRoot!.querySelectorAll('input, li').length, 'content is shown').to.be.above(0);
        expect(warnings.list.filter((w) => w.includes(date))).to.have.length(1);
      });
    }
  }

  it('a list before 2020 shows today’s list with the notice, not an empty list', async () => {
    const el = await fixture<Widget>('<exemption-list rules-date="2019-06-01"></exemption-list>');
    expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.exist;
    await idleRendered(el);
    expect(el.shadowRoot!.querySelectorAll('details').length).to.be.above(15);
  });

  it('the checker takes 2019 as a real date: before OSMS, no insurance at all', async () => {
    const el = await fixture<Widget>('<coverage-checker rules-date="2019-06-01"></coverage-checker>');
    expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
  });
});
