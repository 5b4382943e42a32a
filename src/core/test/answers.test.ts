/**
 * How the engine reads answers: answers no longer offered, the former `payments` question,
 * answers it does not know, several groups at once, dates before the data begins, and the
 * questions counted ahead for a visitor.
 */
import { expect } from '@open-wc/testing';
import {
  EPOCH,
  IncompleteAnswersError,
  LEGACY_PAYMENTS,
  QUESTIONS,
  answerGroups,
  answerMonth,
  answersFor,
  assess,
  categoriesOn,
  isExclusive,
  nextQuestion,
  question,
  questionsFor,
  readAnswer,
  type Answers,
} from '../index.js';

const DATE = '2026-11-26';
const none = ['none'] as const;
const informal: Answers = { residency: 'citizen', categories: none, work: 'informal' };

describe('answers the engine reads', () => {
  it('reads “I do not work”, offered until December 2026, as looking for work: a kandas is then in the non-working kandases’ group', () => {
    for (const [work, date] of [
      ['none', '2026-06-01'],
      ['looking-for-work', DATE],
      ['not-working', DATE],
    ] as const) {
      const kandas = assess({ residency: 'kandas', categories: none, work }, { date });
      expect(kandas.status, work).to.equal('insured-state');
      expect(kandas.categories, work).to.deep.equal(['kandas-nonworking']);
      expect(kandas.conditions, work).to.deep.equal(['while-not-working']);
      expect(kandas.reasons[1], work).to.equal('categories:kandas-nonworking');
    }
    expect(readAnswer('work', 'none')).to.equal('looking-for-work');
    expect(readAnswer('work', 'employee')).to.equal('employee');
    // An answer the question does not have is left as it is, to be ignored.
    expect(readAnswer('work', 'astronaut')).to.equal('astronaut');
    expect(readAnswer('categories', ['pensioner'])).to.deep.equal(['pensioner']);
  });

  it('treats an answer the question does not offer as no answer: the question is asked again', () => {
    const unknown = { ...informal, work: 'astronaut' } as unknown as Answers;
    expect(nextQuestion(unknown, { date: DATE })).to.equal('work');
    expect(() => assess(unknown, { date: DATE }))
      .to.throw(IncompleteAnswersError)
      .with.property('missing', 'work');
    const error = new IncompleteAnswersError('work');
    expect(error.name).to.equal('IncompleteAnswersError');
    expect(error.message).to.contain('"work" is not answered');
  });

  it('keeps two groups the state pays for whatever one does, and drops “none” and a group that needs not working beside them', () => {
    const both = assess({ residency: 'citizen', categories: ['disability', 'pensioner', 'none'] }, { date: DATE });
    // In the order of the official list, whatever the order chosen.
    expect(both.categories).to.deep.equal(['pensioner', 'disability']);
    expect(both.reasons).to.deep.equal(['residency:citizen', 'categories:pensioner', 'categories:disability']);
    const withPregnant = assess(
      { residency: 'citizen', categories: ['pregnant-nonworking', 'pensioner'] },
      { date: DATE },
    );
    expect(withPregnant.categories).to.deep.equal(['pensioner']);
    expect(withPregnant.conditions).to.deep.equal([]);
    const notWorking = assess(
      { residency: 'citizen', categories: ['parent-under3', 'pregnant-nonworking'] },
      { date: DATE },
    );
    expect(notWorking.categories).to.deep.equal(['pregnant-nonworking', 'parent-under3']);
    // Both need not working: the status holds while the person does not work.
    expect(notWorking.conditions).to.deep.equal(['while-not-working']);
    expect(isExclusive('categories', 'none')).to.equal(true);
    expect(isExclusive('categories', 'pensioner')).to.equal(false);
    expect(isExclusive('work', 'employee')).to.equal(false);
  });

  it('asks a self-payer who missed 7 to 11 months for 7 to 11 of them', () => {
    const gaps = assess({ ...informal, 'last-paid': 'with-gaps', 'months-missed': 'months-7-11' }, { date: DATE });
    expect(gaps.status).to.equal('not-insured');
    const missed = gaps.amounts.find((a) => a.id === 'missed-months')!;
    expect([missed.months, missed.monthsUpTo, missed.total, missed.totalUpTo]).to.deep.equal([7, 11, 29750, 46750]);
  });
});

describe('the former payments question', () => {
  it('reads “paying now” as up to date and “never” as never, when last-paid is not answered', () => {
    const current = assess({ ...informal, payments: 'current' }, { date: DATE });
    expect(current.status).to.equal('insured-contributions');
    expect(current.reasons).to.include('last-paid:up-to-date');
    expect(assess({ ...informal, payments: 'never' }, { date: DATE }).reasons).to.include('last-paid:never');
  });

  it('reads “stopped 1 to 3 months ago” as the third month back, so no cover is promised that may be gone', () => {
    const stopped = assess({ ...informal, payments: 'stopped-1-3', 'paid-60-months': 'no' }, { date: DATE });
    expect(stopped.status).to.equal('insured-grace');
    expect(stopped.reasons).to.include('last-paid:month-3');
    // August 2026 plus three months of grace.
    expect(stopped.coveredUntil).to.equal('2026-11-30');
  });

  it('lets an answer to last-paid win over a former one, and ignores a former answer it does not know', () => {
    const both = assess({ ...informal, 'last-paid': 'never', payments: 'current' }, { date: DATE });
    expect(both.status).to.equal('not-insured');
    for (const payments of ['bogus', 'toString', 'constructor'])
      expect(nextQuestion({ ...informal, payments } as unknown as Answers, { date: DATE }), payments).to.equal(
        'last-paid',
      );
  });

  it('offers the former question’s answers only as those the engine can read', () => {
    const payments = question('payments');
    expect(payments.fact).to.equal(question('last-paid').fact);
    expect(payments.answers.map((a) => a.id).sort()).to.deep.equal(Object.keys(LEGACY_PAYMENTS).sort());
  });
});

