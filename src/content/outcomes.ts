/**
 * Display strings for the result of the coverage check: statuses, which budget pays, next steps,
 * the rules cited, and why joining the insurance pays off.
 */
import { msg } from '@lit/localize';
import type { NextStepId, RuleId, Status } from '../core/index.js';
// Shared with the lists, and defined beside them; the checker's views take them from here too.
export { payerText } from './categories.js';
export { unconfirmedNote } from './notes.js';

type Text = () => string;

const STATUS: Record<Status, Text> = {
  'insured-state': () => msg('You are insured: the state pays for you', { id: 'status.insured-state' }),
  'insured-contributions': () =>
    msg('You are insured: contributions are paid for you', { id: 'status.insured-contributions' }),
  'check-employer': () =>
    msg('You should be insured through your employer — check that they pay', { id: 'status.check-employer' }),
  'not-insured': () => msg('You are not insured', { id: 'status.not-insured' }),
  'emergency-only': () => msg('You get emergency care only', { id: 'status.emergency-only' }),
};

const STATUS_SUMMARY: Record<Status, Text> = {
  'insured-state': () =>
    msg(
      'You are in a group for whom the state pays the contributions. You get free care (GOBMP) and insurance care (OSMS) without paying yourself. Check that your status shows you as insured.',
      { id: 'status.insured-state.summary' },
    ),
  'insured-contributions': () =>
    msg(
      'Contributions are paid for you, so you can get care under the insurance (OSMS). Make sure they are paid every month so that you stay insured.',
      { id: 'status.insured-contributions.summary' },
    ),
  'check-employer': () =>
    msg(
      'Your employer must pay contributions for you every month. If they do, you are insured and get care under the insurance (OSMS). Check your status: if it shows you as not insured, talk to your employer.',
      { id: 'status.check-employer.summary' },
    ),
  'not-insured': () =>
    msg(
      'You still get guaranteed free medical care (GOBMP). But insurance care (OSMS), such as specialists on referral, scans and planned hospital care, is not free for you until contributions are paid.',
      { id: 'status.not-insured.summary' },
    ),
  'emergency-only': () =>
    msg(
      'You have no right to guaranteed free medical care. You get emergency care when your life is in danger, and treatment of diseases dangerous to others. For other care you pay yourself or use voluntary health insurance.',
      { id: 'status.emergency-only.summary' },
    ),
};


const STEP: Record<NextStepId, Text> = {
  'check-status-egov': () => msg('Check your status on egov.kz', { id: 'step.check-status-egov' }),
  'check-status-fund': () => msg('Check your status on msqory.kz', { id: 'step.check-status-fund' }),
  'hotline-1406': () => msg('Call 1406', { id: 'step.hotline-1406' }),
  'own-polyclinic': () => msg('Ask at your polyclinic', { id: 'step.own-polyclinic' }),
  'ask-employer': () => msg('Ask your employer', { id: 'step.ask-employer' }),
  'pay-self-payer': () => msg('Pay contributions for yourself', { id: 'step.pay-self-payer' }),
  'pay-as-ie': () => msg('Pay contributions as an individual entrepreneur', { id: 'step.pay-as-ie' }),
  'pay-esp': () => msg('Pay the single aggregate payment', { id: 'step.pay-esp' }),
  'pay-arrears': () => msg('Pay for the months you missed', { id: 'step.pay-arrears' }),
  'prepay-12-months': () => msg('Pay 12 months ahead', { id: 'step.prepay-12-months' }),
  'fix-preferential-status': () =>
    msg('If the state should pay for you but you show as not insured', { id: 'step.fix-preferential-status' }),
  'register-unemployed': () => msg('Register as unemployed', { id: 'step.register-unemployed' }),
  'voluntary-insurance': () => msg('Buy voluntary health insurance', { id: 'step.voluntary-insurance' }),
  'emergency-103': () => msg('In an emergency, call 103', { id: 'step.emergency-103' }),
  'attach-with-insurance-contract': () =>
    msg('Attach to a polyclinic with your insurance contract', { id: 'step.attach-with-insurance-contract' }),
};

