/**
 * Display strings for the packages (GOBMP, OSMS), their service groups, the examples the
 * leaflets name, and the care people outside OSMS keep.
 */
import { msg } from '@lit/localize';
import type { ExampleId, KeptCareId, ListGapId, PackageId, ServiceId } from '../core/index.js';

type Text = () => string;

const PACKAGE: Record<PackageId, Text> = {
  gobmp: () => msg('Guaranteed volume of free medical care (GOBMP)', { id: 'pkg.gobmp' }),
  osms: () => msg('Mandatory social health insurance (OSMS)', { id: 'pkg.osms' }),
};

const PACKAGE_WHO: Record<PackageId, Text> = {
  gobmp: () =>
    msg(
      'Citizens of Kazakhstan, kandases, refugees, and foreigners and stateless persons who live in Kazakhstan permanently get it, whether they are insured or not.',
      { id: 'pkg.gobmp.who' },
    ),
  osms: () =>
    msg(
      'Insured people get it: those for whom contributions are paid by themselves, by their employer or by the state.',
      {
        id: 'pkg.osms.who',
      },
    ),
};

const SERVICE: Record<ServiceId, Text> = {
  'gobmp-emergency': () => msg('Emergency care and ambulance, including air ambulance', { id: 'svc.gobmp-emergency' }),
  'gobmp-primary-care': () => msg('Care at your polyclinic (primary health care)', { id: 'svc.gobmp-primary-care' }),
  'gobmp-primary-care-2027': () =>
    msg('Care at your polyclinic from 2027 (primary health care)', { id: 'svc.gobmp-primary-care-2027' }),
  'gobmp-specialized-outpatient': () =>
    msg('Specialist care without a hospital stay for socially significant and chronic diseases', {
      id: 'svc.gobmp-specialized-outpatient',
    }),
  'gobmp-specialized-outpatient-2026': () =>
    msg('Specialist care without a hospital stay for socially significant and chronic diseases (in 2026)', {
      id: 'svc.gobmp-specialized-outpatient-2026',
    }),
  'gobmp-specialized-outpatient-2027': () =>
    msg('Specialist prevention and diagnosis without a hospital stay (from 2027)', {
      id: 'svc.gobmp-specialized-outpatient-2027',
    }),
  'gobmp-day-hospital': () => msg('Day hospital and hospital at home', { id: 'svc.gobmp-day-hospital' }),
  'gobmp-day-hospital-2027': () =>
    msg('Day hospital and hospital at home (from 2027)', { id: 'svc.gobmp-day-hospital-2027' }),
  'gobmp-infectious-inpatient': () =>
    msg('Hospital care, including infections dangerous to others', { id: 'svc.gobmp-infectious-inpatient' }),
  'gobmp-medicines': () => msg('Medicines and vaccines', { id: 'svc.gobmp-medicines' }),
  'gobmp-socially-significant-diseases': () =>
    msg('Care for 11 socially significant diseases, insured or not', { id: 'svc.gobmp-socially-significant-diseases' }),
  'gobmp-cancer-screenings-2025': () => msg('Cancer screenings (in 2025)', { id: 'svc.gobmp-cancer-screenings-2025' }),
  'gobmp-early-detection-screenings': () =>
    msg('Screenings to find common diseases early (from 2026)', { id: 'svc.gobmp-early-detection-screenings' }),
  'osms-preventive-check-ups': () => msg('Preventive check-ups', { id: 'svc.osms-preventive-check-ups' }),
  'osms-specialist-consultations': () =>
    msg('Visits to specialist doctors on referral', { id: 'svc.osms-specialist-consultations' }),
  'osms-chronic-follow-up': () =>
    msg('Dynamic observation of chronic diseases by specialists', { id: 'svc.osms-chronic-follow-up' }),
  'osms-chronic-diseases-2026': () =>
    msg('Care for diabetes, cerebral palsy, rheumatism and connective-tissue diseases (from 2026)', {
      id: 'svc.osms-chronic-diseases-2026',
    }),
  'osms-dental-care': () => msg('Dental care for certain groups of people', { id: 'svc.osms-dental-care' }),
  'osms-diagnostics': () => msg('Tests and scans', { id: 'svc.osms-diagnostics' }),
  'osms-inpatient-high-tech': () =>
    msg('Hospital care, including high-tech care', { id: 'svc.osms-inpatient-high-tech' }),
  'osms-rehabilitation': () => msg('Medical rehabilitation', { id: 'svc.osms-rehabilitation' }),
  'osms-inpatient-medicines': () => msg('Medicines during hospital care', { id: 'svc.osms-inpatient-medicines' }),
  'osms-outpatient-medicines': () =>
    msg('Medicines for treatment at home, prescribed at the polyclinic', { id: 'svc.osms-outpatient-medicines' }),
  'osms-day-hospital': () => msg('Day hospital', { id: 'svc.osms-day-hospital' }),
  'osms-nursing-care': () => msg('Nursing care', { id: 'svc.osms-nursing-care' }),
  'osms-palliative-care': () => msg('Palliative care', { id: 'svc.osms-palliative-care' }),
};

