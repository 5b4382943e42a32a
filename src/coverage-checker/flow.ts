/**
 * The checker's step logic on top of the core, without any DOM: which step comes
 * next, which came before, and how a step is counted. Kept pure so it can be tested
 * by itself and the element stays a view.
 */
import {
  answersFor,
  nextQuestion,
  question as questionOf,
  questionsFor,
  type Answers,
  type QuestionId,
} from '../core/index.js';

export type Step = QuestionId | 'review' | 'result';

/** The answers with `question` set (or cleared when `value` is empty). */
export function withAnswer(answers: Answers, question: QuestionId, value: string[]): Answers {
  const next: Record<string, unknown> = { ...answers };
  if (value.length === 0) delete next[question];
  else next[question] = questionOf(question).kind === 'multiple' ? value : value[0];
  return next as Answers;
}

/**
 * Keeps only the answers to questions still on this person's path, so that a changed
 * answer (e.g. becoming a visitor) does not leave stale answers behind.
 */
export function pruned(answers: Answers, date: string): Answers {
  const onPath = new Set(questionsFor(answers, { date }));
  const kept: Record<string, unknown> = {};
  for (const [question, value] of Object.entries(answers)) {
    if (onPath.has(question as QuestionId)) kept[question] = value;
  }
  return kept as Answers;
}

/**
 * The step after answering `current`: the next question on the path (answered or not, as
 * when walking forward again after Back); without `current`, the first unanswered
 * question. Either way the review once the path is complete.
 */
export function stepAfter(answers: Answers, date: string, current?: QuestionId): Step {
  const next = nextQuestion(answers, { date });
  if (next === 'done') return 'review';
  if (!current) return next;
  const path = questionsFor(answers, { date });
  return path[path.indexOf(current) + 1] ?? next;
}

/** The questions answered on this person's path, in the order they are asked. */
export function answeredPath(answers: Answers, date: string): QuestionId[] {
  return questionsFor(answers, { date }).filter((question) => answers[question] !== undefined);
}

/** The step before `step` on this person's path, or undefined on the first question. */
export function stepBefore(step: Step, answers: Answers, date: string): Step | undefined {
  const path = questionsFor(answers, { date });
  if (step === 'result') return 'review';
  if (step === 'review') return path[path.length - 1];
  const index = path.indexOf(step);
  return index > 0 ? path[index - 1] : undefined;
}

/** "Question `index` of `total`" for a question step (1-based). */
export function position(step: QuestionId, answers: Answers, date: string): { index: number; total: number } {
  const path = questionsFor(answers, { date });
  const index = path.indexOf(step);
  const total = longestPath(answers, date) ?? path.length;
  return { index: (index < 0 ? path.length : index) + 1, total: Math.max(total, index + 1) };
}

/** How many walks of the flow `longestPath` may take before it settles for the upper bound. */
const LONGEST_PATH_WALKS = 80;

const longestPaths = new Map<string, number | undefined>();

/**
 * The number of questions on the longest path these answers can still lead to, or
 * undefined when finding it would take more than LONGEST_PATH_WALKS walks (early in a
 * check: then `questionsFor`'s count, an upper bound, is used). `questionsFor` counts
 * every question that may still come, also two that exclude each other (the months
 * missed, asked after "with gaps", and the 60 months, asked after a month): trying the
 * answers one by one finds the longest path that can really happen. Kept per answers.
 */
function longestPath(answers: Answers, date: string): number | undefined {
  const key = `${date} ${JSON.stringify(answers)}`;
  if (!longestPaths.has(key)) {
    const budget = { walks: LONGEST_PATH_WALKS };
    longestPaths.set(key, explore(answers, date, budget));
  }
  return longestPaths.get(key);
}

function explore(answers: Answers, date: string, budget: { walks: number }): number | undefined {
  if (budget.walks-- <= 0) return undefined;
  const path = questionsFor(answers, { date });
  const next = path.find((question) => answers[question] === undefined);
  if (!next) return path.length;
  const multiple = questionOf(next).kind === 'multiple';
  let longest = 0;
  for (const answer of answersFor(next, date, answers)) {
    const length = explore({ ...answers, [next]: multiple ? [answer] : answer } as Answers, date, budget);
    if (length === undefined) return undefined;
    longest = Math.max(longest, length);
    // No path is longer than the count of every question that may still come.
    if (longest === path.length) break;
  }
  return longest;
}

/**
 * Whether `step` can be shown with these answers: a question on the path whose questions
 * before it are answered, or the review and result once every question is.
 */
export function reachable(step: Step, answers: Answers, date: string): boolean {
  const path = questionsFor(answers, { date });
  const index = step === 'review' || step === 'result' ? path.length : path.indexOf(step);
  return index >= 0 && path.slice(0, index).every((question) => answers[question] !== undefined);
}
