/**
 * The days on which changes are looked for: every boundary of the dated data within the 12
 * months after the rules date, the last of those days included, also when it is not the
 * first of a month, and a service that ends without another in its place.
 */
import { expect } from '@open-wc/testing';
import { SERVICES, assess, type Answers, type Service } from '../index.js';

// Whose services do not depend on anything paid: a pensioner has both packages.
const PENSIONER: Answers = { residency: 'citizen', categories: ['pensioner'] };
// Twelve months after 15 September 2025 is 15 September 2026.
const DATE = '2025-09-15';

describe('a change of the services on a day that is not the first of a month', () => {
  const rows = SERVICES as unknown as Service[];
  const saved = [...rows];
  const set = (id: string, change: Partial<Service>) => {
    const at = rows.findIndex((s) => s.id === id);
    rows.splice(at, 1, { ...rows[at]!, ...change });
  };
  afterEach(() => {
    rows.splice(0, rows.length, ...saved);
  });

  it('tells of a service that ends without a replacement as removed, the day after it ends', () => {
    set('gobmp-emergency', { until: '2026-09-14' });
    const { changes } = assess(PENSIONER, { date: DATE });
    expect(changes.filter((c) => c.kind === 'service-removed')).to.deep.equal([
      { date: '2026-09-15', kind: 'service-removed', service: 'gobmp-emergency' },
    ]);
  });

  it('tells of a service that begins on the last day of the twelve months', () => {
    set('gobmp-primary-care-2027', { since: '2026-09-15' });
    const { changes } = assess(PENSIONER, { date: DATE });
    expect(changes.filter((c) => c.kind === 'service-added' && c.service === 'gobmp-primary-care-2027')).to.deep.equal([
      { date: '2026-09-15', kind: 'service-added', service: 'gobmp-primary-care-2027', unconfirmed: true },
    ]);
  });

  it('does not tell of a service that begins the day after the twelve months', () => {
    set('gobmp-primary-care-2027', { since: '2026-09-16' });
    const { changes } = assess(PENSIONER, { date: DATE });
    expect(changes.filter((c) => c.kind === 'service-added' && c.service === 'gobmp-primary-care-2027')).to.deep.equal(
      [],
    );
  });
});
