import type {
  AnswerRef,
  Answers,
  AssessOptions,
  Budget,
  CategoryId,
  CheckingFor,
  Facts,
  IsoDate,
  LastPaid,
  Match,
  MonthsMissed,
  PackageId,
  QuestionId,
  Route,
  Status,
} from './types.js';
import { addMonths, inForce, isIsoDate, lastDayOfMonth, monthsBetween, nextDay, today, valueOn } from './dates.js';
import { EPOCH, OSMS_START } from './data/epoch.js';
import { CATEGORIES, budgetOn, category } from './data/categories.js';
import {
  FLOW,
  FORMER_ANSWERS,
  LEGACY_PAYMENTS,
  MONTHS_BACK,
  MONTHS_MISSED,
  NOT_WORKING,
  answersFor,
  isExclusive,
  question,
  readAnswer,
  residencyGroups,
} from './data/questions.js';
import {
  CONTRIBUTIONS,
  CONTRIBUTION_PAYERS,
  GRACE_PERIODS,
  RULES,
  ADJUSTMENTS,
  CITED_WITH,
  MINIMUM_WAGE,
  STATUS_CONDITIONS,
  contributionsOn,
  decisionsOn,
  entitlement,
  gracePeriodsOn,
  monthlyAmount,
  rule,
  type Contribution,
  type RuleId,
  type StatusCondition,
  type StatusConditionId,
  type StepRef,
} from './data/rules.js';
import { STATUSES, statusMeaning } from './data/statuses.js';
import { NEXT_STEPS, nextStep, nextStepsOn, type NextStepId } from './data/next-steps.js';
import { KEPT_CARE, SERVICES, service, servicesOn, type KeptCareId, type ServiceId } from './data/services.js';

/** Thrown by `assess()` when the answers do not yet decide the outcome. */
export class IncompleteAnswersError extends Error {
  /** The first question on the person's path that has no (offered) answer. */
  readonly missing: QuestionId;
  constructor(missing: QuestionId) {
    super(
      `The answers are incomplete: "${missing}" is not answered (or not with an answer offered on the rules date).`,
    );
    this.name = 'IncompleteAnswersError';
    this.missing = missing;
  }
}

/** A contribution paid for the person, with its monthly amount in tenge when the base is fixed. */
export interface ContributionShare {
  id: string;
  payer: Contribution['payer'];
  /** Percent of the base. */
  rate: number;
  base: Contribution['base'];
  baseMultiple?: number;
  capMinimumWages?: number;
  place?: Contribution['place'];
  /** Tenge a month, when the base is a fixed sum known for the rules date. */
  monthly?: number;
  /** The rate, or the minimum wage the monthly sum comes from, is not confirmed by an official text. */
  unconfirmed?: true;
}

/**
 * What a person who pays for themselves pays, in tenge, for the year of the rules date:
 * `monthly` (one month), `keep-cover` (in grace: each month since the last paid one, up to
 * this month), `missed-months` (after a gap: the months missed, `months` to `monthsUpTo`),
 * `twelve-months` (the 12 months a self-payer needs paid, as arrears or ahead).
 */
export interface Amount {
  id: 'monthly' | 'keep-cover' | 'missed-months' | 'twelve-months';
  contribution: string;
  months: number;
  /** For a range of months (`missed-months`: 4 to 6): the most it can be. */
  monthsUpTo?: number;
  /** Tenge; absent when the minimum wage of that year is not yet set. */
  total?: number;
  /** Tenge for `monthsUpTo` months. */
  totalUpTo?: number;
  /** Percent of `baseMultiple` minimum wages. */
  rate: number;
  baseMultiple: number;
  /** The minimum wage the amount is computed from, when known. */
  minimumWage?: number;
  /** The rate or the minimum wage behind the sum is not confirmed by an official text. */
  unconfirmed?: true;
}

/** One thing that changes for this person within 12 months of the rules date. */
export type Change = (
  | { date: IsoDate; kind: 'status'; from: Status; to: Status }
  | { date: IsoDate; kind: 'service-added' | 'service-removed'; service: ServiceId }
  /** A service restated on `date`: `service` takes the place of `from` (one change, not removed and added). */
  | { date: IsoDate; kind: 'service-changed'; service: ServiceId; from: ServiceId }
  | { date: IsoDate; kind: 'payer'; from?: Budget; to?: Budget }
  | { date: IsoDate; kind: 'amount'; contribution: string; from?: number; to?: number }
  | { date: IsoDate; kind: 'rate'; contribution: string; from?: number; to?: number }
) & {
  /** The fact behind the change is not confirmed by an official text (shown as such). */
  unconfirmed?: true;
};

