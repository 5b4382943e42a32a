/**
 * Display strings for the preferential categories (the state pays their contributions):
 * names as in the official list, who exactly qualifies, what proves it, and the
 * conditions (ages, exceptions).
 */
import { msg } from '@lit/localize';
import type { Budget, CategoryId, CheckingFor, ConditionId, ProofId } from '../core/index.js';

type Text = () => string;

const NAME: Record<CategoryId, Text> = {
  child: () => msg('Children', { id: 'cat.child' }),
  'unemployed-registered': () => msg('Persons registered as unemployed', { id: 'cat.unemployed-registered' }),
  'pregnant-nonworking': () => msg('Non-working pregnant women', { id: 'cat.pregnant-nonworking' }),
  'parent-under3': () => msg('Non-working persons raising a child under 3', { id: 'cat.parent-under3' }),
  'parental-leave': () =>
    msg(
      'Persons on leave because of the birth of a child, the adoption of a newborn child, or to care for a child under 3',
      {
        id: 'cat.parental-leave',
      },
    ),
  'carer-disabled-child': () =>
    msg('Non-working persons caring for a child with a disability', { id: 'cat.carer-disabled-child' }),
  'carer-disability-group1': () =>
    msg('Non-working persons caring for a person with group I disability', { id: 'cat.carer-disability-group1' }),
  pensioner: () =>
    msg(
      'Pension recipients, including participants of the Great Patriotic War and persons with disabilities resulting from it',
      {
        id: 'cat.pensioner',
      },
    ),
  prisoner: () =>
    msg('Persons serving a sentence in penal institutions, except minimum-security institutions', {
      id: 'cat.prisoner',
    }),
  detainee: () => msg('Persons held in pre-trial detention centres', { id: 'cat.detainee' }),
  'house-arrest': () => msg('Non-working persons under house arrest', { id: 'cat.house-arrest' }),
  'kandas-nonworking': () => msg('Non-working kandases', { id: 'cat.kandas-nonworking' }),
  'mother-many-children': () =>
    msg(
      'Mothers of many children awarded the “Altyn alqa” or “Kumis alqa” pendant or given the title “Mother Heroine” earlier, and those awarded the order “Maternal Glory” of the I and II degree',
      { id: 'cat.mother-many-children' },
    ),
  disability: () => msg('Persons with disabilities', { id: 'cat.disability' }),
  student: () =>
    msg(
      'Persons in full-time study in secondary, technical and vocational, post-secondary, higher or postgraduate education',
      {
        id: 'cat.student',
      },
    ),
  'social-assistance': () =>
    msg('Non-working recipients of targeted social assistance', { id: 'cat.social-assistance' }),
  'crisis-welfare-level': () =>
    msg('Non-working persons with a “crisis” or “emergency” welfare level', { id: 'cat.crisis-welfare-level' }),
  military: () => msg('Military personnel', { id: 'cat.military' }),
  'law-enforcement': () => msg('Officers of law-enforcement bodies', { id: 'cat.law-enforcement' }),
  'special-state-body': () => msg('Officers of special state bodies', { id: 'cat.special-state-body' }),
};

/** Each category as the person would say it, for the checker's choices. */
const CHOICE: Record<CategoryId, Text> = {
  child: () => msg('I am under 18', { id: 'choice.child' }),
  'unemployed-registered': () =>
    msg('I am registered as unemployed at the employment centre', { id: 'choice.unemployed-registered' }),
  'pregnant-nonworking': () => msg('I am pregnant and do not work', { id: 'choice.pregnant-nonworking' }),
  'parent-under3': () => msg('I do not work and I raise my child under 3', { id: 'choice.parent-under3' }),
  'parental-leave': () =>
    msg(
      'I am on leave for a birth, an adoption of a newborn or to care for a child under 3, even if I am still employed',
      {
        id: 'choice.parental-leave',
      },
    ),
  'carer-disabled-child': () =>
    msg('I do not work and I care for a child with a disability', { id: 'choice.carer-disabled-child' }),
  'carer-disability-group1': () =>
    msg('I do not work and I care for a person with group I disability', { id: 'choice.carer-disability-group1' }),
  pensioner: () => msg('I receive a pension', { id: 'choice.pensioner' }),
  prisoner: () =>
    msg('I am serving a sentence in a penal institution that is not minimum-security', { id: 'choice.prisoner' }),
  detainee: () => msg('I am held in a pre-trial detention centre', { id: 'choice.detainee' }),
  'house-arrest': () => msg('I am under house arrest and do not work', { id: 'choice.house-arrest' }),
  'kandas-nonworking': () => msg('I am a kandas and do not work', { id: 'choice.kandas-nonworking' }),
  'mother-many-children': () =>
    msg('I am a mother of many children with “Altyn alqa”, “Kumis alqa”, “Mother Heroine” or “Maternal Glory”', {
      id: 'choice.mother-many-children',
    }),
  disability: () => msg('I have a disability of any group', { id: 'choice.disability' }),
  student: () => msg('I study full-time at a school, college or university', { id: 'choice.student' }),
  'social-assistance': () =>
    msg('I receive targeted social assistance and do not work', { id: 'choice.social-assistance' }),
  'crisis-welfare-level': () =>
    msg('I do not work, and my family’s welfare level is “crisis” or “emergency”', {
      id: 'choice.crisis-welfare-level',
    }),
  military: () => msg('I serve in the military', { id: 'choice.military' }),
  'law-enforcement': () =>
    msg('I serve in the police or another law-enforcement body', { id: 'choice.law-enforcement' }),
  'special-state-body': () => msg('I serve in a special state body', { id: 'choice.special-state-body' }),
};