const STEP_TEXT: Record<NextStepId, Text> = {
  'check-status-egov': () =>
    msg(
      'On egov.kz, open the service “Information about participation as a consumer of medical services in OSMS”. Log in with your digital signature or a code sent by SMS. You will see whether you are insured.',
      { id: 'step.check-status-egov.text' },
    ),
  'check-status-fund': () =>
    msg(
      'msqory.kz is the site of the Social Health Insurance Fund (formerly fms.kz). You can check your status there. The eGov Mobile app and many bank apps show it too.',
      { id: 'step.check-status-fund.text' },
    ),
  'hotline-1406': () =>
    msg(
      '1406 is the free hotline of the Social Health Insurance Fund. Ask there about your status, your contributions and the care you can get.',
      { id: 'step.hotline-1406.text' },
    ),
  'own-polyclinic': () =>
    msg(
      'Free care starts at the polyclinic you are attached to. Your district doctor sends you to specialists and for tests. If you are not attached to a polyclinic yet, choose one near your home and ask it to attach you.',
      { id: 'step.own-polyclinic.text' },
    ),
  'ask-employer': () =>
    msg(
      'Your employer must hold back your contribution from your pay and pay its own contribution for you every month. If your status shows you as not insured, ask the accountant to check the payments. If that does not help, call 1406.',
      { id: 'step.ask-employer.text' },
    ),
  'pay-self-payer': () =>
    msg(
      'If you do not work and no one pays for you, you can pay the contribution for yourself every month. The amount is a share of the minimum wage. As a rule, you pay through a bank or your bank’s app, one payment for each month.',
      { id: 'step.pay-self-payer.text' },
    ),
  'pay-as-ie': () =>
    msg(
      'As an individual entrepreneur, you pay the contribution for yourself every month. As a rule, you pay through a bank or your bank’s app, one payment for each month. If you have employees, you pay for them too.',
      { id: 'step.pay-as-ie.text' },
    ),
  'pay-esp': () =>
    msg(
      'The single aggregate payment includes your health insurance contribution. As a rule, you pay it every month through a bank or an app, and then you are insured.',
      { id: 'step.pay-esp.text' },
    ),
  'pay-arrears': () =>
    msg(
      'You can pay for the months you missed. As a rule, your insured status comes back within about 3 working days after the money arrives.',
      { id: 'step.pay-arrears.text' },
    ),
  'prepay-12-months': () =>
    msg(
      'You can pay up to 12 months ahead, so that you do not miss a month. As a rule, each month is paid as a separate payment.',
      { id: 'step.prepay-12-months.text' },
    ),
  'fix-preferential-status': () =>
    msg(
      'Your data should reach the Fund by itself from state databases. If your status is still wrong, as a rule you go to a Public Service Centre (the State Corporation “Government for Citizens”) with your ID and the document that proves your category, and your social status is updated. Your polyclinic and the hotline 1406 can help.',
      { id: 'step.fix-preferential-status.text' },
    ),
  'register-unemployed': () =>
    msg(
      'If you do not work and are looking for a job, register at the employment centre where you live. The state pays the contributions for registered unemployed people.',
      { id: 'step.register-unemployed.text' },
    ),
  'voluntary-insurance': () =>
    msg(
      'You can buy a health insurance policy from an insurance company. What it covers depends on the contract, so read it before you sign.',
      { id: 'step.voluntary-insurance.text' },
    ),
  'emergency-103': () =>
    msg(
      'If your life or health is in danger, call an ambulance on 103. Emergency care is given to everyone, foreigners too.',
      { id: 'step.emergency-103.text' },
    ),
  'attach-with-insurance-contract': () =>
    msg(
      'Since August 2023, as a rule, workers from EAEU countries and their families attach to a polyclinic with a voluntary or compulsory health insurance contract. Ask the polyclinic which documents it needs.',
      { id: 'step.attach-with-insurance-contract.text' },
    ),
};

