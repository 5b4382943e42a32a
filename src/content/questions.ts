/**
 * Display strings for the questions of the coverage check and their answers (the result's
 * "because you said: …" quotes the answers). Every string goes through msg() with a
 * stable id (`q.<question>`, `a.<question>.<answer>`, …).
 */
import { msg, str } from '@lit/localize';
import { CATEGORIES } from '../core/index.js';
import type {
  CategoryId,
  CheckingFor,
  LastPaid,
  MonthsMissed,
  Payments,
  QuestionId,
  Residency,
  StayPurpose,
  VisitorCountry,
  Work,
  YesNo,
} from '../core/index.js';
import { categoryChoice } from './categories.js';

type Text = () => string;
const none: Text = () => '';

/** The answer ids of each question. */
interface AnswerOf {
  'checking-for': CheckingFor;
  residency: Residency;
  'visitor-country': VisitorCountry;
  'stay-purpose': StayPurpose;
  'last-paid': LastPaid;
  'months-missed': MonthsMissed;
  categories: CategoryId | 'none';
  work: Work;
  payments: Payments;
  'paid-60-months': YesNo;
}

const QUESTION: Record<QuestionId, Text> = {
  'checking-for': () => msg('Who are you checking for?', { id: 'q.checking-for' }),
  residency: () => msg('What is your status in Kazakhstan?', { id: 'q.residency' }),
  'visitor-country': () => msg('Which country are you a citizen of?', { id: 'q.visitor-country.groups' }),
  'stay-purpose': () => msg('Why are you in Kazakhstan?', { id: 'q.stay-purpose' }),
  'months-missed': () => msg('How many of the 12 months before were not paid?', { id: 'q.months-missed' }),
  'last-paid': () =>
    msg('What is the last month for which health insurance contributions were paid for you?', { id: 'q.last-paid' }),
  categories: () => msg('Does any of these apply to you?', { id: 'q.categories' }),
  work: () => msg('Do you work, and how?', { id: 'q.work' }),
  payments: () => msg('Have you been paying your health insurance contributions?', { id: 'q.payments' }),
  'paid-60-months': () =>
    msg('Up to that month, were contributions paid for you for 60 months (5 years) in a row?', {
      id: 'q.paid-60-months.by-anyone',
    }),
};

const QUESTION_HINT: Record<QuestionId, Text> = {
  'checking-for': () =>
    msg('For a child, the questions and the result speak about the child.', { id: 'q.checking-for.hint' }),
  residency: () => msg('Choose the one that fits you now.', { id: 'q.residency.hint' }),
  'visitor-country': () =>
    msg(
      'Citizens of CIS countries get emergency care free until the danger to life is over; workers from EAEU countries take part in the insurance.',
      { id: 'q.visitor-country.hint.eaeu' },
    ),
  'stay-purpose': () =>
    msg('Choose the main reason: it decides what pays for your care here.', { id: 'q.stay-purpose.hint' }),
  'months-missed': () =>
    msg(
      'Count the months among the 12 before this one for which nothing was paid. eGov Mobile, your bank’s app and the hotline 1406 show them.',
      { id: 'q.months-missed.hint' },
    ),
  'last-paid': () =>
    msg(
      'Count every payment made for you: your own, your employer’s, that of a company or platform that paid you, or the state’s (for example while you studied or were on childcare leave). eGov Mobile, your bank’s app and the hotline 1406 show them.',
      { id: 'q.last-paid.hint' },
    ),
  categories: () =>
    msg('For these people the state pays the contributions. Choose all that fit you, or “None of these”.', {
      id: 'q.categories.hint',
    }),
  work: () => msg('If more than one fits, choose the one nearest the top of the list.', { id: 'q.work.hint' }),
  payments: () => msg('Count the months since the last month you paid for.', { id: 'q.payments.hint' }),
  'paid-60-months': () =>
    msg(
      'Payments by you or by employers count, as the Fund’s Almaty branch says; the Ministry speaks only of people who paid on their own. As a rule, months when the state paid for you do not count. No official text we found says whether a month paid late breaks the 60 months: if some were late, ask 1406. If you are not sure, answer “No”: the result then shows the shorter period.',
      { id: 'q.paid-60-months.by-anyone.hint.sources' },
    ),
};

