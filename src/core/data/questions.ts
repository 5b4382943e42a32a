import type {
  AnswerOption,
  Answers,
  CategoryId,
  IsoDate,
  LastPaid,
  Match,
  Payments,
  QuestionId,
  QuestionKind,
} from '../types.js';
import { addMonths, inForce } from '../dates.js';
import { categoriesOn } from './categories.js';
import {
  CHILD_RIGHTS_LAW,
  CONSUMER_RULES,
  FUND_FOREIGNERS_FAQ,
  GRACE_6_MONTHS,
  HEALTH_CODE,
  LAW_OSMS,
  PLATFORM_2026,
  POLYCLINIC_2019,
} from './sources.js';

export interface Question {
  id: QuestionId;
  kind: QuestionKind;
  /** Fixed answers; the `categories` answers come from the category list in force. */
  answers: readonly AnswerOption[];
}

export const QUESTIONS: readonly Question[] = [
  {
    // A parent checking for a child: a child (under 18) is in the state-paid group `child`.
    id: 'checking-for',
    kind: 'single',
    answers: [{ id: 'self' }, { id: 'child', source: CHILD_RIGHTS_LAW }],
  },
  {
    id: 'residency',
    kind: 'single',
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
    id: 'visitor-country',
    kind: 'single',
    answers: [
      { id: 'cis', source: FUND_FOREIGNERS_FAQ },
      { id: 'other', source: FUND_FOREIGNERS_FAQ },
    ],
  },
  { id: 'categories', kind: 'multiple', answers: [{ id: 'none', exclusive: true }] },
  {
    id: 'work',
    kind: 'single',
    answers: [
      { id: 'employee', source: LAW_OSMS },
      { id: 'gph', source: LAW_OSMS },
      { id: 'self-employed', source: LAW_OSMS },
      { id: 'platform', since: '2026-01-01', source: PLATFORM_2026, unconfirmed: true },
      { id: 'esp', since: '2019-01-01', until: '2023-12-31', source: POLYCLINIC_2019, unconfirmed: true },
      { id: 'none', source: LAW_OSMS },
    ],
  },
  {
    id: 'last-paid',
    kind: 'single',
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
    ],
  },
  {
    // No longer asked (see `Payments`): read through LEGACY_PAYMENTS.
    id: 'payments',
    kind: 'single',
    answers: [{ id: 'current' }, { id: 'stopped-1-3' }, { id: 'stopped-4-6' }, { id: 'stopped-more' }, { id: 'never' }],
  },
  {
    id: 'paid-60-months',
    kind: 'single',
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
  when?: Match;
  since?: IsoDate;
  until?: IsoDate;
  /** Offered, never asked as a step: without an answer the walk goes on with its default. */
  optional?: true;
  /** Not asked when `when` matches: the answer follows from earlier ones. */
  implied?: { when: Match; answer: string | readonly string[] };
}

/**
 * The order of the questions and when each is asked, as conditions on what is known so far.
 * Each condition only looks at facts from earlier questions.
 */
export const FLOW: readonly FlowStep[] = [
  // Whom the check is for: the reader unless they say a child.
  { question: 'checking-for', optional: true },
  { question: 'residency' },
  // Only citizens of CIS countries get emergency care free (the CIS agreement).
  { question: 'visitor-country', when: { residency: ['visitor'] } },
  // Categories exist for citizens and residents, and only since OSMS.
  // A child is in the group `child` (under 18) whatever else applies.
  {
    question: 'categories',
    when: { osms: true, residency: CATEGORY_RESIDENCIES },
    implied: { when: { checkingFor: ['child'] }, answer: ['child'] },
  },
  // A category the state pays for whatever one does makes work irrelevant; a category
  // that needs not working (e.g. non-working pregnant women) makes work the deciding question.
  // A child is not asked about work: what decides is who pays for the child.
  {
    question: 'work',
    when: { osms: true, residency: [...CATEGORY_RESIDENCIES, 'eaeu-worker'], category: ['none', 'if-not-working'] },
    implied: { when: { checkingFor: ['child'] }, answer: 'none' },
  },
  // Only those who pay for themselves: employees', contractors' and platform workers'
  // contributions are withheld for them.
  // Whoever paid (an employer until a dismissal, the state until a category ended), the
  // status lasts a while after the last paid month.
  { question: 'last-paid', when: { osms: true, stateCategory: false, work: ['self-employed', 'esp', 'none'] } },
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

export function question(id: QuestionId): Question {
  return QUESTIONS.find((q) => q.id === id)!;
}

/** Whether choosing `answer` clears every other answer of `id` (and any other clears it). */
export function isExclusive(id: QuestionId, answer: string): boolean {
  return question(id).answers.some((a) => a.id === answer && a.exclusive === true);
}

/**
 * The answer ids the UI offers for a question on `date`, given earlier answers (the
 * categories depend on residency: a visitor is offered none that need residence).
 */
export function answersFor(id: QuestionId, date: IsoDate, answersSoFar: Answers = {}): string[] {
  const fixed = question(id)
    .answers.filter((a) => inForce(a, date))
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
 * The answers offered for a question in two groups: `first`, shown at once, and `more`, the
 * rare ones shown on request. Exclusive answers ("None of these") come last in `first`.
 */
export function answerGroups(
  id: QuestionId,
  date: IsoDate,
  answersSoFar: Answers = {},
): { first: string[]; more: string[] } {
  const offered = answersFor(id, date, answersSoFar);
  if (id !== 'categories') return { first: offered, more: [] };
  const exclusive = offered.filter((a) => isExclusive(id, a));
  const common = FIRST_CATEGORIES.filter((c) => offered.includes(c));
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
