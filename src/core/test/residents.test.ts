/**
 * The checker as residents answer it: a parent checking for a child, a self-payer who
 * pays again after missed months, the categories offered first, and where to check.
 */
import { expect } from '@open-wc/testing';
import {
  FIRST_CATEGORIES,
  answerGroups,
  answersFor,
  assess,
  nextQuestion,
  questionsFor,
  type Answers,
} from '../index.js';

const DATE = '2026-11-26';
const child = (extra: Answers): Answers => ({ 'checking-for': 'child', ...extra });

describe('checking for a child', () => {
  it('is never asked as a step: without an answer the check is about the reader', () => {
    expect(nextQuestion({}, { date: DATE })).to.equal('residency');
    expect(questionsFor({ residency: 'citizen' }, { date: DATE })[0]).to.equal('residency');
    const self = assess({ residency: 'citizen', categories: ['pensioner'] }, { date: DATE });
    expect(self.checkingFor).to.equal('self');
    expect(self.reasons).to.not.include('checking-for:self');
  });

  it('puts a resident child in the state-paid group without asking about groups, work or payments', () => {
    for (const residency of ['citizen', 'kandas', 'permit'] as const) {
      const answers = child({ residency });
      expect(questionsFor(answers, { date: DATE }), residency).to.deep.equal(['checking-for', 'residency']);
      expect(nextQuestion(answers, { date: DATE }), residency).to.equal('done');
      const result = assess(answers, { date: DATE });
      expect(result.checkingFor).to.equal('child');
      expect(result.status, residency).to.equal('insured-state');
      expect(result.categories).to.deep.equal(['child']);
      expect(result.reasons).to.deep.equal(['checking-for:child', `residency:${residency}`, 'categories:child']);
      expect(result.nextSteps[0], 'attachment comes first').to.equal('child-attach-polyclinic');
      expect(result.nextSteps).to.include.members(['child-register-birth', 'child-turns-18', 'hotline-1406']);
      // The apps and egov.kz show the reader's own status, not the child's.
      expect(
        result.nextSteps.filter((id) => id.startsWith('check-status') || id === 'fix-preferential-status'),
      ).to.deep.equal([]);
      expect(result.amounts).to.deep.equal([]);
    }
  });

  it('gives the reader the steps for a child only when checking for one', () => {
    const adult = assess({ residency: 'citizen', categories: ['pensioner'] }, { date: DATE });
    expect(adult.nextSteps.filter((id) => id.startsWith('child-'))).to.deep.equal([]);
  });

  it('asks a visiting child’s citizenship and keeps the visitor outcomes', () => {
    expect(nextQuestion(child({ residency: 'visitor' }), { date: DATE })).to.equal('visitor-country');
    const visit = { 'stay-purpose': 'visit' } as const;
    expect(assess(child({ residency: 'visitor', 'visitor-country': 'cis', ...visit }), { date: DATE }).status).to.equal(
      'emergency-only',
    );
    expect(
      assess(child({ residency: 'visitor', 'visitor-country': 'other', ...visit }), { date: DATE }).status,
    ).to.equal('paid-care');
    // A child does not come to work.
    expect(answersFor('stay-purpose', DATE, child({ residency: 'visitor' }))).to.not.include('work');
  });

  it('asks who pays for a child in an EAEU worker’s family, never about the child’s work', () => {
    const answers = child({ residency: 'eaeu-worker' });
    expect(nextQuestion(answers, { date: DATE })).to.equal('last-paid');
    expect(questionsFor(answers, { date: DATE })).to.not.include('work');
    const result = assess({ ...answers, 'last-paid': 'up-to-date' }, { date: DATE });
    expect(result.status).to.equal('insured-contributions');
    expect(result.reasons).to.not.include('work:none');
  });

  it('knows no state-paid group before OSMS began', () => {
    expect(assess(child({ residency: 'citizen' }), { date: '2019-06-01' }).status).to.equal('not-insured');
  });
});