/** A fact that decided the outcome but is not confirmed by an official text. */
export type UnconfirmedRef = `${'rule' | 'category' | 'budget' | 'condition'}:${string}`;

export interface Assessment {
  /** Whom the check is for: the texts speak to the reader or about the child. */
  checkingFor: CheckingFor;
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
  /** For `insured-grace`: the last day of cover if nothing more is paid. */
  coveredUntil?: IsoDate;
  /** Conditions the status holds under (e.g. `while-not-working`). */
  conditions: StatusConditionId[];
  /** For statuses without (part of) GOBMP or OSMS: the care still given, by `KEPT_CARE` id. */
  keptCare: KeptCareId[];
  /** The contributions paid for the person, with the monthly amounts where the base is fixed. */
  contributions: ContributionShare[];
  /** For people who pay for themselves: how much, in tenge. */
  amounts: Amount[];
  /** What changes for this person in the 12 months after the rules date, in date order. */
  changes: Change[];
  /** The person could join OSMS by paying (shown why it pays to be insured). */
  canJoin: boolean;
  /**
   * Who pays what the result shows under "how much": `self` (the person is told to pay:
   * `amounts`, or a share of their own), `others` (an employer, a tax agent, a platform or
   * the state pays or holds back `contributions`), `none` (nothing to show).
   */
  payment: 'self' | 'others' | 'none';
  /** The unconfirmed facts that decided the status; empty when all are official. */
  unconfirmedBy: UnconfirmedRef[];
}

/** `{ unconfirmed: true }` to spread into an item whose fact is not confirmed; `{}` otherwise. */
const flag = (unconfirmed: boolean | undefined) => (unconfirmed ? { unconfirmed: true as const } : {});

/** Statuses from least to most coverage. */
export const STATUS_ORDER: readonly Status[] = /* @__PURE__ */ STATUSES.map((s) => s.id);

export function coverageRank(status: Status): number {
  return STATUS_ORDER.indexOf(status);
}

/** The requested day, and the day whose rules apply (no earlier than the data's first day). */
function days(options: AssessOptions): { requested: IsoDate; rules: IsoDate } {
  const requested = isIsoDate(options.date) ? options.date : today();
  // Stryker disable next-line EqualityOperator: on EPOCH itself both read EPOCH
  return { requested, rules: requested < EPOCH ? EPOCH : requested };
}

type Known = Partial<Record<keyof Facts, true>>;

/** The state of a walk through the question flow. */
interface Walk {
  facts: Facts;
  /** Facts not known because their question is unanswered. */
  unknown: Known;
  asked: QuestionId[];
  /** Questions not asked because their answer follows from earlier ones (a child's `categories`). */
  implied: QuestionId[];
  next: QuestionId | 'done';
  /** The answers that count: offered on the day and on the path. */
  answers: Answers;
  applicable: CategoryId[];
  /** For a gap in payments: the grace rule that applies and, while it runs, the last day of cover. */
  grace?: { rule: RuleId; until?: IsoDate };
}

/**
 * The answers as the rules read them, mapped once at the input: the former `payments`
 * answers stand in for an absent `last-paid` (see `LEGACY_PAYMENTS`).
 */
function fromInput(answers: Answers): Answers {
  if (answers['last-paid'] !== undefined || answers.payments === undefined) return answers;
  if (!Object.hasOwn(LEGACY_PAYMENTS, answers.payments)) return answers;
  return { ...answers, 'last-paid': LEGACY_PAYMENTS[answers.payments] };
}

/** Keeps only an answer the UI would offer on `date` after the answers so far. */
function offered<K extends QuestionId>(id: K, answers: Answers, so: Answers, date: IsoDate): Answers[K] | undefined {
  const allowed = answersFor(id, date, so);
  const value = readAnswer(id, answers[id]);
  if (question(id).kind !== 'multiple')
    return typeof value === 'string' && allowed.includes(value) ? (value as Answers[K]) : undefined;
  if (!Array.isArray(value)) return undefined;
  const chosen = new Set<string>(value.filter((v) => allowed.includes(v)));
  // An exclusive answer ("none of these") does not stand beside others.
  if (chosen.size > 1) for (const v of chosen) if (isExclusive(id, v)) chosen.delete(v);
  if (chosen.size === 0) return undefined;
  // A canonical order, so the result does not depend on the order of the choices.
  const order = [...CATEGORIES.map((c) => c.id as string), ...question(id).answers.map((a) => a.id)];
  return [...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b)) as unknown as Answers[K];
}