/** The questions as asked about a child; a question missing here reads the same for a child. */
const CHILD_QUESTION: Partial<Record<QuestionId, Text>> = {
  residency: () => msg('What is the child’s status in Kazakhstan?', { id: 'q.residency.child' }),
  'visitor-country': () => msg('Which country is the child a citizen of?', { id: 'q.visitor-country.groups.child' }),
  'stay-purpose': () => msg('Why is the child in Kazakhstan?', { id: 'q.stay-purpose.child' }),
  'last-paid': () =>
    msg('What is the last month for which health insurance contributions were paid for the child?', {
      id: 'q.last-paid.child',
    }),
  'paid-60-months': () =>
    msg('Up to that month, were contributions paid for the child for 60 months (5 years) in a row?', {
      id: 'q.paid-60-months.child',
    }),
};

const CHILD_QUESTION_HINT: Partial<Record<QuestionId, Text>> = {
  residency: () => msg('Choose the one that fits the child now.', { id: 'q.residency.child.hint' }),
  'last-paid': () =>
    msg(
      'Count every payment made for the child, by anyone. eGov Mobile, a bank’s app and the hotline 1406 show them.',
      { id: 'q.last-paid.child.hint' },
    ),
};

/** Answer labels; the categories other than `none` are labelled by categoryName(). */
const LABEL: { [Q in Exclude<QuestionId, 'categories'>]: Record<AnswerOf[Q], Text> } & {
  categories: Record<'none', Text>;
} = {
  'checking-for': {
    self: () => msg('Myself', { id: 'a.checking-for.self' }),
    child: () => msg('My child, or another child under 18', { id: 'a.checking-for.child' }),
  },
  residency: {
    citizen: () => msg('Citizen of Kazakhstan', { id: 'a.residency.citizen' }),
    kandas: () => msg('Kandas', { id: 'a.residency.kandas' }),
    permit: () => msg('Foreigner or stateless person with a permanent residence permit', { id: 'a.residency.permit' }),
    'eaeu-worker': () => msg('Worker from an EAEU country, or a family member', { id: 'a.residency.eaeu-worker' }),
    refugee: () => msg('Refugee', { id: 'a.residency.refugee' }),
    visitor: () => msg('Visitor or temporary resident', { id: 'a.residency.visitor' }),
  },
  'visitor-country': {
    eaeu: () => msg('An EAEU country: Armenia, Belarus, Kyrgyzstan or Russia', { id: 'a.visitor-country.eaeu' }),
    cis: () =>
      msg('Another CIS country: Azerbaijan, Moldova, Tajikistan or Uzbekistan', { id: 'a.visitor-country.cis.listed' }),
    other: () => msg('Another country', { id: 'a.visitor-country.other.any' }),
  },
  'stay-purpose': {
    work: () => msg('To work under an employment contract', { id: 'a.stay-purpose.work' }),
    study: () => msg('To study', { id: 'a.stay-purpose.study' }),
    family: () => msg('To live with family', { id: 'a.stay-purpose.family' }),
    visit: () => msg('For a visit: tourism, a business trip, seeing people', { id: 'a.stay-purpose.visit' }),
  },
  'months-missed': {
    'months-1': () => msg('1 month', { id: 'a.months-missed.1' }),
    'months-2': () => msg('2 months', { id: 'a.months-missed.2' }),
    'months-3': () => msg('3 months', { id: 'a.months-missed.3' }),
    'months-4-6': () => msg('4 to 6 months', { id: 'a.months-missed.4-6' }),
    'months-7-11': () => msg('7 months or more', { id: 'a.months-missed.7-11' }),
  },
  'last-paid': {
    'up-to-date': () => msg('Contributions are paid every month, up to now or ahead', { id: 'a.last-paid.up-to-date' }),
    'with-gaps': () =>
      msg('Paid up to now, but some of the 12 months before were missed', { id: 'a.last-paid.with-gaps' }),
    'month-1': () => msg('1 month before this one', { id: 'a.last-paid.month-1' }),
    'month-2': () => msg('2 months before this one', { id: 'a.last-paid.month-2' }),
    'month-3': () => msg('3 months before this one', { id: 'a.last-paid.month-3' }),
    'month-4': () => msg('4 months before this one', { id: 'a.last-paid.month-4' }),
    'month-5': () => msg('5 months before this one', { id: 'a.last-paid.month-5' }),
    'month-6': () => msg('6 months before this one', { id: 'a.last-paid.month-6' }),
    'over-6-months': () => msg('Earlier than that', { id: 'a.last-paid.over-6-months' }),
    never: () => msg('Never: no one has paid contributions for me', { id: 'a.last-paid.never' }),
    'dont-know': () => msg('I do not know', { id: 'a.last-paid.dont-know' }),
  },
  categories: {
    none: () => msg('None of these', { id: 'a.categories.none' }),
  },
  work: {
    employee: () => msg('I work under an employment contract', { id: 'a.work.employee' }),
    gph: () => msg('I work under a civil-law contract', { id: 'a.work.gph' }),
    'self-employed': () => msg('I am an individual entrepreneur (IE)', { id: 'a.work.self-employed' }),
    'self-employed-regime': () =>
      msg('I am self-employed in the special tax regime, through the app', { id: 'a.work.self-employed-regime' }),
    platform: () => msg('I work through an online platform', { id: 'a.work.platform' }),
    informal: () => msg('I earn without a contract or registration', { id: 'a.work.informal' }),
    esp: () => msg('I pay the single aggregate payment (ESP)', { id: 'a.work.esp' }),
    'looking-for-work': () => msg('I do not work and I am looking for work', { id: 'a.work.looking-for-work' }),
    'not-working': () => msg('I do not work for another reason', { id: 'a.work.not-working' }),
    none: () => msg('I do not work', { id: 'a.work.none' }),
  },
  payments: {
    current: () => msg('I have paid for each of the last 12 months, or 12 months ahead', { id: 'a.payments.current' }),
    'stopped-1-3': () => msg('I stopped paying 1 to 3 months ago', { id: 'a.payments.stopped-1-3' }),
    'stopped-4-6': () => msg('I stopped paying 4 to 6 months ago', { id: 'a.payments.stopped-4-6' }),
    'stopped-more': () => msg('I stopped paying more than 6 months ago', { id: 'a.payments.stopped-more' }),
    never: () => msg('I have never paid', { id: 'a.payments.never' }),
  },
  'paid-60-months': {
    yes: () => msg('Yes, 60 months or more without a break', { id: 'a.paid-60-months.yes' }),
    no: () => msg('No, or I am not sure', { id: 'a.paid-60-months.no-or-unsure' }),
  },
};

