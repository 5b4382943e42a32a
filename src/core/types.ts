/**
 * The data model of the rules. Pure data: ids, dates and sources only; every display
 * string lives in the element layer (msg() with ids derived from these ids).
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Anything that is in force for a period and comes from an official text. */
export interface Dated {
  /** First day the item applies (inclusive). */
  since: IsoDate;
  /** Last day the item applies (inclusive); absent while it is still in force. */
  until?: IsoDate;
  /** URL of the official text (adilet.zan.kz, gov.kz, msqory.kz / fms.kz, egov.kz). */
  source: string;
  /** Set when the fact could not be confirmed in an official text: show it softly. */
  unconfirmed?: true;
}

export type PackageId = 'gobmp' | 'osms';

export type QuestionId =
  | 'checking-for'
  | 'residency'
  | 'visitor-country'
  | 'stay-purpose'
  | 'categories'
  | 'work'
  | 'last-paid'
  | 'months-missed'
  | 'payments'
  | 'paid-60-months';

/**
 * Whom the check is for: the reader (`self`, also when absent) or a child under 18. The UI
 * offers it; it is never asked as a step of its own.
 */
export type CheckingFor = 'self' | 'child';

export type Residency = 'citizen' | 'kandas' | 'permit' | 'eaeu-worker' | 'refugee' | 'visitor';
/**
 * How the person works. `self-employed` is an individual entrepreneur (IE);
 * `self-employed-regime` the special tax regime for the self-employed (from 2026, through an
 * app); `informal` earning without a contract or registration; `looking-for-work` and
 * `not-working` (for another reason) do not work. `none` ("I do not work", asked until
 * 2026-12) is no longer offered and is read as `looking-for-work`.
 */
export type Work =
  | 'employee'
  | 'gph'
  | 'self-employed'
  | 'self-employed-regime'
  | 'platform'
  | 'informal'
  | 'esp'
  | 'looking-for-work'
  | 'not-working'
  | 'none';
/**
 * Asked until 2026-11 as "Have you been paying…" (the person's own payments). No longer
 * asked: `last-paid` counts payments by anyone. Still read when `last-paid` is absent.
 */
export type Payments = 'current' | 'stopped-1-3' | 'stopped-4-6' | 'stopped-more' | 'never';
/**
 * The last month for which contributions were paid for the person, by anyone (themselves,
 * an employer, a tax agent or the state), counted back from the month of the rules date:
 * `month-1` is the month before it. `up-to-date`: paid every month up to now (or ahead).
 */
export type LastPaid =
  | 'up-to-date'
  /** Paid up to now, but some of the 12 months before were not paid. */
  | 'with-gaps'
  | 'month-1'
  | 'month-2'
  | 'month-3'
  | 'month-4'
  | 'month-5'
  | 'month-6'
  | 'over-6-months'
  | 'never'
  /** Offered to employees, civil-law contractors and platform workers: the result says where to look. */
  | 'dont-know';
/**
 * A visitor's citizenship: an EAEU country (Armenia, Belarus, Kyrgyzstan, Russia), another CIS
 * country (emergency care under the CIS agreement), or another. `cis` means any CIS country
 * where `eaeu` was not chosen.
 */
export type VisitorCountry = 'eaeu' | 'cis' | 'other';
/** Why a foreigner without a permanent residence permit is in Kazakhstan. */
export type StayPurpose = 'work' | 'study' | 'family' | 'visit';
/** How many of the 12 months before were not paid, for someone who pays again now. */
export type MonthsMissed = 'months-1' | 'months-2' | 'months-3' | 'months-4-6' | 'months-7-11';
export type YesNo = 'yes' | 'no';
export type CategoryId =
  | 'child'
  | 'unemployed-registered'
  | 'pregnant-nonworking'
  | 'parent-under3'
  | 'parental-leave'
  | 'carer-disabled-child'
  | 'carer-disability-group1'
  | 'pensioner'
  | 'prisoner'
  | 'detainee'
  | 'house-arrest'
  | 'kandas-nonworking'
  | 'mother-many-children'
  | 'disability'
  | 'student'
  | 'social-assistance'
  | 'crisis-welfare-level'
  | 'military'
  | 'law-enforcement'
  | 'special-state-body';

/** What a person answered so far. `categories` holds several ids, or `['none']`. */
export interface Answers {
  'checking-for'?: CheckingFor;
  residency?: Residency;
  'visitor-country'?: VisitorCountry;
  'stay-purpose'?: StayPurpose;
  categories?: readonly (CategoryId | 'none')[];
  work?: Work;
  'last-paid'?: LastPaid;
  'months-missed'?: MonthsMissed;
  /** Read only when `last-paid` is absent (see `Payments`). */
  payments?: Payments;
  'paid-60-months'?: YesNo;
}