const WHO: Record<CategoryId, Text> = {
  child: () =>
    msg('Every child up to the age of 18. Parents do not pay anything for their children.', {
      id: 'cat.child.who',
    }),
  'unemployed-registered': () =>
    msg(
      'You have no work and are registered as unemployed at the employment centre. From 2026 this does not include people sent to subsidised jobs or on-the-job training.',
      { id: 'cat.unemployed-registered.who' },
    ),
  'pregnant-nonworking': () =>
    msg(
      'You are pregnant and do not work. As a rule, no pension or social contributions have been paid for you in the last 2 months.',
      { id: 'cat.pregnant-nonworking.who' },
    ),
  'parent-under3': () =>
    msg(
      'You do not work and you are actually raising a child until the child turns 3. As a rule, this is one parent or other legal representative per child.',
      { id: 'cat.parent-under3.who' },
    ),
  'parental-leave': () =>
    msg(
      'You are on leave because you gave birth, adopted a newborn, or care for a child until the child turns 3. You may have a job: the state pays while you are on this leave.',
      { id: 'cat.parental-leave.who' },
    ),
  'carer-disabled-child': () =>
    msg('You do not work and you care for a child with a disability.', { id: 'cat.carer-disabled-child.who' }),
  'carer-disability-group1': () =>
    msg('You do not work and you care for a person with group I disability, the most severe group.', {
      id: 'cat.carer-disability-group1.who',
    }),
  pensioner: () =>
    msg(
      'You receive a pension. This includes participants of the Great Patriotic War and persons who became disabled in it.',
      { id: 'cat.pensioner.who' },
    ),
  prisoner: () =>
    msg(
      'You are serving a sentence by court order in a penal institution. This does not apply to minimum-security institutions.',
      { id: 'cat.prisoner.who' },
    ),
  detainee: () => msg('You are held in a pre-trial detention centre.', { id: 'cat.detainee.who' }),
  'house-arrest': () =>
    msg('A court has put you under house arrest, and you do not work.', { id: 'cat.house-arrest.who' }),
  'kandas-nonworking': () => msg('You have kandas status and you do not work.', { id: 'cat.kandas-nonworking.who' }),
  'mother-many-children': () =>
    msg(
      'You are a mother of many children and have the “Altyn alqa” or “Kumis alqa” pendant, were given the title “Mother Heroine” earlier, or have the order “Maternal Glory” of the I or II degree.',
      { id: 'cat.mother-many-children.who' },
    ),
  disability: () => msg('You have a disability of any group, set officially.', { id: 'cat.disability.who' }),
  student: () =>
    msg(
      'You study full-time at a school, college or university, or in postgraduate education. As a rule, there is no age limit.',
      { id: 'cat.student.who' },
    ),
  'social-assistance': () =>
    msg('You receive targeted social assistance and you do not work.', { id: 'cat.social-assistance.who' }),
  'crisis-welfare-level': () =>
    msg(
      'You do not work, your family’s welfare level is “crisis” or “emergency”, and no pension contributions have been paid for you for 3 months. The akimat pays for you when you seek care.',
      { id: 'cat.crisis-welfare-level.who' },
    ),
  military: () =>
    msg('You are in military service. As a rule, your medical care is organised by your service’s own medical units.', {
      id: 'cat.military.who',
    }),
  'law-enforcement': () =>
    msg(
      'You serve in the police or another law-enforcement body. As a rule, your medical care is organised by your service’s own medical units.',
      { id: 'cat.law-enforcement.who' },
    ),
  'special-state-body': () =>
    msg(
      'You serve in a special state body. As a rule, your medical care is organised by your service’s own medical units.',
      { id: 'cat.special-state-body.who' },
    ),
};

