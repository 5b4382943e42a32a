import type { Assessment } from './engine.js';
import type { CheckingFor, QuestionId, Status } from './types.js';

/*
 * Core ids as constants, so the element layer names a question, whom the check is for, a
 * status or who pays without writing the id as a string (a lint rule forbids that there):
 * a renamed or removed id then fails to compile instead of silently matching nothing.
 */

/** The question ids. */
export const QUESTION = {
  checkingFor: 'checking-for',
  residency: 'residency',
  visitorCountry: 'visitor-country',
  stayPurpose: 'stay-purpose',
  categories: 'categories',
  work: 'work',
  lastPaid: 'last-paid',
  monthsMissed: 'months-missed',
  payments: 'payments',
  paid60Months: 'paid-60-months',
} as const satisfies Record<string, QuestionId>;

/** Whom the check is for: the reader, or a child under 18. */
export const CHECKING_FOR = { self: 'self', child: 'child' } as const satisfies Record<CheckingFor, CheckingFor>;

/** The statuses. */
export const STATUS = {
  insuredState: 'insured-state',
  insuredContributions: 'insured-contributions',
  insuredGrace: 'insured-grace',
  insuredTransition: 'insured-transition',
  checkEmployer: 'check-employer',
  checkPayer: 'check-payer',
  notInsured: 'not-insured',
  emergencyOnly: 'emergency-only',
  paidCare: 'paid-care',
} as const satisfies Record<string, Status>;

/** Who pays what the result shows under "how much" (`Assessment.payment`). */
export const PAYMENT = { self: 'self', others: 'others', none: 'none' } as const satisfies Record<
  Assessment['payment'],
  Assessment['payment']
>;
