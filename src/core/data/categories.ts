import type { Budget, CategoryId, Dated, DatedValue, IsoDate, Residency } from '../types.js';
import { inForce, valueOn } from '../dates.js';
import {
  AKIMAT_ASTANA_STATUS,
  CHILD_RIGHTS_LAW,
  CONSUMER_RULES_2026,
  CONSUMER_RULES_2026_KK,
  DEPARTMENTAL_CARE_MVD,
  FUND_ASTANA_PREFERENTIAL,
  FUND_LIST_2026,
  LAW_OSMS,
  LOCAL_BUDGETS_2026,
  ORDER_DSM18_2022,
} from './sources.js';

/** What proves that a person belongs to a category (a registration or a document). */
export const PROOFS = [
  { id: 'population-register', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'employment-centre-registration', source: AKIMAT_ASTANA_STATUS },
  { id: 'pregnancy-registration', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'child-birth-record', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'employer-leave-order', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'carer-benefit-record', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'pension-record', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'penitentiary-record', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'detention-record', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'court-decision', source: ORDER_DSM18_2022, unconfirmed: true },
  { id: 'kandas-certificate', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'award-certificate', source: LAW_OSMS, unconfirmed: true },
  { id: 'disability-record', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'education-database', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'social-assistance-record', source: CONSUMER_RULES_2026, unconfirmed: true },
  { id: 'welfare-level-record', source: LOCAL_BUDGETS_2026, unconfirmed: true },
  { id: 'service-record', source: CONSUMER_RULES_2026, unconfirmed: true },
] as const satisfies readonly { id: string; source: string; unconfirmed?: true }[];
export type ProofId = (typeof PROOFS)[number]['id'];

/** Who exactly qualifies: ages, exceptions and other limits of a category. */
export const CONDITIONS = [
  // Law «О правах ребенка…», art. 1: a child is a person who has not reached 18.
  { id: 'under-18', source: CHILD_RIGHTS_LAW },
  { id: 'except-subsidised-jobs', source: LAW_OSMS, since: '2026-01-01' },
  { id: 'no-contributions-2-months', source: FUND_LIST_2026, unconfirmed: true },
  { id: 'one-legal-representative', source: FUND_LIST_2026, unconfirmed: true },
  { id: 'child-under-3', source: LAW_OSMS },
  { id: 'disability-group-1', source: ORDER_DSM18_2022 },
  { id: 'including-wwii-veterans', source: LAW_OSMS },
  { id: 'except-minimum-security', source: LAW_OSMS },
  { id: 'award-altyn-alqa', source: LAW_OSMS },
  { id: 'award-kumis-alqa', source: LAW_OSMS },
  { id: 'title-mother-heroine', source: LAW_OSMS },
  { id: 'order-maternal-glory', source: LAW_OSMS },
  { id: 'full-time-study', source: LAW_OSMS },
  { id: 'welfare-level-crisis-or-emergency', source: LAW_OSMS, since: '2026-01-01' },
  { id: 'no-pension-contributions-3-months', source: LAW_OSMS, since: '2026-01-01' },
  { id: 'paid-when-seeking-care', source: LOCAL_BUDGETS_2026, since: '2026-01-01' },
  { id: 'departmental-care', source: DEPARTMENTAL_CARE_MVD, unconfirmed: true },
] as const satisfies readonly { id: string; source: string; since?: IsoDate; unconfirmed?: true }[];
export type ConditionId = (typeof CONDITIONS)[number]['id'];

export interface Category extends Dated {
  id: CategoryId;
  /** Its number in the official list in force, by period. */
  numbers: readonly DatedValue<number>[];
  /** Which budget pays, by period. */
  budget: readonly DatedValue<Budget>[];
  /** Residencies the category exists for. */
  residency: readonly Residency[];
  /** The category applies only to people who do not work. */
  requiresNoWork: boolean;
  proof: ProofId;
  conditions: readonly ConditionId[];
}

/**
 * The periods of the official list's numbering. 2020: item 7 of the Rules of contributions
 * (order № 478), numbered 1–16 as in the Fund's leaflet; its wording before 28.03.2022 is
 * shown by the comparison table of order ҚР ДСМ-18. From 28.03.2022 two groups were added
 * (order ҚР ДСМ-18); where they stand in the list was not found, so they are numbered after
 * the 16 and marked. 2026: the Fund's list, items 1–8 confirmed, the order of the rest was
 * not. Numbers that are not confirmed are not shown as official numbers.
 */
