import type { CategoryId, Dated, DatedValue, IsoDate, Match, Residency, Route, Status, Work } from '../types.js';
import type { KeptCareId } from './services.js';
import { INSURED_STATUSES, STATUSES } from './statuses.js';
import { inForce, valueOn } from '../dates.js';
import type { NextStepId } from './next-steps.js';
import { EPOCH, OSMS_START } from './epoch.js';
import {
  CONSUMER_RULES,
  CONSUMER_RULES_2026_KK,
  DEPARTMENTAL_CARE_MVD,
  FUND_FOREIGNERS_FAQ,
  GRACE_3_MONTHS,
  HEALTH_CODE,
  LAW_OSMS,
  PLATFORM_2026,
  POLYCLINIC_2019,
  PREPAY_2022,
  RATES_2023,
  RATES_2026,
  STATE_RATE,
  BUDGET_2026,
  LOCAL_BUDGETS_2026,
  LOCAL_BUDGETS_2026_NEWS,
  DANGEROUS_DISEASES_ORDER,
  FUND_EAEU_ATTACHMENT,
  FUND_EAEU_FAQ,
  GUARANTEES_PROGRAMME_2026,
  LAW_206,
  FOREIGN_WORKER_INSURANCE,
  SELF_EMPLOYED_REGIME_TAX,
} from './sources.js';
import { NOT_WORKING, SELF_PAYING, WITHHELD } from './questions.js';

/** A next step, possibly only for people whose facts match. */
export type StepRef = NextStepId | { step: NextStepId; when: Match };

/** An outcome: the first decision in force whose `when` matches the facts wins. */
export interface Decision {
  when: Match;
  status: Status;
  route: Route;
  nextSteps: readonly StepRef[];
}

export interface Rule extends Dated {
  id: string;
  decide?: Decision;
  /** Rules cited with this one when in force (shown with their sources). */
  cites?: readonly string[];
  /**
   * Rules that decide the outcome with this one, for the facts in `when` (e.g. the
   * 12-month rule for a self-payer): an unconfirmed one flags the status as unconfirmed.
   */
  restsOn?: readonly { rule: string; when: Match }[];
}

const RESIDENTS: readonly Residency[] = ['citizen', 'kandas', 'permit'];
/** Registering as unemployed: only for people who do not work and are looking for work. */
const REGISTER: StepRef = {
  step: 'register-unemployed',
  when: { work: ['looking-for-work', 'none'], residency: RESIDENTS },
};
/**
 * How a person who pays for themselves pays, by kind of work. Someone who earns without a
 * registration joins the self-employed regime (from 2026) or pays as a self-payer.
 */
const HOW_TO_PAY: readonly StepRef[] = [
  { step: 'pay-as-ie', when: { work: ['self-employed'] } },
  { step: 'pay-in-self-employed-regime', when: { work: ['self-employed-regime'] } },
  { step: 'join-self-employed-regime', when: { work: ['informal'] } },
  { step: 'pay-esp', when: { work: ['esp'] } },
  { step: 'pay-self-payer', when: { work: ['informal', ...NOT_WORKING], residency: RESIDENTS } },
];
/** The missed months, for those who pay for themselves. */
const PAY_ARREARS: StepRef = { step: 'pay-arrears', when: { work: SELF_PAYING } };
/** When the contributions an employer, a tax agent or a platform holds back stop arriving. */
const WITHHELD_STOPPED: readonly StepRef[] = [
  { step: 'ask-employer-arrears', when: { work: ['employee'] } },
  { step: 'ask-payer', when: { work: ['gph', 'platform'] } },
  { step: 'complain-unpaid-contributions', when: { work: ['employee', 'gph'] } },
  { step: 'private-client-pay-yourself', when: { work: ['gph'] } },
];
/** Where to check the status: the apps most people already use first, then egov.kz and the Fund. */
const CHECK_STATUS: readonly NextStepId[] = ['check-status-app', 'check-status-egov', 'check-status-fund'];
/** A parent's steps for a child: the birth record with the child's IIN, the polyclinic, the 18th birthday. */
const FOR_CHILD: readonly StepRef[] = [
  { step: 'child-attach-polyclinic', when: { checkingFor: ['child'] } },
  { step: 'child-register-birth', when: { checkingFor: ['child'] } },
  { step: 'child-turns-18', when: { checkingFor: ['child'] } },
];
/** EAEU workers and families: an imputed or voluntary contract, attachment in person; first for them. */
const EAEU_FIRST: StepRef = { step: 'attach-with-insurance-contract', when: { residency: ['eaeu-worker'] } };
const FOR_EAEU: readonly StepRef[] = [
  { step: 'attach-with-insurance-contract', when: { residency: ['eaeu-worker'] } },
  { step: 'emergency-103', when: { residency: ['eaeu-worker'] } },
];
/**
 * Visitors: an emergency first, whoever they are; then what pays for the rest, by why they
 * are here: the imputed insurance of a work contract, the policy of a residence permit
 * (not asked of EAEU citizens), travel insurance; voluntary insurance for all.
 */
