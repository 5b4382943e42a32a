/**
 * Display strings for the packages (GOBMP, OSMS), their service groups, the examples the
 * leaflets name, and the care people outside OSMS keep.
 */
import { msg } from '@lit/localize';
import type { ExampleId, KeptCareId, PackageId, ServiceId } from '../core/index.js';

type Text = () => string;

const PACKAGE: Record<PackageId, Text> = {
  gobmp: () => msg('Guaranteed free medical care (GOBMP)', { id: 'pkg.gobmp' }),
  osms: () => msg('Compulsory social health insurance (OSMS)', { id: 'pkg.osms' }),
};

const PACKAGE_WHO: Record<PackageId, Text> = {
  gobmp: () =>
    msg(
      'Citizens of Kazakhstan, kandases and foreigners with a permanent residence permit get it, whether they are insured or not.',
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
  'gobmp-specialized-outpatient': () =>
    msg('Specialist care without a hospital stay for socially significant and chronic diseases', {
      id: 'svc.gobmp-specialized-outpatient',
    }),
  'gobmp-day-hospital': () => msg('Day hospital and hospital at home', { id: 'svc.gobmp-day-hospital' }),
  'gobmp-infectious-inpatient': () =>
    msg('Hospital treatment of infections dangerous to others', { id: 'svc.gobmp-infectious-inpatient' }),
  'gobmp-medicines': () => msg('Medicines and vaccines', { id: 'svc.gobmp-medicines' }),
  'gobmp-socially-significant-diseases': () =>
    msg('Care for 11 socially significant diseases, insured or not', { id: 'svc.gobmp-socially-significant-diseases' }),
  'gobmp-early-detection-screenings': () =>
    msg('Screenings to find diseases early, for everyone', { id: 'svc.gobmp-early-detection-screenings' }),
  'osms-preventive-check-ups': () => msg('Preventive check-ups', { id: 'svc.osms-preventive-check-ups' }),
  'osms-specialist-consultations': () =>
    msg('Visits to specialist doctors on referral', { id: 'svc.osms-specialist-consultations' }),
  'osms-chronic-follow-up': () => msg('Regular follow-up of chronic diseases', { id: 'svc.osms-chronic-follow-up' }),
  'osms-dental-care': () => msg('Dental care for certain groups of people', { id: 'svc.osms-dental-care' }),
  'osms-diagnostics': () => msg('Tests and scans', { id: 'svc.osms-diagnostics' }),
  'osms-inpatient-high-tech': () =>
    msg('Hospital care, including high-tech care', { id: 'svc.osms-inpatient-high-tech' }),
  'osms-rehabilitation': () => msg('Medical rehabilitation', { id: 'svc.osms-rehabilitation' }),
  'osms-inpatient-medicines': () => msg('Medicines during hospital care', { id: 'svc.osms-inpatient-medicines' }),
};

const SERVICE_TEXT: Record<ServiceId, Text> = {
  'gobmp-emergency': () =>
    msg(
      'If your life or health is in danger, you get help free of charge. Call 103 and an ambulance comes. From remote places the air ambulance can fly you to a hospital.',
      { id: 'svc.gobmp-emergency.text' },
    ),
  'gobmp-primary-care': () =>
    msg(
      'Your district doctor examines and treats you and sends you for basic tests. This also covers pregnancy follow-up, home visits to babies under 1 year, vaccinations and screenings. You use it at the polyclinic you are attached to.',
      { id: 'svc.gobmp-primary-care.text' },
    ),
  'gobmp-specialized-outpatient': () =>
    msg(
      'Specialists find and treat diseases such as tuberculosis, HIV, cancer or high blood pressure, and you go home after each visit. This includes tests for HIV and tuberculosis and help in urgent cases.',
      { id: 'svc.gobmp-specialized-outpatient.text' },
    ),
  'gobmp-day-hospital': () =>
    msg(
      'For some treatments you spend only the day in hospital and sleep at home. Sometimes doctors and nurses treat you in your own home instead. This is for socially significant and chronic diseases.',
      { id: 'svc.gobmp-day-hospital.text' },
    ),
  'gobmp-infectious-inpatient': () =>
    msg(
      'If you have an infectious or parasitic disease that can pass to other people, you are treated in hospital free of charge. This also applies while doctors check whether you have it. Tuberculosis is one example.',
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
      'From 2026, as a rule, screening tests that find diseases early are free for everyone, insured or not. Your polyclinic tells you when it is your turn.',
      { id: 'svc.gobmp-early-detection-screenings.text' },
    ),
  'osms-preventive-check-ups': () =>
    msg(
      'Regular medical check-ups find a problem before it becomes serious. Your polyclinic tells you which check-ups you are due for.',
      { id: 'svc.osms-preventive-check-ups.text' },
    ),
  'osms-specialist-consultations': () =>
    msg(
      'If your district doctor refers you, you see a specialist, such as a cardiologist or a neurologist, for free. Ask your own doctor for the referral first.',
      { id: 'svc.osms-specialist-consultations.text' },
    ),
  'osms-chronic-follow-up': () =>
    msg(
      'If you have a long-term disease, specialists see you regularly. For example, a person with heart disease has check-ups and tests on a schedule.',
      { id: 'svc.osms-chronic-follow-up.text' },
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
  cancer: () => msg('Cancer', { id: 'ex.cancer' }),
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
    msg('Demyelinating diseases, such as multiple sclerosis', { id: 'ex.demyelinating-diseases' }),
  epilepsy: () => msg('Epilepsy', { id: 'ex.epilepsy' }),
  'stroke-first-year': () => msg('Stroke (first year)', { id: 'ex.stroke-first-year' }),
  'lab-tests': () => msg('Laboratory tests', { id: 'ex.lab-tests' }),
  ultrasound: () => msg('Ultrasound', { id: 'ex.ultrasound' }),
  'x-ray': () => msg('X-ray', { id: 'ex.x-ray' }),
  ct: () => msg('CT scan', { id: 'ex.ct' }),
  mri: () => msg('MRI scan', { id: 'ex.mri' }),
};

const KEPT: Record<KeptCareId, Text> = {
  'uninsured-gobmp': () =>
    msg(
      'Guaranteed free medical care (GOBMP): ambulance, your polyclinic, vaccinations and care for socially significant diseases',
      { id: 'kept.uninsured-gobmp' },
    ),
  'uninsured-socially-significant-2026': () =>
    msg('Care for 11 socially significant diseases and early screenings', { id: 'kept.uninsured-socially-significant-2026' }),
  'visitor-emergency': () => msg('Emergency care when your life or health is in danger', { id: 'kept.visitor-emergency' }),
  'visitor-dangerous-diseases': () =>
    msg('Treatment of diseases dangerous to other people', { id: 'kept.visitor-dangerous-diseases' }),
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
