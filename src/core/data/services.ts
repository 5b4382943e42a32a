import type { Dated, IsoDate, PackageId } from '../types.js';
import { inForce } from '../dates.js';
import {
  CHRONIC_TO_OSMS_2026,
  DANGEROUS_DISEASES_ORDER,
  FUND_FOREIGNERS_FAQ,
  GOBMP_LIST_672,
  LAW_OSMS,
  LISTS_2027,
  SCREENINGS_2026_FOR_ALL,
  SCREENINGS_CANCER_2025,
  SOCIAL_DISEASES_2026,
  SOCIAL_DISEASES_LIST_2026,
} from './sources.js';

/**
 * Examples named by the Fund's leaflets and page for GOBMP and OSMS, by the 2026 list of
 * socially significant diseases and by the 2027 lists. Add ids; never rename them.
 */
export const EXAMPLE_IDS = [
  // GOBMP, the Fund's leaflet and page
  'emergency-care',
  'ambulance',
  'air-ambulance',
  'polyclinic-care',
  'pregnancy-follow-up',
  'infant-patronage',
  'vaccination',
  'screenings',
  'tuberculosis',
  'hiv',
  'mental-disorders',
  'cancer',
  'diabetes',
  'hypertension',
  'viral-hepatitis',
  'rheumatoid-arthritis',
  'acute-infections',
  'home-hospital',
  // the 2026 list of socially significant diseases (11)
  'chronic-hepatitis-cirrhosis',
  'heart-attack-first-6-months',
  'orphan-diseases',
  'nervous-system-degenerative',
  'demyelinating-diseases',
  'epilepsy',
  'stroke-first-year',
  // OSMS, the Fund's page
  'lab-tests',
  'ultrasound',
  'x-ray',
  'ct',
  'mri',
  // GOBMP primary care (decree № 672) and the 2027 lists
  'preventive-check-ups',
  'anti-epidemic-measures',
  'first-visit',
  'coronary-heart-disease',
  'glaucoma',
  'planned-hospital-treatment',
  'cerebral-palsy',
  'manipulations',
] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export interface Service extends Dated {
  id: string;
  package: PackageId;
  examples?: readonly ExampleId[];
  /** The other package also gives this care (e.g. preventive check-ups: GOBMP primary care too). */
  alsoIn?: readonly PackageId[];
  /** Free only for certain groups of the insured (listed by the Fund), not for everyone insured. */
  forCertainGroups?: true;
  /** The item this one restates from its `since`: one change of that item, not a removal and an addition. */
  replaces?: string;
}

/**
 * The GOBMP groups (Government resolution № 672, as on the Fund's page) and the OSMS groups
 * (Law 405-V, as on the Fund's page and leaflets), each with examples, dated: the changes
 * of 2026 and of 1 January 2027 (the resolution of 15 December 2025) are their own items.
 */
