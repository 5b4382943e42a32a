/**
 * Answer labels as the checker shows them: an answer that names a month (the last paid
 * month) is written as that month ("October 2026"), counted back from the rules date.
 */
import { CHECKING_FOR, answerMonth, type CheckingFor, type QuestionId } from '../core/index.js';
import { answerLabel, lastPaidOrEarlier } from '../content/questions.js';
import { formatMonth } from '../internal/format.js';

export function answerText(
  question: QuestionId,
  answer: string,
  rulesDate: string,
  checkingFor: CheckingFor = CHECKING_FOR.self,
): string {
  const named = answerMonth(question, answer, rulesDate);
  if (!named) return answerLabel(question, answer, checkingFor);
  return named.orEarlier ? lastPaidOrEarlier(formatMonth(named.month)) : formatMonth(named.month);
}