const RULE: Record<RuleId, Text> = {
  'osms-start': () =>
    msg('Compulsory social health insurance (OSMS) has covered people since 1 January 2020.', { id: 'rule.osms-start' }),
  'gobmp-residents': () =>
    msg('Citizens of Kazakhstan have the right to guaranteed free medical care (GOBMP).', { id: 'rule.gobmp-residents' }),
  'residents-equal-rights': () =>
    msg(
      'Kandases and foreigners with a permanent residence permit have the same rights to free care and insurance as citizens.',
      { id: 'rule.residents-equal-rights' },
    ),
  'eaeu-workers-osms': () =>
    msg('Workers from EAEU countries and their families take part in OSMS like citizens.', { id: 'rule.eaeu-workers-osms' }),
  'eaeu-attachment-contract': () =>
    msg(
      'Since 14 August 2023, as a rule, EAEU workers attach to a polyclinic with a voluntary or compulsory insurance contract.',
      { id: 'rule.eaeu-attachment-contract' },
    ),
  'local-budget-categories': () =>
    msg(
      'From 2026, local budgets pay for registered unemployed people and for non-working people with a “crisis” or “emergency” welfare level.',
      { id: 'rule.local-budget-categories' },
    ),
  'departmental-care': () =>
    msg(
      'As a rule, military personnel and officers of law-enforcement and special state bodies get care from their service’s own medical units.',
      { id: 'rule.departmental-care' },
    ),
  'self-payer-12-months': () =>
    msg('As a rule, if you pay for yourself, you are insured when each of the last 12 months is paid.', {
      id: 'rule.self-payer-12-months',
    }),
  'prepay-12-months': () =>
    msg('Since 5 September 2022, as a rule, you can pay up to 12 months ahead, each month as a separate payment.', {
      id: 'rule.prepay-12-months',
    }),
  'arrears-restore-status': () =>
    msg('As a rule, missed months can be paid later, and then the insured status comes back.', {
      id: 'rule.arrears-restore-status',
    }),
  'single-aggregate-payment': () =>
    msg('From 2019 to 2023 the single aggregate payment included the health insurance contribution.', {
      id: 'rule.single-aggregate-payment',
    }),
  'preferential-status-fix': () =>
    msg('The State Corporation “Government for Citizens” updates the social status of people the state pays for.', {
      id: 'rule.preferential-status-fix',
    }),
  'visitor-limited-care': () =>
    msg(
      'People who stay in Kazakhstan for a while get free emergency care, but not guaranteed free medical care.',
      { id: 'rule.visitor-limited-care' },
    ),
  'no-osms-before-2020': () =>
    msg('Before 2020 there was no insurance care: residents got guaranteed free medical care only.', {
      id: 'rule.no-osms-before-2020',
    }),
  'refugee-gobmp-only': () =>
    msg('As a rule, refugees get guaranteed free medical care but do not take part in OSMS.', {
      id: 'rule.refugee-gobmp-only',
    }),
  'state-pays-categories': () =>
    msg('The state pays the contributions for people in preferential categories.', { id: 'rule.state-pays-categories' }),
  'employer-pays': () =>
    msg('Employers hold back employees’ contributions from pay and pay their own contributions for them every month.', {
      id: 'rule.employer-pays',
    }),
  'civil-contract-withheld': () =>
    msg('As a rule, under a civil-law contract the one who pays you holds back your contribution.', {
      id: 'rule.civil-contract-withheld',
    }),
  'platform-withheld': () =>
    msg('From 2026, as a rule, online platforms hold back the contributions of people who work through them.', {
      id: 'rule.platform-withheld',
    }),
  'self-payer-current': () =>
    msg('As a rule, if you pay for yourself and have paid every month, you are insured.', { id: 'rule.self-payer-current' }),
  'grace-3-months': () =>
    msg('As a rule, you stay insured for 3 months after the last paid month.', { id: 'rule.grace-3-months' }),
  'grace-6-months-after-60': () =>
    msg(
      'From 2026, as a rule, if you paid for 60 months in a row, you stay insured for 6 months after the last paid month.',
      { id: 'rule.grace-6-months-after-60' },
    ),
  'not-paying': () =>
    msg('Without contributions you are not insured and get guaranteed free medical care (GOBMP) only.', {
      id: 'rule.not-paying',
    }),
};

export function statusTitle(s: Status): string {
  return STATUS[s]();
}

/** The status in plain sentences: what it means for you. */
export function statusSummary(s: Status): string {
  return STATUS_SUMMARY[s]();
}


/** The title of a next step, e.g. "Call 1406". */
export function nextStepTitle(id: NextStepId): string {
  return STEP[id]();
}

/** What to do, where and how. */
export function nextStepText(id: NextStepId): string {
  return STEP_TEXT[id]();
}

/** One sentence per rule, shown under "Rules as of <date>" with its source. */
export function ruleText(id: RuleId): string {
  return RULE[id]();
}


/** Why joining the insurance pays off: the five advantages of the Fund's leaflet. */
export function insuranceAdvantages(): string[] {
  return [
    msg('You spend less of your own money on medical care.', { id: 'adv.1' }),
    msg('You choose your clinic and your doctor yourself.', { id: 'adv.2' }),
    msg('Your care does not depend on your income or on how much you pay.', { id: 'adv.3' }),
    msg('Insurance pays for tests, treatment and expensive operations.', { id: 'adv.4' }),
    msg('You can use your insurance in private clinics that work with the Fund.', { id: 'adv.5' }),
  ];
}

/** What voluntary health insurance is, in two sentences. */
export function voluntaryInsuranceText(): string {
  return msg(
    'Voluntary health insurance is a policy that you or your employer buy from an insurance company. What it covers and what it costs depend on the contract: which services, which diseases and which clinics.',
    { id: 'vhi.about' },
  );
}