const FOR_VISITOR: readonly StepRef[] = [
  'emergency-103',
  { step: 'work-insurance-contract', when: { stayPurpose: ['work'] } },
  { step: 'residence-permit-insurance', when: { stayPurpose: ['study', 'family'], visitorCountry: ['cis', 'other'] } },
  { step: 'travel-insurance', when: { stayPurpose: ['visit'] } },
  'voluntary-insurance',
];

/** Still insured after the last paid month: what keeps the cover, by who should pay. */
const IN_GRACE: readonly StepRef[] = [
  EAEU_FIRST,
  ...WITHHELD_STOPPED,
  REGISTER,
  PAY_ARREARS,
  ...HOW_TO_PAY,
  ...CHECK_STATUS,
  'own-polyclinic',
  ...FOR_EAEU,
];

/** The rules a status decided by contributions rests on, by how the person works. */
const WORK_RULES = [
  { rule: 'civil-contract-withheld', when: { work: ['gph'] } },
  { rule: 'platform-withheld', when: { work: ['platform'] } },
  { rule: 'self-employed-regime-contributions', when: { work: ['self-employed-regime'] } },
] as const satisfies readonly { rule: string; when: Match }[];

/**
 * The rules, each with its source. Rules with `decide` are the decision table, tried in
 * this order; the others are cited by them and by the engine.
 */
