/**
 * The words residents type, per language, and the items each must find first, on a 2026
 * and a 2027 rules date: everyday words, word forms, typos, keyboard stand-ins and pasted
 * text. Each row names services and exempt groups by id; on each date the ids in force
 * there must be the first results of their list (in any order among themselves), and at
 * least one id of each row must be in force. `not` names items that must not be found.
 */
import { expect } from '@open-wc/testing';
import { categoriesOn, notFreeOn, servicesOn, type NotFreeId } from '../src/core/index.js';
import { groupSearchFields, notFreeWords, serviceSearchFields } from '../src/content/search-words.js';
import { nearestWords, search } from '../src/internal/search.js';
import { setLocale } from '../src/internal/locale.js';

type Row = [query: string, first: string[], not?: string[]];

const INSULIN = [
  'osms-chronic-diseases-2026',
  'gobmp-medicines',
  'osms-outpatient-medicines',
  'osms-inpatient-medicines',
  'gobmp-early-detection-screenings',
];
const MEDICINES = ['gobmp-medicines', 'osms-outpatient-medicines', 'osms-inpatient-medicines'];
const TUBERCULOSIS = [
  'gobmp-specialized-outpatient-2026',
  'gobmp-infectious-inpatient',
  'gobmp-socially-significant-diseases',
  'gobmp-specialized-outpatient-2027',
  'gobmp-primary-care-2027',
];
const HIV = [
  'gobmp-specialized-outpatient-2026',
  'gobmp-socially-significant-diseases',
  'gobmp-specialized-outpatient-2027',
  'gobmp-primary-care-2027',
];
const CANCER = ['gobmp-specialized-outpatient-2026', 'gobmp-socially-significant-diseases', 'gobmp-primary-care-2027'];
const PRIMARY_CARE = ['gobmp-primary-care', 'gobmp-primary-care-2027'];
const VACCINES = ['gobmp-medicines', 'gobmp-primary-care', 'gobmp-primary-care-2027'];
const IN_HOSPITAL = ['gobmp-infectious-inpatient', 'osms-inpatient-high-tech', 'osms-inpatient-medicines'];
const DISABILITY = ['disability', 'carer-disabled-child', 'carer-disability-group1', 'pensioner'];
const PREGNANCY = ['gobmp-primary-care', 'gobmp-primary-care-2027', 'pregnant-nonworking'];
const DIAGNOSTICS = ['osms-diagnostics'];
const DENTAL = ['osms-dental-care'];