const PROOF: Record<ProofId, Text> = {
  'population-register': () =>
    msg('As a rule, your record in the population register is enough: you do not need to bring anything.', {
      id: 'proof.population-register',
    }),
  'employment-centre-registration': () =>
    msg('Your registration as unemployed at the employment centre.', { id: 'proof.employment-centre-registration' }),
  'pregnancy-registration': () =>
    msg('Your pregnancy registration at the polyclinic.', { id: 'proof.pregnancy-registration' }),
  'child-birth-record': () => msg('The child’s birth record.', { id: 'proof.child-birth-record' }),
  'employer-leave-order': () => msg('Your employer’s order on your leave.', { id: 'proof.employer-leave-order' }),
  'carer-benefit-record': () =>
    msg('The record of the carer’s benefit you receive.', { id: 'proof.carer-benefit-record' }),
  'pension-record': () => msg('The record of your pension payments.', { id: 'proof.pension-record' }),
  'penitentiary-record': () => msg('The records of the penal institution.', { id: 'proof.penitentiary-record' }),
  'detention-record': () => msg('The records of the pre-trial detention centre.', { id: 'proof.detention-record' }),
  'court-decision': () => msg('The court’s decision on house arrest.', { id: 'proof.court-decision' }),
  'kandas-certificate': () => msg('Your kandas certificate.', { id: 'proof.kandas-certificate' }),
  'award-certificate': () =>
    msg('The certificate of your award: the pendant, the title or the order.', { id: 'proof.award-certificate' }),
  'disability-record': () => msg('The official record of your disability.', { id: 'proof.disability-record' }),
  'education-database': () =>
    msg('Your record in the education database, made by your school, college or university.', {
      id: 'proof.education-database',
    }),
  'social-assistance-record': () =>
    msg('The record of the targeted social assistance you receive.', { id: 'proof.social-assistance-record' }),
  'welfare-level-record': () =>
    msg('The assessment of your family’s welfare level.', { id: 'proof.welfare-level-record' }),
  'service-record': () => msg('Your service records.', { id: 'proof.service-record' }),
};

const CONDITION: Record<ConditionId, Text> = {
  'under-18': () => msg('Up to the age of 18', { id: 'cond.under-18' }),
  'except-subsidised-jobs': () =>
    msg('Except people sent to subsidised jobs or on-the-job training', { id: 'cond.except-subsidised-jobs' }),
  'no-contributions-2-months': () =>
    msg('As a rule, no pension or social contributions paid for you in the last 2 months', {
      id: 'cond.no-contributions-2-months',
    }),
  'one-legal-representative': () =>
    msg('As a rule, one parent or other legal representative per child', { id: 'cond.one-legal-representative' }),
  'child-under-3': () => msg('Until the child turns 3', { id: 'cond.child-under-3' }),
  'disability-group-1': () => msg('The person cared for has group I disability', { id: 'cond.disability-group-1' }),
  'including-wwii-veterans': () =>
    msg('Including participants of the Great Patriotic War and persons with disabilities resulting from it', {
      id: 'cond.including-wwii-veterans',
    }),
  'except-minimum-security': () => msg('Except minimum-security institutions', { id: 'cond.except-minimum-security' }),
  'award-altyn-alqa': () => msg('Awarded the “Altyn alqa” pendant', { id: 'cond.award-altyn-alqa' }),
  'award-kumis-alqa': () => msg('Awarded the “Kumis alqa” pendant', { id: 'cond.award-kumis-alqa' }),
  'title-mother-heroine': () => msg('Given the title “Mother Heroine” earlier', { id: 'cond.title-mother-heroine' }),
  'order-maternal-glory': () =>
    msg('Awarded the order “Maternal Glory” of the I or II degree', { id: 'cond.order-maternal-glory' }),
  'full-time-study': () =>
    msg('Full-time study at a school, college or university, or in postgraduate education', {
      id: 'cond.full-time-study',
    }),
  'welfare-level-crisis-or-emergency': () =>
    msg('The family’s welfare level is “crisis” or “emergency”', { id: 'cond.welfare-level-crisis-or-emergency' }),
  'no-pension-contributions-3-months': () =>
    msg('No pension contributions paid for 3 months', { id: 'cond.no-pension-contributions-3-months' }),
  'paid-when-seeking-care': () =>
    msg('The akimat pays when you seek medical care', { id: 'cond.paid-when-seeking-care' }),
  'departmental-care': () =>
    msg('As a rule, medical care is given by the service’s own medical units', { id: 'cond.departmental-care' }),
};