describe('answers kept from before a question was added', () => {
  it('reads an employee without last-paid as “I do not know”, but asks a self-payer', () => {
    const employee = assess({ residency: 'citizen', categories: none, work: 'employee' }, { date: DATE });
    expect(employee.status).to.equal('check-employer');
    expect(employee.reasons).to.include('last-paid:dont-know');
    expect(() => assess(informal, { date: DATE }))
      .to.throw(IncompleteAnswersError)
      .with.property('missing', 'last-paid');
    // An answer given is never replaced.
    expect(
      assess({ residency: 'citizen', categories: none, work: 'employee', 'last-paid': 'up-to-date' }, { date: DATE })
        .status,
    ).to.equal('insured-contributions');
  });

  it('reads a visitor without a purpose as a visit, also for a child', () => {
    for (const extra of [{}, { 'checking-for': 'child' }] as const) {
      const visitor = assess({ ...extra, residency: 'visitor', 'visitor-country': 'other' }, { date: DATE });
      expect(visitor.status).to.equal('paid-care');
      expect(visitor.reasons).to.include('stay-purpose:visit');
    }
  });
});

describe('the questions and their answers', () => {
  it('has each question answered with one answer or several, and only the groups with several', () => {
    for (const q of QUESTIONS) expect(q.kind, q.id).to.equal(q.id === 'categories' ? 'multiple' : 'single');
  });

  it('offers “I do not know” about last-paid only to people whose contributions others hold back', () => {
    expect(answersFor('last-paid', DATE, { ...informal })).to.not.include('dont-know');
    expect(answersFor('last-paid', DATE, { residency: 'citizen' })).to.not.include('dont-know');
    for (const work of ['employee', 'gph', 'platform'] as const)
      expect(answersFor('last-paid', DATE, { residency: 'citizen', work }), work).to.include('dont-know');
  });

  it('offers every group in force before the residency is known, and to a citizen all but the kandases’ own', () => {
    const all = categoriesOn(DATE).map((c) => c.id);
    expect(answersFor('categories', DATE)).to.deep.equal([...all, 'none']);
    expect(answersFor('categories', DATE, { residency: 'citizen' })).to.not.include('kandas-nonworking');
    expect(answerGroups('categories', DATE, { residency: 'kandas' }).first[0]).to.equal('kandas-nonworking');
    // Without a residency no group is the person's own.
    expect(answerGroups('categories', DATE).first[0]).to.not.equal('kandas-nonworking');
  });

  it('names a month only for last-paid answers', () => {
    expect(answerMonth('last-paid', 'month-2', DATE)).to.deep.equal({ month: '2026-09-26', orEarlier: false });
    expect(answerMonth('months-missed', 'months-2', DATE)).to.equal(undefined);
    expect(answerMonth('last-paid', 'never', DATE)).to.equal(undefined);
  });

  it('counts work and payments ahead for a visitor who may be an EAEU worker, and not for one who cannot be', () => {
    const ahead = (answers: Answers) => questionsFor(answers, { date: DATE });
    expect(ahead({ residency: 'visitor' })).to.include.members(['work', 'last-paid']);
    expect(ahead({ residency: 'visitor', 'visitor-country': 'eaeu' })).to.include.members(['work', 'last-paid']);
    expect(ahead({ residency: 'visitor', 'visitor-country': 'eaeu', 'stay-purpose': 'family' })).to.include('work');
    expect(ahead({ residency: 'visitor', 'visitor-country': 'eaeu', 'stay-purpose': 'visit' })).to.deep.equal([
      'residency',
      'visitor-country',
      'stay-purpose',
    ]);
    expect(ahead({ residency: 'visitor', 'visitor-country': 'other' })).to.deep.equal([
      'residency',
      'visitor-country',
      'stay-purpose',
    ]);
  });
});

describe('rules dates', () => {
  it('reads a day before the data begins as its first day, and says the day asked for', () => {
    const pensioner: Answers = { residency: 'citizen', categories: ['pensioner'] };
    const early = assess(pensioner, { date: '2010-03-01' });
    const first = assess(pensioner, { date: EPOCH });
    expect(early.rulesDate).to.equal('2010-03-01');
    expect({ ...early, rulesDate: EPOCH }).to.deep.equal(first);
    expect(early.status).to.equal('not-insured');
    expect(early.rules).to.include('no-osms-before-2020');
  });
});
