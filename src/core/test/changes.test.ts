/**
 * What changes for a person, said as changes: a service restated on a date is one change,
 * a rate change reaches only those who pay or have it withheld, and people exempt from
 * contributions read nothing of a state share. "Not yet confirmed" only where an
 * unconfirmed fact decides what is shown.
 */
import { expect } from '@open-wc/testing';
import { assess, service, type Answers } from '../index.js';

const EMPLOYEE: Answers = { residency: 'citizen', categories: ['none'], work: 'employee', 'last-paid': 'up-to-date' };
const PENSIONER: Answers = { residency: 'citizen', categories: ['pensioner'] };
const MILITARY: Answers = { residency: 'citizen', categories: ['military'] };

describe('changes said as changes', () => {
  it('says a restated service once, as changed, never as removed and added on one day', () => {
    const { changes } = assess(PENSIONER, { date: '2026-12-04' });
    const services = changes.filter((c) => c.kind.startsWith('service-'));
    expect(services.map((c) => c.kind)).to.not.include('service-removed');
    const primary = services.find((c) => c.kind === 'service-changed' && c.service === 'gobmp-primary-care-2027');
    expect(primary, 'primary care restated on 2027-01-01').to.deep.include({
      date: '2027-01-01',
      kind: 'service-changed',
      from: 'gobmp-primary-care',
      unconfirmed: true,
    });
    // The early-detection screenings are in force from 2026 already: nothing is added in 2027.
    expect(services.filter((c) => c.kind === 'service-added')).to.deep.equal([]);
    expect(
      services.find((c) => c.kind === 'service-changed' && c.service === 'gobmp-day-hospital-2027'),
    ).to.deep.include({
      from: 'gobmp-day-hospital',
      unconfirmed: true,
    });
  });

  it('shows the state’s rate change to nobody the state pays for', () => {
    for (const answers of [PENSIONER, { residency: 'citizen', categories: ['student'] } as Answers]) {
      const { changes } = assess(answers, { date: '2026-12-04' });
      expect(changes.filter((c) => c.kind === 'rate')).to.deep.equal([]);
    }
  });

  it('gives people exempt from contributions no state share and no rate change', () => {
    const result = assess(MILITARY, { date: '2026-12-04' });
    expect(result.payer).to.equal('exempt');
    expect(result.contributions).to.deep.equal([]);
    expect(result.changes.filter((c) => c.kind === 'rate')).to.deep.equal([]);
  });

  it('flags a pensioner’s status only when an unconfirmed fact decides it', () => {
    expect(assess(PENSIONER, { date: '2026-12-04' }).unconfirmedBy).to.deep.equal([]);
    expect(assess(EMPLOYEE, { date: '2026-12-04' }).unconfirmedBy).to.deep.equal([]);
  });

  it('does not flag a 2021 self-payer by the single aggregate payment, which did not decide it', () => {
    const result = assess(
      { residency: 'citizen', categories: ['none'], work: 'none', 'last-paid': 'up-to-date' },
      { date: '2021-09-01' },
    );
    expect(result.unconfirmedBy).to.not.include('rule:single-aggregate-payment');
  });
});

describe('examples of a restated service', () => {
  it('are not dropped silently: the 2027 primary care keeps pregnancy follow-up, home visits to babies and vaccinations', () => {
    const restated = service('gobmp-primary-care-2027');
    expect(restated.replaces).to.equal('gobmp-primary-care');
    expect(restated.examples).to.include.members(['pregnancy-follow-up', 'infant-patronage', 'vaccination']);
  });
});
