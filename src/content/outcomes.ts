/**
 * Display strings for the result of the coverage check: statuses, which budget pays, next steps,
 * the rules cited, and why joining the insurance pays off.
 */
import { msg, str } from '@lit/localize';
import type { Change, CheckingFor, NextStepId, RuleId, Status, StatusConditionId } from '../core/index.js';
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
  'insured-grace': () => msg('You are still insured for a while', { id: 'status.insured-grace' }),
  'insured-transition': () =>
    msg('You had insurance care without contributions, as everyone did in the first half of 2020', {
      id: 'status.insured-transition',
    }),
  'check-payer': () =>
    msg(
      'You are insured while the one who pays you holds back your contributions, and for a while after the last one — check that they do',
      { id: 'status.check-payer.while' },
    ),
  'not-insured': () => msg('You are not insured', { id: 'status.not-insured' }),
  'emergency-only': () => msg('You get emergency care only', { id: 'status.emergency-only' }),
  'paid-care': () =>
    msg('You pay for your care: only diseases dangerous to others are treated free', { id: 'status.paid-care' }),
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
      'You still get guaranteed volume of free medical care (GOBMP). But insurance care (OSMS), such as specialists on referral, scans and planned hospital care, is not free for you until contributions are paid.',
      { id: 'status.not-insured.summary' },
    ),
  'insured-grace': () =>
    msg(
      'Nothing is being paid for you now, but the insured status lasts a few months after the last paid month. To keep it, the months since then must be paid before it ends. After that you get the guaranteed volume of free medical care (GOBMP) only. As a rule, the Fund warns by SMS from 1414 before the status ends.',
      { id: 'status.insured-grace.summary.sms' },
    ),
  'insured-transition': () =>
    msg(
      'From 1 January to 30 June 2020 everyone taking part in OSMS got its care, even if no contributions had been paid for them. From 1 July 2020 the insured status depends on contributions.',
      { id: 'status.insured-transition.summary' },
    ),
  'check-payer': () =>
    msg(
      'A company, an individual entrepreneur or an online platform that pays you must hold back your contribution from what it pays and send it to the Fund. That happens only in months when you are paid. A private person who pays you holds back nothing. Check your status: if it shows you as not insured, ask the one who pays you, or pay for yourself.',
      { id: 'status.check-payer.summary' },
    ),
  'emergency-only': () =>
    msg(
      'You have no right to guaranteed volume of free medical care. Emergency care is free for you until the danger to your life is over, and so is treatment of acute diseases dangerous to others. For other care you pay yourself or use your health insurance policy.',
      { id: 'status.emergency-only.summary.cis' },
    ),
  'paid-care': () =>
    msg(
      'You have no right to guaranteed volume of free medical care or to insurance care. Treatment of acute diseases dangerous to others is free. In an emergency, call 103 at once: emergency care is given first. Whether you are billed for it afterwards, no official text we found says; other care you pay yourself or through your travel or voluntary health insurance.',
      { id: 'status.paid-care.summary.emergency-first' },
    ),
};

/** The statuses a child can have, said about the child (a child does not work: no employer or payer statuses). */
const CHILD_STATUS: Partial<Record<Status, Text>> = {
  'insured-state': () =>
    msg('The child is insured: the state pays for the child', { id: 'status.insured-state.child' }),
  'insured-contributions': () =>
    msg('The child is insured: contributions are paid for the child', { id: 'status.insured-contributions.child' }),
  'insured-grace': () => msg('The child is still insured for a while', { id: 'status.insured-grace.child' }),
  'insured-transition': () =>
    msg('The child had insurance care without contributions, as everyone did in the first half of 2020', {
      id: 'status.insured-transition.child',
    }),
  'not-insured': () => msg('The child is not insured', { id: 'status.not-insured.child' }),
  'emergency-only': () => msg('The child gets emergency care only', { id: 'status.emergency-only.child' }),
  'paid-care': () =>
    msg('You pay for the child’s care: only diseases dangerous to others are treated free', {
      id: 'status.paid-care.child',
    }),
};

