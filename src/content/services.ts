/**
 * Display strings for the packages (GOBMP, OSMS), their service groups, the examples the
 * leaflets name, and the care people outside OSMS keep.
 */
import { msg } from '@lit/localize';
import type { ExampleId, KeptCareId, PackageId, ServiceId } from '../core/index.js';

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
    msg('Insured people get it: those for whom contributions are paid by themselves, by their employer or by the state.', {
      id: 'pkg.osms.who',
    }),
};

const SERVICE: Record<ServiceId, Text> = {
  'gobmp-emergency': () => msg('Emergency care and ambulance, including air ambulance', { id: 'svc.gobmp-emergency' }),
  'gobmp-primary-care': () => msg('Care at your polyclinic (primary health care)', { id: 'svc.gobmp-primary-care' }),
  'gobmp-primary-care-2027': () =>
    msg('Care at your polyclinic (primary health care), from 2027', { id: 'svc.gobmp-primary-care-2027' }),
  'gobmp-specialized-outpatient': () =>
    msg('Specialist care without a hospital stay for socially significant and chronic diseases', {
      id: 'svc.gobmp-specialized-outpatient',
    }),
  'gobmp-specialized-outpatient-2026': () =>
    msg('Specialist care without a hospital stay for socially significant and chronic diseases, in 2026', {
      id: 'svc.gobmp-specialized-outpatient-2026',
    }),
  'gobmp-specialized-outpatient-2027': () =>
    msg('Specialist prevention and diagnosis without a hospital stay, from 2027', {
      id: 'svc.gobmp-specialized-outpatient-2027',
    }),
  'gobmp-day-hospital': () => msg('Day hospital and hospital at home', { id: 'svc.gobmp-day-hospital' }),
  'gobmp-infectious-inpatient': () =>
    msg('Hospital care, including infections dangerous to others', { id: 'svc.gobmp-infectious-inpatient' }),
  'gobmp-medicines': () => msg('Medicines and vaccines', { id: 'svc.gobmp-medicines' }),
  'gobmp-socially-significant-diseases': () =>
    msg('Care for 11 socially significant diseases, insured or not', { id: 'svc.gobmp-socially-significant-diseases' }),
  'gobmp-early-detection-screenings': () =>
    msg('New screenings to find common diseases early, from 2027', { id: 'svc.gobmp-early-detection-screenings' }),
  'osms-preventive-check-ups': () => msg('Preventive check-ups', { id: 'svc.osms-preventive-check-ups' }),
  'osms-specialist-consultations': () =>
    msg('Visits to specialist doctors on referral', { id: 'svc.osms-specialist-consultations' }),
  'osms-chronic-follow-up': () =>
    msg('Dynamic observation of chronic diseases by specialists', { id: 'svc.osms-chronic-follow-up' }),
  'osms-chronic-diseases-2026': () =>
    msg('Care for diabetes, cerebral palsy, rheumatism and connective-tissue diseases, from 2026', {
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
      'Your district doctor examines and treats you and sends you for basic tests. This also covers preventive check-ups, screenings, pregnancy follow-up, home visits to babies under 1 year, vaccinations, and measures against the spread of an infection where it has broken out. You use it at the polyclinic you are attached to.',
      { id: 'svc.gobmp-primary-care.text' },
    ),
  'gobmp-primary-care-2027': () =>
    msg(
      'From 1 January 2027 the list names your first visit with a complaint, and the prevention, diagnosis and treatment of socially significant diseases.',
      { id: 'svc.gobmp-primary-care-2027.text' },
    ),
  'gobmp-specialized-outpatient': () =>
    msg(
      'Specialists find and treat socially significant and chronic diseases, such as tuberculosis, HIV, cancer or diabetes, and you go home after each visit. This includes tests for HIV and tuberculosis and help in urgent cases.',
      { id: 'svc.gobmp-specialized-outpatient.text' },
    ),
  'gobmp-specialized-outpatient-2026': () =>
    msg(
      'Specialists find and treat socially significant diseases, such as tuberculosis, HIV or cancer, and chronic diseases under dynamic observation; you go home after each visit. Diabetes and rheumatoid arthritis are now paid by insurance.',
      { id: 'svc.gobmp-specialized-outpatient-2026.text' },
    ),
  'gobmp-specialized-outpatient-2027': () =>
    msg(
      'From 1 January 2027 specialists prevent and diagnose the diseases on a list set by the Ministry of Health, without a hospital stay. The follow-up of chronic diseases is no longer in this package: for the insured it is in OSMS.',
      { id: 'svc.gobmp-specialized-outpatient-2027.text' },
    ),
  'gobmp-day-hospital': () =>
    msg(
      'For some treatments you spend only the day in hospital and sleep at home. Sometimes doctors and nurses treat you in your own home instead. This is for socially significant and chronic diseases.',
      { id: 'svc.gobmp-day-hospital.text' },
    ),
  'gobmp-infectious-inpatient': () =>
    msg(
      'Specialists treat you in hospital. This includes infectious and parasitic diseases that can pass to other people, also while doctors check whether you have one. Tuberculosis is one example.',
      { id: 'svc.gobmp-infectious-inpatient.text' },
    ),
  'gobmp-medicines': () =>
    msg(
      'You get the medicines and medical supplies you need during emergency care and specialist care. Vaccinations against the diseases on the national list are free. For some diseases you also get free medicines at the polyclinic.',
      { id: 'svc.gobmp-medicines.text' },
    ),
  'gobmp-socially-significant-diseases': () =>
    msg(
      'From 2026, as a rule, the state pays for the care of 11 diseases even if you are not insured. Among them are tuberculosis, HIV, cancer, mental disorders, a heart attack in the first 6 months and a stroke in the first year. Diabetes is no longer on this list: its follow-up is paid by insurance.',
      { id: 'svc.gobmp-socially-significant-diseases.text' },
    ),
  'gobmp-early-detection-screenings': () =>
    msg(
      'Screenings have been free in this package since 2020. From 1 January 2027, as a rule, new screenings find high blood pressure, coronary heart disease, glaucoma, diabetes and hepatitis B and C early. Your polyclinic tells you when it is your turn.',
      { id: 'svc.gobmp-early-detection-screenings.text' },
    ),
  'osms-preventive-check-ups': () =>
    msg(
      'Regular medical check-ups find a problem before it becomes serious. They are also part of free primary care (GOBMP). Your polyclinic tells you which check-ups you are due for.',
      { id: 'svc.osms-preventive-check-ups.text' },
    ),
  'osms-specialist-consultations': () =>
    msg(
      'If your district doctor refers you, you see a specialist, such as a cardiologist or a neurologist, for free. Ask your own doctor for the referral first.',
      { id: 'svc.osms-specialist-consultations.text' },
    ),
  'osms-chronic-follow-up': () =>
    msg(
      'If you have a long-term disease, specialists see you regularly. For example, a person with high blood pressure has check-ups and tests on a schedule.',
      { id: 'svc.osms-chronic-follow-up.text' },
    ),
  'osms-chronic-diseases-2026': () =>
    msg(
      'These diseases left the list of socially significant diseases. Their care and medicines continue, paid by insurance: you need to be insured.',
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
      'Planned treatment in a hospital by specialists. This includes complex operations that need modern equipment, for example some heart operations.',
      { id: 'svc.osms-inpatient-high-tech.text' },
    ),
  'osms-rehabilitation': () =>
    msg(
      'Treatment that helps you recover after a serious illness, injury or operation. For example, exercises and therapy after a stroke.',
      { id: 'svc.osms-rehabilitation.text' },
    ),
  'osms-inpatient-medicines': () =>
    msg('When you are treated in a hospital, you get the medicines you need there free. You do not buy them yourself.', {
      id: 'svc.osms-inpatient-medicines.text',
    }),
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
    msg(
      'Nurses care for people who after an illness cannot look after themselves and need constant care.',
      { id: 'svc.osms-nursing-care.text' },
    ),
  'osms-palliative-care': () =>
    msg(
      'For people with an incurable, life-threatening disease: care that eases pain and other symptoms and keeps the best possible quality of life.',
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
  'chronic-hepatitis-cirrhosis': () => msg('Chronic hepatitis and cirrhosis of the liver', { id: 'ex.chronic-hepatitis-cirrhosis' }),
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
  'first-visit': () => msg('Your first visit with a health complaint', { id: 'ex.first-visit' }),
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
  'uninsured-socially-significant-2026': () =>
    msg('From 2026: diagnosis and care for 11 socially significant diseases, insured or not', {
      id: 'kept.uninsured-socially-significant-2026',
    }),
  'visitor-emergency': () =>
    msg('Emergency and urgent care when your life or health is in danger (for citizens of CIS countries, under the CIS agreement)', {
      id: 'kept.visitor-emergency',
    }),
  'visitor-dangerous-diseases': () =>
    msg('Treatment of the diseases dangerous to other people on the Ministry of Health’s list', {
      id: 'kept.visitor-dangerous-diseases',
    }),
};

/** The package's name, e.g. "Guaranteed free medical care (GOBMP)". */
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
