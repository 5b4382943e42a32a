/**
 * Answer labels as the checker shows them: the last paid month is written as the month
 * itself ("October 2026"), counted back from the rules date.
 */
import { addMonths, type QuestionId } from '../core/index.js';
import { answerLabel, lastPaidOrEarlier } from '../content/questions.js';
import { formatMonth } from '../internal/format.js';

export function answerText(question: QuestionId, answer: string, rulesDate: string): string {
  if (question === 'last-paid' && answer === 'over-6-months')
    return lastPaidOrEarlier(formatMonth(addMonths(rulesDate, -7)));
  const back = question === 'last-paid' ? /^month-(\d)$/.exec(answer) : null;
  return back ? formatMonth(addMonths(rulesDate, -Number(back[1]))) : answerLabel(question, answer);
}