export const SERVICES = [
  // GOBMP: the list of resolution № 672 (the Code «О здоровье народа…», art. 196).
  {
    id: 'gobmp-emergency',
    package: 'gobmp',
    since: '2020-01-01',
    source: GOBMP_LIST_672,
    examples: ['emergency-care', 'ambulance', 'air-ambulance'],
  },
  // Primary care: diagnosis, treatment, preventive check-ups, anti-epidemic measures in
  // infection foci. Screenings are not an example: the Minister says cancer screenings
  // entered GOBMP in 2025 and the others reach the uninsured from 2026 (items below).
  // Restated from 2027.
  {
    id: 'gobmp-primary-care',
    package: 'gobmp',
    since: '2020-01-01',
    until: '2026-12-31',
    source: GOBMP_LIST_672,
    examples: [
      'polyclinic-care',
      'preventive-check-ups',
      'pregnancy-follow-up',
      'infant-patronage',
      'vaccination',
      'anti-epidemic-measures',
    ],
  },
  // The report names the first visit and socially significant diseases "в том числе"
  // (among others): the examples it does not name, and that no source removes, stay.
  {
    id: 'gobmp-primary-care-2027',
    package: 'gobmp',
    replaces: 'gobmp-primary-care',
    since: '2027-01-01',
    source: LISTS_2027,
    unconfirmed: true,
    examples: [
      'first-visit',
      'polyclinic-care',
      'preventive-check-ups',
      'screenings',
      'pregnancy-follow-up',
      'infant-patronage',
      'vaccination',
      'tuberculosis',
      'hiv',
      'cancer',
    ],
  },
  // Specialised outpatient care. Until 2025 the leaflet names diabetes and rheumatoid
  // arthritis; from 2026 they left the socially significant list (their funding moved to
  // OSMS); the item for chronic diseases under dynamic observation holds until 2026-12-31.
  {
    id: 'gobmp-specialized-outpatient',
    package: 'gobmp',
    since: '2020-01-01',
    until: '2025-12-31',
    source: GOBMP_LIST_672,
    examples: [
      'tuberculosis',
      'hiv',
      'mental-disorders',
      'cancer',
      'diabetes',
      'viral-hepatitis',
      'rheumatoid-arthritis',
    ],
  },
  {
    id: 'gobmp-specialized-outpatient-2026',
    package: 'gobmp',
    replaces: 'gobmp-specialized-outpatient',
    since: '2026-01-01',
    until: '2026-12-31',
    source: GOBMP_LIST_672,
    examples: ['tuberculosis', 'hiv', 'mental-disorders', 'cancer', 'viral-hepatitis'],
  },
  // From 2027: prevention and diagnosis of the diseases on the authority's list; the
  // chronic-disease item is removed from GOBMP.
  {
    id: 'gobmp-specialized-outpatient-2027',
    package: 'gobmp',
    replaces: 'gobmp-specialized-outpatient-2026',
    since: '2027-01-01',
    source: LISTS_2027,
    unconfirmed: true,
    examples: ['tuberculosis', 'hiv'],
  },
  {
    id: 'gobmp-day-hospital',
    package: 'gobmp',
    since: '2020-01-01',
    until: '2026-12-31',
    source: GOBMP_LIST_672,
    examples: ['home-hospital'],
  },
  // From 2027 the report of the new list breaks off inside this item ("Оказывается
  // специализированная медицинская помощь в стационарозамещающ…"): for which diseases is
  // not known, and the chronic-disease item leaves GOBMP, so no diseases are named.
  {
    id: 'gobmp-day-hospital-2027',
    package: 'gobmp',
    since: '2027-01-01',
    replaces: 'gobmp-day-hospital',
    source: LISTS_2027,
    unconfirmed: true,
    examples: ['home-hospital'],
  },
  // Hospital care, including infections dangerous to others (the id keeps its first name).
  {
    id: 'gobmp-infectious-inpatient',
    package: 'gobmp',
    since: '2020-01-01',
    source: GOBMP_LIST_672,
    examples: ['acute-infections', 'tuberculosis'],
  },
  {
    id: 'gobmp-medicines',
    package: 'gobmp',
    since: '2020-01-01',
    source: GOBMP_LIST_672,
    examples: ['vaccination'],
  },
  // From 2026 GOBMP funds diagnosis and care for 11 socially significant diseases whatever
  // the insurance status; diabetes left that list (its follow-up is paid through OSMS).
  {
    id: 'gobmp-socially-significant-diseases',
    package: 'gobmp',
    since: '2026-01-01',
    source: SOCIAL_DISEASES_2026,
    unconfirmed: true,
    examples: [
      'tuberculosis',
      'hiv',
      'chronic-hepatitis-cirrhosis',
      'cancer',
      'mental-disorders',
      'heart-attack-first-6-months',
      'orphan-diseases',
      'nervous-system-degenerative',
      'demyelinating-diseases',
      'epilepsy',
      'stroke-first-year',
    ],
  },
  // The Minister (Kazpravda): cancer screenings moved into GOBMP in 2025, opening them to
  // the uninsured.
  {
    id: 'gobmp-cancer-screenings-2025',
    package: 'gobmp',
    since: '2025-01-01',
    until: '2025-12-31',
    source: SCREENINGS_CANCER_2025,
    unconfirmed: true,
    examples: ['cancer'],
  },
  // From 2026 the early-detection screenings (cancer, hypertension, coronary heart disease,
  // glaucoma, diabetes, hepatitis) are for everyone, insured or not (the Ministry via
  // Kazpravda, 26.12.2025); the resolution of 15.12.2025 restates them from 2027.
  {
    id: 'gobmp-early-detection-screenings',
    package: 'gobmp',
    since: '2026-01-01',
    replaces: 'gobmp-cancer-screenings-2025',
    source: SCREENINGS_2026_FOR_ALL,
    unconfirmed: true,
    examples: ['cancer', 'hypertension', 'coronary-heart-disease', 'glaucoma', 'diabetes', 'viral-hepatitis'],
  },
  // OSMS: Law 405-V, art. 7; items as on the Fund's page and leaflets.
  { id: 'osms-preventive-check-ups', package: 'osms', alsoIn: ['gobmp'], since: '2020-01-01', source: LAW_OSMS },
  { id: 'osms-specialist-consultations', package: 'osms', since: '2020-01-01', source: LAW_OSMS },
  {
    id: 'osms-chronic-follow-up',
    package: 'osms',
    since: '2020-01-01',
    source: LAW_OSMS,
    examples: ['hypertension'],
  },
  // From 2026 the care of diabetes, cerebral palsy, rheumatism and systemic connective-tissue
  // diseases is paid through OSMS; care and medicines continue for the insured.
  {
    id: 'osms-chronic-diseases-2026',
    package: 'osms',
    since: '2026-01-01',
    source: CHRONIC_TO_OSMS_2026,
    unconfirmed: true,
    examples: ['diabetes', 'cerebral-palsy', 'rheumatoid-arthritis'],
  },
  { id: 'osms-dental-care', package: 'osms', since: '2020-01-01', source: LAW_OSMS, forCertainGroups: true },
  {
    id: 'osms-diagnostics',
    package: 'osms',
    since: '2020-01-01',
    source: LAW_OSMS,
    examples: ['lab-tests', 'ultrasound', 'x-ray', 'ct', 'mri', 'manipulations'],
  },
  // Named by the Fund's leaflets for the insured; the law's own list was not read: unconfirmed.
  { id: 'osms-outpatient-medicines', package: 'osms', since: '2020-01-01', source: LAW_OSMS, unconfirmed: true },
  { id: 'osms-day-hospital', package: 'osms', since: '2020-01-01', source: LAW_OSMS, unconfirmed: true },
  {
    id: 'osms-inpatient-high-tech',
    package: 'osms',
    since: '2020-01-01',
    source: LAW_OSMS,
    examples: ['planned-hospital-treatment'],
  },
  { id: 'osms-rehabilitation', package: 'osms', since: '2020-01-01', source: LAW_OSMS },
  { id: 'osms-inpatient-medicines', package: 'osms', since: '2020-01-01', source: LAW_OSMS },
  { id: 'osms-nursing-care', package: 'osms', since: '2020-01-01', source: LAW_OSMS, unconfirmed: true },
  { id: 'osms-palliative-care', package: 'osms', since: '2020-01-01', source: LAW_OSMS, unconfirmed: true },
] as const satisfies readonly Service[];

