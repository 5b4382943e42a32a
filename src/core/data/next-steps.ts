import type { Dated, IsoDate } from '../types.js';
import { inForce } from '../dates.js';
import type { Contribution } from './rules.js';
import { EPOCH } from './epoch.js';
import {
  AKIMAT_ASTANA_STATUS,
  EGOV,
  EGOV_AMBULANCE,
  FUND,
  FUND_FOREIGNERS_FAQ,
  FUND_STATUS_CHECK,
  GRACE_3_MONTHS,
  LAW_OSMS,
  POLYCLINIC_2019,
  PREPAY_2022,
  RATES_2023,
  ATTACHMENT_2027,
  ATTACHMENT_RULES,
  BIRTH_REGISTRATION,
  CHILD_IIN,
  CHILD_RIGHTS_LAW,
  CONSUMER_RULES_2026_KK,
  FUND_EAEU_ATTACHMENT,
  CONSUMER_RULES_2026,
  FOREIGN_WORKER_INSURANCE,
  GUARANTEES_PROGRAMME_2026,
  RESIDENCE_PERMIT_INSURANCE,
  SELF_EMPLOYED_REGIME,
  SELF_EMPLOYED_REGIME_TAX,
} from './sources.js';

export interface NextStep extends Dated {
  id: string;
  /** Where the step is done, when it has a web address or a phone number (`tel:`). */
  url?: string;
  /** Only for some of the people it is shown to ("If the state should pay for you but…"). */
  conditional?: true;
  /** The step has the person pay this contribution themselves: the result shows how much. */
  pays?: Contribution['payer'];
}