const SERVICE_TEXT: Record<ServiceId, Text> = {
  'gobmp-emergency': () =>
    msg(
      'If your life or health is in danger, you get help free of charge. Call 103 and an ambulance comes. From remote places the air ambulance can fly you to a hospital.',
      { id: 'svc.gobmp-emergency.text' },
    ),
  'gobmp-primary-care': () =>
    msg(
      'Your district doctor examines and treats you and sends you for basic tests. The care also includes check-ups, pregnancy follow-up and home visits to babies under 1 year. It also covers vaccines, and steps to stop an infection from spreading where it has broken out. You get this care at the polyclinic you are attached to.',
      { id: 'svc.gobmp-primary-care.text' },
    ),
  'gobmp-primary-care-2027': () =>
    msg(
      'From 1 January 2027 the list names your first visit to the polyclinic. It also names care for socially significant diseases: prevention, tests and treatment. These are named “among others”. The news report does not name other care, such as pregnancy follow-up or vaccines. No source says they are removed.',
      { id: 'svc.gobmp-primary-care-2027.text' },
    ),
  'gobmp-specialized-outpatient': () =>
    msg(
      'Specialists find and treat some serious and long-term diseases. Examples are tuberculosis, HIV, cancer and diabetes. You go home after each visit. You also get tests for HIV and tuberculosis, and help when it is urgent.',
      { id: 'svc.gobmp-specialized-outpatient.text' },
    ),
  'gobmp-specialized-outpatient-2026': () =>
    msg(
      'Specialists find and treat serious diseases such as tuberculosis, HIV or cancer. They also see people with some long-term diseases on a set plan. You go home after each visit. Now insurance pays for the care of diabetes and rheumatoid arthritis.',
      { id: 'svc.gobmp-specialized-outpatient-2026.text' },
    ),
  'gobmp-specialized-outpatient-2027': () =>
    msg(
      'From 1 January 2027 specialists help to prevent and find some diseases. The Ministry of Health sets the list of these diseases. You go home after each visit. Regular check-ups for long-term diseases are no longer in this package. For the insured, insurance (OSMS) pays for them.',
      { id: 'svc.gobmp-specialized-outpatient-2027.text' },
    ),
  'gobmp-day-hospital': () =>
    msg(
      'For some treatments you spend only the day in hospital and sleep at home. Sometimes doctors and nurses treat you in your own home instead. This is for socially significant and long-term diseases.',
      { id: 'svc.gobmp-day-hospital.text' },
    ),
  'gobmp-day-hospital-2027': () =>
    msg(
      'From 1 January 2027 the list still names care in a day hospital. But the news report of the list stops at this item. So it is not yet known for which diseases it is free. Ask your polyclinic before you plan a treatment.',
      { id: 'svc.gobmp-day-hospital-2027.text' },
    ),
  'gobmp-infectious-inpatient': () =>
    msg(
      'Specialists treat you in hospital. This includes infections and parasites that can pass to other people. It also covers the time while doctors check whether you have one. Tuberculosis is one example.',
      { id: 'svc.gobmp-infectious-inpatient.text' },
    ),
  'gobmp-medicines': () =>
    msg(
      'In emergency and specialist care you get the medicines and supplies you need. Vaccines on the national list are free. For some diseases you also get free medicines at the polyclinic.',
      { id: 'svc.gobmp-medicines.text' },
    ),
  'gobmp-socially-significant-diseases': () =>
    msg(
      'From 2026, as a rule, the state pays for the care of 11 diseases, even if you are not insured. They include tuberculosis, HIV, cancer and mental disorders. A heart attack is covered for 6 months and a stroke for a year. Diabetes is no longer on this list: insurance pays for its follow-up.',
      { id: 'svc.gobmp-socially-significant-diseases.text' },
    ),
  'gobmp-cancer-screenings-2025': () =>
    msg(
      'In 2025, the Minister of Health said, cancer screenings became part of this package. So people without insurance could have them too. Your polyclinic tells you when it is your turn.',
      { id: 'svc.gobmp-cancer-screenings-2025.text' },
    ),
  'gobmp-early-detection-screenings': () =>
    msg(
      'From 2026, as a rule, screenings look for some diseases early, whether you are insured or not. They look for cancer, high blood pressure, heart disease, glaucoma, diabetes and hepatitis B and C. The list for 2027 names these screenings too. Your polyclinic tells you when it is your turn.',
      { id: 'svc.gobmp-early-detection-screenings.text' },
    ),
  'osms-preventive-check-ups': () =>
    msg(
      'Regular medical check-ups find a problem before it becomes serious. They are also part of free primary care (GOBMP). Your polyclinic tells you which check-ups you are due for.',
      { id: 'svc.osms-preventive-check-ups.text' },
    ),
  'osms-specialist-consultations': () =>
    msg(
      'If your district doctor refers you, you see a specialist doctor for free, for example a heart doctor. Ask your own doctor for the referral first.',
      { id: 'svc.osms-specialist-consultations.text' },
    ),
  'osms-chronic-follow-up': () =>
    msg(
      'If you have a long-term disease, specialists see you regularly. For example, a person with high blood pressure has check-ups and tests on a schedule.',
      { id: 'svc.osms-chronic-follow-up.text' },
    ),
  'osms-chronic-diseases-2026': () =>
    msg(
      'These diseases left the list of socially significant diseases. Their care and medicines go on, but insurance pays for them. So you need to be insured.',
      { id: 'svc.osms-chronic-diseases-2026.text' },
    ),
  'osms-dental-care': () =>
    msg(
      'Some groups of people get urgent and planned dental care free of charge. Ask your polyclinic whether you are in one of them.',
      { id: 'svc.osms-dental-care.text' },
    ),
  'osms-diagnostics': () =>
    msg(
      'Laboratory tests, ultrasound, X-ray, CT and MRI, when your doctor refers you. Such tests cost a lot if you pay for them yourself.',
      { id: 'svc.osms-diagnostics.text' },
    ),
  'osms-inpatient-high-tech': () =>
    msg(
      'Planned treatment by specialists in a hospital. This includes hard operations that need modern tools, such as some heart operations.',
      { id: 'svc.osms-inpatient-high-tech.text' },
    ),
  'osms-rehabilitation': () =>
    msg(
      'Care that helps you get well after a bad illness, an injury or an operation. For example, you do exercises after a stroke.',
      { id: 'svc.osms-rehabilitation.text' },
    ),
  'osms-inpatient-medicines': () =>
    msg(
      'When you are treated in a hospital, you get the medicines you need there free. You do not buy them yourself.',
      {
        id: 'svc.osms-inpatient-medicines.text',
      },
    ),
  'osms-outpatient-medicines': () =>
    msg(
      'For some diseases your polyclinic prescribes medicines that you get free and take at home. The Ministry of Health sets the list of diseases and medicines.',
      { id: 'svc.osms-outpatient-medicines.text' },
    ),
  'osms-day-hospital': () =>
    msg('For planned treatment you spend only the day in hospital and sleep at home.', {
      id: 'svc.osms-day-hospital.text',
    }),
  'osms-nursing-care': () =>
    msg('Nurses care for people who after an illness cannot look after themselves and need constant care.', {
      id: 'svc.osms-nursing-care.text',
    }),
  'osms-palliative-care': () =>
    msg(
      'This care is for people with a disease that cannot be cured and that threatens life. It eases pain and other symptoms. It helps to keep the best quality of life that is possible.',
      { id: 'svc.osms-palliative-care.text' },
    ),
};