const CHILD_SUMMARY: Partial<Record<Status, Text>> = {
  'insured-state': () =>
    msg(
      'The state pays the contributions for every child under 18: you pay nothing. The child gets free care (GOBMP) and insurance care (OSMS). What the child needs is to be attached to a polyclinic.',
      { id: 'status.insured-state.summary.child' },
    ),
  'not-insured': () =>
    msg(
      'The child still gets guaranteed volume of free medical care (GOBMP). But insurance care (OSMS), such as specialists on referral, scans and planned hospital care, is not free for the child until contributions are paid.',
      { id: 'status.not-insured.summary.child' },
    ),
  'emergency-only': () =>
    msg(
      'The child has no right to guaranteed volume of free medical care. Emergency care is free until the danger to the child’s life is over, and so is treatment of acute diseases dangerous to others. For other care you pay or use the child’s health insurance policy.',
      { id: 'status.emergency-only.summary.child' },
    ),
  'paid-care': () =>
    msg(
      'The child has no right to guaranteed volume of free medical care or to insurance care. Treatment of acute diseases dangerous to others is free. In an emergency, call 103 at once: emergency care is given first. Whether you are billed for it afterwards, no official text we found says; other care you pay or the child’s travel or voluntary health insurance pays.',
      { id: 'status.paid-care.summary.child.emergency-first' },
    ),
};

/**
 * The status line of `insured-grace`, with the last day of cover written out. The sources
 * differ on whether the last paid month counts, so the day is said as "about".
 */
export function graceTitle(until: string, checkingFor: CheckingFor = 'self'): string {
  return checkingFor === 'child'
    ? msg(str`The child is still insured until about ${until}`, { id: 'status.insured-grace.until-about.child' })
    : msg(str`You are still insured until about ${until}`, { id: 'status.insured-grace.until-about' });
}

/** The status of people exempt from contributions (military and law-enforcement staff, from 2026). */
export const exemptTexts = {
  title: () => msg('You are insured through your service', { id: 'status.insured-state.exempt' }),
  summary: () =>
    msg(
      'You are exempt from contributions: nobody pays them for you, and your service sends your data to the Fund, which records you as insured. You get free care (GOBMP) and insurance care (OSMS); as a rule, your service’s own medical units care for you first.',
      { id: 'status.insured-state.exempt.summary' },
    ),
};

const STEP: Record<NextStepId, Text> = {
  'check-status-app': () => msg('Check your status in eGov Mobile or your bank’s app', { id: 'step.check-status-app' }),
  'child-attach-polyclinic': () => msg('Attach the child to a polyclinic', { id: 'step.child-attach-polyclinic' }),
  'child-register-birth': () =>
    msg('If the birth is not registered yet, register it', { id: 'step.child-register-birth' }),
  'child-turns-18': () => msg('Check again when the child turns 18', { id: 'step.child-turns-18' }),
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
  'travel-insurance': () => msg('Check your travel insurance', { id: 'step.travel-insurance' }),
  'attach-where-you-live': () =>
    msg('If you do not pay regularly, attach where you live', { id: 'step.attach-where-you-live' }),
  'ask-service-personnel': () =>
    msg('Ask your service’s personnel or medical unit', { id: 'step.ask-service-personnel' }),
  'complain-about-care': () => msg('If care was refused or poor, complain', { id: 'step.complain-about-care' }),
  'ask-payer': () => msg('Ask the one who pays you', { id: 'step.ask-payer' }),
  'private-client-pay-yourself': () =>
    msg('If a private person pays you, pay for yourself', { id: 'step.private-client-pay-yourself' }),
  'join-self-employed-regime': () =>
    msg('Register as self-employed in the special tax regime', { id: 'step.join-self-employed-regime' }),
  'pay-in-self-employed-regime': () =>
    msg('Pay the 4% through the app for every month you earn', { id: 'step.pay-in-self-employed-regime' }),
  'ask-employer-arrears': () => msg('Ask your employer to pay the missed months', { id: 'step.ask-employer-arrears' }),
  'complain-unpaid-contributions': () =>
    msg('If the employer does not pay, complain', { id: 'step.complain-unpaid-contributions' }),
  'register-pregnancy': () => msg('Register your pregnancy at your polyclinic', { id: 'step.register-pregnancy' }),
  'after-birth': () => msg('What changes after the birth', { id: 'step.after-birth' }),
  'student-cover-ends': () => msg('When you finish your studies', { id: 'step.student-cover-ends' }),
  'working-pensioner': () => msg('If you work while you receive a pension', { id: 'step.working-pensioner' }),
  'refugee-if-working': () => msg('If you work', { id: 'step.refugee-if-working' }),
  'work-insurance-contract': () =>
    msg('Use the health insurance of your work contract', { id: 'step.work-insurance-contract' }),
  'residence-permit-insurance': () =>
    msg('Keep the health insurance of your residence permit', { id: 'step.residence-permit-insurance' }),
};

