/**
 * Who pays and how much, as residents answer: what the result shows under "how much"
 * (`payment`), the contributions paid for the person, and the sums a self-payer is told to
 * pay, keep the cover with or owes after a gap. Figures: 5% of one minimum wage for a
 * self-payer, 5% of 1.4 for an individual entrepreneur (Law 405-V art. 28), the minimum
 * wage of 85,000 tenge for 2024–2026 (the republican budget law).
 */
import { expect } from '@open-wc/testing';
import { assess, type Answers, type Assessment, type IsoDate } from '../index.js';
import { citizen } from './citizen.js';

const DATE = '2026-11-26';
const none = ['none'] as const;
const result = (answers: Answers, date: IsoDate = DATE): Assessment =>
  assess({ 'paid-60-months': 'no', ...answers }, { date });

describe('who pays what the result shows', () => {
  it('shows the employer’s and the employee’s shares as paid by others while the contributions arrive', () => {
    const employee = result(citizen('employee', 'up-to-date'));
    expect(employee.payment).to.equal('others');
    expect(employee.amounts).to.deep.equal([]);
    expect(employee.contributions.map((c) => [c.id, c.payer, c.base])).to.deep.equal([
      ['employer-deductions', 'employer', 'pay'],
      ['employee-contributions', 'employee', 'pay'],
    ]);
    // A share of pay has no fixed monthly sum.
    for (const share of employee.contributions) expect(share, share.id).to.not.have.property('monthly');
  });

  it('shows the state’s contributions as paid by others for a pensioner, and nothing for service staff the state exempts', () => {
    const pensioner = result({ residency: 'citizen', categories: ['pensioner'] });
    expect(pensioner.payment).to.equal('others');
    expect(pensioner.contributions.map((c) => [c.id, c.payer, c.base])).to.deep.equal([
      ['state-contributions', 'state', 'average-wage-two-years-before'],
    ]);
    const military = result({ residency: 'citizen', categories: ['military'] });
    expect(military.payer).to.equal('exempt');
    expect(military.contributions).to.deep.equal([]);
    expect(military.payment).to.equal('none');
  });

  it('tells a self-payer who lapsed to pay: a month and the twelve months', () => {
    const lapsed = result(citizen('informal', 'over-6-months'));
    expect(lapsed.status).to.equal('not-insured');
    expect(lapsed.payment).to.equal('self');
    expect(lapsed.canJoin).to.equal(true);
    expect(lapsed.amounts.map((a) => [a.id, a.months, a.total])).to.deep.equal([
      ['monthly', 1, 4250],
      ['twelve-months', 12, 51000],
    ]);
    for (const a of lapsed.amounts) {
      expect(a.contribution).to.equal('self-payer-contributions');
      expect(a.minimumWage).to.equal(85000);
      expect(a.baseMultiple).to.equal(1);
      expect(a.rate).to.equal(5);
    }
  });

  it('shows the self-employed regime’s payment as the person’s own share of income, with no fixed sum', () => {
    const regime = result(citizen('self-employed-regime', 'up-to-date'));
    expect(regime.payment).to.equal('self');
    expect(regime.amounts).to.deep.equal([]);
    expect(regime.contributions.map((c) => [c.id, c.payer, c.base, c.rate])).to.deep.equal([
      ['self-employed-regime-payment', 'self-employed-regime', 'income', 4],
    ]);
  });

  it('shows nothing to pay for a visitor, a refugee or a contractor nobody pays for', () => {
    expect(result({ residency: 'visitor', 'visitor-country': 'other', 'stay-purpose': 'visit' }).payment).to.equal(
      'none',
    );
    const refugee = result({ residency: 'refugee', categories: none, work: 'not-working', 'last-paid': 'never' });
    expect(refugee.payment).to.equal('none');
    // A refugee has GOBMP but takes no part in OSMS: joining by paying is not offered.
    expect(refugee.canJoin).to.equal(false);
    expect(refugee.packages).to.deep.equal(['gobmp']);
    const contractor = result(citizen('gph', 'never'));
    expect(contractor.status).to.equal('not-insured');
    expect(contractor.payment).to.equal('none');
    expect(contractor.contributions.map((c) => [c.id, c.payer, c.base])).to.deep.equal([
      ['civil-contract-contributions', 'gph', 'income'],
    ]);
  });

  it('names the platform’s share of a platform worker’s income', () => {
    const platform = result(citizen('platform', 'up-to-date'));
    expect(platform.contributions.map((c) => [c.id, c.payer, c.base, c.rate])).to.deep.equal([
      ['platform-contributions', 'platform', 'income', 1],
    ]);
  });

  it('gives the single aggregate payment of 2023 per place, one MRP in a city and half elsewhere', () => {
    const esp = result(citizen('esp', 'up-to-date'), '2023-06-01');
    expect(esp.contributions.map((c) => [c.id, c.payer, c.base, c.place, c.monthly])).to.deep.equal([
      ['esp-payment', 'esp', 'mrp', 'city', 3450],
      ['esp-payment', 'esp', 'mrp', 'elsewhere', 1725],
    ]);
  });
});