/** Answer hints; '' where the label says it all. */
const HINT: { [Q in Exclude<QuestionId, 'categories'>]: Record<AnswerOf[Q], Text> } = {
  'checking-for': {
    self: () =>
      msg('Also for another adult: answer as they would, and read “you” as them.', { id: 'a.checking-for.self.hint' }),
    child: none,
  },
  residency: {
    citizen: none,
    kandas: () =>
      msg('An ethnic Kazakh who has come to live in Kazakhstan and has kandas status (formerly called oralman).', {
        id: 'a.residency.kandas.hint',
      }),
    permit: () => msg('You have a permit to live in Kazakhstan permanently.', { id: 'a.residency.permit.hint' }),
    'eaeu-worker': () =>
      msg(
        'A citizen of Russia, Belarus, Armenia or Kyrgyzstan who works in Kazakhstan, or a family member of such a worker.',
        { id: 'a.residency.eaeu-worker.hint' },
      ),
    refugee: () => msg('You have refugee status in Kazakhstan.', { id: 'a.residency.refugee.hint' }),
    visitor: () =>
      msg(
        'You are in Kazakhstan for a while, for example as a tourist or a student, without a permanent residence permit.',
        {
          id: 'a.residency.visitor.hint',
        },
      ),
  },
  work: {
    employee: () => msg('You have a job, and your employer pays your salary.', { id: 'a.work.employee.hint' }),
    gph: () =>
      msg('A contract for a certain piece of work or a service, not a regular job. It is also called a GPH contract.', {
        id: 'a.work.gph.hint',
      }),
    'self-employed': () =>
      msg('You are registered as an IE and pay contributions for yourself.', { id: 'a.work.self-employed.hint' }),
    platform: () =>
      msg('For example, you drive a taxi or deliver orders that you get through an app.', {
        id: 'a.work.platform.hint',
      }),
    esp: () =>
      msg('A small monthly payment for people without a formal job. It included health insurance.', {
        id: 'a.work.esp.hint',
      }),
    'self-employed-regime': () =>
      msg('From 2026: you are not an IE and pay 4% of what you earn through a mobile app.', {
        id: 'a.work.self-employed-regime.hint',
      }),
    informal: () =>
      msg('For example, private lessons, cleaning or repairs, paid in cash or by transfer.', {
        id: 'a.work.informal.hint',
      }),
    'looking-for-work': () => msg('Also if you lost your job recently.', { id: 'a.work.looking-for-work.hint' }),
    'not-working': () =>
      msg('For example, you keep house or care for a relative, and earn nothing.', { id: 'a.work.not-working.hint' }),
    none,
  },
  'visitor-country': { eaeu: none, cis: none, other: none },
  'stay-purpose': {
    work: () =>
      msg('You have a job here, with a work permit or as a citizen of an EAEU country.', {
        id: 'a.stay-purpose.work.hint',
      }),
    study: () =>
      msg('At a university, a college or a school, usually with a temporary residence permit.', {
        id: 'a.stay-purpose.study.hint',
      }),
    family: () =>
      msg('With a temporary residence permit, or in the family of a worker from an EAEU country.', {
        id: 'a.stay-purpose.family.hint',
      }),
    visit: none,
  },
  'months-missed': {
    'months-1': none,
    'months-2': none,
    'months-3': none,
    'months-4-6': none,
    'months-7-11': none,
  },
  'last-paid': {
    'up-to-date': () =>
      msg('For example, your employer pays for you now, or you pay for yourself every month.', {
        id: 'a.last-paid.up-to-date.hint',
      }),
    'with-gaps': () =>
      msg(
        'For example, two months were missed in spring and you pay again now. If you pay for yourself, each of the 12 months before must be paid.',
        { id: 'a.last-paid.with-gaps.hint' },
      ),
    'month-1': none,
    'month-2': none,
    'month-3': none,
    'month-4': none,
    'month-5': none,
    'month-6': none,
    'over-6-months': none,
    never: none,
    'dont-know': () =>
      msg('The result says where to see the contributions paid for you.', { id: 'a.last-paid.dont-know.hint' }),
  },
  payments: {
    current: none,
    'stopped-1-3': none,
    'stopped-4-6': none,
    'stopped-more': none,
    never: none,
  },
  'paid-60-months': { yes: none, no: none },
};

