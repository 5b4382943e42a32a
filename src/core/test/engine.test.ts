import { expect } from '@open-wc/testing';
import {
  CATEGORIES,
  CONDITIONS,
  CONTRIBUTIONS,
  KEPT_CARE,
  NEXT_STEPS,
  PROOFS,
  QUESTIONS,
  RULES,
  SERVICES,
  answersFor,
  assess,
  categoriesOn,
  category,
  conditionsOn,
  contributionsOn,
  isIsoDate,
  monthlyAmount,
  nextQuestion,
  numberOn,
  questionsFor,
  servicesOn,
  today,
  type AnswerRef,
  type Answers,
  type IsoDate,
  type NextStepId,
  type PackageId,
  type Route,
  type RuleId,
  type Status,
} from '../index.js';

interface Situation {
  name: string;
  date: IsoDate;
  answers: Answers;
  status: Status;
  route: Route;
  packages: PackageId[];
  reasons?: AnswerRef[];
  nextSteps?: NextStepId[];
  rules?: RuleId[];
  payer?: 'republican' | 'local';
  /** The questions this person sees, in order. */
  questions?: string[];
  /** Steps that must not be offered. */
  notSteps?: NextStepId[];
  coveredUntil?: IsoDate;
  keptCare?: string[];
  conditions?: string[];
}

const Y2025 = '2025-06-01';
const Y2026 = '2026-06-01';
const none = ['none'] as const;

