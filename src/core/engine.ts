import type {
  AnswerRef,
  Answers,
  AssessOptions,
  Budget,
  CategoryId,
  Facts,
  IsoDate,
  Match,
  PackageId,
  QuestionId,
  Route,
  Status,
} from './types.js';
import { inForce, isIsoDate, today } from './dates.js';
import { EPOCH, OSMS_START } from './data/epoch.js';
import { CATEGORIES, budgetOn, category } from './data/categories.js';
import { FLOW, answersFor, isExclusive, question } from './data/questions.js';
import { decisionsOn, entitlement, rule, type RuleId, type StepRef } from './data/rules.js';
import { nextStepsOn, type NextStepId } from './data/next-steps.js';

export interface Assessment {
  status: Status;
  route: Route;
  packages: PackageId[];
  /** The answers that decided the outcome, in question order. */
  reasons: AnswerRef[];
  nextSteps: NextStepId[];
  /** The rules applied, so the UI can cite their sources. */
  rules: RuleId[];
  rulesDate: IsoDate;
  /** The preferential categories that apply (for `insured-state`). */
  categories: CategoryId[];
  /** For `insured-state`: which budget pays the state's contributions. */
  payer?: Budget;
}

/** Statuses from least to most coverage. */
export const STATUS_ORDER: readonly Status[] = [
  'emergency-only',
  'not-insured',
  'check-employer',
  'insured-contributions',
  'insured-state',
];

export function coverageRank(status: Status): number {
  return STATUS_ORDER.indexOf(status);
}

const INSURED: readonly Status[] = ['insured-state', 'insured-contributions', 'check-employer'];

/** The requested day, and the day whose rules apply (no earlier than the data's first day). */
function days(options: AssessOptions): { requested: IsoDate; rules: IsoDate } {
  const requested = isIsoDate(options.date) ? options.date : today();
  return { requested, rules: requested < EPOCH ? EPOCH : requested };
}

type Known = Partial<Record<keyof Facts, true>>;

/** The state of a walk through the question flow. */
interface Walk {
  facts: Facts;
  /** Facts not known because their question is unanswered. */
  unknown: Known;
  asked: QuestionId[];
  next: QuestionId | 'done';
  /** The answers that count: offered on the day and on the path. */
  answers: Answers;
  applicable: CategoryId[];
}

/** Keeps only an answer the UI would offer on `date` after the answers so far. */
function offered<K extends QuestionId>(id: K, answers: Answers, so: Answers, date: IsoDate): Answers[K] | undefined {
  const allowed = answersFor(id, date, so);
  const value = answers[id];
  if (question(id).kind !== 'multiple') return typeof value === 'string' && allowed.includes(value) ? value : undefined;
  if (!Array.isArray(value)) return undefined;
  const chosen = new Set<string>(value.filter((v) => allowed.includes(v)));
  // An exclusive answer ("none of these") does not stand beside others.
  if (chosen.size > 1) for (const v of chosen) if (isExclusive(id, v)) chosen.delete(v);
  if (chosen.size === 0) return undefined;
  // A canonical order, so the result does not depend on the order of the choices.
  const order = [...CATEGORIES.map((c) => c.id as string), ...question(id).answers.map((a) => a.id)];
  return [...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b)) as unknown as Answers[K];
}

/** Sets the facts that follow from what is known, or marks them unknown. */
function derive(facts: Facts, unknown: Known): void {
  if (unknown.category) {
    unknown.stateCategory = true;
    return;
  }
  if (facts.category === 'if-not-working') {
    if (unknown.work) unknown.stateCategory = true;
    else facts.stateCategory = facts.work === 'none';
  } else if (facts.category !== undefined) {
    facts.stateCategory = facts.category === 'unconditional';
  }
}

/** Three-valued match: a fact not yet known may still match. */
function matches(when: Match | undefined, facts: Facts, unknown: Known = {}): 'yes' | 'no' | 'maybe' {
  let result: 'yes' | 'maybe' = 'yes';
  for (const [key, expected] of Object.entries(when ?? {}) as [keyof Facts, unknown][]) {
    if (unknown[key]) {
      result = 'maybe';
      continue;
    }
    const actual = facts[key];
    const ok = Array.isArray(expected) ? expected.includes(actual) : actual === expected;
    if (!ok) return 'no';
  }
  return result;
}

/**
 * Walks the question flow with the answers given. With `toEnd`, it goes on past the first
 * unanswered question, treating what is unknown as possibly matching (for `questionsFor`).
 */
function walk(raw: Answers, date: IsoDate, toEnd = false): Walk {
  const facts: Facts = { osms: date >= OSMS_START };
  const unknown: Known = {};
  const answers: Answers = {};
  const asked: QuestionId[] = [];
  let applicable: CategoryId[] = [];
  let next: QuestionId | 'done' = 'done';

  for (const step of FLOW) {
    if (!inForce(step, date)) continue;
    const match = matches(step.when, facts, unknown);
    if (match === 'no') {
      if (step.question === 'categories') facts.category = 'none';
      derive(facts, unknown);
      continue;
    }
    const value = offered(step.question, raw, answers, date);
    if (value === undefined || match === 'maybe') {
      if (next === 'done' && match === 'yes' && value === undefined) next = step.question;
      if (!toEnd) break;
      asked.push(step.question);
      markUnknown(step.question, unknown);
      derive(facts, unknown);
      continue;
    }
    asked.push(step.question);
    Object.assign(answers, { [step.question]: value });
    applicable = record(step.question, answers, facts) ?? applicable;
    derive(facts, unknown);
  }
  // Categories count only once they decide the outcome.
  if (facts.stateCategory !== true) applicable = [];
  return { facts, unknown, asked, next, answers, applicable };
}