/** How many months before the rules date's month the last paid month was (undefined: no month). */
function monthsAgo(lastPaid: LastPaid): number | undefined {
  return lastPaid === 'over-6-months' ? undefined : MONTHS_BACK[lastPaid];
}

/**
 * Where the cover stands after the last paid month, under the grace rules in force on
 * `date`. `anchor` is the day the months were counted from (the rules date); a later
 * `date` sees the same last paid month further back.
 */
function graceOn(
  lastPaid: LastPaid,
  paid60: Facts['paid60'],
  date: IsoDate,
  anchor: IsoDate,
  monthsMissed?: MonthsMissed,
): { state: NonNullable<Facts['grace']>; rule?: RuleId; until?: IsoDate } {
  const periods = gracePeriodsOn(date);
  if (lastPaid === 'up-to-date') return { state: 'paying' };
  if (lastPaid === 'dont-know') return { state: 'unknown' };
  if (lastPaid === 'with-gaps') {
    // Judged by the same grace rule as stopping: missed months no more than the shortest
    // period in force never ended the status (no run of them can be longer).
    const shortest = periods.reduce((min, g) => Math.min(min, g.months), Infinity);
    const covered = monthsMissed !== undefined && MONTHS_MISSED[monthsMissed].most <= shortest;
    const period = periods.find((g) => g.months === shortest);
    return covered && period ? { state: 'gaps-covered', rule: period.rule } : { state: 'gaps' };
  }
  if (lastPaid === 'never') return { state: 'never' };
  const back = monthsAgo(lastPaid);
  if (back === undefined) return { state: 'lapsed' };
  const lastPaidMonth = addMonths(anchor, -back);
  const gap = monthsBetween(lastPaidMonth, date);
  const longest = periods.reduce((max, g) => Math.max(max, g.months), 0);
  const withLonger = periods.some((g) => g.after60Months);
  // Whether 60 months were paid matters only while the longer period would still run.
  if (withLonger && paid60 === undefined && gap <= longest) return { state: 'grace-unknown' };
  const period = periods
    .filter((g) => !g.after60Months || paid60 === 'yes')
    .sort((a, b) => b.months - a.months)
    .find((g) => gap <= g.months);
  if (!period) return { state: 'lapsed' };
  return {
    state: period.id,
    rule: period.rule,
    until: lastDayOfMonth(addMonths(lastPaidMonth, period.months)),
  };
}

/** Sets the facts that follow from what is known, or marks them unknown. */
function derive(
  facts: Facts,
  unknown: Known,
  w: Pick<Walk, 'grace' | 'applicable'>,
  date: IsoDate,
  anchor: IsoDate,
): void {
  if (unknown.lastPaid || unknown.monthsMissed) unknown.grace = true;
  else if (facts.lastPaid !== undefined) {
    const grace = graceOn(facts.lastPaid, unknown.paid60 ? undefined : facts.paid60, date, anchor, facts.monthsMissed);
    facts.grace = grace.state;
    w.grace = grace.rule ? { rule: grace.rule, ...(grace.until ? { until: grace.until } : {}) } : undefined;
  }
  if (unknown.category) {
    unknown.stateCategory = true;
    return;
  }
  const notWorking = facts.work !== undefined && NOT_WORKING.includes(facts.work);
  if (facts.category === 'if-not-working') {
    if (unknown.work) unknown.stateCategory = true;
    else facts.stateCategory = notWorking;
  } else if (facts.category !== undefined) {
    facts.stateCategory = facts.category === 'unconditional';
    // A residency that is itself a group for people who do not work (a kandas): saying one
    // does not work puts the person in it, ticked or not.
    if (!facts.stateCategory && facts.category === 'none' && !unknown.work && notWorking) {
      const own = residencyGroups(date, facts.residency);
      if (own.length) {
        facts.stateCategory = true;
        w.applicable = own;
      }
    }
  }
  facts.categories = facts.stateCategory ? w.applicable : [];
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
    const ok = Array.isArray(actual)
      ? actual.some((a) => (expected as readonly unknown[]).includes(a))
      : Array.isArray(expected)
        ? expected.includes(actual)
        : actual === expected;
    if (!ok) return 'no';
  }
  return result;
}