/** Answer labels and hints that read differently for a child; missing ones read the same. */
const CHILD_LABEL: Partial<Record<string, Text>> = {
  'last-paid:never': () => msg('Never: no one has paid contributions for the child', { id: 'a.last-paid.never.child' }),
};
const CHILD_HINT: Partial<Record<string, Text>> = {
  'residency:permit': () =>
    msg('The child has a permit to live in Kazakhstan permanently.', { id: 'a.residency.permit.child.hint' }),
  'residency:refugee': () =>
    msg('The child has refugee status in Kazakhstan.', { id: 'a.residency.refugee.child.hint' }),
  'residency:visitor': () =>
    msg('The child is in Kazakhstan for a while, for example on a trip, without a permanent residence permit.', {
      id: 'a.residency.visitor.child.hint',
    }),
  'last-paid:up-to-date': () =>
    msg('For example, a parent pays for the child every month.', { id: 'a.last-paid.up-to-date.child.hint' }),
};

/** Each answer as a sentence of the person's own, for the result's "Because you said". */
const REASON: Partial<Record<string, Text>> = {
  'residency:citizen': () => msg('I am a citizen of Kazakhstan', { id: 'reason.residency.citizen' }),
  'residency:kandas': () => msg('I have kandas status', { id: 'reason.residency.kandas' }),
  'residency:permit': () => msg('I have a permanent residence permit', { id: 'reason.residency.permit' }),
  'residency:eaeu-worker': () =>
    msg('I work in Kazakhstan as a citizen of an EAEU country, or I am in such a worker’s family', {
      id: 'reason.residency.eaeu-worker',
    }),
  'residency:refugee': () => msg('I have refugee status', { id: 'reason.residency.refugee' }),
  'residency:visitor': () =>
    msg('I am in Kazakhstan as a visitor or a temporary resident', { id: 'reason.residency.visitor' }),
  'visitor-country:eaeu': () => msg('I am a citizen of an EAEU country', { id: 'reason.visitor-country.eaeu' }),
  'visitor-country:cis': () => msg('I am a citizen of a CIS country', { id: 'reason.visitor-country.cis' }),
  'stay-purpose:work': () =>
    msg('I am in Kazakhstan to work under an employment contract', { id: 'reason.stay-purpose.work' }),
  'stay-purpose:study': () => msg('I am in Kazakhstan to study', { id: 'reason.stay-purpose.study' }),
  'stay-purpose:family': () => msg('I live in Kazakhstan with family', { id: 'reason.stay-purpose.family' }),
  'stay-purpose:visit': () => msg('I am in Kazakhstan for a visit', { id: 'reason.stay-purpose.visit' }),
  'last-paid:dont-know': () =>
    msg('I do not know the last month contributions were paid for me', { id: 'reason.last-paid.dont-know' }),
  'visitor-country:other': () => msg('I am not a citizen of a CIS country', { id: 'reason.visitor-country.other' }),
  'paid-60-months:yes': () =>
    msg('Before the gap, contributions were paid for me for 60 months in a row', { id: 'reason.paid-60-months.yes' }),
  'paid-60-months:no': () =>
    msg('Before the gap, contributions were not paid for me for 60 months in a row, or I am not sure', {
      id: 'reason.paid-60-months.no',
    }),
};

