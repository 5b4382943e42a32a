/**
 * The first steps each person is told, by how they work and why they are here: who to ask
 * when withheld contributions stop arriving, how a self-payer pays, registering as
 * unemployed only for residents looking for work, and the insurance that pays for a
 * foreigner's care.
 */
import { expect } from '@open-wc/testing';
import {
  QUESTIONS,
  RULES,
  CONTRIBUTION_PAYERS,
  NOT_WORKING,
  SELF_PAYING,
  assess,
  type Answers,
  type Match,
  type NextStepId,
  type Work,
} from '../index.js';
import { citizen } from './citizen.js';

const DATE = '2026-11-26';
const steps = (answers: Answers, date = DATE): NextStepId[] =>
  assess({ 'paid-60-months': 'no', ...answers }, { date }).nextSteps;
/** The steps that say who should pay, or how to pay, in grace and after it. */
const PAYING: readonly NextStepId[] = [
  'ask-employer-arrears',
  'ask-payer',
  'complain-unpaid-contributions',
  'private-client-pay-yourself',
  'register-unemployed',
  'pay-as-ie',
  'pay-in-self-employed-regime',
  'join-self-employed-regime',
  'pay-esp',
  'pay-self-payer',
  'pay-arrears',
];
const paying = (answers: Answers, date = DATE) => steps(answers, date).filter((s) => PAYING.includes(s));

describe('when contributions stop arriving', () => {
  it('tells an employee to ask the employer and to complain, a contractor to ask the tax agent or pay as a private client’s contractor, a platform worker to ask the platform', () => {
    for (const lastPaid of ['month-1', 'over-6-months'] as const) {
      expect(paying(citizen('employee', lastPaid)), lastPaid).to.deep.equal([
        'ask-employer-arrears',
        'complain-unpaid-contributions',
      ]);
      expect(paying(citizen('gph', lastPaid)), lastPaid).to.deep.equal([
        'ask-payer',
        'complain-unpaid-contributions',
        'private-client-pay-yourself',
      ]);
      expect(paying(citizen('platform', lastPaid)), lastPaid).to.deep.equal(['ask-payer']);
    }
  });
});

describe('how one who pays for themselves pays', () => {
  it('names the way of paying that fits the work, in grace first the missed months', () => {
    expect(paying(citizen('self-employed', 'month-1'))).to.deep.equal(['pay-arrears', 'pay-as-ie']);
    expect(paying(citizen('self-employed-regime', 'month-1'))).to.deep.equal([
      'pay-arrears',
      'pay-in-self-employed-regime',
    ]);
    expect(paying(citizen('informal', 'month-1'))).to.deep.equal([
      'pay-arrears',
      'join-self-employed-regime',
      'pay-self-payer',
    ]);
    expect(paying(citizen('not-working', 'month-1'))).to.deep.equal(['pay-arrears', 'pay-self-payer']);
    expect(paying(citizen('esp', 'month-1'), '2023-06-01')).to.deep.equal(['pay-arrears', 'pay-esp']);
  });

  // (A kandas who does not work is in the non-working kandases' group.)
  it('tells a kandas who earns without a contract to pay as a self-payer or join the regime, and to pay ahead', () => {
    const kandas = steps({ residency: 'kandas', categories: ['none'], work: 'informal', 'last-paid': 'over-6-months' });
    expect(kandas.filter((s) => PAYING.includes(s))).to.deep.equal([
      'join-self-employed-regime',
      'pay-self-payer',
      'pay-arrears',
    ]);
    expect(kandas).to.include('prepay-12-months');
  });

  it('names the single aggregate payment only to those who paid it', () => {
    expect(paying(citizen('informal', 'over-6-months'), '2023-06-01')).to.deep.equal(['pay-self-payer', 'pay-arrears']);
  });

  it('tells a resident looking for work to register as unemployed first, not a refugee or one who is not looking', () => {
    for (const residency of ['citizen', 'permit'] as const)
      expect(
        paying({ residency, categories: ['none'], work: 'looking-for-work', 'last-paid': 'over-6-months' }),
        residency,
      ).to.deep.equal(['register-unemployed', 'pay-self-payer', 'pay-arrears']);
    expect(paying(citizen('not-working', 'over-6-months'))).to.deep.equal(['pay-self-payer', 'pay-arrears']);
    const refugee = steps({
      residency: 'refugee',
      categories: ['none'],
      work: 'looking-for-work',
      'last-paid': 'never',
    });
    expect(refugee.filter((s) => PAYING.includes(s))).to.deep.equal([]);
    expect(refugee).to.include('refugee-if-working');
  });
});

describe('a foreigner’s steps', () => {
  const visitor = (country: 'eaeu' | 'cis' | 'other', purpose: 'work' | 'study' | 'family' | 'visit') =>
    steps({
      residency: 'visitor',
      'visitor-country': country,
      'stay-purpose': purpose,
      work: 'employee',
      'last-paid': 'up-to-date',
    });

  it('tells an EAEU worker and family to attach with an insurance contract first, and to call 103 in an emergency', () => {
    for (const purpose of ['work', 'family'] as const) {
      const eaeu = visitor('eaeu', purpose);
      expect(eaeu[0], purpose).to.equal('attach-with-insurance-contract');
      expect(eaeu, purpose).to.include('emergency-103');
    }
    expect(steps(citizen('employee', 'month-1'))).to.not.include.members(['attach-with-insurance-contract']);
    expect(steps(citizen('employee', 'month-1'))).to.not.include('emergency-103');
  });

  it('names the insurance by why the visitor is here; a residence permit’s policy is not asked of EAEU citizens', () => {
    for (const country of ['cis', 'other'] as const) {
      expect(visitor(country, 'work'), country).to.deep.equal([
        'emergency-103',
        'work-insurance-contract',
        'voluntary-insurance',
      ]);
      for (const purpose of ['study', 'family'] as const)
        expect(visitor(country, purpose), `${country} ${purpose}`).to.deep.equal([
          'emergency-103',
          'residence-permit-insurance',
          'voluntary-insurance',
        ]);
      expect(visitor(country, 'visit'), country).to.deep.equal([
        'emergency-103',
        'travel-insurance',
        'voluntary-insurance',
      ]);
    }
    expect(visitor('eaeu', 'study')).to.deep.equal(['emergency-103', 'voluntary-insurance']);
  });
});

describe('the former answer “I do not work”', () => {
  it('stands wherever the answer it is read as stands: in the lists of work and in every step’s condition', () => {
    const former = QUESTIONS.find((q) => q.id === 'work')!.answers.filter((a) => a.readAs !== undefined);
    expect(former.length).to.be.greaterThan(0);
    const lists: (readonly string[])[] = [NOT_WORKING, SELF_PAYING];
    for (const r of RULES)
      for (const ref of 'decide' in r && r.decide ? r.decide.nextSteps : [])
        if (typeof ref !== 'string') {
          const when: Match = ref.when;
          if (when.work) lists.push(when.work);
        }
    for (const answer of former)
      for (const list of lists) expect(list.includes(answer.readAs!), answer.id).to.equal(list.includes(answer.id));
    for (const answer of former)
      expect(CONTRIBUTION_PAYERS[answer.id as Work], answer.id).to.deep.equal(
        CONTRIBUTION_PAYERS[answer.readAs as Work],
      );
  });
});
