/**
 * The words residents search the lists with, where an item's own texts do not have them:
 * everyday names, conditions and medicines, tests, doctors, and the words of the
 * exemption list. Comma-separated; the search finds every form of a word (see
 * src/internal/search.ts), so one form is enough. A service is also found by the words of
 * its examples. Reviewed, with the words of every language, in docs/search-words.md.
 */
import { msg } from '@lit/localize';
import {
  conditionsOn,
  type Category,
  type CategoryId,
  type ExampleId,
  type IsoDate,
  type NotFreeId,
  type Service,
  type ServiceId,
} from '../core/index.js';
import { exampleName, serviceExplanation, serviceName } from './services.js';
import { categoryName, categoryWho, conditionText, proofText } from './categories.js';

type Text = () => string;

// Words several items share.
const medicines: Text = () => msg('pills, tablets, drugs, pharmacy, insulin', { id: 'words.medicines' });
const hospital: Text = () => msg('surgery, operation', { id: 'words.hospital' });
const dayHospital: Text = () => msg('IV drip', { id: 'words.day-hospital' });
const checkUps: Text = () => msg('medical exam', { id: 'words.check-ups' });

const WORDS: Partial<Record<ServiceId | ExampleId, Text>> = {
  'gobmp-emergency': () => msg('103, accident, injury', { id: 'words.gobmp-emergency' }),
  'polyclinic-care': () => msg('GP, family doctor, therapist, paediatrician', { id: 'words.polyclinic-care' }),
  'gobmp-medicines': medicines,
  'osms-inpatient-medicines': medicines,
  'osms-outpatient-medicines': medicines,
  'gobmp-infectious-inpatient': hospital,
  'osms-inpatient-high-tech': hospital,
  'gobmp-day-hospital': dayHospital,
  'osms-day-hospital': dayHospital,
  'osms-preventive-check-ups': checkUps,
  'preventive-check-ups': checkUps,
  'osms-specialist-consultations': () =>
    msg('doctor, cardiologist, neurologist, gynaecologist, ENT, eye doctor, surgeon', {
      id: 'words.osms-specialist-consultations',
    }),
  'osms-chronic-follow-up': () => msg('long-term illness', { id: 'words.osms-chronic-follow-up' }),
  'osms-dental-care': () => msg('teeth, tooth, dentist', { id: 'words.osms-dental-care' }),
  'osms-rehabilitation': () => msg('rehab, physiotherapy', { id: 'words.osms-rehabilitation' }),
  'osms-nursing-care': () => msg('carer, bedridden', { id: 'words.osms-nursing-care' }),
  'osms-palliative-care': () => msg('hospice', { id: 'words.osms-palliative-care' }),
  'osms-diagnostics': () => msg('ECG, tomography', { id: 'words.osms-diagnostics' }),
  'pregnancy-follow-up': () => msg('pregnant, childbirth, maternity', { id: 'words.pregnancy-follow-up' }),
  'infant-patronage': () => msg('newborn, baby', { id: 'words.infant-patronage' }),
  vaccination: () => msg('vaccine, jab', { id: 'words.vaccination' }),
  tuberculosis: () => msg('TB', { id: 'words.tuberculosis' }),
  hiv: () => msg('AIDS', { id: 'words.hiv' }),
  'mental-disorders': () => msg('psychiatrist, depression', { id: 'words.mental-disorders' }),
  cancer: () => msg('oncology, tumour', { id: 'words.cancer' }),
  diabetes: () => msg('insulin, blood sugar', { id: 'words.diabetes' }),
  hypertension: () => msg('BP', { id: 'words.hypertension' }),
  'viral-hepatitis': () => msg('jaundice', { id: 'words.viral-hepatitis' }),
  'rheumatoid-arthritis': () => msg('joints', { id: 'words.rheumatoid-arthritis' }),
  'lab-tests': () => msg('blood test, urine test', { id: 'words.lab-tests' }),
  ultrasound: () => msg('sonogram', { id: 'words.ultrasound' }),
  'x-ray': () => msg('xray, fluorography', { id: 'words.x-ray' }),
  manipulations: () => msg('injection, dressing', { id: 'words.manipulations' }),
};

const GROUP_WORDS: Partial<Record<CategoryId, Text>> = {
  child: () => msg('kid, son, daughter, teenager', { id: 'words.group.child' }),
  'unemployed-registered': () => msg('jobless', { id: 'words.group.unemployed-registered' }),
  'pregnant-nonworking': () => msg('pregnancy', { id: 'words.group.pregnant-nonworking' }),
  'parent-under3': () => msg('mum, mom, dad, toddler', { id: 'words.group.parent-under3' }),
  'parental-leave': () => msg('maternity leave, childbirth', { id: 'words.group.parental-leave' }),
  pensioner: () => msg('pension, pensioner, retired', { id: 'words.group.pensioner' }),
  prisoner: () => msg('prison, jail', { id: 'words.group.prisoner' }),
  detainee: () => msg('custody', { id: 'words.group.detainee' }),
  'kandas-nonworking': () => msg('oralman', { id: 'words.group.kandas-nonworking' }),
  'mother-many-children': () => msg('large family', { id: 'words.group.mother-many-children' }),
  disability: () => msg('disabled', { id: 'words.group.disability' }),
  student: () => msg('student, university', { id: 'words.group.student' }),
  'social-assistance': () => msg('benefit, low income', { id: 'words.group.social-assistance' }),
  'crisis-welfare-level': () => msg('poverty', { id: 'words.group.crisis-welfare-level' }),
  military: () => msg('army, soldier', { id: 'words.group.military' }),
  'law-enforcement': () => msg('police officer', { id: 'words.group.law-enforcement' }),
  'special-state-body': () => msg('KNB', { id: 'words.group.special-state-body' }),
};

const NOT_FREE_WORDS: Record<NotFreeId, Text> = {
  braces: () => msg('braces, aligners', { id: 'words.not-free.braces' }),
  cosmetic: () => msg('cosmetic procedures, plastic surgery, botox', { id: 'words.not-free.cosmetic' }),
  sanatorium: () => msg('sanatorium, spa', { id: 'words.not-free.sanatorium' }),
  glasses: () => msg('glasses, contact lenses', { id: 'words.not-free.glasses' }),
};

/** The words people search a service or example with; '' if none beyond its own texts. */
export function searchWords(id: ServiceId | ExampleId): string {
  return WORDS[id]?.() ?? '';
}

/** The words people search a group of the exemption list with; '' if none beyond its own texts. */
export function groupWords(id: CategoryId): string {
  return GROUP_WORDS[id]?.() ?? '';
}

/** The words of care that is not free; the first phrase names it. */
export function notFreeWords(id: NotFreeId): string {
  return NOT_FREE_WORDS[id]();
}

/** What the service list searches in a service, by weight: its name; the words people use and its examples; its explanation. */
export function serviceSearchFields(s: Service): string[][] {
  const id = s.id as ServiceId;
  const examples = s.examples ?? [];
  return [
    [serviceName(id)],
    [searchWords(id), ...examples.map(exampleName), ...examples.map(searchWords)],
    [serviceExplanation(id)],
  ];
}

/** What the exemption list searches in a group, by weight: its name; the words people use; who qualifies and the proof. */
export function groupSearchFields(c: Category, date: IsoDate): string[][] {
  return [
    [categoryName(c.id)],
    [groupWords(c.id)],
    [categoryWho(c.id), proofText(c.proof), ...conditionsOn(c, date).map(conditionText)],
  ];
}