const STEP_TEXT: Record<NextStepId, Text> = {
  'check-status-app': () =>
    msg(
      'The easiest way: in eGov Mobile or in your bank’s app (for example Kaspi or Halyk), find the health insurance (OSMS) status. SaqtandyryBot in Telegram and the hotline 1406 tell you too. The Fund’s page lists every way.',
      { id: 'step.check-status-app.text.any-bank' },
    ),
  'child-attach-polyclinic': () =>
    msg(
      'Care for the child starts at the polyclinic the child is attached to. A parent or other legal representative asks the polyclinic, or applies on egov.kz, with the child’s IIN. As a rule, a newborn is attached to the mother’s polyclinic.',
      { id: 'step.child-attach-polyclinic.text' },
    ),
  'child-register-birth': () =>
    msg(
      'Register the birth at a registry office or a Public Service Centre, or online on egov.kz. The birth certificate carries the child’s IIN, which the polyclinic and the Fund need.',
      { id: 'step.child-register-birth.text' },
    ),
  'child-turns-18': () =>
    msg(
      'The state pays for the child until the child turns 18. After that it pays only if the young person is in another group, for example studying full-time; otherwise contributions must be paid.',
      { id: 'step.child-turns-18.text' },
    ),
  'check-status-egov': () =>
    msg(
      'On egov.kz, open the service “Issuing information on participation as a consumer of medical services and on the amounts of deductions and (or) contributions transferred in the OSMS system”. Log in with your digital signature or a code sent by SMS. You will see whether you are insured.',
      { id: 'step.check-status-egov.text' },
    ),
  'check-status-fund': () =>
    msg(
      'msqory.kz is the site of the Social Health Insurance Fund (formerly fms.kz). You can check your status there. The eGov Mobile app, your bank’s app, SaqtandyryBot in Telegram, Qoldau 24/7 and Damumed show it too.',
      { id: 'step.check-status-fund.text.channels' },
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
      'If you do not work and are looking for a job, register at the employment centre where you live. The state pays the contributions for registered unemployed people; from 2026 the local budget pays them.',
      { id: 'step.register-unemployed.text' },
    ),
  'voluntary-insurance': () =>
    msg(
      'You can buy a health insurance policy from an insurance company. Without compulsory insurance, it is what pays for your care here: which services, which clinics and how much depend on the contract, so read it before you sign, and keep its phone number at hand.',
      { id: 'step.voluntary-insurance.text.pays-for-care' },
    ),
  'emergency-103': () =>
    msg('If your life or health is in danger, call an ambulance on 103.', { id: 'step.emergency-103.text.call' }),
  'attach-with-insurance-contract': () =>
    msg(
      'Since August 2023, as a rule, workers from EAEU countries and their families attach to a polyclinic with an imputed or a voluntary health insurance contract. This is done in person at the polyclinic, not through eGov: ask it which documents it needs.',
      { id: 'step.attach-with-insurance-contract.text.imputed' },
    ),
  'attach-where-you-live': () =>
    msg(
      'From 2026, as a rule, you choose your polyclinic freely if contributions are paid for you regularly or the state pays for you; otherwise you attach to a polyclinic where you live, permanently or temporarily.',
      { id: 'step.attach-where-you-live.text' },
    ),
  'ask-service-personnel': () =>
    msg(
      'Your service sends your data to the Fund. If your status is wrong, ask your unit’s personnel or medical service.',
      { id: 'step.ask-service-personnel.text' },
    ),
  'complain-about-care': () =>
    msg(
      'Call 1406 or write to the Fund on msqory.kz. The Fund checks the quality of care, handles complaints and can penalise the clinic.',
      { id: 'step.complain-about-care.text' },
    ),
  'travel-insurance': () =>
    msg(
      'Care other than for diseases dangerous to others is paid. Keep your travel insurance policy and its assistance phone number at hand, and call it before you go to a clinic. If you have no policy, buy one before you travel.',
      { id: 'step.travel-insurance.text' },
    ),
  'ask-payer': () =>
    msg(
      'Ask the company, the entrepreneur or the platform that pays you whether it holds back your health insurance contribution and pays it. If your status is still wrong, call 1406.',
      { id: 'step.ask-payer.text' },
    ),
  'private-client-pay-yourself': () =>
    msg(
      'A private person who pays you under a contract is not a tax agent and holds back nothing. To be insured, pay the contribution for yourself every month, as a self-payer.',
      { id: 'step.private-client-pay-yourself.text' },
    ),
  'join-self-employed-regime': () =>
    msg(
      'From 2026, someone who earns without registering as an individual entrepreneur (a tutor, a cleaner, a craftsman) can register in the special tax regime for the self-employed through a mobile app. As a rule, you then pay 4% of what you earn, and this includes the health insurance contribution. Until then you can pay the contribution for yourself as a self-payer.',
      { id: 'step.join-self-employed-regime.text' },
    ),
  'pay-in-self-employed-regime': () =>
    msg(
      'As a rule, the 4% you pay through the app for a month with income includes your health insurance contribution. In a month without income nothing is paid for you: the status lasts a while after the last paid month, and you can pay the contribution for yourself as a self-payer.',
      { id: 'step.pay-in-self-employed-regime.text' },
    ),
  'ask-employer-arrears': () =>
    msg(
      'Your employer must hold back your contribution and pay its own every month, and a missed month must still be paid, as a rule with a penalty. Ask the accountant which months are missing and when they will be paid. As a rule, your status comes back within about 3 working days after the money arrives.',
      { id: 'step.ask-employer-arrears.text' },
    ),
  'complain-unpaid-contributions': () =>
    msg(
      'The state revenue bodies collect the contributions, and the labour inspectorate checks that employers keep the law. Call 1406 to learn where to complain about your employer where you live, and keep your employment contract and pay slips.',
      { id: 'step.complain-unpaid-contributions.text' },
    ),
  'register-pregnancy': () =>
    msg(
      'The state pays for a pregnant woman who does not work once her pregnancy is registered at the polyclinic she is attached to. Go there as early as you can: the registration is also what your status is checked against.',
      { id: 'step.register-pregnancy.text' },
    ),
  'after-birth': () =>
    msg(
      'After the birth the state goes on paying for you while you do not work and raise the child under 3, or while you are on childcare leave. The child is insured as a child under 18: register the birth and attach the child to a polyclinic.',
      { id: 'step.after-birth.text' },
    ),
  'student-cover-ends': () =>
    msg(
      'The state pays for you while you study full-time: the education database tells the Fund. When you graduate or leave, it stops, and from then on an employer or you yourself must pay. As a rule, the status lasts 3 months after the last paid month.',
      { id: 'step.student-cover-ends.text' },
    ),
  'working-pensioner': () =>
    msg(
      'The state pays for you as a pension recipient whether you work or not. Whether your employer must also pay contributions for you, we found no official text that says: ask your employer’s accountant or 1406.',
      { id: 'step.working-pensioner.text' },
    ),
  'refugee-if-working': () =>
    msg(
      'If your employer pays health insurance contributions for you, ask 1406 whether they insure you: we found no official text that says whether refugees take part in OSMS.',
      { id: 'step.refugee-if-working.text' },
    ),
  'work-insurance-contract': () =>
    msg(
      'Since 1 May 2023, as a rule, an employer may employ a foreigner staying temporarily only with an imputed health insurance contract that covers primary and specialised care. Ask your employer for the policy, the clinic it uses and its phone number: this is what pays for your care.',
      { id: 'step.work-insurance-contract.text' },
    ),
  'residence-permit-insurance': () =>
    msg(
      'For a temporary residence permit, to study or to live with family, as a rule you show a health insurance policy (citizens of EAEU countries excepted). Keep it valid and its phone number at hand: it is what pays for your care here. Ask your university or your insurer which clinic to go to.',
      { id: 'step.residence-permit-insurance.text' },
    ),
};