describe('what keeps the cover, or is due after a gap', () => {
  it('asks an entrepreneur in grace for each month since the last paid one, to the end of the grace period', () => {
    const grace = result(citizen('self-employed', 'month-2'));
    expect(grace.status).to.equal('insured-grace');
    // Last paid September 2026; three months of grace: covered to the end of December.
    expect(grace.coveredUntil).to.equal('2026-12-31');
    expect(grace.payment).to.equal('self');
    expect(grace.amounts.map((a) => [a.id, a.months, a.total])).to.deep.equal([
      ['monthly', 1, 5950],
      ['keep-cover', 2, 11900],
    ]);
    expect(grace.amounts.every((a) => a.contribution === 'ie-contributions' && a.baseMultiple === 1.4)).to.equal(true);
  });

  it('gives six months of grace to one who paid 60 months: last paid June, covered to the end of December', () => {
    const sixty = result({ ...citizen('self-employed', 'month-5'), 'paid-60-months': 'yes' });
    expect(sixty.status).to.equal('insured-grace');
    expect(sixty.coveredUntil).to.equal('2026-12-31');
    expect(sixty.rules[0]).to.equal('grace-6-months-after-60');
    expect(sixty.amounts.find((a) => a.id === 'keep-cover')?.months).to.equal(5);
    // Without the 60 months, five months back is past the three months of grace.
    expect(result(citizen('self-employed', 'month-5')).status).to.equal('not-insured');
  });

  it('asks a self-payer who missed 4 to 6 of the last 12 months for those months, as a range, not twelve', () => {
    const gaps = result({ ...citizen('informal', 'with-gaps'), 'months-missed': 'months-4-6' });
    expect(gaps.status).to.equal('not-insured');
    const missed = gaps.amounts.find((a) => a.id === 'missed-months')!;
    expect([missed.months, missed.monthsUpTo, missed.total, missed.totalUpTo]).to.deep.equal([4, 6, 17000, 25500]);
    expect(gaps.amounts.map((a) => a.id)).to.not.include('twelve-months');
  });

  it('asks one who missed two months for exactly those two, and keeps the status', () => {
    const gaps = result({ ...citizen('informal', 'with-gaps'), 'months-missed': 'months-2' });
    expect(gaps.status).to.equal('insured-contributions');
    const missed = gaps.amounts.find((a) => a.id === 'missed-months')!;
    expect([missed.months, missed.total]).to.deep.equal([2, 8500]);
    expect(missed).to.not.have.property('monthsUpTo');
    expect(missed).to.not.have.property('totalUpTo');
  });

  it('tells an EAEU worker in grace what the employer owes, not a sum to pay', () => {
    const eaeu = result({
      residency: 'visitor',
      'visitor-country': 'eaeu',
      'stay-purpose': 'work',
      work: 'employee',
      'last-paid': 'month-1',
    });
    expect(eaeu.status).to.equal('insured-grace');
    expect(eaeu.packages).to.deep.equal(['osms']);
    expect(eaeu.amounts).to.deep.equal([]);
    expect(eaeu.coveredUntil).to.equal('2027-01-31');
    expect(eaeu.nextSteps[0]).to.equal('attach-with-insurance-contract');
    expect(eaeu.rules).to.include.members(['eaeu-workers-osms', 'eaeu-attachment-contract']);
    // Without a right to GOBMP, the end of the grace period leaves emergency care only.
    expect(eaeu.changes.filter((c) => c.kind === 'status')).to.deep.equal([
      { date: '2027-02-01', kind: 'status', from: 'insured-grace', to: 'emergency-only', unconfirmed: true },
    ]);
  });
});