const TABLE: Record<'ru' | 'kk' | 'en', Row[]> = {
  ru: [
    // everyday words
    ['инсулин', INSULIN],
    ['таблетки', MEDICINES],
    ['больница', IN_HOSPITAL],
    ['зубы', DENTAL],
    ['стоматолог', DENTAL],
    ['беременность', PREGNANCY],
    ['роды', ['gobmp-primary-care', 'parental-leave']],
    ['МРТ', DIAGNOSTICS],
    ['УЗИ', DIAGNOSTICS],
    ['анализ крови', DIAGNOSTICS],
    ['рентген', DIAGNOSTICS],
    ['педиатр', PRIMARY_CARE],
    ['гинеколог', ['osms-specialist-consultations']],
    ['пенсия', ['pensioner']],
    ['инвалидность', DISABILITY],
    ['студент', ['student']],
    ['многодетная', ['mother-many-children']],
    ['скорая', ['gobmp-emergency']],
    ['103', ['gobmp-emergency']],
    ['прививка', VACCINES],
    ['онкология', CANCER],
    ['безработный', ['unemployed-registered']],
    ['декрет', ['parental-leave']],
    ['армия', ['military']],
    ['тюрьма', ['prisoner']],
    // word forms
    ['в больнице', IN_HOSPITAL],
    ['лекарствами', MEDICINES],
    ['туберкулёза', TUBERCULOSIS],
    ['пенсионеров', ['pensioner']],
    ['беременным', PREGNANCY],
    ['зубов', DENTAL],
    ['прививки', VACCINES],
    ['детей', ['child', 'gobmp-primary-care']],
    ['инвалидам', ['disability']],
    // one typo in a word of 5 letters or more
    ['стоматалог', DENTAL],
    ['инсулн', INSULIN],
    ['беременость', PREGNANCY],
    ['туберкулес', TUBERCULOSIS],
    ['пенсея', ['pensioner']],
    ['рентгин', DIAGNOSTICS],
    ['реабилитацыя', ['osms-rehabilitation']],
    // Latin look-alikes typed inside Cyrillic words
    ['скоpая', ['gobmp-emergency']],
    ['MРТ', DIAGNOSTICS],
    ['BИЧ', HIV],
    // pasted text: soft hyphen, zero-width characters, quotes, capitals, no-break space
    ['инсу\u00adлин', INSULIN],
    ['\u200bзубы\u200b', DENTAL],
    ['«Анализ крови»', DIAGNOSTICS],
    ['ПЕНСИЯ!!!', ['pensioner']],
    ['скорая\u00a0помощь', ['gobmp-emergency']],
    ['УЗИ\u200d', DIAGNOSTICS],
    // words left out of the vocabulary because the item's own texts lead to them
    ['кардиолог', ['osms-specialist-consultations']],
    ['томография', DIAGNOSTICS],
    ['ребёнок', ['child']],
  ],
  kk: [
    ['инсулин', INSULIN],
    ['дәрі', MEDICINES, ['osms-specialist-consultations', 'gobmp-primary-care', 'osms-dental-care']],
    ['дәрігер', ['osms-specialist-consultations', ...PRIMARY_CARE, 'osms-dental-care'], MEDICINES],
    ['тіс', DENTAL],
    ['жүктілік', PREGNANCY],
    ['босану', ['gobmp-primary-care', 'parental-leave']],
    ['МРТ', DIAGNOSTICS],
    ['УЗИ', DIAGNOSTICS],
    ['қан талдауы', DIAGNOSTICS],
    ['рентген', DIAGNOSTICS],
    ['педиатр', PRIMARY_CARE],
    ['гинеколог', ['osms-specialist-consultations']],
    ['зейнетақы', ['pensioner']],
    ['мүгедек', DISABILITY],
    ['студент', ['student']],
    ['көпбалалы', ['mother-many-children']],
    ['жедел жәрдем', ['gobmp-emergency']],
    ['103', ['gobmp-emergency']],
    ['екпе', VACCINES],
    ['онкология', CANCER],
    ['жұмыссыз', ['unemployed-registered']],
    ['декрет', ['parental-leave']],
    ['әскер', ['military']],
    ['түрме', ['prisoner']],
    ['емхана', [...PRIMARY_CARE, 'osms-outpatient-medicines']],
    // word forms
    ['дәрілер', MEDICINES],
    ['тістерді', DENTAL],
    ['ауруханада', [...IN_HOSPITAL, 'gobmp-specialized-outpatient-2026', 'gobmp-specialized-outpatient-2027']],
    ['зейнеткерлерге', ['pensioner']],
    ['студенттерге', ['student']],
    ['жүкті әйелдерге', ['pregnant-nonworking']],
    ['екпелерді', VACCINES],
    ['стоматологқа', DENTAL],
    ['вакциналар', VACCINES],
    ['мүгедектігі', DISABILITY],
    // one typo
    ['стоматолг', DENTAL],
    ['инсулн', INSULIN],
    ['туберкулз', TUBERCULOSIS],
    ['зейнеткр', ['pensioner']],
    ['рентгн', DIAGNOSTICS],
    // typed on a Russian or Latin keyboard: и for і, а for ә, Latin i, ə and look-alikes
    ['жумыс iстемейтiн жукти', ['pregnant-nonworking']],
    ['дəрi', MEDICINES],
    ['тic', DENTAL],
    ['eмхана', [...PRIMARY_CARE, 'osms-outpatient-medicines']],
    ['кан талдауы', DIAGNOSTICS],
    ['зейнетакы', ['pensioner']],
    ['мугедектiгi', DISABILITY],
    // pasted text
    ['\u200bинсулин\u200b', INSULIN],
    ['Тіс\u00adтер', DENTAL],
    ['«ДӘРІ»', MEDICINES],
    ['МРТ\u2060', DIAGNOSTICS],
    // words left out of the vocabulary because the item's own texts lead to them
    ['кардиолог', ['osms-specialist-consultations']],
    ['томография', DIAGNOSTICS],
    ['полиция', ['law-enforcement']],
  ],
  en: [
    ['insulin', INSULIN],
    ['pills', MEDICINES],
    [
      'hospital',
      [
        ...IN_HOSPITAL,
        'gobmp-day-hospital',
        'gobmp-day-hospital-2027',
        'osms-day-hospital',
        'gobmp-specialized-outpatient-2026',
        'gobmp-specialized-outpatient-2027',
      ],
    ],
    ['teeth', DENTAL],
    ['dentist', DENTAL],
    ['pregnancy', PREGNANCY],
    ['pregnant', PREGNANCY],
    ['childbirth', ['gobmp-primary-care', 'parental-leave']],
    ['MRI', DIAGNOSTICS],
    ['ultrasound', DIAGNOSTICS],
    ['blood test', DIAGNOSTICS],
    ['x-ray', DIAGNOSTICS],
    ['paediatrician', PRIMARY_CARE],
    ['gynecologist', ['osms-specialist-consultations']],
    ['pension', ['pensioner']],
    ['disability', DISABILITY],
    ['student', ['student']],
    ['large family', ['mother-many-children']],
    ['ambulance', ['gobmp-emergency']],
    ['103', ['gobmp-emergency']],
    ['vaccine', VACCINES],
    ['cancer', CANCER],
    ['unemployed', ['unemployed-registered']],
    ['maternity leave', ['parental-leave']],
    ['army', ['military']],
    ['prison', ['prisoner']],
    // word forms
    ['medicines', MEDICINES],
    ['injections', DIAGNOSTICS],
    ['pensioners', ['pensioner']],
    ['students', ['student']],
    ['vaccinations', VACCINES],
    ['x-rays', DIAGNOSTICS],
    ['children', ['child']],
    ['disabled', ['disability']],
    // one typo
    ['insuline', INSULIN],
    ['dentst', DENTAL],
    ['tuberkulosis', TUBERCULOSIS],
    ['pregnency', PREGNANCY],
    ['ultrasaund', DIAGNOSTICS],
    ['pensoin', ['pensioner']],
    // pasted text: zero-width and no-break characters, quotes, capitals, ligatures
    ['\u200binsulin', INSULIN],
    ['MRI\u00a0scan', DIAGNOSTICS],
    ['"Teeth"', DENTAL],
    ['DENTIST!', DENTAL],
    ['x\u2011ray', DIAGNOSTICS],
    ['insu\u00adlin', INSULIN],
    ['\ufb02uorography', DIAGNOSTICS],
    // words left out of the vocabulary because the item's own texts lead to them
    ['doctor', ['osms-specialist-consultations']],
    ['baby', PRIMARY_CARE],
    ['university', ['student']],
  ],
};

