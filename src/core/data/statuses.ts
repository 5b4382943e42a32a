import type { Status } from '../types.js';
import type { KeptCareId } from './services.js';

/** What a status means, whichever rule decided it. */
export interface StatusMeaning {
  id: Status;
  /** GOBMP is given, to a person with a right to it (see `ENTITLEMENTS`). */
  gobmp: boolean;
  /** Insured: OSMS care is given once OSMS is in force. */
  osms: boolean;
  /** The state pays: the categories that apply, their budget (`payer`) and the conditions are named. */
  statePaid?: true;
  /** The cover ends after the last paid month: the last day of cover is named. */
  coverEnds?: true;
  /** Not insured, and could join OSMS by paying (when the residency takes part in OSMS). */
  canJoin?: true;
  /** The care still given without (part of) GOBMP or OSMS, by `KEPT_CARE` id. */
  keptCare: readonly KeptCareId[];
}

/** Every status, from least to most coverage. */
export const STATUSES = [
  { id: 'paid-care', gobmp: false, osms: false, keptCare: ['visitor-dangerous-diseases'] },
  { id: 'emergency-only', gobmp: false, osms: false, keptCare: ['visitor-emergency', 'visitor-dangerous-diseases'] },
  {
    id: 'not-insured',
    gobmp: true,
    osms: false,
    canJoin: true,
    keptCare: ['uninsured-gobmp', 'uninsured-gobmp-2027', 'uninsured-socially-significant-2026'],
  },
  { id: 'insured-grace', gobmp: true, osms: true, coverEnds: true, keptCare: [] },
  { id: 'insured-transition', gobmp: true, osms: true, keptCare: [] },
  { id: 'check-payer', gobmp: true, osms: true, keptCare: [] },
  { id: 'check-employer', gobmp: true, osms: true, keptCare: [] },
  { id: 'insured-contributions', gobmp: true, osms: true, keptCare: [] },
  { id: 'insured-state', gobmp: true, osms: true, statePaid: true, keptCare: [] },
] as const satisfies readonly StatusMeaning[];

// Pure: left out of a bundle that never looks one up.
const BY_ID = /* @__PURE__ */ new Map<Status, StatusMeaning>(/* @__PURE__ */ STATUSES.map((s) => [s.id, s]));

export function statusMeaning(id: Status): StatusMeaning {
  return BY_ID.get(id)!;
}

/** The statuses that are insured (OSMS care once OSMS is in force). */
export const INSURED_STATUSES: readonly Status[] = /* @__PURE__ */ STATUSES.filter((s) => s.osms).map((s) => s.id);