const SITUATIONS: Situation[] = [
  {
    name: 'a working citizen whose employer pays',
    date: Y2025,
    answers: { residency: 'citizen', categories: none, work: 'employee', 'last-paid': 'dont-know' },
    status: 'check-employer',
    route: 'employer',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:none', 'work:employee', 'last-paid:dont-know'],
    nextSteps: ['check-status-egov', 'ask-employer'],
    rules: ['employer-pays', 'osms-start'],
    questions: ['residency', 'categories', 'work', 'last-paid'],
  },
  {
    name: 'an employee whose contributions arrive every month',
    date: Y2025,
    answers: { residency: 'citizen', categories: none, work: 'employee', 'last-paid': 'up-to-date' },
    status: 'insured-contributions',
    route: 'employer',
    packages: ['gobmp', 'osms'],
    rules: ['withheld-contributions-arrive'],
    notSteps: ['ask-employer-arrears', 'register-unemployed'],
  },
  {
    name: 'a self-employed person who stopped paying 5 months ago',
    date: Y2025,
    answers: { residency: 'citizen', categories: none, work: 'self-employed', 'last-paid': 'month-5' },
    status: 'not-insured',
    route: 'none',
    packages: ['gobmp'],
    reasons: ['residency:citizen', 'categories:none', 'work:self-employed', 'last-paid:month-5'],
    nextSteps: ['pay-as-ie', 'pay-arrears'],
    notSteps: ['prepay-12-months', 'register-unemployed'],
    rules: ['not-paying', 'self-payer-12-months'],
    questions: ['residency', 'categories', 'work', 'last-paid'],
  },
  {
    name: 'a registered unemployed person in 2025 (republican budget)',
    date: Y2025,
    answers: { residency: 'citizen', categories: ['unemployed-registered'] },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:unemployed-registered'],
    questions: ['residency', 'categories'],
    nextSteps: ['check-status-egov', 'fix-preferential-status'],
    rules: ['state-pays-categories', 'preferential-status-fix'],
    payer: 'republican',
  },
  {
    name: 'a registered unemployed person in 2026 (local budget)',
    date: Y2026,
    answers: { residency: 'citizen', categories: ['unemployed-registered'] },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:unemployed-registered'],
    rules: ['state-pays-categories', 'local-budget-categories'],
    payer: 'local',
  },
  {
    name: 'a full-time student is not asked about work',
    date: Y2025,
    answers: { residency: 'citizen', categories: ['student'] },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:student'],
    questions: ['residency', 'categories'],
    payer: 'republican',
  },
  {
    name: 'a mother with the Altyn alqa',
    date: Y2025,
    answers: { residency: 'citizen', categories: ['mother-many-children'] },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:mother-many-children'],
  },
  {
    name: 'a kandas without work',
    date: Y2025,
    answers: { residency: 'kandas', categories: ['kandas-nonworking'] },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:kandas', 'categories:kandas-nonworking'],
    rules: ['residents-equal-rights'],
    questions: ['residency', 'categories'],
  },
  {
    name: 'a kandas who chose “None of these” and does not work: the residency says kandas',
    date: Y2026,
    answers: { residency: 'kandas', categories: none, work: 'looking-for-work' },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:kandas', 'categories:kandas-nonworking', 'work:looking-for-work'],
    questions: ['residency', 'categories', 'work'],
    notSteps: ['register-unemployed', 'pay-self-payer'],
    conditions: ['while-not-working'],
  },
  {
    name: 'a tourist from outside the CIS: nothing free but diseases dangerous to others',
    date: Y2025,
    answers: { residency: 'visitor', 'visitor-country': 'other', 'stay-purpose': 'visit' },
    status: 'paid-care',
    route: 'none',
    packages: [],
    reasons: ['residency:visitor', 'visitor-country:other', 'stay-purpose:visit'],
    nextSteps: ['emergency-103', 'travel-insurance', 'voluntary-insurance'],
    rules: ['visitor-limited-care', 'dangerous-diseases-for-all'],
    questions: ['residency', 'visitor-country', 'stay-purpose'],
    keptCare: ['visitor-dangerous-diseases'],
  },
  {
    name: 'a visitor from a CIS country: emergency care free',
    date: Y2026,
    answers: { residency: 'visitor', 'visitor-country': 'cis', 'stay-purpose': 'visit' },
    status: 'emergency-only',
    route: 'none',
    packages: [],
    nextSteps: ['emergency-103', 'travel-insurance'],
    rules: ['cis-emergency-care', 'dangerous-diseases-for-all'],
    questions: ['residency', 'visitor-country', 'stay-purpose'],
    keptCare: ['visitor-emergency', 'visitor-dangerous-diseases'],
  },
  {
    name: 'a foreign student from outside the CIS: an emergency first, then the residence permit’s policy',
    date: Y2026,
    answers: { residency: 'visitor', 'visitor-country': 'other', 'stay-purpose': 'study' },
    status: 'paid-care',
    route: 'none',
    packages: [],
    nextSteps: ['emergency-103', 'residence-permit-insurance', 'voluntary-insurance'],
    notSteps: ['travel-insurance'],
  },
  {
    name: 'a foreign worker with a permit from a CIS country: the work contract’s imputed insurance',
    date: Y2026,
    answers: { residency: 'visitor', 'visitor-country': 'cis', 'stay-purpose': 'work' },
    status: 'emergency-only',
    route: 'none',
    packages: [],
    nextSteps: ['emergency-103', 'work-insurance-contract', 'voluntary-insurance'],
    notSteps: ['travel-insurance'],
    rules: ['foreign-worker-insurance'],
  },
  {
    name: 'a visitor from an EAEU country who works here is an EAEU worker',
    date: Y2026,
    answers: {
      residency: 'visitor',
      'visitor-country': 'eaeu',
      'stay-purpose': 'work',
      work: 'employee',
      'last-paid': 'up-to-date',
    },
    status: 'insured-contributions',
    route: 'employer',
    packages: ['osms'],
    nextSteps: ['attach-with-insurance-contract'],
    rules: ['eaeu-workers-osms'],
    questions: ['residency', 'visitor-country', 'stay-purpose', 'work', 'last-paid'],
  },
  {
    name: 'a person with a residence permit, no work, never paid',
    date: Y2025,
    answers: { residency: 'permit', categories: none, work: 'none', 'last-paid': 'never' },
    status: 'not-insured',
    route: 'none',
    packages: ['gobmp'],
    // The former "I do not work" reads as looking for work: the result it gave.
    reasons: ['residency:permit', 'categories:none', 'work:looking-for-work', 'last-paid:never'],
    nextSteps: ['pay-self-payer', 'register-unemployed', 'own-polyclinic'],
    rules: ['not-paying', 'residents-equal-rights'],
  },
  {
    name: 'a child',
    date: Y2025,
    answers: { residency: 'citizen', categories: ['child'] },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:child'],
    questions: ['residency', 'categories'],
  },
  {
    name: 'a citizen on a date in 2019: no OSMS yet',
    date: '2019-06-01',
    answers: { residency: 'citizen', categories: ['pensioner'], work: 'employee' },
    status: 'not-insured',
    route: 'none',
    packages: ['gobmp'],
    reasons: ['residency:citizen'],
    nextSteps: ['own-polyclinic'],
    rules: ['no-osms-before-2020'],
    questions: ['residency'],
  },
  {
    name: 'a self-payer who stopped 5 months ago after 60 paid months, in 2025',
    date: Y2025,
    answers: { residency: 'citizen', categories: none, work: 'none', 'last-paid': 'month-5', 'paid-60-months': 'yes' },
    status: 'not-insured',
    route: 'none',
    packages: ['gobmp'],
    reasons: ['residency:citizen', 'categories:none', 'work:looking-for-work', 'last-paid:month-5'],
    nextSteps: ['pay-arrears', 'register-unemployed'],
    questions: ['residency', 'categories', 'work', 'last-paid'],
  },
  {
    name: 'a self-payer who stopped 5 months ago after 60 paid months, in 2026',
    date: Y2026,
    answers: { residency: 'citizen', categories: none, work: 'none', 'last-paid': 'month-5', 'paid-60-months': 'yes' },
    status: 'insured-grace',
    route: 'none',
    packages: ['gobmp', 'osms'],
    reasons: [
      'residency:citizen',
      'categories:none',
      'work:looking-for-work',
      'last-paid:month-5',
      'paid-60-months:yes',
    ],
    nextSteps: ['register-unemployed', 'pay-arrears', 'pay-self-payer'],
    rules: ['grace-6-months-after-60'],
    questions: ['residency', 'categories', 'work', 'last-paid', 'paid-60-months'],
    coveredUntil: '2026-07-31',
  },
  {
    name: 'a self-payer who stopped 5 months ago without 60 paid months, in 2026',
    date: Y2026,
    answers: { residency: 'citizen', categories: none, work: 'none', 'last-paid': 'month-5', 'paid-60-months': 'no' },
    status: 'not-insured',
    route: 'none',
    packages: ['gobmp'],
    reasons: [
      'residency:citizen',
      'categories:none',
      'work:looking-for-work',
      'last-paid:month-5',
      'paid-60-months:no',
    ],
  },
  {
    name: 'an EAEU worker employed in Kazakhstan',
    date: Y2025,
    answers: { residency: 'eaeu-worker', work: 'employee', 'last-paid': 'dont-know' },
    status: 'check-employer',
    route: 'employer',
    packages: ['osms'],
    reasons: ['residency:eaeu-worker', 'work:employee', 'last-paid:dont-know'],
    rules: ['employer-pays', 'eaeu-workers-osms'],
    questions: ['residency', 'work', 'last-paid'],
  },
  {
    name: 'a non-working EAEU family member who does not pay',
    date: Y2026,
    answers: { residency: 'eaeu-worker', work: 'none', 'last-paid': 'never' },
    status: 'emergency-only',
    route: 'none',
    packages: [],
    nextSteps: ['attach-with-insurance-contract', 'emergency-103'],
    notSteps: ['pay-self-payer', 'prepay-12-months'],
    rules: ['no-gobmp-without-entitlement', 'eaeu-attachment-contract'],
    keptCare: ['visitor-emergency', 'visitor-dangerous-diseases'],
  },
  {
    name: 'a working pensioner is not asked about work',
    date: Y2025,
    answers: { residency: 'citizen', categories: ['pensioner'], work: 'employee' },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:pensioner'],
    questions: ['residency', 'categories'],
    // The job's contributions: a line for those who work (ask 1406), not the first step.
    nextSteps: ['check-status-app', 'working-pensioner'],
  },
  {
    name: 'a non-working pregnant woman',
    date: Y2025,
    answers: { residency: 'citizen', categories: ['pregnant-nonworking'] },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:pregnant-nonworking'],
    // "I am pregnant and do not work" says she does not work: not asked again.
    questions: ['residency', 'categories'],
    conditions: ['while-not-working'],
    nextSteps: ['register-pregnancy', 'check-status-app', 'after-birth'],
  },
  {
    name: 'a pregnant woman who works chooses “None of these”: her employer pays',
    date: Y2025,
    answers: { residency: 'citizen', categories: none, work: 'employee', 'last-paid': 'up-to-date' },
    status: 'insured-contributions',
    route: 'employer',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:none', 'work:employee', 'last-paid:up-to-date'],
  },
  {
    name: 'a tutor paid in cash: how to become insured while earning, not to register as unemployed',
    date: Y2026,
    answers: { residency: 'citizen', categories: none, work: 'informal', 'last-paid': 'never' },
    status: 'not-insured',
    route: 'none',
    packages: ['gobmp'],
    nextSteps: ['join-self-employed-regime', 'pay-self-payer'],
    notSteps: ['register-unemployed'],
  },
  {
    name: 'a person in the 2026 self-employed regime who pays through the app',
    date: Y2026,
    answers: { residency: 'citizen', categories: none, work: 'self-employed-regime', 'last-paid': 'up-to-date' },
    status: 'insured-contributions',
    route: 'self',
    packages: ['gobmp', 'osms'],
    nextSteps: ['check-status-app', 'pay-in-self-employed-regime'],
    notSteps: ['pay-self-payer', 'pay-as-ie', 'register-unemployed'],
  },
  {
    name: 'an employee whose employer stopped paying two months ago: the end of cover and the arrears',
    date: '2026-11-26',
    answers: {
      residency: 'citizen',
      categories: none,
      work: 'employee',
      'last-paid': 'month-2',
      'paid-60-months': 'no',
    },
    status: 'insured-grace',
    route: 'none',
    packages: ['gobmp', 'osms'],
    nextSteps: ['ask-employer-arrears', 'complain-unpaid-contributions'],
    notSteps: ['register-unemployed', 'pay-self-payer', 'pay-arrears'],
    coveredUntil: '2026-12-31',
  },
  {
    name: 'a self-payer who paid every month',
    date: Y2025,
    answers: { residency: 'citizen', categories: none, work: 'none', 'last-paid': 'up-to-date' },
    status: 'insured-contributions',
    route: 'self',
    packages: ['gobmp', 'osms'],
    nextSteps: ['pay-self-payer', 'check-status-egov'],
    rules: ['self-payer-current', 'self-payer-12-months', 'prepay-12-months'],
  },
  {
    name: 'a self-payer in 2021, before prepayment existed',
    date: '2021-06-01',
    answers: { residency: 'citizen', categories: none, work: 'none', 'last-paid': 'up-to-date' },
    status: 'insured-contributions',
    route: 'self',
    packages: ['gobmp', 'osms'],
    rules: ['self-payer-current', 'self-payer-3-months'],
  },
  {
    name: 'an individual entrepreneur two months behind: insured for a while',
    date: Y2025,
    answers: { residency: 'citizen', categories: none, work: 'self-employed', 'last-paid': 'month-2' },
    status: 'insured-grace',
    route: 'none',
    packages: ['gobmp', 'osms'],
    nextSteps: ['pay-arrears', 'pay-as-ie'],
    rules: ['grace-3-months'],
    coveredUntil: '2025-07-31',
  },
  {
    name: 'a person on a civil-law contract',
    date: Y2025,
    answers: { residency: 'citizen', categories: none, work: 'gph', 'last-paid': 'dont-know' },
    status: 'check-payer',
    route: 'employer',
    packages: ['gobmp', 'osms'],
    nextSteps: ['ask-payer', 'private-client-pay-yourself'],
    rules: ['civil-contract-withheld'],
    questions: ['residency', 'categories', 'work', 'last-paid'],
  },
  {
    name: 'a courier working through a platform in 2026',
    date: Y2026,
    answers: { residency: 'citizen', categories: none, work: 'platform', 'last-paid': 'dont-know' },
    status: 'check-payer',
    route: 'employer',
    packages: ['gobmp', 'osms'],
    rules: ['platform-withheld'],
  },
  {
    name: 'a single aggregate payment (ESP) payer in 2022',
    date: '2022-06-01',
    answers: { residency: 'citizen', categories: none, work: 'esp', 'last-paid': 'up-to-date' },
    status: 'insured-contributions',
    route: 'self',
    packages: ['gobmp', 'osms'],
    nextSteps: ['pay-esp'],
    rules: ['single-aggregate-payment'],
  },
  {
    name: 'a refugee',
    date: Y2025,
    answers: { residency: 'refugee', categories: ['pensioner'] },
    status: 'not-insured',
    route: 'none',
    packages: ['gobmp'],
    reasons: ['residency:refugee'],
    rules: ['refugee-gobmp-only'],
    questions: ['residency'],
    // A refugee with a job: ask 1406 whether the employer's contributions insure them.
    nextSteps: ['own-polyclinic', 'refugee-if-working'],
  },
  {
    name: 'a non-working person under house arrest (2023)',
    date: '2023-06-01',
    answers: { residency: 'citizen', categories: ['house-arrest'] },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:house-arrest'],
  },
  {
    name: 'a non-working person at the crisis welfare level in 2026',
    date: Y2026,
    answers: { residency: 'citizen', categories: ['crisis-welfare-level'], work: 'none' },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    payer: 'local',
    rules: ['local-budget-categories'],
    conditions: ['while-not-working', 'attached-to-polyclinic', 'charged-when-seeking-care'],
  },
  {
    name: 'a serviceman',
    date: Y2025,
    answers: { residency: 'citizen', categories: ['military'] },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    rules: ['departmental-care'],
  },
  {
    name: 'a self-payer who stopped over half a year ago',
    date: Y2026,
    answers: { residency: 'citizen', categories: none, work: 'not-working', 'last-paid': 'over-6-months' },
    status: 'not-insured',
    route: 'none',
    packages: ['gobmp'],
    questions: ['residency', 'categories', 'work', 'last-paid'],
  },
  {
    name: 'a CIS visitor in 2019',
    date: '2019-06-01',
    answers: { residency: 'visitor', 'visitor-country': 'cis', 'stay-purpose': 'visit' },
    status: 'emergency-only',
    route: 'none',
    packages: [],
  },
  {
    name: 'a carer of a disabled child who does not work is not asked about work',
    date: Y2025,
    answers: { residency: 'citizen', categories: ['carer-disabled-child'], work: 'self-employed' },
    status: 'insured-state',
    route: 'state',
    packages: ['gobmp', 'osms'],
    reasons: ['residency:citizen', 'categories:carer-disabled-child'],
    questions: ['residency', 'categories'],
  },
];

