/**
 * The situations people ask about most, each at dates before and after the changes of
 * 2026-01-01 and 2027-01-01: time in the status, who withholds, visitors, EAEU workers,
 * welfare levels, refugees, unconfirmed facts, amounts, upcoming changes, incomplete answers.
 */
import { expect } from '@open-wc/testing';
import {
  IncompleteAnswersError,
  answerMonth,
  assess,
  changeWithin,
  nextQuestion,
  rule,
  type Answers,
  type Assessment,
  type IsoDate,
} from '../index.js';

const none = ['none'] as const;
const notWorking = (lastPaid: Answers['last-paid'], extra: Answers = {}): Answers => ({
  residency: 'citizen',
  categories: none,
  work: 'none',
  'last-paid': lastPaid,
  ...extra,
});

describe('time in the status after the last paid month, whoever paid it', () => {
  it('keeps a person dismissed two months ago insured until the end of the third month', () => {
    for (const [date, until] of [
      ['2025-06-10', '2025-07-31'],
      ['2026-11-26', '2026-12-31'],
      ['2027-03-01', '2027-04-30'],
    ] as const) {
      const answers = notWorking('month-2', date >= '2026' ? { 'paid-60-months': 'no' } : {});
      const result = assess(answers, { date });
      expect(result.status, date).to.equal('insured-grace');
      expect(result.coveredUntil, date).to.equal(until);
      expect(result.packages, date).to.deep.equal(['gobmp', 'osms']);
      expect(result.nextSteps[0], 'registering as unemployed comes first').to.equal('register-unemployed');
    }
  });

  it('counts six months after 60 months in a row from 2026 only', () => {
    expect(assess(notWorking('month-5'), { date: '2025-11-01' }).status).to.equal('not-insured');
    const result = assess(notWorking('month-5', { 'paid-60-months': 'yes' }), { date: '2026-11-01' });
    expect(result.status).to.equal('insured-grace');
    expect(result.coveredUntil).to.equal('2026-12-31');
    expect(result.rules).to.include('grace-6-months-after-60');
    const short = assess(notWorking('month-2', { 'paid-60-months': 'yes' }), { date: '2026-11-01' });
    expect(short.coveredUntil, 'the longer period also applies two months after').to.equal('2027-03-31');
    expect(assess(notWorking('month-5', { 'paid-60-months': 'no' }), { date: '2026-11-01' }).status).to.equal(
      'not-insured',
    );
  });

  it('ends the cover after the last month of grace', () => {
    expect(assess(notWorking('month-3'), { date: '2025-03-31' }).coveredUntil).to.equal('2025-03-31');
    expect(assess(notWorking('month-4'), { date: '2025-04-01' }).status).to.equal('not-insured');
    expect(assess(notWorking('over-6-months', {}), { date: '2026-06-01' }).status).to.equal('not-insured');
  });

  it('reads the former payments answers as the earliest month they can mean', () => {
    const legacy = (payments: Answers['payments']) =>
      assess({ residency: 'citizen', categories: none, work: 'none', payments }, { date: '2025-06-15' });
    const stopped = legacy('stopped-1-3');
    expect(stopped.status).to.equal('insured-grace');
    expect(stopped.coveredUntil).to.equal('2025-06-30');
    // Each former answer, said back as the last-paid answer it stands for.
    for (const [payments, lastPaid, status] of [
      ['current', 'up-to-date', 'insured-contributions'],
      ['stopped-1-3', 'month-3', 'insured-grace'],
      ['stopped-4-6', 'month-6', 'not-insured'],
      ['stopped-more', 'over-6-months', 'not-insured'],
      ['never', 'never', 'not-insured'],
    ] as const) {
      const result = legacy(payments);
      expect(result.reasons, payments).to.include(`last-paid:${lastPaid}`);
      expect(result.status, payments).to.equal(status);
    }
  });
});

describe('civil-law contracts and platforms', () => {
  it('asks to check that the payer withholds, before and after 2026', () => {
    for (const date of ['2025-06-01', '2026-06-01', '2027-06-01']) {
      const result = assess(
        { residency: 'citizen', categories: none, work: 'gph', 'last-paid': 'dont-know' },
        { date },
      );
      expect(result.status, date).to.equal('check-payer');
      expect(result.nextSteps, date).to.include.members(['ask-payer', 'private-client-pay-yourself']);
      expect(result.contributions.map((c) => c.payer)).to.deep.equal(['gph']);
    }
    const platform = assess(
      { residency: 'citizen', categories: none, work: 'platform', 'last-paid': 'dont-know' },
      { date: '2026-06-01' },
    );
    expect(platform.status).to.equal('check-payer');
    expect(platform.contributions[0]?.rate).to.equal(1);
  });
});

