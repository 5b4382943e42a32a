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

/** Shared expectations. */
const STATE_PAYS: Record<Locale, RegExp> = {
  en: /^You are insured: the state pays for you$/,
  ru: /^Вы застрахованы: за вас платит государство$/,
  kk: /^Сіз сақтандырылғансыз: сіз үшін мемлекет төлейді$/,
};
const APP: Record<Locale, RegExp> = {
  en: /^Check your status in eGov Mobile or your bank’s app$/,
  ru: /^Проверьте статус в eGov Mobile или в приложении банка$/,
  kk: /^Мәртебеңізді eGov Mobile-де немесе банкіңіздің қосымшасында тексеріңіз$/,
};
const EMERGENCY: Record<Locale, RegExp> = {
  en: /^In an emergency, call 103$/,
  ru: /^В экстренном случае звоните 103$/,
  kk: /^Шұғыл жағдайда 103-ке қоңырау шалыңыз$/,
};
const PAID_CARE: Record<Locale, RegExp> = {
  en: /^You pay for your care: only diseases dangerous to others are treated free$/,
  ru: /^Медицинская помощь для вас платная: бесплатно лечат только заболевания, опасные для окружающих$/,
  kk: /^Медициналық көмек сіз үшін ақылы: тек айналадағыларға қауіпті аурулар тегін емделеді$/,
};
/** People the state pays for read nothing of paying themselves. */
const PAY_NOTHING: Partial<Record<Locale, RegExp[]>> = {
  en: [/How much to pay/, /the bank where you pay/],
  ru: [/Сколько платить/, /банка, через который вы платите/],
  kk: [/Қанша төлеу керек/, /төлем жасайтын банк/],
};
/** Foreigners who live or work here read no tourist's advice. */
const TOURIST: Partial<Record<Locale, RegExp[]>> = {
  en: [/Check your travel insurance/, /before you travel/],
  ru: [/Проверьте свою туристическую страховку/, /до поездки/],
  kk: [/Туристік сақтандыруыңызды тексеріңіз/, /сапарға дейін/],
};

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
    first: APP,
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
    first: APP,
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
      ['stay-purpose', 'visit'],
    ],
    status: 'paid-care',
    title: PAID_CARE,
    first: EMERGENCY,
    says: { en: [/call 103 at once/], ru: [/сразу звоните 103/], kk: [/бірден 103/] },
    never: {
      en: [/emergency care included/, /adds to it/],
      ru: [/включая экстренную/, /дополняет/],
      kk: [/шұғыл көмекті қоса/, /толықтырады/],
    },
  },
  {
    name: 'a full-time student: state-paid, and when that ends',
    path: [
      ['residency', 'citizen'],
      ['categories', 'student'],
    ],
    status: 'insured-state',
    title: STATE_PAYS,
    first: APP,
    says: {
      en: [/When you finish your studies/],
      ru: [/Когда вы закончите учёбу/],
      kk: [/Оқуды аяқтағанда/],
    },
    never: PAY_NOTHING,
  },
  {
    name: 'a pregnant woman who does not work: not asked about work, told to register the pregnancy, and what follows the birth',
    path: [
      ['residency', 'citizen'],
      ['categories', 'pregnant-nonworking'],
    ],
    status: 'insured-state',
    title: STATE_PAYS,
    first: {
      en: /^Register your pregnancy at your polyclinic$/,
      ru: /^Встаньте на учёт по беременности/,
      kk: /жүктілік бойынша есепке тұрыңыз$/,
    },
    says: {
      en: [/What changes after the birth/],
      ru: [/Что изменится после родов/],
      kk: [/Босанғаннан кейін не өзгереді/],
    },
    never: PAY_NOTHING,
  },
  {
    name: 'a tutor paid in cash: how to be insured while earning, with the amounts, never “register as unemployed”',
    path: [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'informal'],
      ['last-paid', 'never'],
    ],
    status: 'not-insured',
    title: { en: /^You are not insured$/, ru: /^Вы не застрахованы$/, kk: /^Сіз сақтандырылмағансыз$/ },
    first: {
      en: /^Register as self-employed in the special tax regime$/,
      ru: /^Зарегистрируйтесь в специальном налоговом режиме для самозанятых$/,
      kk: /арнаулы салық режимінде тіркеліңіз$/,
    },
    says: {
      en: [/How much to pay/, /4,250/, /4%/],
      ru: [/Сколько платить/, /4\s250/, /4\s%/],
      kk: [/Қанша төлеу керек/, /4\s250/, /4\s%/],
    },
    never: {
      en: [/Register as unemployed/],
      ru: [/Зарегистрируйтесь в качестве безработного/],
      kk: [/Жұмыссыз ретінде тіркеліңіз/],
    },
  },
  {
    name: 'a man with a disability: state-paid, nothing to pay',
    path: [
      ['residency', 'citizen'],
      ['categories', 'disability'],
    ],
    status: 'insured-state',
    title: STATE_PAYS,
    first: APP,
    never: PAY_NOTHING,
  },
  {
    name: 'a working pensioner: a line about the job’s contributions',
    path: [
      ['residency', 'citizen'],
      ['categories', 'pensioner'],
    ],
    status: 'insured-state',
    title: STATE_PAYS,
    first: APP,
    says: {
      en: [/If you work while you receive a pension/, /ask your employer’s accountant or 1406/],
      ru: [/Если вы работаете, получая пенсию/],
      kk: [/Зейнетақы ала жүріп жұмыс істесеңіз/],
    },
  },
  {
    name: 'a foreign student: an emergency first, then the residence permit’s policy, never tourist advice',
    path: [
      ['residency', 'visitor'],
      ['visitor-country', 'other'],
      ['stay-purpose', 'study'],
    ],
    status: 'paid-care',
    title: PAID_CARE,
    first: EMERGENCY,
    says: {
      en: [/Keep the health insurance of your residence permit/],
      ru: [/Сохраняйте медицинскую страховку для разрешения на проживание/],
      kk: [/Тұруға арналған рұқсатыңызға қажет медициналық сақтандыруды сақтаңыз/],
    },
    never: TOURIST,
  },
  {
    name: 'a foreign worker with a permit from a CIS country: the work contract’s insurance, never tourist advice',
    path: [
      ['residency', 'visitor'],
      ['visitor-country', 'cis'],
      ['stay-purpose', 'work'],
    ],
    status: 'emergency-only',
    title: {
      en: /^You get emergency care only$/,
      ru: /^Вам положена только экстренная помощь$/,
      kk: /^Сізге тек шұғыл көмек көрсетіледі$/,
    },
    first: EMERGENCY,
    says: {
      en: [/Use the health insurance of your work contract/],
      ru: [/Пользуйтесь медицинской страховкой по трудовому договору/],
      kk: [/Еңбек шартыңыз бойынша медициналық сақтандыруды пайдаланыңыз/],
    },
    never: TOURIST,
  },
  {
    name: 'a kandas who chose “None of these” and does not work: state-paid, as the residency says',
    path: [
      ['residency', 'kandas'],
      ['categories', 'none'],
      ['work', 'looking-for-work'],
    ],
    status: 'insured-state',
    title: STATE_PAYS,
    first: APP,
    never: {
      en: [/Register as unemployed/, /4,250/, /How much to pay/],
      ru: [/Зарегистрируйтесь в качестве безработного/, /4\s250/, /Сколько платить/],
      kk: [/Жұмыссыз ретінде тіркеліңіз/, /4\s250/, /Қанша төлеу керек/],
    },
  },
  {
    name: 'an employee whose employer stopped paying: the end of cover, said with its doubt, and the arrears',
    path: [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'employee'],
      ['last-paid', 'month-2'],
      ['paid-60-months', 'no'],
    ],
    status: 'insured-grace',
    title: {
      en: /^You are still insured until about January 31, 2027$/,
      ru: /^Вы застрахованы примерно до 31 января 2027 г\.$/,
      kk: /^Сіз шамамен 2027 ж\. 31 қаңтар күніне дейін әлі сақтандырылғансыз$/,
    },
    first: {
      en: /^Ask your employer to pay the missed months$/,
      ru: /^Попросите работодателя оплатить пропущенные месяцы$/,
      kk: /^Жұмыс берушіден өткізіп алынған айларды төлеуді сұраңыз$/,
    },
    says: {
      en: [/If the employer does not pay, complain/, /the last paid month counts/],
      ru: [/Если работодатель не платит, пожалуйтесь/],
      kk: [/Жұмыс беруші төлемесе, шағымданыңыз/],
    },
    never: {
      en: [/Register as unemployed/, /How much to pay/],
      ru: [/Зарегистрируйтесь в качестве безработного/, /Сколько платить/],
      kk: [/Жұмыссыз ретінде тіркеліңіз/, /Қанша төлеу керек/],
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
        // Only the questions on the path were asked: none that the answers already settle.
        expect(Object.keys(result.answers)).to.deep.equal(situation.path.map(([question]) => question));
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