const CHILD_REASON: Partial<Record<string, Text>> = {
  'checking-for:child': () => msg('I am checking for a child under 18', { id: 'reason.checking-for.child' }),
  'residency:citizen': () => msg('The child is a citizen of Kazakhstan', { id: 'reason.residency.citizen.child' }),
  'residency:kandas': () => msg('The child has kandas status', { id: 'reason.residency.kandas.child' }),
  'residency:permit': () => msg('The child has a permanent residence permit', { id: 'reason.residency.permit.child' }),
  'residency:eaeu-worker': () =>
    msg('The child is in the family of a worker from an EAEU country', { id: 'reason.residency.eaeu-worker.child' }),
  'residency:refugee': () => msg('The child has refugee status', { id: 'reason.residency.refugee.child' }),
  'residency:visitor': () =>
    msg('The child is in Kazakhstan as a visitor or a temporary resident', { id: 'reason.residency.visitor.child' }),
  'visitor-country:eaeu': () =>
    msg('The child is a citizen of an EAEU country', { id: 'reason.visitor-country.eaeu.child' }),
  'visitor-country:cis': () =>
    msg('The child is a citizen of a CIS country', { id: 'reason.visitor-country.cis.child' }),
  'stay-purpose:work': () => msg('The child is in Kazakhstan to work', { id: 'reason.stay-purpose.work.child' }),
  'stay-purpose:study': () => msg('The child is in Kazakhstan to study', { id: 'reason.stay-purpose.study.child' }),
  'stay-purpose:family': () =>
    msg('The child lives in Kazakhstan with family', { id: 'reason.stay-purpose.family.child' }),
  'stay-purpose:visit': () => msg('The child is in Kazakhstan for a visit', { id: 'reason.stay-purpose.visit.child' }),
  'visitor-country:other': () =>
    msg('The child is not a citizen of a CIS country', { id: 'reason.visitor-country.other.child' }),
  'paid-60-months:yes': () =>
    msg('Before the gap, contributions were paid for the child for 60 months in a row', {
      id: 'reason.paid-60-months.yes.child',
    }),
  'paid-60-months:no': () =>
    msg('Before the gap, contributions were not paid for the child for 60 months in a row, or I am not sure', {
      id: 'reason.paid-60-months.no.child',
    }),
};