const LIST_2020 = { since: '2020-01-01', until: '2022-03-27', source: ORDER_DSM18_2022 } as const;
const LIST_2022 = { since: '2022-03-28', until: '2025-12-31', source: ORDER_DSM18_2022 } as const;
const LIST_2026 = { since: '2026-01-01', source: FUND_LIST_2026 } as const;
const CONFIRMED_2022 = 16;
const CONFIRMED_2026 = 8;

/** Numbers in the 2020, 2022 and 2026 lists; `null` where the category was not listed. */
function numbered(n2020: number | null, n2022: number | null, n2026: number | null): DatedValue<number>[] {
  const numbers: DatedValue<number>[] = [];
  if (n2020 !== null) numbers.push({ ...LIST_2020, value: n2020 });
  if (n2022 !== null)
    numbers.push({ ...LIST_2022, value: n2022, ...(n2022 > CONFIRMED_2022 ? { unconfirmed: true as const } : {}) });
  if (n2026 !== null)
    numbers.push({ ...LIST_2026, value: n2026, ...(n2026 > CONFIRMED_2026 ? { unconfirmed: true as const } : {}) });
  return numbers;
}

const REPUBLICAN: readonly DatedValue<Budget>[] = [{ since: '2020-01-01', source: LAW_OSMS, value: 'republican' }];
/** Art. 26-1 (from 2026): local budgets pay for the registered unemployed and crisis welfare levels. */
const LOCAL_FROM_2026: DatedValue<Budget> = { since: '2026-01-01', source: LAW_OSMS, value: 'local' };
const RESIDENTS: readonly Residency[] = ['citizen', 'kandas', 'permit'];

export const CATEGORIES: readonly Category[] = [
  {
    id: 'child',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(1, 1, 1),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: false,
    proof: 'population-register',
    conditions: ['under-18'],
  },
  {
    id: 'unemployed-registered',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(2, 2, 16),
    budget: [{ since: '2020-01-01', until: '2025-12-31', source: LAW_OSMS, value: 'republican' }, LOCAL_FROM_2026],
    residency: RESIDENTS,
    requiresNoWork: true,
    proof: 'employment-centre-registration',
    conditions: ['except-subsidised-jobs'],
  },
  {
    id: 'pregnant-nonworking',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(3, 3, 2),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: true,
    proof: 'pregnancy-registration',
    conditions: ['no-contributions-2-months'],
  },
  {
    id: 'parent-under3',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(4, 4, 3),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: true,
    proof: 'child-birth-record',
    conditions: ['one-legal-representative', 'child-under-3'],
  },
  {
    id: 'parental-leave',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(5, 5, 4),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: false,
    proof: 'employer-leave-order',
    conditions: ['child-under-3'],
  },
  {
    id: 'carer-disabled-child',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(6, 6, 5),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: true,
    proof: 'carer-benefit-record',
    conditions: [],
  },
  {
    id: 'carer-disability-group1',
    since: '2022-03-28',
    source: ORDER_DSM18_2022,
    numbers: /* @__PURE__ */ numbered(null, 17, 6),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: true,
    proof: 'carer-benefit-record',
    conditions: ['disability-group-1'],
  },
  {
    id: 'pensioner',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(7, 7, 7),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: false,
    proof: 'pension-record',
    conditions: ['including-wwii-veterans'],
  },
  {
    id: 'prisoner',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(8, 8, 8),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: false,
    proof: 'penitentiary-record',
    conditions: ['except-minimum-security'],
  },
  {
    id: 'detainee',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(9, 9, 9),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: false,
    proof: 'detention-record',
    conditions: [],
  },
  {
    id: 'house-arrest',
    since: '2022-03-28',
    source: ORDER_DSM18_2022,
    numbers: /* @__PURE__ */ numbered(null, 18, 10),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: true,
    proof: 'court-decision',
    conditions: [],
  },
  {
    id: 'kandas-nonworking',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(10, 10, 11),
    budget: REPUBLICAN,
    residency: ['kandas'],
    requiresNoWork: true,
    proof: 'kandas-certificate',
    conditions: [],
  },
  {
    id: 'mother-many-children',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(11, 11, 12),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: false,
    proof: 'award-certificate',
    conditions: ['award-altyn-alqa', 'award-kumis-alqa', 'title-mother-heroine', 'order-maternal-glory'],
  },
  {
    id: 'disability',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(12, 12, 13),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: false,
    proof: 'disability-record',
    conditions: [],
  },
  {
    id: 'student',
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(13, 13, 14),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: false,
    proof: 'education-database',
    conditions: ['full-time-study'],
  },
  {
    // Named by the Fund's Astana branch; the date it was added was not found.
    id: 'social-assistance',
    since: '2022-03-28',
    source: FUND_ASTANA_PREFERENTIAL,
    unconfirmed: true,
    numbers: /* @__PURE__ */ numbered(null, 19, 15),
    budget: REPUBLICAN,
    residency: RESIDENTS,
    requiresNoWork: true,
    proof: 'social-assistance-record',
    conditions: [],
  },
  {
    id: 'crisis-welfare-level',
    since: '2026-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(null, null, 17),
    budget: [LOCAL_FROM_2026],
    residency: RESIDENTS,
    requiresNoWork: true,
    proof: 'welfare-level-record',
    conditions: ['welfare-level-crisis-or-emergency', 'no-pension-contributions-3-months', 'paid-when-seeking-care'],
  },
  // In the 2020 list as exempt from contributions. The law (art. 14 item 2) makes them no
  // contribution payers; their care is departmental, and the Fund still records them as
  // consumers from 2026. Who pays for their OSMS care is not confirmed.
  ...(['military', 'law-enforcement', 'special-state-body'] as const).map((id, i): Category => ({
    id,
    since: '2020-01-01',
    source: LAW_OSMS,
    numbers: /* @__PURE__ */ numbered(14 + i, 14 + i, 18 + i),
    budget: [
      {
        since: '2020-01-01',
        until: '2025-12-31',
        source: DEPARTMENTAL_CARE_MVD,
        unconfirmed: true,
        value: 'republican',
      },
      { since: '2026-01-01', source: CONSUMER_RULES_2026_KK, unconfirmed: true, value: 'exempt' },
    ],
    residency: ['citizen'],
    requiresNoWork: false,
    proof: 'service-record',
    conditions: ['departmental-care'],
  })),
];