export type Status =
  | 'insured-state'
  | 'insured-contributions'
  /** Insured until `coveredUntil` after the last paid month; nothing is being paid. */
  | 'insured-grace'
  | 'check-employer'
  /** Insured in the months when a tax agent or a platform withholds the contributions. */
  | 'check-payer'
  | 'not-insured'
  | 'emergency-only'
  /** No right to free care except for diseases dangerous to others (non-CIS visitors). */
  | 'paid-care'
  /** 1 January – 30 June 2020: insurance care for everyone, paid or not (Law 405-V art. 40). */
  | 'insured-transition';

export type Route = 'state' | 'employer' | 'self' | 'none';

/** `question:answer`, e.g. `work:employee`: an answer that decided the outcome. */
export type AnswerRef = `${QuestionId}:${string}`;

export interface AssessOptions {
  /** The day whose rules apply; default today. */
  date?: IsoDate;
}

/** Which budget pays the state's contributions for a preferential category. */
/**
 * Who pays the state's contributions for a preferential category: the `republican` or a
 * `local` budget; `exempt`: no contributions are paid, the person is recorded as a
 * consumer from the data of their service (military and law-enforcement staff, from 2026).
 */
export type Budget = 'republican' | 'local' | 'exempt';

/** A value that holds for a period, from a source. */
export interface DatedValue<T> extends Dated {
  value: T;
}

/** A question is answered with one answer (`single`) or several (`multiple`). */
export type QuestionKind = 'single' | 'multiple';

/** An answer the UI can offer; dated when it exists only for part of the time. */
export interface AnswerOption {
  id: string;
  since?: IsoDate;
  until?: IsoDate;
  source?: string;
  unconfirmed?: true;
  /** Choosing it clears every other answer of the question (`none`). */
  exclusive?: true;
  /** No longer offered: an answer given with this id is read as `readAs`. */
  readAs?: string;
  /** Offered only to people whose `work` is one of these. */
  forWork?: readonly Work[];
  /** Not offered when checking for a child (a child does not come to work). */
  notForChild?: true;
}

/** Facts the rules and the question flow look at, derived from the answers. */
export interface Facts {
  /** OSMS is in force on the rules date. */
  osms: boolean;
  /** Whom the check is for (`self` when not answered). */
  checkingFor: CheckingFor;
  /** The residency the answers amount to: a visitor from an EAEU country who works is an EAEU worker. */
  residency?: Residency;
  visitorCountry?: VisitorCountry;
  stayPurpose?: StayPurpose;
  /**
   * What the chosen categories give: `none`; `unconditional` (the state pays whatever the
   * person does); `if-not-working` (only categories that require not working were chosen).
   */
  category?: 'none' | 'unconditional' | 'if-not-working';
  /** A preferential category applies: the state pays. */
  stateCategory?: boolean;
  /** The preferential categories that apply. */
  categories?: readonly CategoryId[];
  work?: Work;
  lastPaid?: LastPaid;
  monthsMissed?: MonthsMissed;
  paid60?: YesNo;
  /** A category that applies is cared for by its service's own medical units. */
  departmental?: boolean;
  /** For a state-paid person: which budget pays, or `exempt` (nobody pays). */
  payer?: Budget;
  /**
   * Where the cover stands after the last paid month, under the grace rules in force:
   * `paying` (up to date), `gaps-covered` (paid now; the months missed among the last 12
   * fit within the grace period, so the status held), `gaps` (paid now, but more months
   * missed, or how many is not asked), the `id` of a grace period in `GRACE_PERIODS`
   * (`grace-3` / `grace-6`: still insured while that period runs), `grace-unknown` (the 60-month answer decides), `lapsed`, `never`,
   * `unknown` (the person does not know).
   */
  grace?: 'paying' | 'gaps-covered' | 'gaps' | 'grace-3' | 'grace-6' | 'grace-unknown' | 'lapsed' | 'never' | 'unknown';
  /** The status the decision table gave (read by the adjustments after it). */
  status?: Status;
  /** The residency has a right to GOBMP (or no residency is known). */
  gobmp?: boolean;
}

/** A condition on facts: every listed fact must have one of the listed values. */
export interface Match {
  osms?: boolean;
  checkingFor?: readonly CheckingFor[];
  residency?: readonly Residency[];
  category?: readonly NonNullable<Facts['category']>[];
  stateCategory?: boolean;
  visitorCountry?: readonly VisitorCountry[];
  stayPurpose?: readonly StayPurpose[];
  /** At least one of the categories that apply is one of these. */
  categories?: readonly CategoryId[];
  work?: readonly Work[];
  lastPaid?: readonly LastPaid[];
  paid60?: readonly YesNo[];
  grace?: readonly NonNullable<Facts['grace']>[];
  departmental?: readonly boolean[];
  payer?: readonly Budget[];
  status?: readonly Status[];
  gobmp?: readonly boolean[];
}