/** Whether the facts match a condition, or the best of several. */
function matchesAny(when: Match | readonly Match[] | undefined, facts: Facts, unknown: Known): 'yes' | 'no' | 'maybe' {
  if (!Array.isArray(when)) return matches(when as Match | undefined, facts, unknown);
  const results = (when as readonly Match[]).map((w) => matches(w, facts, unknown));
  return results.includes('yes') ? 'yes' : results.includes('maybe') ? 'maybe' : 'no';
}

/**
 * Walks the question flow with the answers given. With `toEnd`, it goes on past the first
 * unanswered question, treating what is unknown as possibly matching (for `questionsFor`).
 */
function walk(raw: Answers, date: IsoDate, toEnd = false, anchor: IsoDate = date): Walk {
  const facts: Facts = { osms: date >= OSMS_START, checkingFor: 'self' };
  const unknown: Known = {};
  const answers: Answers = {};
  const asked: QuestionId[] = [];
  const w: Walk = { facts, unknown, asked, implied: [], next: 'done', answers, applicable: [] };

  for (const step of FLOW) {
    if (!inForce(step, date)) continue;
    const match = matchesAny(step.when, facts, unknown);
    if (match === 'no') {
      if (step.question === 'categories') facts.category = 'none';
      derive(facts, unknown, w, date, anchor);
      continue;
    }
    // Counting ahead (`toEnd`), a question that may or may not apply but would be implied
    // where it does is never asked (a child is never asked for groups or work); what it
    // decides stays unknown.
    if (toEnd && match === 'maybe' && step.implied?.some((i) => matches(i.when, facts, unknown) === 'yes')) {
      markUnknown(step.question, unknown);
      derive(facts, unknown, w, date, anchor);
      continue;
    }
    const rule = match === 'yes' ? step.implied?.find((i) => matches(i.when, facts, unknown) === 'yes') : undefined;
    if (rule) {
      const implied = offered(step.question, { [step.question]: rule.answer } as Answers, answers, date);
      if (implied !== undefined) {
        w.implied.push(step.question);
        Object.assign(answers, { [step.question]: implied });
        w.applicable = record(step.question, answers, facts) ?? w.applicable;
        derive(facts, unknown, w, date, anchor);
        continue;
      }
    }
    const value = offered(step.question, raw, answers, date);
    if (step.optional && value === undefined) continue;
    if (value === undefined || match === 'maybe') {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: without toEnd a walk gets here only with match 'yes' and no value, and stops at the first; with toEnd its next is never read
      if (w.next === 'done' && match === 'yes' && value === undefined) w.next = step.question;
      if (!toEnd) break;
      asked.push(step.question);
      markUnknown(step.question, unknown);
      derive(facts, unknown, w, date, anchor);
      continue;
    }
    asked.push(step.question);
    Object.assign(answers, { [step.question]: value });
    w.applicable = record(step.question, answers, facts) ?? w.applicable;
    derive(facts, unknown, w, date, anchor);
  }
  // Categories count only once they decide the outcome.
  if (facts.stateCategory !== true) w.applicable = [];
  return w;
}

function markUnknown(id: QuestionId, unknown: Known): void {
  unknown[question(id).fact] = true;
}

/** Turns an answer into facts; returns the categories that can apply. */
function record(id: QuestionId, answers: Answers, facts: Facts): CategoryId[] | undefined {
  if (id === 'categories') {
    const chosen = (answers.categories ?? []).filter((c): c is CategoryId => c !== 'none').map(category);
    const unconditional = chosen.filter((c) => !c.requiresNoWork);
    facts.category = unconditional.length ? 'unconditional' : chosen.length ? 'if-not-working' : 'none';
    // If one category applies whatever one does, the others are not needed to decide.
    return (unconditional.length ? unconditional : chosen).map((c) => c.id);
  }
  Object.assign(facts, { [question(id).fact]: answers[id] });
  // A visitor from an EAEU country who came to work, or to live with family, is an EAEU
  // worker or in one's family: they take part in OSMS (once there is OSMS).
  const eaeu = facts.visitorCountry === 'eaeu' && ['work', 'family'].includes(facts.stayPurpose!);
  if (id === 'stay-purpose' && facts.osms && eaeu) facts.residency = 'eaeu-worker';
  return undefined;
}