describe('assess: named situations', () => {
  for (const s of SITUATIONS) {
    it(s.name, () => {
      const result = assess(s.answers, { date: s.date });
      expect(result.status, 'status').to.equal(s.status);
      expect(result.route, 'route').to.equal(s.route);
      expect(result.packages, 'packages').to.deep.equal(s.packages);
      expect(result.rulesDate).to.equal(s.date);
      if (s.reasons) expect(result.reasons, 'reasons').to.deep.equal(s.reasons);
      if (s.nextSteps) expect(result.nextSteps, 'next steps').to.include.members(s.nextSteps);
      for (const step of s.notSteps ?? []) expect(result.nextSteps, 'next steps').not.to.include(step);
      expect(result.coveredUntil, 'covered until').to.equal(s.coveredUntil);
      if (s.keptCare) expect(result.keptCare, 'kept care').to.deep.equal(s.keptCare);
      if (s.conditions) expect(result.conditions, 'conditions').to.deep.equal(s.conditions);
      if (s.rules) expect(result.rules, 'rules').to.include.members(s.rules);
      if (s.payer) expect(result.payer, 'payer').to.equal(s.payer);
      else if (s.status !== 'insured-state') expect(result.payer).to.equal(undefined);
      expect(nextQuestion(s.answers, { date: s.date }), 'the path is finished').to.equal('done');
      if (s.questions) expect(questionsFor(s.answers, { date: s.date }), 'questions').to.deep.equal(s.questions);
    });
  }
});