export const NEXT_STEPS = [
  // The Fund's page on the ways to check the status: eGov Mobile, bank apps, SaqtandyryBot…
  { id: 'check-status-app', url: FUND_STATUS_CHECK, since: '2020-01-01', source: FUND_STATUS_CHECK },
  // egov.kz service «information about participation as a consumer of medical services…»
  { id: 'check-status-egov', url: EGOV, since: '2020-01-01', source: FUND_STATUS_CHECK },
  { id: 'check-status-fund', url: FUND_STATUS_CHECK, since: '2020-01-01', source: FUND_STATUS_CHECK },
  { id: 'hotline-1406', url: 'tel:1406', since: '2020-01-01', source: FUND },
  // Attachment to a polyclinic: where care under GOBMP and OSMS starts.
  // Attachment follows order ҚР ДСМ-194/2020, which replaced the 2015 order in November 2020.
  { id: 'own-polyclinic', since: EPOCH, source: ATTACHMENT_RULES },
  // From 2026 free choice of polyclinic stays with regular payers and state-paid people;
  // others attach where they live (orders of 21.10.2025).
  { id: 'attach-where-you-live', since: '2026-01-01', source: ATTACHMENT_2027, unconfirmed: true },
  // Military, law-enforcement and special state bodies: recorded from their service's data.
  { id: 'ask-service-personnel', since: '2026-01-01', source: CONSUMER_RULES_2026_KK, unconfirmed: true },
  // The Fund checks the quality of care and handles complaints (1406, msqory.kz).
  {
    id: 'complain-about-care',
    url: 'tel:1406',
    since: '2020-01-01',
    source: FUND,
    unconfirmed: true,
    conditional: true,
  },
  { id: 'ask-employer', since: '2020-01-01', source: LAW_OSMS },
  { id: 'pay-self-payer', pays: 'self-payer', since: '2020-01-01', source: RATES_2023, unconfirmed: true },
  { id: 'pay-as-ie', pays: 'self-employed', since: '2020-01-01', source: RATES_2023, unconfirmed: true },
  { id: 'pay-esp', since: '2020-01-01', until: '2023-12-31', source: POLYCLINIC_2019, unconfirmed: true },
  { id: 'pay-arrears', since: '2020-01-01', source: GRACE_3_MONTHS, unconfirmed: true },
  { id: 'prepay-12-months', since: '2022-09-05', source: PREPAY_2022, unconfirmed: true },
  // The State Corporation updates the social status of people the state pays for (law 405-V);
  // the exact steps are not published in an official text.
  { id: 'fix-preferential-status', since: '2020-01-01', source: LAW_OSMS, unconfirmed: true, conditional: true },
  { id: 'register-unemployed', since: '2020-01-01', source: AKIMAT_ASTANA_STATUS },
  { id: 'voluntary-insurance', since: EPOCH, source: FUND_FOREIGNERS_FAQ },
  { id: 'emergency-103', url: 'tel:103', since: EPOCH, source: EGOV_AMBULANCE },
  // Visitors: a policy bought before the trip, and its assistance number.
  { id: 'travel-insurance', since: EPOCH, source: FUND_FOREIGNERS_FAQ },
  // Civil-law contracts and platforms: the tax agent or the platform withholds the contribution.
  { id: 'ask-payer', since: '2020-01-01', source: RATES_2023, unconfirmed: true },
  // A private person is no tax agent: nobody withholds, the worker pays as a self-payer.
  { id: 'private-client-pay-yourself', since: '2020-01-01', source: RATES_2023, unconfirmed: true, conditional: true },
  { id: 'attach-with-insurance-contract', since: '2023-08-14', source: FUND_EAEU_ATTACHMENT },
  // A parent or other legal representative attaches the child (attachment rules, ҚР ДСМ-194/2020).
  { id: 'child-attach-polyclinic', since: EPOCH, source: ATTACHMENT_RULES, unconfirmed: true },
  // The birth is registered at a registry office or a Public Service Centre; the certificate
  // carries the child's IIN (children born after 13 August 2007).
  { id: 'child-register-birth', url: BIRTH_REGISTRATION, since: EPOCH, source: CHILD_IIN, conditional: true },
  // A child is a person under 18 (Law on the rights of the child, art. 1).
  { id: 'child-turns-18', since: EPOCH, source: CHILD_RIGHTS_LAW },
  // Someone who earns without a registration: the special tax regime for the self-employed
  // (from 2026, through an app; 4% of income, which includes the OSMS contribution).
  { id: 'join-self-employed-regime', since: '2026-01-01', source: SELF_EMPLOYED_REGIME, unconfirmed: true },
  { id: 'pay-in-self-employed-regime', since: '2026-01-01', source: SELF_EMPLOYED_REGIME_TAX, unconfirmed: true },
  // An employee whose contributions stopped: the employer pays the missed months (the law
  // charges a penalty on late ones); status returns within about 3 working days of payment.
  { id: 'ask-employer-arrears', since: '2020-01-01', source: LAW_OSMS, unconfirmed: true },
  // The state revenue bodies collect contributions and the labour inspectorate enforces the
  // employer's duties; 1406 says where. Which body takes which complaint was not read.
  { id: 'complain-unpaid-contributions', url: 'tel:1406', since: '2020-01-01', source: LAW_OSMS, unconfirmed: true },
  // The state pays for a non-working pregnant woman once the pregnancy is registered.
  { id: 'register-pregnancy', since: '2020-01-01', source: CONSUMER_RULES_2026, unconfirmed: true },
  // After the birth: the groups of a non-working parent of a child under 3 and of parental
  // leave, and the child's own group (under 18).
  { id: 'after-birth', since: '2020-01-01', source: LAW_OSMS },
  // A full-time student is state-paid while in the education database; after graduation not.
  { id: 'student-cover-ends', since: '2020-01-01', source: CONSUMER_RULES_2026, unconfirmed: true },
  // A pensioner who works: whether the employer also pays was not found in an official text.
  { id: 'working-pensioner', url: 'tel:1406', since: '2020-01-01', source: FUND, unconfirmed: true, conditional: true },
  // A refugee who works: whether the employer's contributions insure them was not found.
  {
    id: 'refugee-if-working',
    url: 'tel:1406',
    since: '2020-01-01',
    source: GUARANTEES_PROGRAMME_2026,
    unconfirmed: true,
    conditional: true,
  },
  // A foreigner employed while staying temporarily: the imputed insurance of the work contract.
  { id: 'work-insurance-contract', since: '2023-05-01', source: FOREIGN_WORKER_INSURANCE, unconfirmed: true },
  // A temporary residence permit (study, family) asks for a health insurance policy.
  {
    id: 'residence-permit-insurance',
    since: '2025-03-31',
    source: RESIDENCE_PERMIT_INSURANCE,
    unconfirmed: true,
  },
] as const satisfies readonly NextStep[];

export type NextStepId = (typeof NEXT_STEPS)[number]['id'];

// Pure: left out of a bundle that never looks one up.
const BY_ID = /* @__PURE__ */ new Map<string, NextStep>(/* @__PURE__ */ NEXT_STEPS.map((s) => [s.id, s]));

export function nextStep(id: NextStepId): NextStep {
  return BY_ID.get(id)!;
}

/** Keeps the steps that exist on `date`, in the given order. */
export function nextStepsOn(ids: readonly NextStepId[], date: IsoDate): NextStepId[] {
  return ids.filter((id) => inForce(nextStep(id), date));
}