/** The next question to ask, or `done`. Answers not offered on the day are ignored. */
export function nextQuestion(answers: Answers, options: AssessOptions = {}): QuestionId | 'done' {
  return walk(fromInput(answers), days(options).rules).next;
}

/**
 * Every question this person will see, in order: those answered on the path, then those
 * that may still come. The count only shrinks as answers come in; on a finished path it is
 * exactly the questions asked.
 */
export function questionsFor(answers: Answers, options: AssessOptions = {}): QuestionId[] {
  return walk(fromInput(answers), days(options).rules, true).asked;
}

function resolveSteps(steps: readonly StepRef[], facts: Facts): NextStepId[] {
  return steps.flatMap((s) => (typeof s === 'string' ? [s] : matches(s.when, facts) === 'yes' ? [s.step] : []));
}

function reasonsOf(w: Walk): AnswerRef[] {
  const refs: AnswerRef[] = [];
  const decided = new Set([...w.asked, ...w.implied]);
  for (const { question: id } of FLOW) {
    if (!decided.has(id)) continue;
    if (id === 'checking-for' && w.answers['checking-for'] !== 'child') continue;
    // The implied `work: none` of a child says nothing the child's own answers do not.
    if (id === 'work' && w.implied.includes(id)) continue;
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

/** The contributions paid for this person on `date`, with the fixed monthly amounts. */
function contributionsFor(w: Walk, route: Route, payer: Budget | undefined, date: IsoDate): ContributionShare[] {
  // People exempt from contributions have none paid for them, by the state or anyone.
  if (payer === 'exempt') return [];
  const payers = route === 'state' ? CONTRIBUTION_PAYERS.state : w.facts.work ? CONTRIBUTION_PAYERS[w.facts.work] : [];
  const wage = valueOn(MINIMUM_WAGE, date);
  return contributionsOn(date)
    .filter((c) => payers.includes(c.payer))
    .map((c) => {
      const monthly = monthlyAmount(c, date);
      const unconfirmed = c.unconfirmed || (c.base === 'minimum-wage' && wage?.unconfirmed);
      return {
        id: c.id,
        payer: c.payer,
        rate: c.rate,
        base: c.base,
        ...(c.baseMultiple !== undefined ? { baseMultiple: c.baseMultiple } : {}),
        ...(c.capMinimumWages !== undefined ? { capMinimumWages: c.capMinimumWages } : {}),
        ...(c.place !== undefined ? { place: c.place } : {}),
        ...(monthly !== undefined ? { monthly } : {}),
        ...flag(unconfirmed),
      };
    });
}

/**
 * What a person who pays for themselves pays: a month, the months to keep the cover, 12
 * months. Only for people whose next steps include paying (not EAEU workers, for example).
 */
function amountsFor(
  w: Walk,
  status: Status,
  shares: ContributionShare[],
  steps: readonly NextStepId[],
  date: IsoDate,
): Amount[] {
  // The contributions the person is told to pay (`NextStep.pays`): a step shown says what is paid.
  const payers = steps.map((step) => nextStep(step).pays).filter(Boolean);
  const own = shares.find((c) => payers.includes(c.payer) && c.base === 'minimum-wage');
  if (!own || own.baseMultiple === undefined) return [];
  const minimumWage = valueOn(MINIMUM_WAGE, date)?.value;
  const amount = (id: Amount['id'], months: number): Amount => ({
    id,
    contribution: own.id,
    months,
    rate: own.rate,
    baseMultiple: own.baseMultiple!,
    ...(own.monthly !== undefined ? { total: own.monthly * months } : {}),
    ...(minimumWage !== undefined ? { minimumWage } : {}),
    ...flag(own.unconfirmed),
  });
  const amounts = [amount('monthly', 1)];
  const back = w.facts.lastPaid ? monthsAgo(w.facts.lastPaid) : undefined;
  const missed = w.facts.monthsMissed ? MONTHS_MISSED[w.facts.monthsMissed] : undefined;
  const gap = w.facts.grace === 'gaps' || w.facts.grace === 'gaps-covered';
  if (status === 'insured-grace' && back !== undefined) amounts.push(amount('keep-cover', back));
  // After a gap only the missed months are due, not twelve.
  if (gap && missed) {
    const range = amount('missed-months', missed.least);
    if (missed.most > missed.least)
      Object.assign(range, {
        monthsUpTo: missed.most,
        ...(own.monthly !== undefined ? { totalUpTo: own.monthly * missed.most } : {}),
      });
    amounts.push(range);
  } else if (status === 'not-insured' && own.payer === 'self-payer') amounts.push(amount('twelve-months', 12));
  return amounts;
}

/**
 * Who pays what the result shows under "how much" (see `Assessment.payment`): the sums a
 * person is told to pay, or the share of income paid through the self-employed regime;
 * else what others pay or hold back while they do.
 */
function paymentOf(
  route: Route,
  shares: readonly ContributionShare[],
  amounts: readonly Amount[],
): Assessment['payment'] {
  if (amounts.length || shares.some((c) => c.payer === 'self-employed-regime')) return 'self';
  if ((route === 'state' || route === 'employer') && shares.length) return 'others';
  return 'none';
}

/**
 * The unconfirmed facts among those that decided the status: the deciding rules (not the
 * rules merely cited beside them), the categories, their budget and the conditions.
 */
function unconfirmedOf(
  ruleIds: readonly RuleId[],
  categories: readonly CategoryId[],
  conditions: readonly StatusConditionId[],
  date: IsoDate,
): UnconfirmedRef[] {
  const refs: UnconfirmedRef[] = [];
  for (const id of ruleIds) if (rule(id).unconfirmed) refs.push(`rule:${id}`);
  for (const id of categories) {
    const c = category(id);
    if (c.unconfirmed) refs.push(`category:${id}`);
    if (valueOn(c.budget, date)?.unconfirmed) refs.push(`budget:${id}`);
  }
  for (const id of conditions) {
    const condition: StatusCondition | undefined = STATUS_CONDITIONS.find((c) => c.id === id);
    if (condition?.unconfirmed) refs.push(`condition:${id}`);
  }
  return refs;
}

type Outcome = Omit<Assessment, 'changes'>;

/** The outcome on `date`, with `last-paid` counted from `anchor`; undefined if incomplete. */
function evaluate(answers: Answers, date: IsoDate, anchor: IsoDate, requested: IsoDate): Outcome | QuestionId {
  const w = walk(answers, date, false, anchor);
  if (w.next !== 'done') return w.next;
  const { facts } = w;
  facts.departmental = w.applicable.some((c) => category(c).conditions.includes('departmental-care'));
  // The republican budget wins over a local one; `exempt` only when nobody pays.
  const budgets = w.applicable.map((c) => budgetOn(category(c), date));
  const statePayer = (['republican', 'local', 'exempt'] as const).find((b) => budgets.includes(b));
  if (facts.stateCategory && statePayer) facts.payer = statePayer;
  const decision = decisionsOn(date).find((r) => matches(r.decide.when, facts) === 'yes')!;
  const entitled = facts.residency ? entitlement(facts.residency, date) : undefined;
  const gobmp = entitled?.gobmp ?? true;

  let status: Status = decision.decide.status;
  let route: Route = decision.decide.route;
  const ruleIds: RuleId[] = [decision.id, ...(decision.cites ?? [])];
  // The rules that decide the status: the decision, what it rests on for these facts, the entitlement.
  const deciding: RuleId[] = [
    decision.id,
    ...(decision.restsOn ?? []).filter((r) => matches(r.when, facts) === 'yes').map((r) => r.rule),
  ];
  facts.status = status;
  facts.gobmp = gobmp;
  for (const adjustment of ADJUSTMENTS) {
    if (matches(adjustment.when, facts) !== 'yes') continue;
    [status, route] = [adjustment.status, adjustment.route];
    facts.status = status;
    ruleIds.push(adjustment.rule, ...adjustment.cites);
    deciding.push(adjustment.rule);
  }

  const meaning = statusMeaning(status);
  const packages: PackageId[] = [];
  if (gobmp && meaning.gobmp) packages.push('gobmp');
  if (facts.osms && meaning.osms) packages.push('osms');

  const categories = meaning.statePaid ? w.applicable : [];
  const payer: Budget | undefined = meaning.statePaid ? facts.payer : undefined;

  if (entitled) ruleIds.push(entitled.rule);
  if (entitled) deciding.push(entitled.rule);
  for (const cited of CITED_WITH) if (matches(cited.when, facts) === 'yes') ruleIds.push(cited.rule);
  const rules = [...new Set(ruleIds)].filter((id) => inForce(rule(id), date));

  // Conditions: only when every category that applies needs not working, or names the condition.
  const chosen = categories.map(category);
  const conditions = STATUS_CONDITIONS.filter(
    (c) =>
      inForce(c, date) &&
      chosen.length > 0 &&
      ('categories' in c
        ? chosen.some((cat) => (c.categories as readonly string[]).includes(cat.id))
        : chosen.every((cat) => cat.requiresNoWork)),
  ).map((c) => c.id);

  const contributions = contributionsFor(w, route, payer, date);
  const keptCare = meaning.keptCare.filter((id) =>
    inForce(
      KEPT_CARE.find((k) => k.id === id)!,
      date,
    ),
  );

  const nextSteps = [...new Set(nextStepsOn(resolveSteps(decision.decide.nextSteps, facts), date))];
  const amounts = amountsFor(w, status, contributions, nextSteps, date);
  return {
    checkingFor: facts.checkingFor,
    status,
    route,
    packages,
    reasons: reasonsOf(w),
    nextSteps,
    rules,
    rulesDate: requested,
    categories,
    ...(payer ? { payer } : {}),
    ...(meaning.coverEnds && w.grace?.until ? { coveredUntil: w.grace.until } : {}),
    conditions,
    keptCare,
    contributions,
    amounts,
    canJoin: meaning.canJoin === true && entitled?.osms !== false && facts.osms,
    payment: paymentOf(route, contributions, amounts),
    unconfirmedBy: unconfirmedOf(
      [...new Set(deciding)].filter((id) => inForce(rule(id), date)),
      categories,
      conditions,
      date,
    ),
  };
}

/** Every day in the 12 months after `date` on which something in the data may change. */
function changeDays(date: IsoDate): IsoDate[] {
  const end = addMonths(date, 12);
  const days = new Set<IsoDate>();
  // Month by month (a grace period ends with a month), and every boundary of dated data.
  for (let i = 1; i <= 12; i++) days.add(addMonths(date, i).slice(0, 8) + '01');
  for (const list of DATED)
    for (const item of list) {
      if (item.since > date && item.since <= end) days.add(item.since);
      if (item.until) {
        const after = nextDay(item.until);
        if (after > date && after <= end) days.add(after);
      }
    }
  return [...days].filter((d) => d > date && d <= end).sort();
}

/** Everything dated that an outcome depends on, list by list (read as they stand). */
const DATED: readonly (readonly { since: IsoDate; until?: IsoDate }[])[] = [
  RULES,
  SERVICES,
  KEPT_CARE,
  CONTRIBUTIONS,
  MINIMUM_WAGE,
  GRACE_PERIODS,
  STATUS_CONDITIONS,
  NEXT_STEPS,
  /* @__PURE__ */ FLOW.filter((f): f is typeof f & { since: IsoDate } => f.since !== undefined),
  /* @__PURE__ */ CATEGORIES.flatMap((c) => [c, ...c.budget]),
];

/** The services of the packages both outcomes have: a package gained or lost is a change of status. */
function servicesIn(packages: readonly PackageId[], date: IsoDate): Set<ServiceId> {
  return new Set(packages.flatMap((p) => servicesOn(date, p).map((s) => s.id)));
}

/** Contributions a person pays or has withheld: only their rates are a change for the person. */
const OWN_PAYERS: readonly Contribution['payer'][] = [
  'employee',
  'gph',
  'platform',
  'self-employed',
  'self-payer',
  'esp',
];

/** What differs between the outcome before and on `date`. */
function differences(before: Outcome, beforeDate: IsoDate, after: Outcome, date: IsoDate): Change[] {
  const changes: Change[] = [];
  if (before.status !== after.status)
    changes.push({
      date,
      kind: 'status',
      from: before.status,
      to: after.status,
      // The day rests on the rules that decide either status (e.g. when a grace period ends).
      ...flag([...before.unconfirmedBy, ...after.unconfirmedBy].some((r) => r.startsWith('rule:'))),
    });
  const kept = after.packages.filter((p) => before.packages.includes(p));
  const was = servicesIn(kept, beforeDate);
  const now = servicesIn(kept, date);
  const gone = new Set([...was].filter((id) => !now.has(id)));
  // A service restated on the day is one change of it, not a removal and an addition.
  for (const id of now) {
    if (was.has(id)) continue;
    const added = service(id);
    const from = added.replaces as ServiceId | undefined;
    if (from && gone.delete(from))
      changes.push({ date, kind: 'service-changed', service: id, from, ...flag(added.unconfirmed) });
    else changes.push({ date, kind: 'service-added', service: id, ...flag(added.unconfirmed) });
  }
  for (const id of gone) changes.push({ date, kind: 'service-removed', service: id, ...flag(service(id).unconfirmed) });
  if (before.payer !== after.payer && before.status === after.status)
    changes.push({
      date,
      kind: 'payer',
      ...(before.payer ? { from: before.payer } : {}),
      ...(after.payer ? { to: after.payer } : {}),
      ...flag(after.unconfirmedBy.some((r) => r.startsWith('budget:'))),
    });
  // The monthly sum a person pays for themselves, and the rates of what they pay or have withheld.
  const monthly = (o: Outcome) => o.amounts.find((a) => a.id === 'monthly');
  const [oldSum, newSum] = [monthly(before), monthly(after)];
  if (oldSum && newSum && oldSum.contribution === newSum.contribution && oldSum.total !== newSum.total)
    changes.push({
      date,
      kind: 'amount',
      contribution: newSum.contribution,
      ...(oldSum.total !== undefined ? { from: oldSum.total } : {}),
      ...(newSum.total !== undefined ? { to: newSum.total } : {}),
      ...flag(newSum.unconfirmed),
    });
  for (const share of after.contributions) {
    if (!OWN_PAYERS.includes(share.payer)) continue;
    const old = before.contributions.find((c) => c.id === share.id && c.place === share.place);
    if (old && old.rate !== share.rate)
      changes.push({
        date,
        kind: 'rate',
        contribution: share.id,
        from: old.rate,
        to: share.rate,
        ...flag(share.unconfirmed),
      });
  }
  return changes;
}

/**
 * What changes for this person in the 12 months after the rules date, if their answers
 * stay true and nothing more is paid: the assessment compared on every day the data or the
 * months since the last payment can change it.
 */
function upcomingChanges(path: Answers, start: Outcome, anchor: IsoDate): Change[] {
  const changes: Change[] = [];
  let before = start;
  let beforeDate = anchor;
  // Whether 60 months were paid is asked only when it matters; later it may matter without
  // an answer: then the shorter period is assumed, so no cover is promised that may not be there.
  // Only the answers on today's path count: a question that a later rule adds is unanswered,
  // and that day is skipped.
  const later: Answers = { 'paid-60-months': 'no', ...path };
  for (const day of changeDays(anchor)) {
    let after = evaluate(later, day, anchor, day);
    if (typeof after === 'string') {
      // That day's path cannot be walked (an answer is no longer offered, e.g. the single
      // aggregate payment after 2023), but a grace period still ends: the lapsed outcome
      // is the one today's rules give the same person once the months have run out.
      const graceOver =
        before.status === 'insured-grace' && before.coveredUntil !== undefined && day > before.coveredUntil;
      const lapsed = graceOver ? evaluate({ ...later, 'last-paid': 'over-6-months' }, anchor, anchor, day) : after;
      if (typeof lapsed === 'string') continue;
      after = lapsed;
    }
    changes.push(...differences(before, beforeDate, after, day));
    before = after;
    beforeDate = day;
  }
  return changes;
}

/**
 * The outcome for the answers given, under the rules in force on `options.date`. Throws
 * `IncompleteAnswersError` (naming the missing question) when the answers do not decide it.
 */
export function assess(answers: Answers, options: AssessOptions = {}): Assessment {
  const day = days(options);
  let given = fromInput(answers);
  let outcome = evaluate(given, day.rules, day.rules, day.requested);
  // Answers complete before a question was added keep their result (FORMER_ANSWERS).
  while (typeof outcome === 'string') {
    const missing: QuestionId = outcome;
    const former = FORMER_ANSWERS[missing];
    if (former === undefined || given[missing] !== undefined) break;
    if (!answersFor(missing, day.rules, given).includes(former as string)) break;
    given = { ...given, [missing]: former };
    outcome = evaluate(given, day.rules, day.rules, day.requested);
  }
  if (typeof outcome === 'string') throw new IncompleteAnswersError(outcome);
  return { ...outcome, changes: upcomingChanges(walk(given, day.rules).answers, outcome, day.rules) };
}
