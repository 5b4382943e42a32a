/**
 * Display strings for the questions of the coverage check and their answers (the result's
 * "because you said: …" quotes the answers). Every string goes through msg() with a
 * stable id (`q.<question>`, `a.<question>.<answer>`, …).
 */
import { msg, str } from '@lit/localize';
import { CATEGORIES } from '../core/index.js';
import type {
  CategoryId,
  LastPaid,
  Payments,
  QuestionId,
  Residency,
  VisitorCountry,
  Work,
  YesNo,
} from '../core/index.js';
import { categoryName } from './categories.js';

type Text = () => string;
const none: Text = () => '';

/** The answer ids of each question. */
interface AnswerOf {
  residency: Residency;
  'visitor-country': VisitorCountry;
  'last-paid': LastPaid;
  categories: CategoryId | 'none';
  work: Work;
  payments: Payments;
  'paid-60-months': YesNo;
}

const QUESTION: Record<QuestionId, Text> = {
  residency: () => msg('What is your status in Kazakhstan?', { id: 'q.residency' }),
  'visitor-country': () => msg('Are you a citizen of a CIS country?', { id: 'q.visitor-country' }),
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
  residency: () => msg('Choose the one that fits you now.', { id: 'q.residency.hint' }),
  'visitor-country': () =>
    msg('Citizens of CIS countries get emergency care free until the danger to life is over.', {
      id: 'q.visitor-country.hint',
    }),
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
      'Payments by you or by employers count; as a rule, months when the state paid for you do not. If you are not sure, answer “No”: the result then shows the shorter period.',
      { id: 'q.paid-60-months.by-anyone.hint' },
    ),
};

/** Answer labels; the categories other than `none` are labelled by categoryName(). */
const LABEL: { [Q in Exclude<QuestionId, 'categories'>]: Record<AnswerOf[Q], Text> } & {
  categories: Record<'none', Text>;
} = {
  residency: {
    citizen: () => msg('Citizen of Kazakhstan', { id: 'a.residency.citizen' }),
    kandas: () => msg('Kandas', { id: 'a.residency.kandas' }),
    permit: () => msg('Foreigner or stateless person with a permanent residence permit', { id: 'a.residency.permit' }),
    'eaeu-worker': () => msg('Worker from an EAEU country, or a family member', { id: 'a.residency.eaeu-worker' }),
    refugee: () => msg('Refugee', { id: 'a.residency.refugee' }),
    visitor: () => msg('Visitor or temporary resident', { id: 'a.residency.visitor' }),
  },
  'visitor-country': {
    cis: () => msg('Yes, a CIS country', { id: 'a.visitor-country.cis' }),
    other: () => msg('No, another country', { id: 'a.visitor-country.other' }),
  },
  'last-paid': {
    'up-to-date': () => msg('Contributions are paid every month, up to now or ahead', { id: 'a.last-paid.up-to-date' }),
    'month-1': () => msg('1 month before this one', { id: 'a.last-paid.month-1' }),
    'month-2': () => msg('2 months before this one', { id: 'a.last-paid.month-2' }),
    'month-3': () => msg('3 months before this one', { id: 'a.last-paid.month-3' }),
    'month-4': () => msg('4 months before this one', { id: 'a.last-paid.month-4' }),
    'month-5': () => msg('5 months before this one', { id: 'a.last-paid.month-5' }),
    'month-6': () => msg('6 months before this one', { id: 'a.last-paid.month-6' }),
    'over-6-months': () => msg('Earlier than that', { id: 'a.last-paid.over-6-months' }),
    never: () => msg('Never: no one has paid contributions for me', { id: 'a.last-paid.never' }),
  },
  categories: {
    none: () => msg('None of these', { id: 'a.categories.none' }),
  },
  work: {
    employee: () => msg('I work under an employment contract', { id: 'a.work.employee' }),
    gph: () => msg('I work under a civil-law contract', { id: 'a.work.gph' }),
    'self-employed': () => msg('I am an individual entrepreneur (IE)', { id: 'a.work.self-employed' }),
    platform: () => msg('I work through an online platform', { id: 'a.work.platform' }),
    esp: () => msg('I pay the single aggregate payment (ESP)', { id: 'a.work.esp' }),
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
    none: () =>
      msg('Choose this also if you work without a contract and without registration.', { id: 'a.work.none.hint' }),
  },
  'visitor-country': { cis: none, other: none },
  'last-paid': {
    'up-to-date': () =>
      msg('For example, your employer pays for you now, or you pay for yourself every month.', {
        id: 'a.last-paid.up-to-date.hint',
      }),
    'month-1': none,
    'month-2': none,
    'month-3': none,
    'month-4': none,
    'month-5': none,
    'month-6': none,
    'over-6-months': none,
    never: none,
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

/** "Because you said: …" fragments, one per answer. */

const CATEGORY_IDS = new Set<string>(CATEGORIES.map((c) => c.id));

function isCategory(answer: string): answer is CategoryId {
  return CATEGORY_IDS.has(answer);
}

/** The text for `key` in `table`, or undefined for an id the table does not know. */
function lookup(table: object, key: string): string | undefined {
  return Object.hasOwn(table, key) ? (table as Record<string, Text>)[key]() : undefined;
}

/** The question as a heading, e.g. "What is your status in Kazakhstan?". */
export function questionText(id: QuestionId): string {
  return QUESTION[id]();
}

/** One helpful sentence under the question; '' if none. */
export function questionHint(id: QuestionId): string {
  return QUESTION_HINT[id]();
}

/** The label of an answer; an unknown answer id is shown as it is. */
export function answerLabel(question: QuestionId, answer: string): string {
  if (question === 'categories' && isCategory(answer)) return categoryName(answer);
  return lookup(LABEL[question], answer) ?? answer;
}

/**
 * A short explanation under an answer (what "kandas" or "civil-law contract" means); ''
 * if none. Categories have none here: categoryWho() says who exactly qualifies.
 */
export function answerHint(question: QuestionId, answer: string): string {
  if (question === 'categories') return '';
  return lookup(HINT[question], answer) ?? '';
}

/** The `last-paid:over-6-months` answer, with the latest month it stands for. */
export function lastPaidOrEarlier(month: string): string {
  return msg(str`${month} or earlier`, { id: 'a.last-paid.or-earlier' });
}

/** The `last-paid` answer as a reason in the result: the month with what it means. */
export function lastPaidReason(answer: string): string {
  return msg(str`Last month paid for you: ${answer}`, { id: 'a.last-paid.reason' });
}

/**
 * A reason in the result that needs its own sentence: "None of these" only makes sense
 * next to its question. '' for every other answer (the answer's label is the reason).
 */
export function reasonSentence(question: QuestionId, answer: string): string {
  if (question === 'categories' && answer === 'none')
    return msg('None of the groups the state pays for applies to you', { id: 'checker.result.no-category' });
  return '';
}
