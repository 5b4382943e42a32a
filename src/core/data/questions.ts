import type {
  AnswerOption,
  Answers,
  CategoryId,
  Facts,
  IsoDate,
  LastPaid,
  Match,
  MonthsMissed,
  Payments,
  QuestionId,
  QuestionKind,
  Work,
} from '../types.js';
import { addMonths, inForce } from '../dates.js';
import { categoriesOn } from './categories.js';
import {
  CHILD_RIGHTS_LAW,
  CONSUMER_RULES,
  FUND_FOREIGNERS_FAQ,
  FUND_FOREIGNERS_FAQ_EN,
  GRACE_3_MONTHS,
  GRACE_6_MONTHS,
  HEALTH_CODE,
  LAW_OSMS,
  PLATFORM_2026,
  POLYCLINIC_2019,
  RESIDENCE_PERMIT_INSURANCE,
  SELF_EMPLOYED_REGIME,
} from './sources.js';

/** People who do not work. */
export const NOT_WORKING: readonly Work[] = ['looking-for-work', 'not-working', 'none'];
/** People whose contributions an employer, a tax agent or a platform holds back. */
export const WITHHELD: readonly Work[] = ['employee', 'gph', 'platform'];
/** People who pay for themselves (or nobody pays for them). */
export const SELF_PAYING: readonly Work[] = [
  'self-employed',
  'self-employed-regime',
  'informal',
  'esp',
  'looking-for-work',
  'not-working',
  'none',
];
/** People who earn: never told first to register as unemployed. */
export const EARNING: readonly Work[] = [
  'employee',
  'gph',
  'self-employed',
  'self-employed-regime',
  'platform',
  'informal',
  'esp',
];
const ANY_WORK: readonly Work[] = [...EARNING, ...NOT_WORKING];

export interface Question {
  id: QuestionId;
  kind: QuestionKind;
  /** The fact its answer sets (`payments`, no longer asked, is read as `last-paid`). */
  fact: keyof Facts;
  /** Fixed answers; the `categories` answers come from the category list in force. */
  answers: readonly AnswerOption[];
}