describe('visitors and EAEU workers', () => {
  it('promises free emergency care to CIS citizens only', () => {
    for (const date of ['2019-06-01', '2025-06-01', '2027-06-01']) {
      const cis = assess({ residency: 'visitor', 'visitor-country': 'cis', 'stay-purpose': 'visit' }, { date });
      const other = assess({ residency: 'visitor', 'visitor-country': 'other', 'stay-purpose': 'visit' }, { date });
      expect(cis.status, date).to.equal('emergency-only');
      if (date >= '2020') expect(cis.keptCare, date).to.include('visitor-emergency');
      expect(other.status, date).to.equal('paid-care');
      if (date >= '2020') expect(other.keptCare, date).to.deep.equal(['visitor-dangerous-diseases']);
      // An emergency first, for every visitor; then what pays for the rest.
      expect(other.nextSteps.slice(0, 2), date).to.deep.equal(['emergency-103', 'travel-insurance']);
    }
  });

  it('sends uninsured EAEU workers to attach in person, not to pay for themselves', () => {
    for (const date of ['2024-06-01', '2026-06-01', '2027-06-01']) {
      const result = assess({ residency: 'eaeu-worker', work: 'none', 'last-paid': 'never' }, { date });
      expect(result.status, date).to.equal('emergency-only');
      expect(result.nextSteps, date).to.include('attach-with-insurance-contract');
      expect(result.nextSteps, date).not.to.include.members(['pay-self-payer']);
      expect(result.amounts, date).to.deep.equal([]);
    }
    expect(
      assess({ residency: 'eaeu-worker', work: 'employee', 'last-paid': 'dont-know' }, { date: '2026-06-01' })
        .nextSteps,
    ).to.include('attach-with-insurance-contract');
  });
});

describe('conditions on the status', () => {
  it('names attachment and the charge on seeking care for the crisis welfare level', () => {
    for (const date of ['2026-01-01', '2027-06-01']) {
      const result = assess({ residency: 'citizen', categories: ['crisis-welfare-level'], work: 'none' }, { date });
      expect(result.status, date).to.equal('insured-state');
      expect(result.payer, date).to.equal('local');
      expect(result.conditions, date).to.deep.equal([
        'while-not-working',
        'attached-to-polyclinic',
        'charged-when-seeking-care',
      ]);
    }
    // Before 2026 the welfare level was no category of its own: the answer is not offered.
    expect(() =>
      assess({ residency: 'citizen', categories: ['crisis-welfare-level'], work: 'none' }, { date: '2025-06-01' }),
    ).to.throw(IncompleteAnswersError);
  });

  it('sets no condition when a category applies whatever one does', () => {
    const result = assess(
      { residency: 'citizen', categories: ['pensioner', 'pregnant-nonworking'] },
      { date: '2026-06-01' },
    );
    expect(result.conditions).to.deep.equal([]);
  });
});

describe('refugees', () => {
  it('are not told why it pays to join what they cannot join', () => {
    for (const date of ['2025-06-01', '2026-06-01', '2027-06-01']) {
      const refugee = assess({ residency: 'refugee' }, { date });
      expect(refugee.status, date).to.equal('not-insured');
      expect(refugee.packages, date).to.deep.equal(['gobmp']);
      expect(refugee.canJoin, date).to.equal(false);
    }
    expect(assess(notWorking('never'), { date: '2026-06-01' }).canJoin).to.equal(true);
  });
});

describe('unconfirmed facts', () => {
  it('flag a status decided by an unconfirmed category, budget or rule', () => {
    const assistance = assess(
      { residency: 'citizen', categories: ['social-assistance'], work: 'none' },
      { date: '2026-06-01' },
    );
    expect(assistance.unconfirmedBy).to.include('category:social-assistance');
    const military = assess({ residency: 'citizen', categories: ['military'] }, { date: '2026-06-01' });
    expect(military.unconfirmedBy).to.include('budget:military');
    const grace = assess(notWorking('month-1', { 'paid-60-months': 'no' }), { date: '2026-06-01' });
    expect(grace.unconfirmedBy).to.include('rule:grace-3-months');
  });

  it('name only facts that are unconfirmed', () => {
    const child = assess({ residency: 'citizen', categories: ['child'] }, { date: '2026-06-01' });
    for (const ref of child.unconfirmedBy) {
      const [kind, id] = ref.split(':');
      if (kind === 'rule') expect(rule(id as never).unconfirmed, ref).to.equal(true);
    }
    expect(child.unconfirmedBy).not.to.include('category:child');
  });
});