export const RULES = [
  // Who is entitled to what.
  { id: 'osms-start', since: OSMS_START, source: LAW_OSMS },
  { id: 'gobmp-residents', since: EPOCH, source: HEALTH_CODE },
  // Law 405-V art. 2 item 2: kandases and permanent residents have the rights of citizens.
  { id: 'residents-equal-rights', since: EPOCH, source: LAW_OSMS },
  // The Fund: EAEU workers and families take part in OSMS like citizens.
  { id: 'eaeu-workers-osms', since: OSMS_START, source: FUND_EAEU_FAQ },
  // They attach in person with a voluntary or imputed (вменённое) insurance contract.
  { id: 'eaeu-attachment-contract', since: '2023-08-14', source: FUND_EAEU_ATTACHMENT },
  // Whoever has no right to GOBMP keeps only what the Code gives everyone on the territory:
  // the engine turns `not-insured` into `emergency-only` for them (see ENTITLEMENTS).
  { id: 'no-gobmp-without-entitlement', since: EPOCH, source: HEALTH_CODE },
  // Every temporary resident: free care for acute diseases dangerous to others.
  { id: 'dangerous-diseases-for-all', since: EPOCH, source: DANGEROUS_DISEASES_ORDER },
  { id: 'local-budget-categories', since: '2026-01-01', source: LAW_OSMS },
  { id: 'departmental-care', since: EPOCH, source: DEPARTMENTAL_CARE_MVD, unconfirmed: true },
  // Self-payers: each of the last 12 months paid (or 12 months ahead since 5.09.2022);
  // until 1 July 2021, 3 months in a row were enough (Law 405-V art. 40).
  { id: 'self-payer-3-months', since: OSMS_START, until: '2021-06-30', source: LAW_OSMS },
  { id: 'self-payer-12-months', since: '2021-07-01', source: CONSUMER_RULES, unconfirmed: true },
  { id: 'prepay-12-months', since: '2022-09-05', source: PREPAY_2022, unconfirmed: true },
  { id: 'arrears-restore-status', since: OSMS_START, source: GRACE_3_MONTHS, unconfirmed: true },
  {
    id: 'single-aggregate-payment',
    since: '2019-01-01',
    until: '2023-12-31',
    source: POLYCLINIC_2019,
    unconfirmed: true,
  },
  // The special tax regime for the self-employed: 4% of income through an app, which
  // includes the OSMS contribution (news reports; the Tax Code's article was not read).
  {
    id: 'self-employed-regime-contributions',
    since: '2026-01-01',
    source: SELF_EMPLOYED_REGIME_TAX,
    unconfirmed: true,
  },
  // Since 1 May 2023 a foreigner staying temporarily is employed only with an imputed
  // health insurance contract (Labour Code art. 26, as reported).
  { id: 'foreign-worker-insurance', since: '2023-05-01', source: FOREIGN_WORKER_INSURANCE, unconfirmed: true },
  // The State Corporation updates the social status of people the state pays for.
  { id: 'preferential-status-fix', since: OSMS_START, source: LAW_OSMS, unconfirmed: true },
  // The minimum wage of the year, from the law on the republican budget: the base of the
  // fixed contributions.
  { id: 'minimum-wage-base', since: '2024-01-01', source: BUDGET_2026, unconfirmed: true },

  // The decision table.
  {
    id: 'cis-emergency-care',
    since: EPOCH,
    source: FUND_FOREIGNERS_FAQ,
    unconfirmed: true,
    cites: ['dangerous-diseases-for-all', 'foreign-worker-insurance'],
    decide: {
      when: { residency: ['visitor'], visitorCountry: ['eaeu', 'cis'] },
      status: 'emergency-only',
      route: 'none',
      nextSteps: FOR_VISITOR,
    },
  },
  {
    id: 'visitor-limited-care',
    since: EPOCH,
    source: DANGEROUS_DISEASES_ORDER,
    cites: ['dangerous-diseases-for-all', 'foreign-worker-insurance'],
    decide: {
      when: { residency: ['visitor'] },
      status: 'paid-care',
      route: 'none',
      // An emergency first, for every visitor: a 103 call must never wait for the question of who pays.
      nextSteps: FOR_VISITOR,
    },
  },
  {
    id: 'no-osms-before-2020',
    since: EPOCH,
    until: '2019-12-31',
    source: LAW_OSMS,
    decide: { when: { osms: false }, status: 'not-insured', route: 'none', nextSteps: ['own-polyclinic', ...FOR_EAEU] },
  },
  {
    id: 'refugee-gobmp-only',
    since: OSMS_START,
    source: GUARANTEES_PROGRAMME_2026,
    unconfirmed: true,
    decide: {
      when: { residency: ['refugee'] },
      status: 'not-insured',
      route: 'none',
      nextSteps: ['own-polyclinic', 'hotline-1406', 'refugee-if-working'],
    },
  },
  {
    // From 2026 nobody pays contributions for military, law-enforcement and special-body staff:
    // their service sends their data and the Fund records them as consumers.
    id: 'service-staff-exempt',
    since: '2026-01-01',
    source: CONSUMER_RULES_2026_KK,
    unconfirmed: true,
    decide: {
      when: { stateCategory: true, payer: ['exempt'] },
      status: 'insured-state',
      route: 'state',
      nextSteps: [...CHECK_STATUS, 'ask-service-personnel', 'own-polyclinic', 'hotline-1406', 'complain-about-care'],
    },
  },
  {
    id: 'state-pays-categories',
    since: OSMS_START,
    source: LAW_OSMS,
    cites: ['preferential-status-fix'],
    decide: {
      when: { stateCategory: true },
      status: 'insured-state',
      route: 'state',
      nextSteps: [
        ...FOR_CHILD,
        // The state knows of a pregnancy from its registration at the polyclinic.
        { step: 'register-pregnancy', when: { categories: ['pregnant-nonworking'] } },
        // A parent asks the polyclinic or 1406 about a child: the apps and egov.kz show the reader's own status.
        .../* @__PURE__ */ CHECK_STATUS.map((step) => ({ step, when: { checkingFor: ['self'] } }) as const),
        { step: 'after-birth', when: { categories: ['pregnant-nonworking'] } },
        { step: 'student-cover-ends', when: { categories: ['student'] } },
        { step: 'fix-preferential-status', when: { departmental: [false], checkingFor: ['self'] } },
        { step: 'ask-service-personnel', when: { departmental: [true] } },
        { step: 'working-pensioner', when: { categories: ['pensioner'] } },
        'own-polyclinic',
        'hotline-1406',
        'complain-about-care',
      ],
    },
  },
  {
    // 1 January – 30 June 2020: everyone taking part in OSMS had its care, paid or not.
    id: 'osms-for-all-2020',
    since: OSMS_START,
    until: '2020-06-30',
    source: LAW_OSMS,
    decide: {
      when: { residency: ['citizen', 'kandas', 'permit', 'eaeu-worker'] },
      status: 'insured-transition',
      route: 'none',
      nextSteps: ['own-polyclinic', 'hotline-1406', ...FOR_EAEU],
    },
  },
  {
    // An employee who does not know whether contributions arrive: how to look, and whom to ask.
    id: 'employer-pays',
    since: OSMS_START,
    source: LAW_OSMS,
    decide: {
      when: { work: ['employee'], grace: ['unknown'] },
      status: 'check-employer',
      route: 'employer',
      nextSteps: [
        EAEU_FIRST,
        ...CHECK_STATUS,
        'ask-employer',
        'own-polyclinic',
        'hotline-1406',
        'complain-about-care',
        ...FOR_EAEU,
      ],
    },
  },
  {
    // Withheld by a tax agent, and only in months with income under the contract.
    id: 'civil-contract-withheld',
    since: OSMS_START,
    source: RATES_2023,
    unconfirmed: true,
    decide: {
      when: { work: ['gph'], grace: ['unknown'] },
      status: 'check-payer',
      route: 'employer',
      nextSteps: [
        EAEU_FIRST,
        ...CHECK_STATUS,
        'ask-payer',
        'private-client-pay-yourself',
        'own-polyclinic',
        'hotline-1406',
        'complain-about-care',
        ...FOR_EAEU,
      ],
    },
  },
  {
    id: 'platform-withheld',
    since: '2026-01-01',
    source: PLATFORM_2026,
    unconfirmed: true,
    decide: {
      when: { work: ['platform'], grace: ['unknown'] },
      status: 'check-payer',
      route: 'employer',
      nextSteps: [
        EAEU_FIRST,
        ...CHECK_STATUS,
        'ask-payer',
        'own-polyclinic',
        'hotline-1406',
        'complain-about-care',
        ...FOR_EAEU,
      ],
    },
  },
  {
    // The contributions an employer, a tax agent or a platform holds back arrive: insured.
    // Months missed among them are the payer's to pay.
    id: 'withheld-contributions-arrive',
    since: OSMS_START,
    source: LAW_OSMS,
    restsOn: WORK_RULES,
    decide: {
      when: { work: WITHHELD, grace: ['paying', 'gaps-covered', 'gaps'] },
      status: 'insured-contributions',
      route: 'employer',
      nextSteps: [
        EAEU_FIRST,
        { step: 'ask-employer-arrears', when: { work: ['employee'], grace: ['gaps-covered', 'gaps'] } },
        { step: 'ask-payer', when: { work: ['gph', 'platform'], grace: ['gaps-covered', 'gaps'] } },
        ...CHECK_STATUS,
        'own-polyclinic',
        'hotline-1406',
        'complain-about-care',
        ...FOR_EAEU,
      ],
    },
  },
  {
    id: 'self-payer-current',
    since: OSMS_START,
    source: CONSUMER_RULES,
    unconfirmed: true,
    restsOn: WORK_RULES,
    cites: [
      'self-payer-3-months',
      'self-payer-12-months',
      'prepay-12-months',
      'single-aggregate-payment',
      'minimum-wage-base',
    ],
    decide: {
      when: { grace: ['paying'] },
      status: 'insured-contributions',
      route: 'self',
      nextSteps: [EAEU_FIRST, ...CHECK_STATUS, ...HOW_TO_PAY, 'own-polyclinic', 'complain-about-care', ...FOR_EAEU],
    },
  },
  {
    // Paying now after a gap no longer than the grace period: the status held; the missed
    // months are still due.
    id: 'self-payer-gaps-covered',
    since: '2021-07-01',
    source: GRACE_3_MONTHS,
    unconfirmed: true,
    cites: ['arrears-restore-status', 'minimum-wage-base'],
    decide: {
      when: { grace: ['gaps-covered'] },
      status: 'insured-contributions',
      route: 'self',
      nextSteps: [EAEU_FIRST, PAY_ARREARS, ...HOW_TO_PAY, ...CHECK_STATUS, 'own-polyclinic', ...FOR_EAEU],
    },
  },
  {
    id: 'grace-3-months',
    since: OSMS_START,
    source: GRACE_3_MONTHS,
    unconfirmed: true,
    cites: ['arrears-restore-status', 'single-aggregate-payment', 'minimum-wage-base'],
    decide: {
      when: { grace: ['grace-3'] },
      status: 'insured-grace',
      route: 'none',
      nextSteps: IN_GRACE,
    },
  },
  {
    id: 'grace-6-months-after-60',
    since: '2026-01-01',
    source: LAW_206,
    unconfirmed: true,
    cites: ['arrears-restore-status', 'minimum-wage-base'],
    decide: {
      when: { grace: ['grace-6'] },
      status: 'insured-grace',
      route: 'none',
      nextSteps: IN_GRACE,
    },
  },
  {
    // Paying now, but more months of the 12 before missed than the grace period covers: a
    // self-payer's status needs each of them paid, so the missed months come first (after
    // registering, for the unemployed).
    id: 'self-payer-gaps',
    since: '2021-07-01',
    source: CONSUMER_RULES,
    unconfirmed: true,
    cites: ['self-payer-12-months', 'arrears-restore-status', 'minimum-wage-base'],
    decide: {
      when: { grace: ['gaps'] },
      status: 'not-insured',
      route: 'none',
      nextSteps: [
        EAEU_FIRST,
        REGISTER,
        PAY_ARREARS,
        ...HOW_TO_PAY,
        ...CHECK_STATUS,
        'own-polyclinic',
        'hotline-1406',
        ...FOR_EAEU,
      ],
    },
  },
  {
    // Everyone else: GOBMP only until contributions are paid.
    id: 'not-paying',
    since: OSMS_START,
    source: LAW_OSMS,
    cites: [
      'self-payer-3-months',
      'self-payer-12-months',
      'prepay-12-months',
      'arrears-restore-status',
      'single-aggregate-payment',
      'minimum-wage-base',
    ],
    decide: {
      when: {},
      status: 'not-insured',
      route: 'none',
      nextSteps: [
        EAEU_FIRST,
        ...WITHHELD_STOPPED,
        REGISTER,
        ...HOW_TO_PAY,
        { step: 'pay-arrears', when: { grace: ['lapsed'], residency: RESIDENTS, work: SELF_PAYING } },
        { step: 'prepay-12-months', when: { residency: RESIDENTS, work: ['informal', ...NOT_WORKING] } },
        ...CHECK_STATUS,
        'own-polyclinic',
        'attach-where-you-live',
        'hotline-1406',
        'complain-about-care',
        ...FOR_EAEU,
      ],
    },
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

// Pure: left out of a bundle that never looks one up.
const BY_ID = /* @__PURE__ */ new Map<string, Rule>(/* @__PURE__ */ RULES.map((r) => [r.id, r]));

export function rule(id: RuleId): Rule {
  return BY_ID.get(id)!;
}

/**
 * A row of the decision table, its citations typed: a rule that cites or rests on an id that
 * is not a rule does not compile (RULES is checked against this type in `decisionsOn`).
 */
export interface DecisionRule extends Rule {
  id: RuleId;
  decide: Decision;
  cites?: readonly RuleId[];
  restsOn?: readonly { rule: RuleId; when: Match }[];
}

/** The decision table in force on `date`, in order. */
export function decisionsOn(date: IsoDate): readonly DecisionRule[] {
  return RULES.filter(
    (r): r is Extract<(typeof RULES)[number], { decide: Decision }> => 'decide' in r && inForce(r, date),
  );
}

/** What a residency is entitled to: GOBMP, and taking part in OSMS. */
export interface Entitlement extends Dated {
  residency: Residency;
  gobmp: boolean;
  osms: boolean;
  rule: RuleId;
}

export const ENTITLEMENTS: readonly Entitlement[] = [
  { residency: 'citizen', gobmp: true, osms: true, rule: 'gobmp-residents', since: EPOCH, source: HEALTH_CODE },
  { residency: 'kandas', gobmp: true, osms: true, rule: 'residents-equal-rights', since: EPOCH, source: LAW_OSMS },
  { residency: 'permit', gobmp: true, osms: true, rule: 'residents-equal-rights', since: EPOCH, source: LAW_OSMS },
  {
    residency: 'eaeu-worker',
    gobmp: false,
    osms: true,
    rule: 'eaeu-workers-osms',
    since: EPOCH,
    source: FUND_EAEU_FAQ,
  },
  {
    residency: 'refugee',
    gobmp: true,
    osms: false,
    rule: 'refugee-gobmp-only',
    since: EPOCH,
    source: GUARANTEES_PROGRAMME_2026,
    unconfirmed: true,
  },
  {
    residency: 'visitor',
    gobmp: false,
    osms: false,
    rule: 'visitor-limited-care',
    since: EPOCH,
    source: FUND_FOREIGNERS_FAQ,
  },
];

export function entitlement(residency: Residency, date: IsoDate): Entitlement | undefined {
  return ENTITLEMENTS.find((e) => e.residency === residency && inForce(e, date));
}

/** Who pays contributions and how much: the figures the UI shows under "how to pay". */
export interface Contribution extends Dated {
  id: string;
  payer:
    | 'employer'
    | 'employee'
    | 'gph'
    | 'self-employed'
    | 'self-employed-regime'
    | 'self-payer'
    | 'platform'
    | 'esp'
    | 'state';
  /** Percent of the base. */
  rate: number;
  base: 'pay' | 'income' | 'minimum-wage' | 'mrp' | 'average-wage-two-years-before';
  /** For a fixed base: how many minimum wages (or MRPs) it is. */
  baseMultiple?: number;
  /** Upper limit of the base, in minimum wages. */
  capMinimumWages?: number;
  /** ESP only: in cities of republican and regional significance, or elsewhere. */
  place?: 'city' | 'elsewhere';
}

export const CONTRIBUTIONS: readonly Contribution[] = [
  {
    id: 'employer-deductions',
    payer: 'employer',
    rate: 3,
    base: 'pay',
    capMinimumWages: 10,
    since: '2023-01-01',
    until: '2025-12-31',
    source: RATES_2023,
    unconfirmed: true,
  },
  {
    id: 'employer-deductions',
    payer: 'employer',
    rate: 3,
    base: 'pay',
    capMinimumWages: 40,
    since: '2026-01-01',
    source: RATES_2026,
    unconfirmed: true,
  },
  {
    id: 'employee-contributions',
    payer: 'employee',
    rate: 2,
    base: 'pay',
    capMinimumWages: 10,
    since: '2023-01-01',
    until: '2025-12-31',
    source: RATES_2023,
    unconfirmed: true,
  },
  {
    id: 'employee-contributions',
    payer: 'employee',
    rate: 2,
    base: 'pay',
    capMinimumWages: 20,
    since: '2026-01-01',
    source: RATES_2026,
    unconfirmed: true,
  },
  {
    id: 'civil-contract-contributions',
    payer: 'gph',
    rate: 2,
    base: 'income',
    capMinimumWages: 10,
    since: '2023-01-01',
    until: '2025-12-31',
    source: RATES_2023,
    unconfirmed: true,
  },
  // From 2026 the Fund raised the cap of employees' contributions to 20 minimum wages; a
  // civil-law contract's contributions are employees' contributions, so the same cap is
  // assumed (not stated by the Fund for this case).
  {
    id: 'civil-contract-contributions',
    payer: 'gph',
    rate: 2,
    base: 'income',
    capMinimumWages: 20,
    since: '2026-01-01',
    source: RATES_2026,
    unconfirmed: true,
  },
  {
    id: 'ie-contributions',
    payer: 'self-employed',
    rate: 5,
    base: 'minimum-wage',
    baseMultiple: 1.4,
    since: '2023-01-01',
    source: RATES_2023,
    unconfirmed: true,
  },
  {
    id: 'self-payer-contributions',
    payer: 'self-payer',
    rate: 5,
    base: 'minimum-wage',
    baseMultiple: 1,
    since: '2023-01-01',
    source: RATES_2023,
    unconfirmed: true,
  },
  {
    id: 'platform-contributions',
    payer: 'platform',
    rate: 1,
    base: 'income',
    capMinimumWages: 20,
    since: '2026-01-01',
    source: PLATFORM_2026,
    unconfirmed: true,
  },
  // The special tax regime for the self-employed: 4% of income through an app, which
  // includes the OSMS contribution (its share was not read in the Tax Code).
  {
    id: 'self-employed-regime-payment',
    payer: 'self-employed-regime',
    rate: 4,
    base: 'income',
    since: '2026-01-01',
    source: SELF_EMPLOYED_REGIME_TAX,
    unconfirmed: true,
  },
  // The whole single aggregate payment, of which OSMS was a part.
  {
    id: 'esp-payment',
    payer: 'esp',
    rate: 100,
    base: 'mrp',
    baseMultiple: 1,
    place: 'city',
    since: '2019-01-01',
    until: '2023-12-31',
    source: RATES_2023,
    unconfirmed: true,
  },
  {
    id: 'esp-payment',
    payer: 'esp',
    rate: 100,
    base: 'mrp',
    baseMultiple: 0.5,
    place: 'elsewhere',
    since: '2019-01-01',
    until: '2023-12-31',
    source: RATES_2023,
    unconfirmed: true,
  },
  {
    id: 'state-contributions',
    payer: 'state',
    rate: 2,
    base: 'average-wage-two-years-before',
    since: '2025-01-01',
    until: '2026-12-31',
    source: STATE_RATE,
    unconfirmed: true,
  },
  {
    id: 'state-contributions',
    payer: 'state',
    rate: 2.2,
    base: 'average-wage-two-years-before',
    since: '2027-01-01',
    source: STATE_RATE,
    unconfirmed: true,
  },
];

/**
 * Minimum monthly wage (МЗП), tenge, as each year's law on the republican budget sets it.
 * The value for 2027 is set by the budget law for 2027–2029, not yet known: no value then.
 */
export const MINIMUM_WAGE: readonly DatedValue<number>[] = [
  { since: '2023-01-01', until: '2023-12-31', source: RATES_2023, unconfirmed: true, value: 70_000 },
  { since: '2024-01-01', until: '2026-12-31', source: BUDGET_2026, unconfirmed: true, value: 85_000 },
];

/** Monthly calculation index (МРП), tenge: only needed for the ESP. */
export const MRP: readonly DatedValue<number>[] = [
  { since: '2023-01-01', until: '2023-12-31', source: RATES_2023, unconfirmed: true, value: 3_450 },
];

export function contributionsOn(date: IsoDate): readonly Contribution[] {
  return CONTRIBUTIONS.filter((c) => inForce(c, date));
}

/** The monthly amount in tenge for a fixed-base contribution, when the figures are known. */
export function monthlyAmount(c: Contribution, date: IsoDate): number | undefined {
  const unit =
    c.base === 'minimum-wage'
      ? valueOn(MINIMUM_WAGE, date)?.value
      : c.base === 'mrp'
        ? valueOn(MRP, date)?.value
        : undefined;
  if (unit === undefined || c.baseMultiple === undefined) return undefined;
  return Math.round((unit * c.baseMultiple * c.rate) / 100);
}

/**
 * How long the insured status lasts after the last paid month, whoever paid it. From
 * 2026, six months for people with 60 months in a row paid (not counting months the
 * state paid for them).
 */
export interface GracePeriod extends Dated {
  /** The state of the cover while this period runs (the `grace` fact the decision table reads). */
  id: 'grace-3' | 'grace-6';
  rule: RuleId;
  months: number;
  after60Months?: true;
}

export const GRACE_PERIODS: readonly GracePeriod[] = [
  { id: 'grace-3', rule: 'grace-3-months', months: 3, since: OSMS_START, source: GRACE_3_MONTHS, unconfirmed: true },
  {
    id: 'grace-6',
    rule: 'grace-6-months-after-60',
    months: 6,
    after60Months: true,
    since: '2026-01-01',
    source: LAW_206,
    unconfirmed: true,
  },
];

export function gracePeriodsOn(date: IsoDate): readonly GracePeriod[] {
  return GRACE_PERIODS.filter((g) => inForce(g, date));
}

/** Which contributions are paid for a person, by how they work (and the state's for a category). */
export const CONTRIBUTION_PAYERS: Readonly<Record<Work | 'state', readonly Contribution['payer'][]>> = {
  employee: ['employee', 'employer'],
  gph: ['gph'],
  platform: ['platform'],
  'self-employed': ['self-employed'],
  'self-employed-regime': ['self-employed-regime'],
  informal: ['self-payer'],
  esp: ['esp'],
  'looking-for-work': ['self-payer'],
  'not-working': ['self-payer'],
  none: ['self-payer'],
  state: ['state'],
};

/**
 * Conditions that the law sets on a status: it holds only while they are met. Categories
 * that need not working hold while the person does not work; the crisis and emergency
 * welfare levels (from 2026) also need attachment to a polyclinic, and the akimat pays the
 * contributions when the person seeks care.
 */
export interface StatusCondition extends Dated {
  id: string;
  /** Applies to these categories; absent: to every category that needs not working. */
  categories?: readonly CategoryId[];
}

export const STATUS_CONDITIONS = [
  { id: 'while-not-working', since: OSMS_START, source: LAW_OSMS },
  {
    id: 'attached-to-polyclinic',
    categories: ['crisis-welfare-level'],
    since: '2026-01-01',
    source: LOCAL_BUDGETS_2026_NEWS,
    unconfirmed: true,
  },
  // The Ministry's release: the akimats pay «медициналық көмекке жүгіну фактісі бойынша».
  {
    id: 'charged-when-seeking-care',
    categories: ['crisis-welfare-level'],
    since: '2026-01-01',
    source: LOCAL_BUDGETS_2026,
  },
] as const satisfies readonly StatusCondition[];

export type StatusConditionId = (typeof STATUS_CONDITIONS)[number]['id'];

/** The care a status keeps when GOBMP or OSMS is not there (see `KEPT_CARE`), from `STATUSES`. */
export const KEPT_CARE_BY_STATUS: Partial<Record<Status, readonly KeptCareId[]>> = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ STATUSES.filter((s) => s.keptCare.length).map((s) => [s.id, s.keptCare]),
);

/**
 * Changes made after the decision table, for facts that include the status it decided: the
 * rule that says so becomes one of the deciding rules, cited with `cites`.
 */
export interface Adjustment {
  rule: RuleId;
  when: Match;
  status: Status;
  route: Route;
  cites: readonly RuleId[];
}

export const ADJUSTMENTS: readonly Adjustment[] = [
  // `not-insured` means GOBMP only: without a right to GOBMP it is emergency care only.
  {
    rule: 'no-gobmp-without-entitlement',
    when: { status: ['not-insured'], gobmp: [false] },
    status: 'emergency-only',
    route: 'none',
    cites: ['dangerous-diseases-for-all'],
  },
];

/** Rules cited beside the outcome (after the entitlement's rule) when the facts and the final status match. */
export const CITED_WITH: readonly { rule: RuleId; when: Match }[] = [
  { rule: 'osms-start', when: { osms: true, status: INSURED_STATUSES } },
  { rule: 'local-budget-categories', when: { status: ['insured-state'], payer: ['local'] } },
  { rule: 'departmental-care', when: { status: ['insured-state'], departmental: [true] } },
  { rule: 'eaeu-attachment-contract', when: { residency: ['eaeu-worker'] } },
];