describe('nextQuestion', () => {
  it('starts with residency', () => {
    expect(nextQuestion({}, { date: Y2025 })).to.equal('residency');
  });

  it('asks a citizen about categories, then work, then the last paid month', () => {
    const date = Y2025;
    expect(nextQuestion({ residency: 'citizen' }, { date })).to.equal('categories');
    expect(nextQuestion({ residency: 'citizen', categories: none }, { date })).to.equal('work');
    expect(nextQuestion({ residency: 'citizen', categories: none, work: 'none' }, { date })).to.equal('last-paid');
  });

  it('asks a visitor for the country of citizenship', () => {
    expect(nextQuestion({ residency: 'visitor' }, { date: Y2025 })).to.equal('visitor-country');
    expect(nextQuestion({ residency: 'eaeu-worker' }, { date: Y2025 })).to.equal('work');
  });

  it('does not ask work of a group that means not working: the answer says so', () => {
    expect(nextQuestion({ residency: 'citizen', categories: ['parent-under3'] }, { date: Y2025 })).to.equal('done');
    expect(nextQuestion({ residency: 'citizen', categories: ['pregnant-nonworking'] }, { date: Y2026 })).to.equal(
      'done',
    );
  });

  it('asks everyone not in a state-paid group the last month contributions arrived, with “I do not know” for those whose contributions are withheld', () => {
    const date = Y2026;
    for (const work of ['employee', 'gph', 'platform'] as const) {
      expect(nextQuestion({ residency: 'citizen', categories: none, work }, { date })).to.equal('last-paid');
      expect(answersFor('last-paid', date, { residency: 'citizen', categories: none, work })).to.include('dont-know');
    }
    expect(answersFor('last-paid', date, { residency: 'citizen', categories: none, work: 'informal' })).not.to.include(
      'dont-know',
    );
  });

  it('asks a self-payer who pays again after a gap how many months were missed', () => {
    const gap: Answers = { residency: 'citizen', categories: none, work: 'not-working', 'last-paid': 'with-gaps' };
    expect(nextQuestion(gap, { date: Y2026 })).to.equal('months-missed');
    expect(nextQuestion({ ...gap, work: 'employee' }, { date: Y2026 })).to.equal('done');
  });

  it('asks a visitor why they are here, after the country', () => {
    expect(nextQuestion({ residency: 'visitor', 'visitor-country': 'other' }, { date: Y2026 })).to.equal(
      'stay-purpose',
    );
    // A visitor from an EAEU country who works is asked about the work, as an EAEU worker.
    const eaeu: Answers = { residency: 'visitor', 'visitor-country': 'eaeu', 'stay-purpose': 'work' };
    expect(nextQuestion(eaeu, { date: Y2026 })).to.equal('work');
    expect(nextQuestion({ ...eaeu, 'stay-purpose': 'study' }, { date: Y2026 })).to.equal('done');
  });

  it('asks paid-60-months only from 2026 and only while the longer period would still run', () => {
    const answers: Answers = { residency: 'citizen', categories: none, work: 'none', 'last-paid': 'month-5' };
    expect(nextQuestion(answers, { date: '2025-12-31' })).to.equal('done');
    expect(nextQuestion(answers, { date: '2026-01-01' })).to.equal('paid-60-months');
    expect(nextQuestion({ ...answers, 'last-paid': 'month-2' }, { date: Y2026 })).to.equal('paid-60-months');
    expect(nextQuestion({ ...answers, 'last-paid': 'over-6-months' }, { date: Y2026 })).to.equal('done');
    expect(nextQuestion({ ...answers, 'last-paid': 'up-to-date' }, { date: Y2026 })).to.equal('done');
  });

  it('ignores answers not offered on the day', () => {
    expect(nextQuestion({ residency: 'citizen', categories: none, work: 'platform' }, { date: Y2025 })).to.equal(
      'work',
    );
    expect(nextQuestion({ residency: 'citizen', categories: none, work: 'esp' }, { date: '2024-06-01' })).to.equal(
      'work',
    );
    expect(nextQuestion({ residency: 'citizen', categories: ['house-arrest'] }, { date: '2021-06-01' })).to.equal(
      'categories',
    );
    expect(nextQuestion({ residency: 'citizen', categories: ['kandas-nonworking'] }, { date: Y2025 })).to.equal(
      'categories',
    );
  });

  it('treats none as exclusive', () => {
    const result = assess({ residency: 'citizen', categories: ['none', 'pensioner'] }, { date: Y2025 });
    expect(result.status).to.equal('insured-state');
    expect(result.reasons).to.deep.equal(['residency:citizen', 'categories:pensioner']);
  });

  it('counts the questions still to come as an upper bound that shrinks', () => {
    expect(questionsFor({}, { date: Y2026 })).to.deep.equal([
      'residency',
      'visitor-country',
      'stay-purpose',
      'categories',
      'work',
      'last-paid',
      'months-missed',
      'paid-60-months',
    ]);
    expect(questionsFor({}, { date: Y2025 })).to.deep.equal([
      'residency',
      'visitor-country',
      'stay-purpose',
      'categories',
      'work',
      'last-paid',
      'months-missed',
    ]);
    expect(questionsFor({ residency: 'visitor', 'visitor-country': 'other' }, { date: Y2025 })).to.deep.equal([
      'residency',
      'visitor-country',
      'stay-purpose',
    ]);
    expect(questionsFor({ residency: 'eaeu-worker' }, { date: Y2025 })).to.deep.equal([
      'residency',
      'work',
      'last-paid',
      'months-missed',
    ]);
    expect(questionsFor({}, { date: '2019-01-01' })).to.deep.equal(['residency', 'visitor-country', 'stay-purpose']);
  });
});