describe('how much', () => {
  const amount = (r: Assessment, id: string) => r.amounts.find((a) => a.id === id);

  it('gives a self-payer the monthly and yearly sums from the minimum wage of the year', () => {
    const result = assess(notWorking('never'), { date: '2026-06-01' });
    expect(amount(result, 'monthly')).to.deep.include({ total: 4250, rate: 5, baseMultiple: 1, minimumWage: 85000 });
    expect(amount(result, 'twelve-months')?.total).to.equal(51000);
    expect(assess(notWorking('never'), { date: '2023-06-01' }).amounts[0]?.total).to.equal(3500);
  });

  it('gives an entrepreneur 5% of 1.4 minimum wages', () => {
    const result = assess(
      { residency: 'citizen', categories: none, work: 'self-employed', 'last-paid': 'up-to-date' },
      { date: '2026-06-01' },
    );
    expect(amount(result, 'monthly')?.total).to.equal(5950);
  });

  it('gives a person in grace what keeps the cover', () => {
    const result = assess(notWorking('month-2', { 'paid-60-months': 'no' }), { date: '2026-06-01' });
    expect(amount(result, 'keep-cover')).to.deep.include({ months: 2, total: 8500 });
  });

  it('leaves the sum out where the minimum wage of the year is not yet set', () => {
    const result = assess(notWorking('never'), { date: '2027-02-01' });
    expect(amount(result, 'monthly')).to.deep.include({ rate: 5, baseMultiple: 1 });
    expect(amount(result, 'monthly')?.total).to.equal(undefined);
  });
});

describe('what changes within 12 months', () => {
  const kinds = (date: IsoDate, answers: Answers) => assess(answers, { date }).changes;

  it('tells a person in grace the day the cover ends', () => {
    const changes = kinds('2026-11-26', notWorking('month-2', { 'paid-60-months': 'no' }));
    // The day rests on the unconfirmed grace rule: said as such.
    expect(changes[0]).to.deep.equal({
      date: '2027-01-01',
      kind: 'status',
      from: 'insured-grace',
      to: 'not-insured',
      unconfirmed: true,
    });
  });

  it('tells when the cover ends even where that day’s path cannot be walked (ESP ended with 2023)', () => {
    const changes = kinds('2023-10-01', {
      residency: 'citizen',
      categories: none,
      work: 'esp',
      'last-paid': 'month-1',
    });
    expect(changes.find((c) => c.kind === 'status')).to.deep.equal({
      date: '2024-01-01',
      kind: 'status',
      from: 'insured-grace',
      to: 'not-insured',
      unconfirmed: true,
    });
  });

  it('tells the registered unemployed that the local budget pays from 2026', () => {
    const changes = kinds('2025-06-01', { residency: 'citizen', categories: ['unemployed-registered'], work: 'none' });
    expect(changes).to.deep.include({ date: '2026-01-01', kind: 'payer', from: 'republican', to: 'local' });
    expect(
      kinds('2026-06-01', { residency: 'citizen', categories: ['unemployed-registered'], work: 'none' }),
    ).not.to.deep.include({
      date: '2026-01-01',
      kind: 'payer',
      from: 'republican',
      to: 'local',
    });
  });

  it('tells a self-payer that the 2027 amount is not set yet', () => {
    const changes = kinds('2026-11-26', notWorking('up-to-date'));
    expect(changes).to.deep.include({
      date: '2027-01-01',
      kind: 'amount',
      contribution: 'self-payer-contributions',
      from: 4250,
      unconfirmed: true,
    });
  });

  it('says nothing of changes more than 12 months away or in the past', () => {
    const changes = kinds('2024-06-01', { residency: 'citizen', categories: ['unemployed-registered'], work: 'none' });
    expect(changes.filter((c) => c.date >= '2025-06-02')).to.deep.equal([]);
    for (const c of kinds('2026-11-26', notWorking('up-to-date')))
      expect(c.date > '2026-11-26' && c.date <= '2027-11-26').to.equal(true);
  });
});

describe('answers complete before a question was added', () => {
  // What 0.1.0 gave these paths, written out: the questions added since do not break them.
  const before: [Answers, string][] = [
    [{ residency: 'citizen', categories: none, work: 'employee' }, 'check-employer'],
    [{ residency: 'kandas', categories: none, work: 'gph' }, 'check-payer'],
    [{ residency: 'citizen', categories: none, work: 'platform' }, 'check-payer'],
    [{ residency: 'visitor', 'visitor-country': 'cis' }, 'emergency-only'],
    [{ residency: 'visitor', 'visitor-country': 'other' }, 'paid-care'],
  ];

  it('keep the status they gave', () => {
    for (const [answers, status] of before) {
      expect(assess(answers, { date: '2026-06-01' }).status, JSON.stringify(answers)).to.equal(status);
    }
  });

  it('are still asked the new question in the checker', () => {
    expect(nextQuestion(before[0]![0], { date: '2026-06-01' })).to.equal('last-paid');
    expect(nextQuestion(before[4]![0], { date: '2026-06-01' })).to.equal('stay-purpose');
  });
});