/** The category's name, as in the official list. */
export function categoryName(id: CategoryId): string {
  return NAME[id]();
}

/**
 * The category as the person would say it ("I receive a pension"); for a child, the one
 * category that is implied ("The child is under 18").
 */
export function categoryChoice(id: CategoryId, checkingFor: CheckingFor = 'self'): string {
  if (checkingFor === 'child' && id === 'child') return msg('The child is under 18', { id: 'choice.child.child' });
  return CHOICE[id]();
}

/** Who exactly qualifies: conditions, ages, exceptions. */
export function categoryWho(id: CategoryId): string {
  return WHO[id]();
}

/** What proves that a person belongs to a category: a registration or a document. */
export function proofText(id: ProofId): string {
  return PROOF[id]();
}

/** One condition of a category (an age, an exception, a limit). */
export function conditionText(id: ConditionId): string {
  return CONDITION[id]();
}

const PAYER: Record<Budget, Text> = {
  republican: () => msg('The state pays for you from the national (republican) budget.', { id: 'payer.republican' }),
  local: () => msg('The local budget of your region or city pays for you, through the akimat.', { id: 'payer.local' }),
  exempt: () =>
    msg('You are exempt from contributions: your service sends your data to the Fund.', { id: 'payer.exempt' }),
};

const CHILD_PAYER: Partial<Record<Budget, Text>> = {
  republican: () =>
    msg('The state pays for the child from the national (republican) budget.', { id: 'payer.republican.child' }),
  local: () =>
    msg('The local budget of your region or city pays for the child, through the akimat.', { id: 'payer.local.child' }),
};

/** Which budget pays for a preferential category, one sentence; about the child when checking for one. */
export function payerText(b: Budget, checkingFor: CheckingFor = 'self'): string {
  return ((checkingFor === 'child' && CHILD_PAYER[b]) || PAYER[b])();
}

/**
 * The words residents search a group of the exemption list with, where its own texts do
 * not have them. Comma-separated, one form of each word (see src/internal/search.ts).
 * Reviewed, with the words of every language, in docs/search-words.md.
 */
const SEARCH_WORDS: Partial<Record<CategoryId, Text>> = {
  child: () => msg('kid, son, daughter, teenager', { id: 'words.group.child' }),
  'unemployed-registered': () => msg('jobless', { id: 'words.group.unemployed-registered' }),
  'pregnant-nonworking': () => msg('pregnancy', { id: 'words.group.pregnant-nonworking' }),
  'parent-under3': () => msg('mum, mom, dad, toddler', { id: 'words.group.parent-under3' }),
  'parental-leave': () => msg('maternity leave, childbirth', { id: 'words.group.parental-leave' }),
  pensioner: () => msg('pensioner, retired', { id: 'words.group.pensioner' }),
  prisoner: () => msg('prison, jail', { id: 'words.group.prisoner' }),
  detainee: () => msg('custody', { id: 'words.group.detainee' }),
  'kandas-nonworking': () => msg('oralman', { id: 'words.group.kandas-nonworking' }),
  'mother-many-children': () => msg('large family', { id: 'words.group.mother-many-children' }),
  disability: () => msg('disabled', { id: 'words.group.disability' }),
  student: () => msg('student', { id: 'words.group.student' }),
  'social-assistance': () => msg('benefit, low income', { id: 'words.group.social-assistance' }),
  'crisis-welfare-level': () => msg('poverty', { id: 'words.group.crisis-welfare-level' }),
  military: () => msg('army, soldier', { id: 'words.group.military' }),
  'law-enforcement': () => msg('police officer', { id: 'words.group.law-enforcement' }),
  'special-state-body': () => msg('KNB', { id: 'words.group.special-state-body' }),
};

/** The words people search a group of the exemption list with; '' if none beyond its own texts. */
export function groupWords(id: CategoryId): string {
  return SEARCH_WORDS[id]?.() ?? '';
}