describe('answersFor', () => {
  it('offers a visitor no category that needs residence', () => {
    expect(answersFor('categories', Y2025, { residency: 'visitor' })).to.deep.equal(['none']);
  });

  it('offers kandas-nonworking to kandases only', () => {
    expect(answersFor('categories', Y2025, { residency: 'kandas' })).to.include('kandas-nonworking');
    expect(answersFor('categories', Y2025, { residency: 'citizen' })).not.to.include('kandas-nonworking');
    expect(answersFor('categories', Y2025, { residency: 'permit' })).not.to.include('military');
  });

  it('dates the work answers', () => {
    expect(answersFor('work', Y2025)).to.deep.equal([
      'employee',
      'gph',
      'self-employed',
      'informal',
      'looking-for-work',
      'not-working',
    ]);
    expect(answersFor('work', Y2026)).to.include.members(['platform', 'self-employed-regime']);
    // The former "I do not work" is read, never offered.
    expect(answersFor('work', Y2026)).not.to.include('none');
    expect(answersFor('work', '2022-06-01')).to.include('esp');
    expect(answersFor('work', '2024-01-01')).not.to.include('esp');
  });

  it('offers paid-60-months only from 2026', () => {
    expect(answersFor('paid-60-months', Y2025)).to.deep.equal([]);
    expect(answersFor('paid-60-months', Y2026)).to.deep.equal(['yes', 'no']);
  });

  it('offers the categories in the order of the official list, none last', () => {
    const offered = answersFor('categories', '2020-06-01', { residency: 'citizen' });
    expect(offered[0]).to.equal('child');
    expect(offered[offered.length - 1]).to.equal('none');
    // The 16 of 2020 less kandas-nonworking, which is for kandases, plus none.
    expect(offered).to.have.length(16);
  });
});