const CATEGORY_IDS = /* @__PURE__ */ new Set<string>(/* @__PURE__ */ CATEGORIES.map((c) => c.id));

function isCategory(answer: string): answer is CategoryId {
  return CATEGORY_IDS.has(answer);
}

/** The text for `key` in `table`, or undefined for an id the table does not know. */
function lookup(table: object, key: string): string | undefined {
  return Object.hasOwn(table, key) ? (table as Record<string, Text>)[key]() : undefined;
}

/** The question as a heading, e.g. "What is your status in Kazakhstan?", or as asked about a child. */
export function questionText(id: QuestionId, checkingFor: CheckingFor = 'self'): string {
  return ((checkingFor === 'child' && CHILD_QUESTION[id]) || QUESTION[id])();
}

/** One helpful sentence under the question; '' if none. */
export function questionHint(id: QuestionId, checkingFor: CheckingFor = 'self'): string {
  return ((checkingFor === 'child' && CHILD_QUESTION_HINT[id]) || QUESTION_HINT[id])();
}

/**
 * The label of an answer; an unknown answer id is shown as it is. Categories are offered
 * as the person would say them ("I receive a pension"), about the child when checking for one.
 */
export function answerLabel(question: QuestionId, answer: string, checkingFor: CheckingFor = 'self'): string {
  if (question === 'categories' && isCategory(answer)) return categoryChoice(answer, checkingFor);
  const child = checkingFor === 'child' ? CHILD_LABEL[`${question}:${answer}`] : undefined;
  return child ? child() : (lookup(LABEL[question], answer) ?? answer);
}

/**
 * A short explanation under an answer (what "kandas" or "civil-law contract" means); ''
 * if none. Categories have none here: categoryWho() says who exactly qualifies.
 */
export function answerHint(question: QuestionId, answer: string, checkingFor: CheckingFor = 'self'): string {
  if (question === 'categories') return '';
  const child = checkingFor === 'child' ? CHILD_HINT[`${question}:${answer}`] : undefined;
  return child ? child() : (lookup(HINT[question], answer) ?? '');
}

/** The `last-paid:over-6-months` answer, with the latest month it stands for. */
export function lastPaidOrEarlier(month: string): string {
  return msg(str`${month} or earlier`, { id: 'a.last-paid.or-earlier' });
}

/** The `last-paid` answer as a reason in the result: the month with what it means. */
export function lastPaidReason(answer: string, checkingFor: CheckingFor = 'self'): string {
  return checkingFor === 'child'
    ? msg(str`Last month paid for the child: ${answer}`, { id: 'a.last-paid.reason.child' })
    : msg(str`Last month paid for you: ${answer}`, { id: 'a.last-paid.reason' });
}

/**
 * A reason in the result as a sentence of its own where the answer's label would not say
 * enough out of context ("Citizen of Kazakhstan", "No, or I am not sure"). '' where the
 * label is already a sentence ("I do not work", "I receive a pension").
 */
export function reasonSentence(question: QuestionId, answer: string, checkingFor: CheckingFor = 'self'): string {
  if (question === 'categories' && answer === 'none')
    return msg('None of the groups the state pays for applies to you', { id: 'checker.result.no-category' });
  if (question === 'months-missed')
    return msg(str`Months not paid among the 12 before: ${answerLabel(question, answer)}`, {
      id: 'reason.months-missed',
    });
  const key = `${question}:${answer}`;
  const text = (checkingFor === 'child' && CHILD_REASON[key]) || REASON[key];
  return text ? text() : '';
}
