/**
 * osms-widgets/core: the rules of free medical care (GOBMP) and compulsory social health
 * insurance (OSMS) in Kazakhstan as dated, cited data, and the engine that applies them.
 * Pure TypeScript: ids and data only; display strings live in the element layer.
 */
export type * from './types.js';
export {
  addMonths,
  changeWithin,
  inForce,
  isIsoDate,
  lastDayOfMonth,
  monthsBetween,
  nextDay,
  today,
  valueOn,
} from './dates.js';
export { EPOCH, OSMS_START } from './data/epoch.js';
export * as sources from './data/sources.js';
export { citedSources, isOfficial, sourceKind, type SourceKind } from './data/sources.js';
export {
  EXAMPLE_IDS,
  KEPT_CARE,
  LIST_GAPS,
  SERVICES,
  keptCareOn,
  listGapsOn,
  service,
  servicesOn,
  type ExampleId,
  type KeptCare,
  type KeptCareId,
  type ListGap,
  type ListGapId,
  type Service,
  type ServiceId,
} from './data/services.js';
export {
  CATEGORIES,
  CONDITIONS,
  PROOFS,
  budgetOn,
  categoriesOn,
  category,
  conditionsOn,
  numberOn,
  type Category,
  type ConditionId,
  type ProofId,
} from './data/categories.js';
export {
  CATEGORY_RESIDENCIES,
  EARNING,
  NOT_WORKING,
  SELF_PAYING,
  WITHHELD,
  MONTHS_MISSED,
  readAnswer,
  residencyGroups,
  FLOW,
  FORMER_ANSWERS,
  LEGACY_PAYMENTS,
  MONTHS_BACK,
  answerMonth,
  QUESTIONS,
  answersFor,
  answerGroups,
  FIRST_CATEGORIES,
  isExclusive,
  question,
  type FlowStep,
  type Question,
} from './data/questions.js';
export {
  ADJUSTMENTS,
  CITED_WITH,
  CONTRIBUTIONS,
  CONTRIBUTION_PAYERS,
  ENTITLEMENTS,
  GRACE_PERIODS,
  KEPT_CARE_BY_STATUS,
  STATUS_CONDITIONS,
  gracePeriodsOn,
  MINIMUM_WAGE,
  MRP,
  RULES,
  contributionsOn,
  decisionsOn,
  entitlement,
  monthlyAmount,
  rule,
  type Adjustment,
  type Contribution,
  type Decision,
  type DecisionRule,
  type Entitlement,
  type GracePeriod,
  type StatusCondition,
  type StatusConditionId,
  type Rule,
  type RuleId,
  type StepRef,
} from './data/rules.js';
export { INSURED_STATUSES, STATUSES, statusMeaning, type StatusMeaning } from './data/statuses.js';
export { NEXT_STEPS, nextStep, nextStepsOn, type NextStep, type NextStepId } from './data/next-steps.js';
export {
  IncompleteAnswersError,
  STATUS_ORDER,
  assess,
  coverageRank,
  nextQuestion,
  questionsFor,
  type Amount,
  type Assessment,
  type Change,
  type ContributionShare,
  type UnconfirmedRef,
} from './engine.js';
export { CHECKING_FOR, PAYMENT, QUESTION, STATUS } from './ids.js';
export { DATA_HORIZON, RULES_REVIEWED, isPastHorizon } from './data/currency.js';
export { NOT_FREE, notFreeOn, type NotFree, type NotFreeId } from './data/search-words.js';