/** Words of care that is not free, and the term each must name. */
const NOT_FREE: Record<'ru' | 'kk' | 'en', [string, NotFreeId][]> = {
  ru: [
    ['санаторий', 'sanatorium'],
    ['брекеты', 'braces'],
    ['очки', 'glasses'],
    ['ботокс', 'cosmetic'],
    ['пластическая операция', 'cosmetic'],
  ],
  kk: [
    ['санаторий', 'sanatorium'],
    ['брекеттер', 'braces'],
    ['көзілдірік', 'glasses'],
    ['ботокс', 'cosmetic'],
    ['шипажай', 'sanatorium'],
  ],
  en: [
    ['sanatorium', 'sanatorium'],
    ['braces', 'braces'],
    ['glasses', 'glasses'],
    ['botox', 'cosmetic'],
    ['plastic surgery', 'cosmetic'],
  ],
};

/** Two typos away: nothing is found, and the nearest words offer the word meant. */
const NEAREST: Record<'ru' | 'kk' | 'en', [string, string][]> = {
  ru: [['стамотолог', 'стоматолог']],
  kk: [['стамотолог', 'стоматолог']],
  en: [['dantst', 'dentist']],
};

const DATES = ['2026-06-01', '2027-06-01'];

describe('search words: what residents type finds the right items first', () => {
  after(() => setLocale(null));

  for (const locale of ['ru', 'kk', 'en'] as const) {
    it(`has at least 40 words in ${locale}`, () => {
      expect(TABLE[locale].length).to.be.at.least(40);
    });

    for (const date of DATES) {
      it(`${locale}, rules of ${date}: every word finds its items first`, async () => {
        await setLocale(locale);
        const services = servicesOn(date);
        const groups = categoriesOn(date);
        const failures: string[] = [];
        for (const [query, first, not = []] of TABLE[locale]) {
          const lists = [
            search(query, services, serviceSearchFields, locale).map((s) => s.id as string),
            search(query, groups, (c) => groupSearchFields(c, date), locale).map((c) => c.id as string),
          ];
          const inForce = [services.map((s) => s.id as string), groups.map((c) => c.id as string)];
          if (!first.some((id) => inForce.some((ids) => ids.includes(id))))
            failures.push(`${query}: none of ${first.join(', ')} is in force`);
          lists.forEach((found, i) => {
            const expected = first.filter((id) => inForce[i].includes(id));
            const top = found.slice(0, expected.length);
            if (expected.some((id) => !top.includes(id)))
              failures.push(`${query}: first ${expected.join(', ')}; found ${found.join(', ') || 'nothing'}`);
            const unwanted = found.filter((id) => not.includes(id));
            if (unwanted.length) failures.push(`${query}: must not find ${unwanted.join(', ')}`);
          });
        }
        expect(failures).to.deep.equal([]);
      });

      it(`${locale}, rules of ${date}: care that is not free is found only as such`, async () => {
        await setLocale(locale);
        for (const [query, id] of NOT_FREE[locale]) {
          expect(search(query, servicesOn(date), serviceSearchFields, locale), query).to.deep.equal([]);
          const terms = search(query, notFreeOn(date), (t) => [[notFreeWords(t.id)]], locale);
          expect(
            terms.map((t) => t.id),
            query,
          ).to.deep.equal([id]);
        }
      });

      it(`${locale}, rules of ${date}: two typos find nothing, and the word meant is offered`, async () => {
        await setLocale(locale);
        const services = servicesOn(date);
        for (const [query, meant] of NEAREST[locale]) {
          expect(search(query, services, serviceSearchFields, locale), query).to.deep.equal([]);
          const texts = services.flatMap((s) => serviceSearchFields(s).slice(0, 2).flat());
          const words = texts.flatMap((text) => text.split(',').map((w) => w.trim()));
          expect(nearestWords(query, words, locale), query).to.include(meant);
        }
      });
    }
  }
});