export type ServiceId = (typeof SERVICES)[number]['id'];

const SERVICE_BY_ID = new Map<string, Service>(SERVICES.map((s) => [s.id, s]));

/** The service with this id (every `ServiceId` is one). */
export function service(id: ServiceId): Service {
  return SERVICE_BY_ID.get(id)!;
}

/** Services of a package (or all) in force on `date`, in the leaflet's order. */
export function servicesOn(date: IsoDate, pkg: PackageId | 'all' = 'all'): readonly (typeof SERVICES)[number][] {
  return SERVICES.filter((s) => inForce(s, date) && (pkg === 'all' || s.package === pkg));
}

/**
 * What is not yet known of a package's list on a date, said with the list. The 2027 lists
 * are known only from a news report of the resolution of 15 December 2025, which breaks
 * off in the GOBMP day-hospital item: the rest of GOBMP (hospital care, medicines, …) and
 * every OSMS change are not published. The items not named are shown as in 2026.
 */
export interface ListGap extends Dated {
  id: string;
  package: PackageId;
}

export const LIST_GAPS = [
  { id: 'gobmp-2027-partly-published', package: 'gobmp', since: '2027-01-01', source: LISTS_2027, unconfirmed: true },
  { id: 'osms-2027-not-published', package: 'osms', since: '2027-01-01', source: LISTS_2027, unconfirmed: true },
] as const satisfies readonly ListGap[];