describe('categories', () => {
  it('lists a category’s conditions as in force on the day: subsidised jobs are excluded from 2026', () => {
    const unemployed = category('unemployed-registered');
    expect(conditionsOn(unemployed, '2025-12-31')).to.deep.equal([]);
    expect(conditionsOn(unemployed, '2026-01-01')).to.deep.equal(['except-subsidised-jobs']);
    expect(conditionsOn(category('child'), '2020-06-01')).to.deep.equal(['under-18']);
  });

  it('gives exactly the 16 of the 2020 leaflet on 2020-06-01, numbered 1–16', () => {
    const list = categoriesOn('2020-06-01');
    expect(list.map((c) => c.id)).to.deep.equal([
      'child',
      'unemployed-registered',
      'pregnant-nonworking',
      'parent-under3',
      'parental-leave',
      'carer-disabled-child',
      'pensioner',
      'prisoner',
      'detainee',
      'kandas-nonworking',
      'mother-many-children',
      'disability',
      'student',
      'military',
      'law-enforcement',
      'special-state-body',
    ]);
    expect(list.map((c) => numberOn(c, '2020-06-01'))).to.deep.equal([...Array(16).keys()].map((i) => i + 1));
  });

  it('adds house arrest and carers of group I from 28 March 2022', () => {
    expect(categoriesOn('2022-03-27').map((c) => c.id)).not.to.include('house-arrest');
    const ids = categoriesOn('2022-03-28').map((c) => c.id);
    expect(ids).to.include.members(['house-arrest', 'carer-disability-group1']);
  });

  it('follows the Fund’s 2026 numbering for items 1–8', () => {
    const first8 = categoriesOn(Y2026)
      .slice(0, 8)
      .map((c) => c.id);
    expect(first8).to.deep.equal([
      'child',
      'pregnant-nonworking',
      'parent-under3',
      'parental-leave',
      'carer-disabled-child',
      'carer-disability-group1',
      'pensioner',
      'prisoner',
    ]);
  });

  it('numbers the categories uniquely on every day', () => {
    for (const date of ['2020-06-01', '2023-06-01', Y2026]) {
      const numbers = categoriesOn(date).map((c) => numberOn(c, date));
      expect(new Set(numbers).size, date).to.equal(numbers.length);
      expect(
        numbers.every((n) => typeof n === 'number'),
        date,
      ).to.equal(true);
    }
  });

  it('moves the registered unemployed to local budgets on 1 January 2026', () => {
    const unemployed: Answers = { residency: 'citizen', categories: ['unemployed-registered'] };
    expect(assess(unemployed, { date: '2020-01-01' }).payer).to.equal('republican');
    expect(assess(unemployed, { date: '2025-12-31' }).payer).to.equal('republican');
    expect(assess(unemployed, { date: '2026-01-01' }).payer).to.equal('local');
    expect(assess(unemployed, { date: '2027-12-31' }).payer).to.equal('local');
  });

  it('refers only to known proofs and conditions', () => {
    const proofs = new Set<string>(PROOFS.map((p) => p.id));
    const conditions = new Set<string>(CONDITIONS.map((c) => c.id));
    for (const c of CATEGORIES) {
      expect(proofs.has(c.proof), c.id).to.equal(true);
      for (const id of c.conditions) expect(conditions.has(id), `${c.id}: ${id}`).to.equal(true);
    }
  });
});