const RULE: Record<RuleId, Text> = {
  'osms-start': () =>
    msg('Mandatory social health insurance (OSMS) has covered people since 1 January 2020.', { id: 'rule.osms-start' }),
  'gobmp-residents': () =>
    msg('Citizens of Kazakhstan have the right to guaranteed volume of free medical care (GOBMP).', {
      id: 'rule.gobmp-residents',
    }),
  'residents-equal-rights': () =>
    msg(
      'Kandases and foreigners with a permanent residence permit have the same rights to free care and insurance as citizens.',
      { id: 'rule.residents-equal-rights' },
    ),
  'eaeu-workers-osms': () =>
    msg('Workers from EAEU countries and their families take part in OSMS like citizens.', {
      id: 'rule.eaeu-workers-osms',
    }),
  'eaeu-attachment-contract': () =>
    msg(
      'Since 14 August 2023, as a rule, EAEU workers attach to a polyclinic with a voluntary or imputed health insurance contract.',
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
      'People who stay in Kazakhstan for a while have no right to guaranteed volume of free medical care; other care is paid or covered by voluntary insurance.',
      { id: 'rule.visitor-limited-care.paid' },
    ),
  'cis-emergency-care': () =>
    msg('Citizens of CIS countries get emergency care free until the danger to life is over.', {
      id: 'rule.cis-emergency-care',
    }),
  'dangerous-diseases-for-all': () =>
    msg('Everyone who stays in Kazakhstan for a while gets free care for acute diseases dangerous to others.', {
      id: 'rule.dangerous-diseases-for-all',
    }),
  'no-gobmp-without-entitlement': () =>
    msg('Without a right to guaranteed volume of free medical care, only the care given to everyone is free.', {
      id: 'rule.no-gobmp-without-entitlement',
    }),
  'minimum-wage-base': () =>
    msg(
      'Fixed contributions are a share of the minimum wage, which the law on the republican budget sets for each year.',
      {
        id: 'rule.minimum-wage-base',
      },
    ),
  'self-payer-3-months': () =>
    msg('Until 1 July 2021, a person paying for themselves was insured after 3 months in a row paid.', {
      id: 'rule.self-payer-3-months',
    }),
  'osms-for-all-2020': () =>
    msg(
      'From 1 January to 30 June 2020 everyone had the right to insurance care, even if no contributions had been paid.',
      {
        id: 'rule.osms-for-all-2020',
      },
    ),
  'no-osms-before-2020': () =>
    msg('Before 2020 there was no insurance care: residents got guaranteed volume of free medical care only.', {
      id: 'rule.no-osms-before-2020',
    }),
  'refugee-gobmp-only': () =>
    msg('As a rule, refugees get guaranteed volume of free medical care but do not take part in OSMS.', {
      id: 'rule.refugee-gobmp-only',
    }),
  'service-staff-exempt': () =>
    msg(
      'From 2026, as a rule, nobody pays contributions for military personnel and officers of law-enforcement and special state bodies: their service sends their data to the Fund, which records them as insured.',
      { id: 'rule.service-staff-exempt' },
    ),
  'state-pays-categories': () =>
    msg('The state pays the contributions for people in preferential categories.', {
      id: 'rule.state-pays-categories',
    }),
  'employer-pays': () =>
    msg('Employers hold back employees’ contributions from pay and pay their own contributions for them every month.', {
      id: 'rule.employer-pays',
    }),
  'civil-contract-withheld': () =>
    msg(
      'As a rule, under a civil-law contract a tax agent who pays you holds back your contribution, in the months when it pays you.',
      { id: 'rule.civil-contract-withheld.tax-agent' },
    ),
  'platform-withheld': () =>
    msg('From 2026, as a rule, online platforms hold back the contributions of people who work through them.', {
      id: 'rule.platform-withheld',
    }),
  'self-payer-current': () =>
    msg('As a rule, if you pay for yourself and have paid every month, you are insured.', {
      id: 'rule.self-payer-current',
    }),
  'grace-3-months': () =>
    msg('As a rule, the insured status lasts 3 months after the last paid month, whoever paid it.', {
      id: 'rule.grace-3-months.anyone',
    }),
  'grace-6-months-after-60': () =>
    msg(
      'From 2026, as a rule, after 60 months in a row paid for you, the insured status lasts 6 months after the last paid month.',
      { id: 'rule.grace-6-months-after-60.anyone' },
    ),
  'self-payer-gaps': () =>
    msg(
      'As a rule, if you pay for yourself and one of the 12 months before is not paid, you are not insured until it is paid, even while you pay now.',
      { id: 'rule.self-payer-gaps' },
    ),
  'self-employed-regime-contributions': () =>
    msg(
      'From 2026, as a rule, the special tax regime for the self-employed takes 4% of income through an app, and this includes the health insurance contribution.',
      { id: 'rule.self-employed-regime-contributions' },
    ),
  'foreign-worker-insurance': () =>
    msg(
      'Since 1 May 2023, as a rule, an employment contract with a foreigner staying temporarily needs an imputed health insurance contract.',
      { id: 'rule.foreign-worker-insurance' },
    ),
  'withheld-contributions-arrive': () =>
    msg('When an employer, a tax agent or a platform holds back and pays your contributions, you are insured.', {
      id: 'rule.withheld-contributions-arrive',
    }),
  'self-payer-gaps-covered': () =>
    msg(
      'As a rule, missed months that fit within the 3 months the status lasts after a paid month do not end it; they must still be paid.',
      { id: 'rule.self-payer-gaps-covered' },
    ),
  'not-paying': () =>
    msg('Without contributions you are not insured and get guaranteed volume of free medical care (GOBMP) only.', {
      id: 'rule.not-paying',
    }),
};