// Pure: left out of a bundle that never looks one up.
const BY_ID = /* @__PURE__ */ new Map(/* @__PURE__ */ CATEGORIES.map((c) => [c.id, c]));

export function category(id: CategoryId): Category {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown category: ${id}`);
  return found;
}

/** The category's number in the official list in force on `date`. */
export function numberOn(c: Category, date: IsoDate): number | undefined {
  return valueOn(c.numbers, date)?.value;
}

/** Which budget pays for the category on `date`. */
export function budgetOn(c: Category, date: IsoDate): Budget | undefined {
  return valueOn(c.budget, date)?.value;
}

const DATED_CONDITIONS: readonly { id: ConditionId; since?: IsoDate; until?: IsoDate }[] = CONDITIONS;

/** Who exactly qualifies for the category on `date`: its conditions in force that day. */
export function conditionsOn(c: Category, date: IsoDate): readonly ConditionId[] {
  return c.conditions.filter((id) => inForce(DATED_CONDITIONS.find((d) => d.id === id) ?? {}, date));
}

/** `categoriesOn` by day: the engine asks for the same few days again and again. */
const ON_DAY = new Map<IsoDate, readonly Category[]>();

/** The categories in force on `date`, in the order of the official list. */
export function categoriesOn(date: IsoDate): readonly Category[] {
  let list = ON_DAY.get(date);
  // Stryker disable next-line ConditionalExpression: working the list out again each time gives the same list
  if (!list) {
    list = Object.freeze(
      CATEGORIES.filter((c) => inForce(c, date)).sort(
        (a, b) => (numberOn(a, date) ?? Infinity) - (numberOn(b, date) ?? Infinity),
      ),
    );
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only limits the cache's memory; clearing it sooner, later or never gives the same lists
    if (ON_DAY.size >= 512) ON_DAY.clear();
    ON_DAY.set(date, list);
  }
  return list;
}

/**
 * Forgets the lists worked out so far. For a test run that changes the code between tests
 * (mutation testing: a list cached under one change must not be read under another); not
 * exported by the package.
 */
export function forgetCategoriesOn(): void {
  ON_DAY.clear();
}