const EXAMPLE: Record<ExampleId, Text> = {
  'emergency-care': () => msg('Emergency and urgent care', { id: 'ex.emergency-care' }),
  ambulance: () => msg('Ambulance', { id: 'ex.ambulance' }),
  'air-ambulance': () => msg('Air ambulance', { id: 'ex.air-ambulance' }),
  'polyclinic-care': () => msg('Care at the polyclinic', { id: 'ex.polyclinic-care' }),
  'pregnancy-follow-up': () => msg('Pregnancy follow-up', { id: 'ex.pregnancy-follow-up' }),
  'infant-patronage': () => msg('Home visits to babies under 1 year', { id: 'ex.infant-patronage' }),
  vaccination: () => msg('Vaccinations', { id: 'ex.vaccination' }),
  screenings: () => msg('Screenings', { id: 'ex.screenings' }),
  tuberculosis: () => msg('Tuberculosis', { id: 'ex.tuberculosis' }),
  hiv: () => msg('HIV', { id: 'ex.hiv' }),
  'mental-disorders': () => msg('Mental and behavioural disorders', { id: 'ex.mental-disorders' }),
  cancer: () => msg('Cancer (malignant neoplasms)', { id: 'ex.cancer' }),
  diabetes: () => msg('Diabetes', { id: 'ex.diabetes' }),
  hypertension: () => msg('High blood pressure (arterial hypertension)', { id: 'ex.hypertension' }),
  'viral-hepatitis': () => msg('Viral hepatitis', { id: 'ex.viral-hepatitis' }),
  'rheumatoid-arthritis': () => msg('Rheumatoid arthritis', { id: 'ex.rheumatoid-arthritis' }),
  'acute-infections': () => msg('Acute infections dangerous to others', { id: 'ex.acute-infections' }),
  'home-hospital': () => msg('Hospital at home', { id: 'ex.home-hospital' }),
  'chronic-hepatitis-cirrhosis': () =>
    msg('Chronic hepatitis and cirrhosis of the liver', { id: 'ex.chronic-hepatitis-cirrhosis' }),
  'heart-attack-first-6-months': () => msg('Heart attack (first 6 months)', { id: 'ex.heart-attack-first-6-months' }),
  'orphan-diseases': () => msg('Rare (orphan) diseases', { id: 'ex.orphan-diseases' }),
  'nervous-system-degenerative': () =>
    msg('Degenerative diseases of the nervous system', { id: 'ex.nervous-system-degenerative' }),
  'demyelinating-diseases': () =>
    msg('Demyelinating diseases of the central nervous system, such as multiple sclerosis', {
      id: 'ex.demyelinating-diseases',
    }),
  epilepsy: () => msg('Epilepsy', { id: 'ex.epilepsy' }),
  'stroke-first-year': () => msg('Stroke (first year)', { id: 'ex.stroke-first-year' }),
  'lab-tests': () => msg('Laboratory tests', { id: 'ex.lab-tests' }),
  ultrasound: () => msg('Ultrasound', { id: 'ex.ultrasound' }),
  'x-ray': () => msg('X-ray', { id: 'ex.x-ray' }),
  ct: () => msg('CT scan', { id: 'ex.ct' }),
  mri: () => msg('MRI scan', { id: 'ex.mri' }),
  'preventive-check-ups': () => msg('Preventive check-ups', { id: 'ex.preventive-check-ups' }),
  'anti-epidemic-measures': () =>
    msg('Measures against the spread of an infection where it has broken out', { id: 'ex.anti-epidemic-measures' }),
  'first-visit': () => msg('Your first visit to the polyclinic for care', { id: 'ex.first-visit' }),
  'coronary-heart-disease': () => msg('Coronary heart disease', { id: 'ex.coronary-heart-disease' }),
  glaucoma: () => msg('Glaucoma', { id: 'ex.glaucoma' }),
  'planned-hospital-treatment': () => msg('Planned treatment in hospital', { id: 'ex.planned-hospital-treatment' }),
  'cerebral-palsy': () => msg('Cerebral palsy', { id: 'ex.cerebral-palsy' }),
  manipulations: () => msg('Medical procedures', { id: 'ex.manipulations' }),
};