export function statusTitle(s: Status, checkingFor: CheckingFor = 'self'): string {
  const child = checkingFor === 'child' ? CHILD_STATUS[s] : undefined;
  if (child) return child();
  return STATUS[s]();
}

/** The status in plain sentences: what it means for you. */
/** What "not insured" means before 2020, when there was no OSMS care to miss. */
export function beforeOsmsSummary(checkingFor: CheckingFor = 'self'): string {
  return checkingFor === 'child'
    ? msg(
        'Before 2020 there was no compulsory social health insurance (OSMS). The child got the guaranteed volume of free medical care (GOBMP), like everyone entitled to it.',
        { id: 'status.not-insured.summary.before-2020.child' },
      )
    : msg(
        'Before 2020 there was no compulsory social health insurance (OSMS). You got the guaranteed volume of free medical care (GOBMP), like everyone entitled to it.',
        { id: 'status.not-insured.summary.before-2020' },
      );
}

export function statusSummary(s: Status, checkingFor: CheckingFor = 'self'): string {
  const child = checkingFor === 'child' ? CHILD_SUMMARY[s] : undefined;
  if (child) return child();
  return STATUS_SUMMARY[s]();
}

/**
 * The steps whose words, said to a parent, would speak of the parent where they mean the
 * child (the polyclinic the child is attached to, the child's status): said of the child.
 */