describe('paying again after missed months', () => {
  const gaps: Answers = { residency: 'citizen', categories: ['none'], work: 'none', 'last-paid': 'with-gaps' };

  it('is not insured after more months missed than the grace period, until they are paid; paying them comes first', () => {
    const long = { ...gaps, 'months-missed': 'months-4-6' } as const;
    const entrepreneur = assess({ ...long, work: 'self-employed' }, { date: DATE });
    expect(entrepreneur.status).to.equal('not-insured');
    expect(entrepreneur.nextSteps[0]).to.equal('pay-arrears');
    // Someone looking for work registers as unemployed first: the state then pays from now on.
    const result = assess(long, { date: DATE });
    expect(result.status).to.equal('not-insured');
    expect(result.nextSteps.slice(0, 2)).to.deep.equal(['register-unemployed', 'pay-arrears']);
    expect(result.rules).to.include('self-payer-gaps');
    expect(result.unconfirmedBy).to.include('rule:self-payer-gaps');
    // What is due is the missed months, 4 to 6 of them, not twelve.
    const missed = result.amounts.find((a) => a.id === 'missed-months');
    expect(missed).to.deep.include({ months: 4, monthsUpTo: 6, total: 17_000, totalUpTo: 25_500 });
    expect(result.amounts.map((a) => a.id)).to.not.include('twelve-months');
  });

  it('is judged by the same grace rule as stopping: a gap of up to 3 months kept the status', () => {
    for (const months of ['months-1', 'months-2', 'months-3'] as const) {
      const result = assess({ ...gaps, work: 'not-working', 'months-missed': months }, { date: DATE });
      expect(result.status, months).to.equal('insured-contributions');
      expect(result.nextSteps[0], months).to.equal('pay-arrears');
      const missed = result.amounts.find((a) => a.id === 'missed-months')!;
      expect(missed.total, months).to.equal(4250 * missed.months);
    }
    // Someone stopping 1–3 months ago is still insured too: a gap is never judged harder.
    expect(assess({ ...gaps, 'last-paid': 'month-2', 'paid-60-months': 'no' }, { date: DATE }).status).to.equal(
      'insured-grace',
    );
  });

  it('is offered only since the 12-month rule (before it 3 months were enough)', () => {
    expect(answersFor('last-paid', '2021-06-30')).to.not.include('with-gaps');
    expect(answersFor('last-paid', '2021-07-01')).to.include('with-gaps');
  });

  it('is not the same as paying without gaps', () => {
    const paying = assess({ ...gaps, 'last-paid': 'up-to-date' }, { date: DATE });
    expect(paying.status).to.equal('insured-contributions');
  });
});

describe('the groups offered first', () => {
  for (const residency of ['citizen', 'kandas', 'permit'] as const) {
    it(`offers every group in force exactly once, the frequent first and “None” last among them (${residency})`, () => {
      for (const date of ['2020-03-01', '2023-01-01', DATE]) {
        const offered = answersFor('categories', date, { residency });
        const { first, more } = answerGroups('categories', date, { residency });
        expect([...first, ...more].sort(), date).to.deep.equal([...offered].sort());
        expect(first.at(-1), date).to.equal('none');
        // A kandas's own group comes first: the residency answer already says kandas.
        const own = residency === 'kandas' ? ['kandas-nonworking'] : [];
        expect(first.slice(0, -1), date).to.deep.equal([
          ...own,
          ...FIRST_CATEGORIES.filter((c) => offered.includes(c)),
        ]);
        expect(more, date).to.not.include('none');
      }
    });
  }

  it('keeps every other question in one group, in its order', () => {
    expect(answerGroups('work', DATE)).to.deep.equal({ first: answersFor('work', DATE), more: [] });
  });
});

describe('an EAEU worker', () => {
  it('is told first to attach in person with an imputed or voluntary contract, whatever the work', () => {
    for (const answers of [
      { residency: 'eaeu-worker', work: 'employee', 'last-paid': 'dont-know' },
      { residency: 'eaeu-worker', work: 'gph', 'last-paid': 'up-to-date' },
      { residency: 'eaeu-worker', work: 'none', 'last-paid': 'never' },
      { residency: 'eaeu-worker', work: 'none', 'last-paid': 'month-1', 'paid-60-months': 'no' },
    ] as Answers[]) {
      const steps = assess(answers, { date: DATE }).nextSteps;
      expect(steps[0], JSON.stringify(answers)).to.equal('attach-with-insurance-contract');
    }
  });
});

describe('where to check the status', () => {
  it('names the apps most people use before egov.kz', () => {
    const steps = assess({ residency: 'citizen', categories: ['pensioner'] }, { date: DATE }).nextSteps;
    expect(steps.indexOf('check-status-app')).to.be.within(0, steps.indexOf('check-status-egov') - 1);
  });
});