export const QUESTIONS: readonly Question[] = [
  {
    // A parent checking for a child: a child (under 18) is in the state-paid group `child`.
    id: 'checking-for',
    kind: 'single',
    fact: 'checkingFor',
    answers: [{ id: 'self' }, { id: 'child', source: CHILD_RIGHTS_LAW }],
  },
  {
    id: 'residency',
    kind: 'single',
    fact: 'residency',
    answers: [
      { id: 'citizen', source: HEALTH_CODE },
      { id: 'kandas', source: LAW_OSMS },
      { id: 'permit', source: LAW_OSMS },
      { id: 'eaeu-worker', source: FUND_FOREIGNERS_FAQ },
      { id: 'refugee', source: HEALTH_CODE },
      { id: 'visitor', source: FUND_FOREIGNERS_FAQ },
    ],
  },
  {
    // The EAEU member states as the Fund lists them; the CIS members other than those, as
    // named in the question (the list itself is not from an official Kazakh text).
    id: 'visitor-country',
    kind: 'single',
    fact: 'visitorCountry',
    answers: [
      { id: 'eaeu', source: FUND_FOREIGNERS_FAQ_EN },
      { id: 'cis', source: FUND_FOREIGNERS_FAQ, unconfirmed: true },
      { id: 'other', source: FUND_FOREIGNERS_FAQ },
    ],
  },
  {
    // Why a foreigner without a permanent residence permit is here: it decides what pays for
    // their care (a work contract's imputed insurance, a residence permit's policy, travel insurance).
    id: 'stay-purpose',
    kind: 'single',
    fact: 'stayPurpose',
    answers: [
      { id: 'work', source: FUND_FOREIGNERS_FAQ_EN, notForChild: true },
      { id: 'study', source: RESIDENCE_PERMIT_INSURANCE, unconfirmed: true },
      { id: 'family', source: RESIDENCE_PERMIT_INSURANCE, unconfirmed: true },
      { id: 'visit', source: FUND_FOREIGNERS_FAQ },
    ],
  },
  { id: 'categories', kind: 'multiple', fact: 'category', answers: [{ id: 'none', exclusive: true }] },
  {
    id: 'work',
    kind: 'single',
    fact: 'work',
    answers: [
      { id: 'employee', source: LAW_OSMS },
      { id: 'gph', source: LAW_OSMS },
      { id: 'self-employed', source: LAW_OSMS },
      // The special tax regime for the self-employed (not IE), through an app: 4% of income,
      // which includes the OSMS contribution (the share was not read in the Tax Code).
      { id: 'self-employed-regime', since: '2026-01-01', source: SELF_EMPLOYED_REGIME, unconfirmed: true },
      { id: 'platform', since: '2026-01-01', source: PLATFORM_2026, unconfirmed: true },
      // Earning without a contract or registration: nobody holds back or pays anything.
      { id: 'informal', source: LAW_OSMS },
      { id: 'esp', since: '2019-01-01', until: '2023-12-31', source: POLYCLINIC_2019, unconfirmed: true },
      { id: 'looking-for-work', source: LAW_OSMS },
      { id: 'not-working', source: LAW_OSMS },
      // "I do not work", asked until 2026-12: the result it gave (register as unemployed first).
      { id: 'none', source: LAW_OSMS, readAs: 'looking-for-work' },
    ],
  },
  {
    id: 'last-paid',
    kind: 'single',
    fact: 'lastPaid',
    answers: [
      { id: 'up-to-date' },
      // A self-payer's status needs each of the 12 months before paid: a gap among them
      // leaves the person uninsured until it is paid, even while paying now.
      { id: 'with-gaps', since: '2021-07-01', source: CONSUMER_RULES, unconfirmed: true },
      { id: 'month-1' },
      { id: 'month-2' },
      { id: 'month-3' },
      { id: 'month-4' },
      { id: 'month-5' },
      { id: 'month-6' },
      { id: 'over-6-months' },
      { id: 'never' },
      // Withheld contributions are not seen by the person: the result says where to look.
      { id: 'dont-know', forWork: WITHHELD },
    ],
  },
  {
    // For someone who pays again now: a gap no longer than the grace period did not end the
    // status (the grace rule, whoever paid); only the missed months are due.
    id: 'months-missed',
    kind: 'single',
    fact: 'monthsMissed',
    answers: [
      { id: 'months-1', source: GRACE_3_MONTHS, unconfirmed: true },
      { id: 'months-2', source: GRACE_3_MONTHS, unconfirmed: true },
      { id: 'months-3', source: GRACE_3_MONTHS, unconfirmed: true },
      { id: 'months-4-6', source: CONSUMER_RULES, unconfirmed: true },
      { id: 'months-7-11', source: CONSUMER_RULES, unconfirmed: true },
    ],
  },
  {
    // No longer asked (see `Payments`): read through LEGACY_PAYMENTS.
    id: 'payments',
    kind: 'single',
    fact: 'lastPaid',
    answers: [{ id: 'current' }, { id: 'stopped-1-3' }, { id: 'stopped-4-6' }, { id: 'stopped-more' }, { id: 'never' }],
  },
  {
    id: 'paid-60-months',
    kind: 'single',
    fact: 'paid60',
    answers: [
      { id: 'yes', since: '2026-01-01', source: GRACE_6_MONTHS, unconfirmed: true },
      { id: 'no', since: '2026-01-01', source: GRACE_6_MONTHS, unconfirmed: true },
    ],
  },
];

/** Residencies whose people can belong to a preferential category. */
export const CATEGORY_RESIDENCIES = ['citizen', 'kandas', 'permit'] as const;

/** One question of the flow: when it is asked, and when its answer follows from earlier ones. */
export interface FlowStep {
  question: QuestionId;
  /** Asked when the facts match this condition, or any of these conditions. */
  when?: Match | readonly Match[];
  since?: IsoDate;
  until?: IsoDate;
  /** Offered, never asked as a step: without an answer the walk goes on with its default. */
  optional?: true;
  /** Not asked when one `when` matches: the answer follows from earlier ones (the first that matches). */
  implied?: readonly { when: Match; answer: string | readonly string[] }[];
}

/**
 * The order of the questions and when each is asked, as conditions on what is known so far.
 * Each condition only looks at facts from earlier questions.
 */