const CHILD_STEP: Partial<Record<NextStepId, () => string>> = {
  'own-polyclinic': () => msg('Ask at the child’s polyclinic', { id: 'step.own-polyclinic.child' }),
  'attach-with-insurance-contract': () =>
    msg('Attach the child to a polyclinic with the child’s insurance contract', {
      id: 'step.attach-with-insurance-contract.child',
    }),
  'attach-where-you-live': () =>
    msg('If contributions for the child are not paid regularly, attach the child where you live', {
      id: 'step.attach-where-you-live.child',
    }),
};
const CHILD_STEP_TEXT: Partial<Record<NextStepId, () => string>> = {
  'own-polyclinic': () =>
    msg(
      'Free care for the child starts at the polyclinic the child is attached to. The district doctor sends the child to specialists and for tests. If the child is not attached yet, ask a polyclinic near your home to attach the child.',
      { id: 'step.own-polyclinic.text.child' },
    ),
  'hotline-1406': () =>
    msg(
      '1406 is the free hotline of the Social Health Insurance Fund. Ask there about the child’s status, the contributions and the care the child can get.',
      { id: 'step.hotline-1406.text.child' },
    ),
  'attach-where-you-live': () =>
    msg(
      'From 2026, as a rule, people for whom contributions are paid regularly, or for whom the state pays, choose their polyclinic freely. Others are attached to a polyclinic where they live, permanently or temporarily.',
      { id: 'step.attach-where-you-live.text.child' },
    ),
  'pay-arrears': () =>
    msg(
      'The months missed can be paid. As a rule, the child’s insured status comes back within about 3 working days after the money arrives.',
      { id: 'step.pay-arrears.text.child' },
    ),
};

/** The title of a next step, e.g. "Call 1406"; said of the child when the check is for one. */
export function nextStepTitle(id: NextStepId, checkingFor: CheckingFor = 'self'): string {
  return ((checkingFor === 'child' && CHILD_STEP[id]) || STEP[id])();
}