export type ListGapId = (typeof LIST_GAPS)[number]['id'];

/** What is not yet known of the list of `pkg` (or of both) on `date`. */
export function listGapsOn(date: IsoDate, pkg: PackageId | 'all' = 'all'): readonly (typeof LIST_GAPS)[number][] {
  return LIST_GAPS.filter((g) => inForce(g, date) && (pkg === 'all' || g.package === pkg));
}

/** Care that people outside OSMS still get, by who they are. */
export interface KeptCare extends Dated {
  id: string;
  who: 'uninsured' | 'visitor';
  services?: readonly ServiceId[];
  examples?: readonly ExampleId[];
}

export const KEPT_CARE = [
  // The uninsured keep ambulance and air ambulance, care for socially significant diseases
  // and acute states, and vaccinations: that is GOBMP, which does not depend on OSMS.
  {
    id: 'uninsured-gobmp',
    who: 'uninsured',
    since: '2020-01-01',
    until: '2026-12-31',
    source: GOBMP_LIST_672,
    services: [
      'gobmp-emergency',
      'gobmp-primary-care',
      'gobmp-specialized-outpatient',
      'gobmp-specialized-outpatient-2026',
      'gobmp-day-hospital',
      'gobmp-infectious-inpatient',
      'gobmp-medicines',
    ],
    examples: ['ambulance', 'air-ambulance', 'tuberculosis', 'cancer', 'vaccination'],
  },
  // From 2027 GOBMP primary care is "the first visit" and socially significant diseases
  // (the Single Package: GOBMP for everyone, the rest to OSMS), so the polyclinic is no
  // longer free without limits for the uninsured. Only a news report: unconfirmed.
  {
    id: 'uninsured-gobmp-2027',
    who: 'uninsured',
    since: '2027-01-01',
    source: LISTS_2027,
    unconfirmed: true,
    services: [
      'gobmp-emergency',
      'gobmp-primary-care-2027',
      'gobmp-specialized-outpatient-2027',
      'gobmp-day-hospital-2027',
      'gobmp-infectious-inpatient',
      'gobmp-medicines',
    ],
    examples: ['ambulance', 'air-ambulance', 'first-visit', 'screenings', 'vaccination'],
  },
  {
    id: 'uninsured-socially-significant-2026',
    who: 'uninsured',
    since: '2026-01-01',
    source: SOCIAL_DISEASES_LIST_2026,
    unconfirmed: true,
    services: ['gobmp-socially-significant-diseases', 'gobmp-early-detection-screenings'],
  },
  // Temporary residents and visitors. Citizens of CIS states get emergency and urgent care
  // under the CIS agreement, and the Fund's FAQ confirms it for a Kyrgyz citizen; for other
  // visitors no official text was found: unconfirmed.
  {
    id: 'visitor-emergency',
    who: 'visitor',
    since: '2020-01-01',
    source: FUND_FOREIGNERS_FAQ,
    unconfirmed: true,
    examples: ['emergency-care', 'ambulance'],
  },
  // Every foreigner staying temporarily, and asylum seekers: the diseases dangerous to
  // others listed by order ҚР ДСМ-121/2020 (Code art. 83 item 2).
  {
    id: 'visitor-dangerous-diseases',
    who: 'visitor',
    since: '2020-01-01',
    source: DANGEROUS_DISEASES_ORDER,
    examples: ['acute-infections', 'tuberculosis'],
  },
] as const satisfies readonly KeptCare[];

export type KeptCareId = (typeof KEPT_CARE)[number]['id'];

/** Care kept by the uninsured or by visitors on `date`. */
export function keptCareOn(date: IsoDate, who: KeptCare['who']): readonly (typeof KEPT_CARE)[number][] {
  return KEPT_CARE.filter((c) => c.who === who && inForce(c, date));
}