export const FLOW: readonly FlowStep[] = [
  // Whom the check is for: the reader unless they say a child.
  { question: 'checking-for', optional: true },
  { question: 'residency' },
  // Only citizens of CIS countries get emergency care free (the CIS agreement); EAEU
  // workers take part in OSMS.
  { question: 'visitor-country', when: { residency: ['visitor'] } },
  // What pays for a foreigner's care depends on why they are here. A visitor from an EAEU
  // country who works, or lives with family, is an EAEU worker or in one's family (the
  // residency the answers amount to).
  { question: 'stay-purpose', when: { residency: ['visitor'] } },
  // Categories exist for citizens and residents, and only since OSMS.
  // A child is in the group `child` (under 18) whatever else applies.
  {
    question: 'categories',
    when: { osms: true, residency: CATEGORY_RESIDENCIES },
    implied: [{ when: { checkingFor: ['child'] }, answer: ['child'] }],
  },
  // A category the state pays for whatever one does makes work irrelevant; a category
  // that means not working ("I am pregnant and do not work") answers it: not working.
  // A child is not asked about work: what decides is who pays for the child.
  // A visitor from an EAEU country who works or lives with family here is an EAEU worker
  // (or in one's family): asked about work once that is known.
  {
    question: 'work',
    when: [
      { osms: true, residency: [...CATEGORY_RESIDENCIES, 'eaeu-worker'], category: ['none', 'if-not-working'] },
      { osms: true, residency: ['visitor'], visitorCountry: ['eaeu'], stayPurpose: ['work', 'family'] },
    ],
    implied: [
      { when: { checkingFor: ['child'] }, answer: 'not-working' },
      { when: { category: ['if-not-working'] }, answer: 'not-working' },
    ],
  },
  // Everyone not in a state-paid group: the last month contributions arrived, whoever paid
  // them (an employer, a tax agent, oneself, the state until a category ended); the status
  // lasts a while after it.
  { question: 'last-paid', when: { osms: true, stateCategory: false, work: ANY_WORK } },
  // Someone paying for themselves again after a gap: how many months, to judge it by the
  // grace rule and to say what is due.
  { question: 'months-missed', when: { lastPaid: ['with-gaps'], work: SELF_PAYING } },
  // Asked only when the 60-month rule decides how long the status lasts.
  { question: 'paid-60-months', when: { grace: ['grace-unknown'] }, since: '2026-01-01' },
];

/**
 * The answers to the former `payments` question, read as `last-paid` when that is absent.
 * "Stopped 1 to 3 months ago" is read as the earliest month it can mean, so the cover
 * shown never lasts longer than the real one.
 */
export const LEGACY_PAYMENTS: Readonly<Record<Payments, LastPaid>> = {
  current: 'up-to-date',
  'stopped-1-3': 'month-3',
  'stopped-4-6': 'month-6',
  'stopped-more': 'over-6-months',
  never: 'never',
};

/**
 * Questions added in 0.2.0 to paths that were complete in 0.1.0, with the answer that
 * gives the result those paths gave then: an employee, a civil-law contractor or a platform
 * worker was told to check that contributions arrive ("I do not know" now), and a visitor
 * was given a visit's result. `assess()` reads an absent answer so, only where the path
 * asks the question and offers that answer; the checker still asks it.
 */
export const FORMER_ANSWERS: Readonly<Partial<Answers>> = {
  'last-paid': 'dont-know',
  'stay-purpose': 'visit',
};

export function question(id: QuestionId): Question {
  return QUESTIONS.find((q) => q.id === id)!;
}

/** An answer as the engine reads it: an answer no longer offered stands for the one that replaced it. */
export function readAnswer(id: QuestionId, value: unknown): unknown {
  // Stryker disable next-line ConditionalExpression: a list of answers (the groups) is no answer's id, so it comes back as it is either way
  if (typeof value !== 'string') return value;
  return question(id).answers.find((a) => a.id === value)?.readAs ?? value;
}