/** What to do, where and how; said of the child when the check is for one. */
export function nextStepText(id: NextStepId, checkingFor: CheckingFor = 'self'): string {
  return ((checkingFor === 'child' && CHILD_STEP_TEXT[id]) || STEP_TEXT[id])();
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

const CONDITION: Record<StatusConditionId, Text> = {
  'while-not-working': () => msg('you do not work', { id: 'condition.while-not-working' }),
  'attached-to-polyclinic': () => msg('you are attached to a polyclinic', { id: 'condition.attached-to-polyclinic' }),
  'charged-when-seeking-care': () =>
    msg('the akimat pays your contributions when you seek care: tell the polyclinic your welfare level', {
      id: 'condition.charged-when-seeking-care',
    }),
};

/** A condition the status holds under, as the end of "This holds only while …". */
export function conditionText(id: StatusConditionId): string {
  return CONDITION[id]();
}

/** One upcoming change, with the values already written out by the caller. */
export function changeText(
  change: Change,
  parts: { date: string; from?: string; to?: string; service?: string },
  checkingFor: CheckingFor = 'self',
): string {
  const { date, from = '', to = '', service = '' } = parts;
  const child = checkingFor === 'child';
  switch (change.kind) {
    case 'service-changed':
      return child
        ? msg(str`From ${date}, this part of the child’s free care is restated: ${from}. The new list says:`, {
            id: 'change.service-changed.child',
          })
        : msg(str`From ${date}, this part of your free care is restated: ${from}. The new list says:`, {
            id: 'change.service-changed',
          });
    case 'status':
      return msg(str`From ${date}: ${to}.`, { id: 'change.status' });
    case 'service-added':
      return child
        ? msg(str`From ${date}, this is part of the child’s free care: ${service}.`, {
            id: 'change.service-added.child',
          })
        : msg(str`From ${date}, this is part of your free care: ${service}.`, { id: 'change.service-added' });
    case 'service-removed':
      return child
        ? msg(str`From ${date}, this is no longer part of the child’s free care: ${service}.`, {
            id: 'change.service-removed.child',
          })
        : msg(str`From ${date}, this is no longer part of your free care: ${service}.`, {
            id: 'change.service-removed',
          });
    case 'payer':
      return msg(str`From ${date}: ${to}`, { id: 'change.payer' });
    case 'amount':
      return change.to === undefined
        ? msg(
            str`From ${date}, the contribution is counted from the new minimum wage, which is not set yet (now ${from} a month).`,
            {
              id: 'change.amount.unknown',
            },
          )
        : msg(str`From ${date}, the monthly contribution changes from ${from} to ${to}.`, { id: 'change.amount' });
    case 'rate':
      return msg(str`From ${date}, the contribution rate changes from ${from} to ${to}.`, { id: 'change.rate' });
    default:
      return '';
  }
}

/** The parts of the "How much" section, with the numbers already formatted by the caller. */
export const amountTexts = {
  /** Over what the person pays themselves. */
  headingPay: () => msg('How much to pay', { id: 'amount.heading.pay' }),
  /** Over what others pay or hold back for the person. */
  headingPaidForYou: () => msg('How much is paid for you', { id: 'amount.heading.paid-for-you' }),
  headingPaidForChild: () => msg('How much is paid for the child', { id: 'amount.heading.paid-for-child' }),
  monthly: (amount: string, rate: string, base: string, year: string) =>
    msg(str`${amount} a month: ${rate} of ${base}, the minimum wage of ${year}.`, { id: 'amount.monthly' }),
  monthlyMultiple: (amount: string, rate: string, multiple: string, base: string, year: string) =>
    msg(str`${amount} a month: ${rate} of ${multiple} × ${base}, the minimum wage of ${year}.`, {
      id: 'amount.monthly-multiple',
    }),
  unknownWage: (rate: string, year: string) =>
    msg(str`The minimum wage of ${year} is not set yet: the contribution will be ${rate} of it a month.`, {
      id: 'amount.unknown-wage',
    }),
  unknownWageMultiple: (rate: string, multiple: string, year: string) =>
    msg(
      str`The minimum wage of ${year} is not set yet: the contribution will be ${rate} of ${multiple} × it a month.`,
      {
        id: 'amount.unknown-wage-multiple',
      },
    ),
  keepCover: (months: string, total: string, until: string) =>
    msg(
      str`To keep the cover: the months since the last paid one (${months}), ${total} in all, paid before about ${until}.`,
      {
        id: 'amount.keep-cover.about',
      },
    ),
  twelveMonths: (total: string) => msg(str`12 months, as arrears or ahead: ${total}.`, { id: 'amount.twelve-months' }),
  missedMonths: (months: string, total: string) =>
    msg(str`The months you missed (${months}): ${total}.`, { id: 'amount.missed-months' }),
  missedMonthsRange: (least: string, most: string, total: string, totalUpTo: string) =>
    msg(str`The months you missed (${least} to ${most}): ${total} to ${totalUpTo}.`, {
      id: 'amount.missed-months.range',
    }),
  selfEmployedRegime: (rate: string) =>
    msg(
      str`${rate} of what you earn, paid through the app for each month with income: it includes your health insurance contribution.`,
      { id: 'amount.self-employed-regime' },
    ),
  withheldPay: (rate: string, cap: string) =>
    msg(str`${rate} of the pay, counted from no more than ${cap} minimum wages.`, { id: 'amount.withheld-pay' }),
  withheldIncome: (rate: string) =>
    msg(str`${rate} of the income it pays you, held back.`, { id: 'amount.withheld-income' }),
  state: (rate: string) =>
    msg(str`The state pays ${rate} of the average wage of two years before.`, { id: 'amount.state' }),
};

/** Who a contribution comes from, as the start of its line. */
export function contributionPayer(payer: string): string {
  switch (payer) {
    case 'employee':
      return msg('Your contribution, held back by the employer', { id: 'contribution.employee' });
    case 'employer':
      return msg('Your employer’s contribution', { id: 'contribution.employer' });
    case 'gph':
      return msg('Under a civil-law contract', { id: 'contribution.gph' });
    case 'platform':
      return msg('Through an online platform', { id: 'contribution.platform' });
    case 'self-employed-regime':
      return msg('In the special tax regime for the self-employed', { id: 'contribution.self-employed-regime' });
    default:
      return '';
  }
}

/** Headings and short texts of the result that carry no fact of their own. */
export const resultTexts = {
  conditions: () => msg('This holds only while:', { id: 'result.conditions' }),
  changes: (checkingFor: CheckingFor = 'self') =>
    checkingFor === 'child'
      ? msg('What changes for the child', { id: 'result.changes.child' })
      : msg('What changes for you', { id: 'result.changes' }),
  changesNote: (checkingFor: CheckingFor = 'self') =>
    checkingFor === 'child'
      ? msg('If the answers stay true and nothing more is paid for the child.', { id: 'result.changes.note.child' })
      : msg('If your answers stay true and nothing more is paid for you.', { id: 'result.changes.note' }),
  kept: (checkingFor: CheckingFor = 'self') =>
    checkingFor === 'child'
      ? msg('This care is still given to the child free:', { id: 'result.kept.child' })
      : msg('This care is still given to you free:', { id: 'result.kept' }),
  /** An answer as the reader gave it, quoted: the reasons speak in the reader's own words. */
  quoted: (answer: string) => msg(str`“${answer}”`, { id: 'result.quoted' }),
  firstStep: () => msg('What to do first', { id: 'result.first-step' }),
  unconfirmedShort: () => msg('Not yet confirmed', { id: 'result.unconfirmed-short' }),
  newTab: () => msg('(opens in a new tab)', { id: 'result.new-tab' }),
  kinds: (count: number) => msg(str`kinds of care: ${count}`, { id: 'result.kinds-of-care' }),
  unconfirmedStatus: () =>
    msg('Part of what decides this answer is not yet confirmed in an official text — check with 1406.', {
      id: 'result.unconfirmed-status',
    }),
  unconfirmedGrace: () =>
    msg(
      'The sources differ on whether the last paid month counts, so the cover may end a month earlier. Check the day in eGov Mobile or with 1406.',
      { id: 'result.unconfirmed-grace' },
    ),
  unconfirmedAmounts: () =>
    msg('The rates and the minimum wage here come from news reports of the Fund; check the sum with 1406.', {
      id: 'result.unconfirmed-amounts',
    }),
};