const KEPT: Record<KeptCareId, Text> = {
  'uninsured-gobmp': () =>
    msg(
      'Guaranteed volume of free medical care (GOBMP): ambulance and air ambulance, your polyclinic, vaccinations, and care for socially significant diseases and acute states',
      { id: 'kept.uninsured-gobmp' },
    ),
  'uninsured-gobmp-2027': () =>
    msg(
      'Guaranteed volume of free medical care (GOBMP): ambulance and air ambulance; at your polyclinic, the first visit, care for socially significant diseases, screenings and vaccinations. Ask there what else is free without insurance.',
      { id: 'kept.uninsured-gobmp-2027' },
    ),
  'uninsured-socially-significant-2026': () =>
    msg('From 2026: diagnosis and care for 11 socially significant diseases, insured or not', {
      id: 'kept.uninsured-socially-significant-2026',
    }),
  'visitor-emergency': () =>
    msg(
      'Emergency and urgent care when your life or health is in danger (for citizens of CIS countries, under the CIS agreement)',
      {
        id: 'kept.visitor-emergency',
      },
    ),
  'visitor-dangerous-diseases': () =>
    msg('Treatment of the diseases dangerous to other people on the Ministry of Health’s list', {
      id: 'kept.visitor-dangerous-diseases',
    }),
};