describe('incomplete answers', () => {
  it('throw an error naming the missing question', () => {
    const cases: [Answers, string][] = [
      [{}, 'residency'],
      [{ residency: 'visitor' }, 'visitor-country'],
      [{ residency: 'citizen', categories: none }, 'work'],
      [{ residency: 'citizen', categories: none, work: 'none' }, 'last-paid'],
      // "I do not know" is no answer for someone who pays for themselves.
      [{ residency: 'citizen', categories: none, work: 'informal' }, 'last-paid'],
      [{ residency: 'citizen', categories: none, work: 'informal', 'last-paid': 'with-gaps' }, 'months-missed'],
      [notWorking('month-2'), 'paid-60-months'],
    ];
    for (const [answers, missing] of cases) {
      let error: unknown;
      try {
        assess(answers, { date: '2026-06-01' });
      } catch (e) {
        error = e;
      }
      expect(error, missing).to.be.instanceOf(IncompleteAnswersError);
      expect((error as IncompleteAnswersError).missing).to.equal(missing);
    }
  });
});

describe('changeWithin', () => {
  it('finds items that start or end within 12 months of the rules date', () => {
    const item = { since: '2027-01-01', until: '2027-12-31' };
    expect(changeWithin(item, '2026-11-26')).to.deep.equal({ kind: 'starts', date: '2027-01-01' });
    expect(changeWithin(item, '2025-12-31')).to.equal(undefined);
    expect(changeWithin(item, '2027-01-01')).to.deep.equal({ kind: 'ends', date: '2027-12-31' });
    expect(changeWithin(item, '2026-12-31', 12)).to.deep.equal({ kind: 'starts', date: '2027-01-01' });
    expect(changeWithin({ since: '2020-01-01' }, '2026-11-26')).to.equal(undefined);
    expect(changeWithin({ since: '2020-01-01', until: '2026-12-31' }, '2026-11-26')).to.deep.equal({
      kind: 'ends',
      date: '2026-12-31',
    });
  });
});

describe('the transitional rules of Law 405-V art. 40', () => {
  it('gave everyone taking part in OSMS its care in the first half of 2020', () => {
    const answers = notWorking('never');
    const early = assess(answers, { date: '2020-03-01' });
    expect(early.status).to.equal('insured-transition');
    expect(early.packages).to.deep.equal(['gobmp', 'osms']);
    expect(assess(answers, { date: '2020-07-01' }).status).to.equal('not-insured');
    expect(assess({ residency: 'refugee' }, { date: '2020-03-01' }).status, 'refugees do not take part').to.equal(
      'not-insured',
    );
  });

  it('cites 3 months for self-payers until 1 July 2021, then 12', () => {
    const answers = notWorking('up-to-date');
    expect(assess(answers, { date: '2021-06-30' }).rules)
      .to.include('self-payer-3-months')
      .and.not.include('self-payer-12-months');
    expect(assess(answers, { date: '2021-07-01' }).rules)
      .to.include('self-payer-12-months')
      .and.not.include('self-payer-3-months');
  });
});

describe('military and law-enforcement staff', () => {
  it('are exempt from 2026 and not sent to a Public Service Centre', () => {
    const before = assess({ residency: 'citizen', categories: ['military'] }, { date: '2025-06-01' });
    const after = assess({ residency: 'citizen', categories: ['military'] }, { date: '2026-06-01' });
    expect(before.payer).to.equal('republican');
    expect(after.payer).to.equal('exempt');
    expect(after.nextSteps).to.include('ask-service-personnel').and.not.include('fix-preferential-status');
    expect(assess({ residency: 'citizen', categories: ['pensioner'] }, { date: '2026-06-01' }).nextSteps).to.include(
      'fix-preferential-status',
    );
  });
});

describe('answerMonth', () => {
  it('names the month a last-paid answer stands for, counted back from the rules date', () => {
    expect(answerMonth('last-paid', 'month-2', '2026-11-26')).to.deep.equal({ month: '2026-09-26', orEarlier: false });
    expect(answerMonth('last-paid', 'over-6-months', '2026-11-26')).to.deep.equal({
      month: '2026-04-26',
      orEarlier: true,
    });
    expect(answerMonth('last-paid', 'never', '2026-11-26')).to.equal(undefined);
    expect(answerMonth('work', 'none', '2026-11-26')).to.equal(undefined);
  });
});
