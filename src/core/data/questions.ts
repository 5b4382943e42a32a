import type { AnswerOption, Answers, IsoDate, Match, QuestionId, QuestionKind } from '../types.js';
import { inForce } from '../dates.js';
import { categoriesOn } from './categories.js';
import { FUND_FOREIGNERS_FAQ, GRACE_6_MONTHS, HEALTH_CODE, LAW_OSMS, PLATFORM_2026, POLYCLINIC_2019 } from './sources.js';

export interface Question {
  id: QuestionId;
  kind: QuestionKind;
  /** Fixed answers; the `categories` answers come from the category list in force. */
  answers: readonly AnswerOption[];
}

export const QUESTIONS: readonly Question[] = [
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

/**
 * The order of the questions and when each is asked, as conditions on what is known so far.
 * Each condition only looks at facts from earlier questions.
 */
export const FLOW: readonly { question: QuestionId; when?: Match; since?: IsoDate; until?: IsoDate }[] = [
  { question: 'residency' },
  // Categories exist for citizens and residents, and only since OSMS.
  { question: 'categories', when: { osms: true, residency: CATEGORY_RESIDENCIES } },
  // A category the state pays for whatever one does makes work irrelevant; a category
  // that needs not working (e.g. non-working pregnant women) makes work the deciding question.
  {
    question: 'work',
    when: { osms: true, residency: [...CATEGORY_RESIDENCIES, 'eaeu-worker'], category: ['none', 'if-not-working'] },
  },
  // Only those who pay for themselves: employees', contractors' and platform workers'
  // contributions are withheld for them.
  { question: 'payments', when: { osms: true, stateCategory: false, work: ['self-employed', 'esp', 'none'] } },
  { question: 'paid-60-months', when: { payments: ['stopped-4-6'] }, since: '2026-01-01' },
];

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