const LIST_GAP: Record<ListGapId, Text> = {
  'gobmp-2027-partly-published': () =>
    msg(
      'The 2027 list of this package is not yet published in full. Its news report stops at the day hospital. Hospital care, medicines and the other items are shown as in 2026 and may change.',
      { id: 'gap.gobmp-2027-partly-published' },
    ),
  'osms-2027-not-published': () =>
    msg(
      'Changes to the insurance (OSMS) list from 2027 are not yet published. It is shown as in 2026 and may change.',
      { id: 'gap.osms-2027-not-published' },
    ),
};

/** The package's name, e.g. "Guaranteed volume of free medical care (GOBMP)". */
export function packageName(id: PackageId): string {
  return PACKAGE[id]();
}

/** One sentence: who gets the package. */
export function packageWho(id: PackageId): string {
  return PACKAGE_WHO[id]();
}

/** The name of a service group. */
export function serviceName(id: ServiceId): string {
  return SERVICE[id]();
}

/** Two or three plain sentences about a service group, with examples. */
export function serviceExplanation(id: ServiceId): string {
  return SERVICE_TEXT[id]();
}

/** The name of an example (a disease, a test, a kind of care). */
export function exampleName(id: ExampleId): string {
  return EXAMPLE[id]();
}

/** What people outside OSMS (or visitors) still get. */
export function keptCareName(id: KeptCareId): string {
  return KEPT[id]();
}

/** What is not yet known of a package's list on a date (see `listGapsOn`). */
export function listGapText(id: ListGapId): string {
  return LIST_GAP[id]();
}

/**
 * The words residents search a service or example with, where its own texts do not have
 * them: everyday names, conditions and medicines, tests, doctors. Comma-separated; the
 * search finds every form of a word (see src/internal/search.ts), so one form is enough.
 * Reviewed, with the words of every language, in docs/search-words.md.
 */
// Words several items share.
const medicines: Text = () => msg('pills, tablets, drugs, pharmacy, insulin', { id: 'words.medicines' });
const hospital: Text = () => msg('surgery, operation', { id: 'words.hospital' });
const dayHospital: Text = () => msg('IV drip', { id: 'words.day-hospital' });
const checkUps: Text = () => msg('medical exam', { id: 'words.check-ups' });

const SEARCH_WORDS: Partial<Record<ServiceId | ExampleId, Text>> = {
  'gobmp-emergency': () => msg('accident, injury', { id: 'words.gobmp-emergency' }),
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
    msg('cardiologist, neurologist, gynaecologist, ENT, eye doctor, surgeon', {
      id: 'words.osms-specialist-consultations',
    }),
  'osms-chronic-follow-up': () => msg('long-term illness', { id: 'words.osms-chronic-follow-up' }),
  'osms-dental-care': () => msg('teeth, tooth, dentist', { id: 'words.osms-dental-care' }),
  'osms-rehabilitation': () => msg('rehab, physiotherapy', { id: 'words.osms-rehabilitation' }),
  'osms-nursing-care': () => msg('carer, bedridden', { id: 'words.osms-nursing-care' }),
  'osms-palliative-care': () => msg('hospice', { id: 'words.osms-palliative-care' }),
  'osms-diagnostics': () => msg('ECG, tomography', { id: 'words.osms-diagnostics' }),
  'pregnancy-follow-up': () => msg('pregnant, childbirth, maternity', { id: 'words.pregnancy-follow-up' }),
  'infant-patronage': () => msg('newborn', { id: 'words.infant-patronage' }),
  vaccination: () => msg('jab', { id: 'words.vaccination' }),
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

/** The words people search a service or example with; '' if none beyond its own texts. */
export function searchWords(id: ServiceId | ExampleId): string {
  return SEARCH_WORDS[id]?.() ?? '';
}