/** How many months each `months-missed` answer counts: at least, and at most. */
export const MONTHS_MISSED: Readonly<Record<MonthsMissed, { least: number; most: number }>> = {
  'months-1': { least: 1, most: 1 },
  'months-2': { least: 2, most: 2 },
  'months-3': { least: 3, most: 3 },
  'months-4-6': { least: 4, most: 6 },
  'months-7-11': { least: 7, most: 11 },
};

/** Whether choosing `answer` clears every other answer of `id` (and any other clears it). */
export function isExclusive(id: QuestionId, answer: string): boolean {
  return question(id).answers.some((a) => a.id === answer && a.exclusive === true);
}

/**
 * The answer ids the UI offers for a question on `date`, given earlier answers (the
 * categories depend on residency: a visitor is offered none that need residence).
 */
export function answersFor(id: QuestionId, date: IsoDate, answersSoFar: Answers = {}): string[] {
  const work = readAnswer('work', answersSoFar.work);
  const fixed = question(id)
    .answers.filter(
      (a) =>
        inForce(a, date) &&
        a.readAs === undefined &&
        !(a.notForChild && answersSoFar['checking-for'] === 'child') &&
        (a.forWork === undefined || (work !== undefined && a.forWork.includes(work as Work))),
    )
    .map((a) => a.id);
  if (id !== 'categories') return fixed;
  const residency = answersSoFar.residency;
  const offered = categoriesOn(date)
    .filter((c) => residency === undefined || c.residency.includes(residency))
    .map((c) => c.id as string);
  return [...offered, ...fixed];
}

/**
 * The groups most people checking belong to, offered first in this order; the rest are
 * offered after them, behind "Other groups". Only the order: every group in force is offered.
 */
export const FIRST_CATEGORIES: readonly CategoryId[] = [
  'pensioner',
  'child',
  'student',
  'parental-leave',
  'parent-under3',
  'pregnant-nonworking',
  'disability',
  'unemployed-registered',
  'mother-many-children',
];

/**
 * The groups a residency amounts to for someone who does not work (non-working kandases
 * for a kandas): the residency answer already says the person may be in it, so it comes
 * first, and not working puts the person in it.
 */
export function residencyGroups(date: IsoDate, residency: Answers['residency']): CategoryId[] {
  if (residency === undefined) return [];
  return categoriesOn(date)
    .filter((c) => c.requiresNoWork && c.residency.length === 1 && c.residency[0] === residency)
    .map((c) => c.id);
}

/**
 * The answers offered for a question in two groups: `first`, shown at once, and `more`, the
 * rare ones shown on request. Exclusive answers ("None of these") come last in `first`; a
 * group of the person's own residency comes before all.
 */
export function answerGroups(
  id: QuestionId,
  date: IsoDate,
  answersSoFar: Answers = {},
): { first: string[]; more: string[] } {
  const offered = answersFor(id, date, answersSoFar);
  if (id !== 'categories') return { first: offered, more: [] };
  const exclusive = offered.filter((a) => isExclusive(id, a));
  const own = residencyGroups(date, answersSoFar.residency).filter((c) => offered.includes(c));
  const common = [...own, ...FIRST_CATEGORIES.filter((c) => offered.includes(c) && !own.includes(c))];
  const more = offered.filter((a) => !exclusive.includes(a) && !common.includes(a as CategoryId));
  return { first: [...common, ...exclusive], more };
}

/** How many months before the month of the rules date each `last-paid` answer points (`over-6-months`: 7 or more). */
export const MONTHS_BACK: Readonly<Partial<Record<LastPaid, number>>> = {
  'month-1': 1,
  'month-2': 2,
  'month-3': 3,
  'month-4': 4,
  'month-5': 5,
  'month-6': 6,
  'over-6-months': 7,
};

/**
 * The month an answer names, counted back from the rules date: `month-2` on 2026-11-26 is
 * 2026-09; `over-6-months` is the latest month it can be (`orEarlier`). Undefined for any
 * answer that names no month.
 */
export function answerMonth(
  question: QuestionId,
  answer: string,
  rulesDate: IsoDate,
): { month: IsoDate; orEarlier: boolean } | undefined {
  const back = question === 'last-paid' ? MONTHS_BACK[answer as LastPaid] : undefined;
  if (back === undefined) return undefined;
  return { month: addMonths(rulesDate, -back), orEarlier: answer === 'over-6-months' };
}
