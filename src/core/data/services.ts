import type { Dated, IsoDate, PackageId } from '../types.js';
import { inForce } from '../dates.js';
import {
  FUND_FOREIGNERS_FAQ,
  HEALTH_CODE,
  LAW_OSMS,
  SCREENINGS_2026,
  SOCIAL_DISEASES_2026,
  SOCIAL_DISEASES_LIST_2026,
  VISITOR_DANGEROUS_DISEASES,
} from './sources.js';

/**
 * Examples named by the Fund's 2020 leaflet (GOBMP) and the government's OSMS information
 * page (OSMS), and the 2026 list of socially significant diseases.
 */
export const EXAMPLE_IDS = [
  // GOBMP, the Fund's 2020 leaflet
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
  // OSMS, the government's OSMS information page
  'lab-tests',
  'ultrasound',
  'x-ray',
  'ct',
  'mri',
] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export interface Service extends Dated {
  id: string;
  package: PackageId;
  examples?: readonly ExampleId[];
  /** Free only for certain groups of the insured (listed by the Fund), not for everyone insured. */
  forCertainGroups?: true;
}

/**
 * The six GOBMP groups and the eight OSMS groups (the government's OSMS information page, the Fund's page), each
 * with the leaflet's examples, plus the GOBMP changes of 2026 as their own dated items.
 */
export const SERVICES = [
  // GOBMP: the Code «О здоровье народа…», art. 196; items as on the Fund's page.
  {
    id: 'gobmp-emergency',
    package: 'gobmp',
    since: '2020-01-01',
    source: HEALTH_CODE,
    examples: ['emergency-care', 'ambulance', 'air-ambulance'],
  },
  {
    id: 'gobmp-primary-care',
    package: 'gobmp',
    since: '2020-01-01',
    source: HEALTH_CODE,
    examples: ['polyclinic-care', 'pregnancy-follow-up', 'infant-patronage', 'vaccination', 'screenings'],
  },
  {
    id: 'gobmp-specialized-outpatient',
    package: 'gobmp',
    since: '2020-01-01',
    source: HEALTH_CODE,
    examples: [
      'tuberculosis',
      'hiv',
      'mental-disorders',
      'cancer',
      'diabetes',
      'hypertension',
      'viral-hepatitis',
      'rheumatoid-arthritis',
    ],
  },
  {
    id: 'gobmp-day-hospital',
    package: 'gobmp',
    since: '2020-01-01',
    source: HEALTH_CODE,
    examples: ['home-hospital'],
  },
  {
    id: 'gobmp-infectious-inpatient',
    package: 'gobmp',
    since: '2020-01-01',
    source: HEALTH_CODE,
    examples: ['acute-infections', 'tuberculosis'],
  },
  {
    id: 'gobmp-medicines',
    package: 'gobmp',
    since: '2020-01-01',
    source: HEALTH_CODE,
    examples: ['vaccination'],
  },
  // From 2026 GOBMP funds care for 11 socially significant diseases whatever the insurance
  // status; diabetes left that list (its follow-up is paid through OSMS).
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
  {
    id: 'gobmp-early-detection-screenings',
    package: 'gobmp',
    since: '2026-01-01',
    source: SCREENINGS_2026,
    unconfirmed: true,
    examples: ['screenings'],
  },
  // OSMS: Law 405-V, art. 7; items as on the Fund's page.
  { id: 'osms-preventive-check-ups', package: 'osms', since: '2020-01-01', source: LAW_OSMS },
  { id: 'osms-specialist-consultations', package: 'osms', since: '2020-01-01', source: LAW_OSMS },
  { id: 'osms-chronic-follow-up', package: 'osms', since: '2020-01-01', source: LAW_OSMS },
  { id: 'osms-dental-care', package: 'osms', since: '2020-01-01', source: LAW_OSMS, forCertainGroups: true },
  {
    id: 'osms-diagnostics',
    package: 'osms',
    since: '2020-01-01',
    source: LAW_OSMS,
    examples: ['lab-tests', 'ultrasound', 'x-ray', 'ct', 'mri'],
  },
  { id: 'osms-inpatient-high-tech', package: 'osms', since: '2020-01-01', source: LAW_OSMS },
  { id: 'osms-rehabilitation', package: 'osms', since: '2020-01-01', source: LAW_OSMS },
  { id: 'osms-inpatient-medicines', package: 'osms', since: '2020-01-01', source: LAW_OSMS },
] as const satisfies readonly Service[];

export type ServiceId = (typeof SERVICES)[number]['id'];

/** Services of a package (or all) in force on `date`, in the leaflet's order. */
export function servicesOn(date: IsoDate, pkg: PackageId | 'all' = 'all'): readonly (typeof SERVICES)[number][] {
  return SERVICES.filter((s) => inForce(s, date) && (pkg === 'all' || s.package === pkg));
}

/** Care that people outside OSMS still get, by who they are. */
export interface KeptCare extends Dated {
  id: string;
  who: 'uninsured' | 'visitor';
  services?: readonly ServiceId[];
  examples?: readonly ExampleId[];
}

export const KEPT_CARE = [
  // The uninsured keep ambulance and air ambulance, care for socially significant
  // diseases and acute states, and vaccinations: that is GOBMP, which does not depend on OSMS.
  {
    id: 'uninsured-gobmp',
    who: 'uninsured',
    since: '2020-01-01',
    source: HEALTH_CODE,
    services: [
      'gobmp-emergency',
      'gobmp-primary-care',
      'gobmp-specialized-outpatient',
      'gobmp-day-hospital',
      'gobmp-infectious-inpatient',
      'gobmp-medicines',
    ],
    examples: ['ambulance', 'air-ambulance', 'tuberculosis', 'cancer', 'diabetes', 'vaccination'],
  },
  {
    id: 'uninsured-socially-significant-2026',
    who: 'uninsured',
    since: '2026-01-01',
    source: SOCIAL_DISEASES_LIST_2026,
    unconfirmed: true,
    services: ['gobmp-socially-significant-diseases', 'gobmp-early-detection-screenings'],
  },
  // Temporary residents and visitors: emergency care (free for everyone on the territory,
  // and under the CIS agreement) and care for diseases dangerous to others.
  {
    id: 'visitor-emergency',
    who: 'visitor',
    since: '2020-01-01',
    source: FUND_FOREIGNERS_FAQ,
    examples: ['emergency-care', 'ambulance'],
  },
  {
    id: 'visitor-dangerous-diseases',
    who: 'visitor',
    since: '2020-01-01',
    source: VISITOR_DANGEROUS_DISEASES,
    unconfirmed: true,
    examples: ['acute-infections', 'tuberculosis'],
  },
] as const satisfies readonly KeptCare[];

export type KeptCareId = (typeof KEPT_CARE)[number]['id'];

/** Care kept by the uninsured or by visitors on `date`. */
export function keptCareOn(date: IsoDate, who: KeptCare['who']): readonly (typeof KEPT_CARE)[number][] {
  return KEPT_CARE.filter((c) => c.who === who && inForce(c, date));
}
