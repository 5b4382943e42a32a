import type { Answers } from '../index.js';

/**
 * The answers of a citizen in none of the state-paid groups, with this work and, when
 * given, this last paid month: where most core tests start.
 */
export function citizen(work: NonNullable<Answers['work']>, lastPaid?: NonNullable<Answers['last-paid']>): Answers {
  return { residency: 'citizen', categories: ['none'], work, ...(lastPaid ? { 'last-paid': lastPaid } : {}) };
}
