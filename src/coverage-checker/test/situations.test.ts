/**
 * Residents' situations read in the checker, in Kazakh, Russian and English: the status,
 * the first action and what the result says or must not say, for each.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../define.js';
import type { CoverageChecker } from '../coverage-checker.js';
import { setLocale } from '../../internal/locale.js';
import { complete, shadow, type Path } from '../../../test/support/drive.js';

const DATE = '2026-12-04';

type Locale = 'kk' | 'ru' | 'en';

/** What one situation must show, per language: patterns the text must match, and must not. */
interface Situation {
  name: string;
  path: Path;
  status: string;
  /** The status line, per language. */
  title: Record<Locale, RegExp>;
  /** The first action's title, per language. */
  first: Record<Locale, RegExp>;
  /** The result's text must contain these (every language, when given per language). */
  says?: Partial<Record<Locale, RegExp[]>>;
  /** …and must not contain these. */
  never?: Partial<Record<Locale, RegExp[]>>;
  date?: string;
}

const text = (el: CoverageChecker, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

const SITUATIONS: Situation[] = [
  {
    name: 'a serviceman: insured through his service, no state share, no rate change',
    path: [
      ['residency', 'citizen'],
      ['categories', 'military'],
    ],
    status: 'insured-state',
    title: {
      en: /^You are insured through your service$/,
      ru: /^Вы застрахованы через свою службу$/,
      kk: /^Сіз қызметіңіз арқылы сақтандырылғансыз$/,
    },
    first: { en: /eGov Mobile/, ru: /eGov Mobile/, kk: /eGov Mobile/ },
    never: {
      en: [/the state pays (for you|\d)/i, /2\.2\s?%/, /How much/],
      ru: [/за вас платит государство/i, /Государство платит \d/, /2,2\s?%/, /Сколько/],
      kk: [/сіз үшін мемлекет төлейді/i, /Мемлекет алдыңғы/, /2,2\s?%/, /Қанша/],
    },
  },
  {
    name: 'a pensioner: a restated service is one change, no rate change, “How much is paid for you”',
    path: [
      ['residency', 'citizen'],
      ['categories', 'pensioner'],
    ],
    status: 'insured-state',
    title: {
      en: /^You are insured: the state pays for you$/,
      ru: /^Вы застрахованы: за вас платит государство$/,
      kk: /^Сіз сақтандырылғансыз: сіз үшін мемлекет төлейді$/,
    },
    first: { en: /eGov Mobile/, ru: /eGov Mobile/, kk: /eGov Mobile/ },
    says: {
      en: [/How much is paid for you/, /this part of your free care is restated: Care at your polyclinic/],
      ru: [/Сколько платят за вас/, /описана в перечне по-новому/],
      kk: [/Сіз үшін қанша төленеді/, /тізбеде жаңаша жазылған/],
    },
    never: {
      en: [/no longer part of your free care/, /rate changes/, /Not yet confirmed.*What to do first/],
      ru: [/в вашу бесплатную помощь больше не входит/, /ставка взноса/],
      kk: [/енді кірмейді/, /жарна мөлшерлемесі/],
    },
  },
  {
    name: 'a tourist from outside the CIS: an emergency first, never told emergency care is paid',
    path: [
      ['residency', 'visitor'],
      ['visitor-country', 'other'],
    ],
    status: 'paid-care',
    title: { en: /^You pay for your care/, ru: /^Медицинская помощь для вас платная/, kk: /ақылы/ },
    first: { en: /^In an emergency, call 103$/, ru: /103/, kk: /103/ },
    says: { en: [/call 103 at once/], ru: [/сразу звоните 103/], kk: [/бірден 103/] },
    never: {
      en: [/emergency care included/, /adds to it/],
      ru: [/включая экстренную/, /дополняет/],
      kk: [/шұғыл көмекті қоса/, /толықтырады/],
    },
  },
];

describe('<coverage-checker> for each resident’s situation, in kk, ru and en', () => {
  afterEach(() => fixtureCleanup());
  after(() => setLocale(null));

  for (const situation of SITUATIONS) {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      it(`${situation.name} (${locale})`, async () => {
        await setLocale(locale);
        const el = await fixture<CoverageChecker>(
          `<coverage-checker rules-date="${situation.date ?? DATE}"></coverage-checker>`,
        );
        const result = await complete(el, situation.path);
        expect(result.status).to.equal(situation.status);
        expect(text(el, '[part~="status"] strong')[0]).to.match(situation.title[locale]);
        expect(text(el, '.primary-action strong')[0]).to.match(situation.first[locale]);
        const all = text(el, '.result')[0]!;
        for (const pattern of situation.says?.[locale] ?? [])
          expect(pattern.test(all), `says ${pattern}`).to.equal(true);
        for (const pattern of situation.never?.[locale] ?? [])
          expect(pattern.exec(all)?.[0], `never says ${pattern}`).to.equal(undefined);
      });
    }
  }
});