describe('services', () => {
  it('has the 6 GOBMP groups and the 8 OSMS groups of the Fund’s page, plus 4 its leaflets name, since 2020', () => {
    expect(servicesOn('2020-06-01', 'gobmp')).to.have.length(6);
    expect(servicesOn('2020-06-01', 'osms')).to.have.length(12);
  });

  it('adds the 2026 changes to GOBMP', () => {
    const ids = servicesOn(Y2026, 'gobmp').map((s) => s.id);
    expect(ids).to.include('gobmp-socially-significant-diseases');
    // The Ministry: early-detection screenings for everyone from 2026.
    expect(ids).to.include('gobmp-early-detection-screenings');
    const diseases = SERVICES.find((s) => s.id === 'gobmp-socially-significant-diseases')!;
    expect(diseases.examples).to.have.length(11);
  });
});

describe('contributions', () => {
  it('computes the fixed monthly amounts', () => {
    const on = (date: IsoDate, id: string) => contributionsOn(date).find((c) => c.id === id)!;
    expect(monthlyAmount(on(Y2026, 'ie-contributions'), Y2026)).to.equal(5950);
    expect(monthlyAmount(on(Y2026, 'self-payer-contributions'), Y2026)).to.equal(4250);
    expect(monthlyAmount(on('2023-06-01', 'self-payer-contributions'), '2023-06-01')).to.equal(3500);
    expect(monthlyAmount(on(Y2026, 'employer-deductions'), Y2026)).to.equal(undefined);
  });

  it("raises the caps in 2026: an employee's result names the rate and the cap in force", () => {
    const employee: Answers = { residency: 'citizen', categories: none, work: 'employee', 'last-paid': 'up-to-date' };
    const shares = (date: IsoDate) =>
      assess(employee, { date }).contributions.map((c) => [c.id, c.rate, c.capMinimumWages]);
    expect(shares('2025-12-31')).to.deep.equal([
      ['employer-deductions', 3, 10],
      ['employee-contributions', 2, 10],
    ]);
    expect(shares('2026-01-01')).to.deep.equal([
      ['employer-deductions', 3, 40],
      ['employee-contributions', 2, 20],
    ]);
  });
});