function markUnknown(id: QuestionId, unknown: Known): void {
  const fact = ({ residency: 'residency', categories: 'category', work: 'work', payments: 'payments', 'paid-60-months': 'paid60' } as const)[id];
  unknown[fact] = true;
}

/** Turns an answer into facts; returns the categories that can apply. */
function record(id: QuestionId, answers: Answers, facts: Facts): CategoryId[] | undefined {
  switch (id) {
    case 'residency':
      facts.residency = answers.residency;
      return undefined;
    case 'categories': {
      const chosen = (answers.categories ?? []).filter((c): c is CategoryId => c !== 'none').map(category);
      const unconditional = chosen.filter((c) => !c.requiresNoWork);
      facts.category = unconditional.length ? 'unconditional' : chosen.length ? 'if-not-working' : 'none';
      // If one category applies whatever one does, the others are not needed to decide.
      return (unconditional.length ? unconditional : chosen).map((c) => c.id);
    }
    case 'work':
      facts.work = answers.work;
      return undefined;
    case 'payments':
      facts.payments = answers.payments;
      return undefined;
    case 'paid-60-months':
      facts.paid60 = answers['paid-60-months'];
      return undefined;
  }
}

/** The next question to ask, or `done`. Answers not offered on the day are ignored. */
export function nextQuestion(answers: Answers, options: AssessOptions = {}): QuestionId | 'done' {
  return walk(answers, days(options).rules).next;
}

/**
 * Every question this person will see, in order: those answered on the path, then those
 * that may still come. The count only shrinks as answers come in; on a finished path it is
 * exactly the questions asked.
 */
export function questionsFor(answers: Answers, options: AssessOptions = {}): QuestionId[] {
  return walk(answers, days(options).rules, true).asked;
}

function resolveSteps(steps: readonly StepRef[], facts: Facts): NextStepId[] {
  return steps.flatMap((s) => (typeof s === 'string' ? [s] : matches(s.when, facts) === 'yes' ? [s.step] : []));
}

function reasonsOf(w: Walk): AnswerRef[] {
  const refs: AnswerRef[] = [];
  for (const id of w.asked) {
    if (id === 'categories') {
      if (w.applicable.length) refs.push(...w.applicable.map((c): AnswerRef => `categories:${c}`));
      else if (w.answers.categories?.includes('none')) refs.push('categories:none');
      continue;
    }
    const value = w.answers[id];
    if (typeof value === 'string') refs.push(`${id}:${value}`);
  }
  return refs;
}

/** The outcome for the answers given, under the rules in force on `options.date`. */
export function assess(answers: Answers, options: AssessOptions = {}): Assessment {
  const day = days(options);
  const w = walk(answers, day.rules);
  const { facts } = w;
  const decision = decisionsOn(day.rules).find((r) => matches(r.decide.when, facts) === 'yes')!;
  const entitled = facts.residency ? entitlement(facts.residency, day.rules) : undefined;
  // An unanswered residency is read as a resident's, the most common case.
  const gobmp = entitled?.gobmp ?? true;

  let status: Status = decision.decide.status;
  let route: Route = decision.decide.route;
  // `not-insured` means GOBMP only: without a right to GOBMP it is emergency care only.
  if (status === 'not-insured' && !gobmp) [status, route] = ['emergency-only', 'none'];

  const packages: PackageId[] = [];
  if (gobmp && status !== 'emergency-only') packages.push('gobmp');
  if (facts.osms && INSURED.includes(status)) packages.push('osms');

  const categories = status === 'insured-state' ? w.applicable : [];
  const budgets = categories.map((c) => budgetOn(category(c), day.rules));
  const payer: Budget | undefined = budgets.includes('republican') ? 'republican' : budgets.includes('local') ? 'local' : undefined;

  const ruleIds: RuleId[] = [decision.id, ...((decision.cites ?? []) as RuleId[])];
  if (entitled) ruleIds.push(entitled.rule);
  if (packages.includes('osms')) ruleIds.push('osms-start');
  if (payer === 'local') ruleIds.push('local-budget-categories');
  if (categories.some((c) => category(c).conditions.includes('departmental-care'))) ruleIds.push('departmental-care');

  return {
    status,
    route,
    packages,
    reasons: reasonsOf(w),
    nextSteps: [...new Set(nextStepsOn(resolveSteps(decision.decide.nextSteps, facts), day.rules))],
    rules: [...new Set(ruleIds)].filter((id) => inForce(rule(id), day.rules)),
    rulesDate: day.requested,
    categories,
    ...(payer ? { payer } : {}),
  };
}