describe('data', () => {
  const dated = [
    ...SERVICES,
    ...KEPT_CARE,
    ...CATEGORIES,
    ...CATEGORIES.flatMap((c) => [...c.numbers, ...c.budget]),
    ...NEXT_STEPS,
    ...RULES,
    ...CONTRIBUTIONS,
  ];

  it('gives every item a since date and an official-looking source URL', () => {
    for (const item of dated) {
      const label = JSON.stringify(item).slice(0, 80);
      expect(isIsoDate(item.since), label).to.equal(true);
      if ('until' in item && item.until !== undefined) {
        expect(isIsoDate(item.until), label).to.equal(true);
        expect(item.until >= item.since, label).to.equal(true);
      }
      expect(item.source, label).to.match(/^https?:\/\/[^\s]+$/);
    }
  });

  it('uses stable kebab-case ids, unique within each list', () => {
    const lists: (readonly { id: string }[])[] = [
      SERVICES,
      KEPT_CARE,
      CATEGORIES,
      NEXT_STEPS,
      RULES,
      PROOFS,
      CONDITIONS,
    ];
    for (const list of lists) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    for (const q of QUESTIONS) for (const a of q.answers) expect(a.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('cites only rules that exist', () => {
    const ids = new Set<string>(RULES.map((r) => r.id));
    for (const r of RULES)
      for (const cited of 'cites' in r ? r.cites : []) expect(ids.has(cited), cited).to.equal(true);
  });

  it('defaults the rules date to today', () => {
    const child: Answers = { residency: 'citizen', categories: ['child'] };
    expect(assess(child).rulesDate).to.equal(today());
    expect(assess(child, { date: 'not a date' }).rulesDate).to.equal(today());
  });
});
