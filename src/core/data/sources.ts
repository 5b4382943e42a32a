/**
 * The texts the data cites, in one place, each with its kind:
 * - `law`: the text of a legal act (a law, a code, a Government resolution, a minister's
 *   order) on adilet.zan.kz, in its official publication, or copied with its register code;
 * - `government`: a state body's own site (gov.kz, egov.kz, an akimat);
 * - `fund`: the Social Health Insurance Fund's own site (msqory.kz, formerly fms.kz);
 * - `news`: a news site reporting what the Ministry or the Fund said;
 * - `other`: a blog, a polyclinic's page, a business portal.
 * The first three are official. Data that rests only on `news` or `other` is marked
 * `unconfirmed`. See docs/rules-research.md.
 */
export type SourceKind = 'law' | 'government' | 'fund' | 'news' | 'other';

const KINDS = new Map<string, SourceKind>();

/**
 * Records the kind of a source URL and returns the URL. Each call is marked pure: a URL
 * can reach sourceKind() only through its constant, so a bundle that never uses the
 * constant (a file with one list element) may leave it and its record out.
 */
function cite<K extends SourceKind>(kind: K, url: string): string {
  KINDS.set(url, kind);
  return url;
}

/**
 * The kind of a source URL. URLs listed here have their recorded kind; any other URL is
 * judged by its host: adilet.zan.kz is `law`, gov.kz and egov.kz `government`, msqory.kz
 * and fms.kz `fund`, anything else `other`.
 */
export function sourceKind(url: string): SourceKind {
  const known = KINDS.get(url);
  if (known) return known;
  const match = /^[a-z]+:\/\/([^/?#]+)/i.exec(url);
  if (!match) return 'other';
  const host = match[1]!.toLowerCase().replace(/^www\./, '');
  const under = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  if (under('adilet.zan.kz')) return 'law';
  if (under('gov.kz') || under('egov.kz')) return 'government';
  if (under('msqory.kz') || under('fms.kz')) return 'fund';
  return 'other';
}

/**
 * Every source the data cites, with the kind it is cited as: to list the sources, and to
 * check that each kind fits its host.
 */
export function citedSources(): ReadonlyMap<string, SourceKind> {
  return KINDS;
}

/** Whether a source is an official text: an act, a state body's site or the Fund's site. */
export function isOfficial(url: string): boolean {
  return sourceKind(url) !== 'news' && sourceKind(url) !== 'other';
}

/** Law of 16.11.2015 № 405-V «Об обязательном социальном медицинском страховании». */
export const LAW_OSMS = /* @__PURE__ */ cite('law', 'https://adilet.zan.kz/rus/docs/Z1500000405');
/** Code of 7.07.2020 № 360-VI «О здоровье народа и системе здравоохранения». */
export const HEALTH_CODE = /* @__PURE__ */ cite('law', 'https://adilet.zan.kz/rus/docs/K2000000360');
/**
 * The order of receiving medical care linked from the Fund's page on OSMS (2015). Kept for
 * history: attachment to primary care follows order ҚР ДСМ-194/2020 (`ATTACHMENT_RULES`)
 * since November 2020.
 */
export const CARE_ORDER = /* @__PURE__ */ cite('law', 'https://adilet.zan.kz/rus/docs/V1500011361');
/** Rules for recording consumers and granting the right to care in OSMS (ҚР ДСМ-333/2020). */
export const CONSUMER_RULES = /* @__PURE__ */ cite('law', 'https://adilet.zan.kz/eng/docs/V2000021977');
/** Rules of emergency care incl. medical aviation (ҚР ДСМ-225/2020). */
export const EMERGENCY_RULES = /* @__PURE__ */ cite('law', 'https://adilet.zan.kz/rus/docs/V2000021713');
/** Military-medical care in internal affairs bodies (MVD order № 781 of 16.11.2020). */
export const DEPARTMENTAL_CARE_MVD = /* @__PURE__ */ cite('law', 'https://adilet.zan.kz/rus/docs/V2000021664');

/** The Social Health Insurance Fund (formerly fms.kz). */
export const FUND = /* @__PURE__ */ cite('fund', 'https://msqory.kz');
export const FUND_STATUS_CHECK = /* @__PURE__ */ cite(
  'fund',
  'https://msqory.kz/ru/eshche/press-tsentr/novosti/kak-uznat-svoy-status-v-osms/',
);
export const FUND_FOREIGNERS_FAQ = /* @__PURE__ */ cite(
  'fund',
  'https://msqory.kz/ru/medrabotnikam/chastye-voprosy/voprosy-svyazannye-s-okazaniem-medpomoshchi-inostrantsam/',
);
export const FUND_AMBULANCE_FAQ = /* @__PURE__ */ cite(
  'fund',
  'https://msqory.kz/en/naseleniyu/chastye-voprosy/skoraya-pomoshch/',
);
export const EGOV = /* @__PURE__ */ cite('government', 'https://egov.kz');
export const EGOV_AMBULANCE = /* @__PURE__ */ cite(
  'government',
  'https://m.egov.kz/cms/en/government-services/for_citizen/pass132-3_mz',
);
/** gov.kz service «Childbirth registration». */
export const BIRTH_REGISTRATION = /* @__PURE__ */ cite('government', 'https://www.gov.kz/services/3195');
/** egov.kz article on children's IINs: in the birth certificate for children born after 13.08.2007. */
export const CHILD_IIN = /* @__PURE__ */ cite('government', 'https://egov.kz/cms/ru/articles/2Fiin_of_child');
/** Rules of attachment to primary care, order ҚР ДСМ-194/2020 of 13.11.2020. */
export const ATTACHMENT_RULES = /* @__PURE__ */ cite('law', 'https://adilet.zan.kz/rus/docs/V2000021642');
export const AKIMAT_ASTANA_STATUS = /* @__PURE__ */ cite('government', 'https://astana.gov.kz/en/news/news/16146');

/** Order ҚР ДСМ-18 of 25.02.2022 (in force 28.03.2022), as published by the Paragraph legal database. */
export const ORDER_DSM18_2022 = /* @__PURE__ */ cite(
  'law',
  'https://prg-online-web.prgapp.kz/document/print/?doc_id=35517925',
);
/** The Fund's Zhambyl branch: the 2026 list of categories (zakon.kz, 2026-01-27). */
export const FUND_LIST_2026 = /* @__PURE__ */ cite(
  'news',
  'https://www.zakon.kz/obshestvo/6505805-kto-v-kazakhstane-osvobozhden-ot-uplaty-vznosov-osms-i-kto-oplachivaet-za-nikh.html',
);
/**
 * The Ministry of Health (gov.kz, kk): from 2026 local budgets pay for about 1 million people at
 * the crisis and emergency welfare levels (categories D and E) when they seek care, and for the
 * registered unemployed.
 */
export const LOCAL_BUDGETS_2026 = /* @__PURE__ */ cite(
  'government',
  'https://www.gov.kz/memleket/entities/dsm/press/news/details/1134509',
);
/** The same release in Russian as printed by baq.kz; the attachment condition rests on it. */
export const LOCAL_BUDGETS_2026_NEWS = /* @__PURE__ */ cite(
  'news',
  'https://rus.baq.kz/sistemoy-osms-dopolnitelno-budut-ohvacheny-poryadka-1-mln-grazhdan_300030222/',
);
/** The Fund's Astana branch on who has preferential status (informburo.kz). */
export const FUND_ASTANA_PREFERENTIAL = /* @__PURE__ */ cite(
  'news',
  'https://informburo.kz/novosti/za-dve-treti-zitelei-astany-vznosy-po-medstraxovke-platit-gosudarstvo',
);
/** From 2026 the Fund records consumers from state systems (order № 111 of 21.10.2025). */
export const CONSUMER_RULES_2026 = /* @__PURE__ */ cite(
  'news',
  'https://www.zakon.kz/pravo/6495848-osms-novye-pravila-ucheta-potrebiteley-meditsinskikh-uslug-s-2026-goda.html',
);

/** The Fund on SMS warnings and the three months of status after payments stop (baq.kz). */
export const GRACE_3_MONTHS = /* @__PURE__ */ cite(
  'news',
  'https://rus.baq.kz/kazahstantsev-preduprezhdayut-po-sms-o-vozmozhnoy-utrate-medstrahovki_300024199/',
);
/** The Ministry: six months of status from 2026 after five years of payments (kazpravda.kz). */
export const GRACE_6_MONTHS = /* @__PURE__ */ cite(
  'news',
  'https://kazpravda.kz/n/s-2026-goda-status-v-osms-sohranyaetsya-do-polugoda-pri-propuskah-vznosov/',
);
/** The Fund's Kostanay branch on 12 months prepaid since 5 September 2022 (aqparat.info). */
export const PREPAY_2022 = /* @__PURE__ */ cite(
  'news',
  'https://aqparat.info/news/amp/10447435-glavnoe_na_segodnya.html',
);
/** A state polyclinic on three months of status, 12 months of arrears and ESP (2019-12-26). */
export const POLYCLINIC_2019 = /* @__PURE__ */ cite('other', 'http://pol-zhezk.kz/ru/news?node=4050');

/** The Ministry: 11 socially significant diseases in GOBMP from 2026 (zakon.kz, 2025-11-10). */
export const SOCIAL_DISEASES_2026 = /* @__PURE__ */ cite(
  'news',
  'https://www.zakon.kz/obshestvo/6497233-pravda-li-chto-kazakhstantsy-s-dtsp-i-diabetom-stolknutsya-s-ogranicheniyami-v-dostupe-k-medpomoshchi-i-lekarstvam.html',
);
/** The list of 11 and its start date (Kazinform, kk). */
export const SOCIAL_DISEASES_LIST_2026 = /* @__PURE__ */ cite(
  'news',
  'https://kaz.inform.kz/news/kant-diabet-men-dtsp-aleumettk-aurular-tzmnen-alinip-tastaldi-e8bfd5/',
);
/** The Minister of Health (Kazpravda, 2025-10-07): cancer screenings moved into GOBMP in 2025. */
export const SCREENINGS_CANCER_2025 = /* @__PURE__ */ cite(
  'news',
  'https://kazpravda.kz/n/gosudarstvo-vnosit-strahovye-vznosy-za-15-lgotnyh-kategoriy/',
);
/** Kazinform (kk, 2026-01-02): from 2026 early-detection screenings for everyone, insured or not. */
export const SCREENINGS_2026_FOR_ALL = /* @__PURE__ */ cite(
  'news',
  'https://ar.inform.kz/news/m-ca-m-s-jysynd-jaa-kz-tyn-tksrlr-mn-almttyk-adylttylyk-eefd74/',
);
/** Free diagnosis of socially significant diseases for all under the 2025 law (summary). */
export const SCREENINGS_2026 = /* @__PURE__ */ cite(
  'other',
  'https://finprof.info/tpost/uct0co2xz1-status-v-osms-sohranitsya-do-6-mesyatsev',
);

/** EAEU workers attach to a polyclinic with an insurance contract since 14.08.2023 (the Fund via informburo.kz). */
export const EAEU_ATTACHMENT_2023 = /* @__PURE__ */ cite(
  'news',
  'https://informburo.kz/novosti/trudovyx-migrantov-iz-stran-eaes-budut-prikreplyat-k-kazaxstanskim-poliklinikam-po-novomu',
);
/** A state polyclinic on care for foreigners: diseases dangerous to others (order № 121 of 9.10.2020). */
export const VISITOR_DANGEROUS_DISEASES = /* @__PURE__ */ cite('other', 'https://7emhana.shymzdrav.kz/?p=1900');
/** The Ministry of Labour: refugees and asylum seekers get GOBMP (mgorod.kz, 2025-04-25). */
export const REFUGEES_GOBMP = /* @__PURE__ */ cite(
  'news',
  'https://mgorod.kz/news/skolko-inostrancev-nashli-ubezhishche-v-kazahstane',
);

/** Contribution rates 2023 (cdb.kz), 2026 caps (lada.kz, inform.kz), platform workers (lada.kz). */
export const RATES_2023 = /* @__PURE__ */ cite(
  'news',
  'https://cdb.kz/sistema/novosti/kto_i_skolko_platit_na_osms_v_2023_godu/',
);
export const RATES_2026 = /* @__PURE__ */ cite(
  'news',
  'https://www.lada.kz/kazakhstan-news/147594-novye-porogi-i-pravila-otchislenii-osms-v-kazakhstane-s-2026-goda.html',
);
export const STATE_RATE = /* @__PURE__ */ cite(
  'news',
  'https://www.inform.kz/ru/izmenyatsya-li-platezhi-na-osms-v-2026-godu-otvet-fonda-9bdef6',
);
export const PLATFORM_2026 = /* @__PURE__ */ cite(
  'news',
  'https://www.lada.kz/kazakhstan-news/144664-s-2026-goda-poiavitsia-platezh-o-kotorom-dolzhny-znat-vse-kazakhstantsy.html',
);

/** Government resolution of 16.10.2020 № 672: the list of GOBMP (text as in force on 1.01.2026, register code P2000000672). */
export const GOBMP_LIST_672 = /* @__PURE__ */ cite('law', 'https://zakon.uchet.kz/rus/history/P2000000672/01.01.2026');
/**
 * The Government resolution of 15.12.2025 amending the GOBMP and OSMS lists from 1.01.2027.
 * Its official text was not found; this is the zakon.kz report of it (2025-12-19).
 */
export const LISTS_2027 = /* @__PURE__ */ cite(
  'news',
  'https://www.zakon.kz/pravo/6501671-medpomoshch-v-ramkakh-gobmp-i-osms-chto-izmenitsya.html',
);
/**
 * The Programme of guarantees in GOBMP and OSMS for 2026–2028 (resolution of 9.10.2025), as
 * reported by zakon.kz. The report gives no number; its text was not found on adilet.
 */
export const GUARANTEES_PROGRAMME_2026 = /* @__PURE__ */ cite(
  'news',
  'https://www.zakon.kz/pravo/6494429-prinyata-programma-garantiy-okazaniya-meditsinskoy-pomoshchi-v-ramkakh-gobmp-i-sisteme-osms.html',
);
/** The orders of 21.10.2025 on attachment to polyclinics and on screenings, from 2026 and 2027 (zakon.kz). */
export const ATTACHMENT_2027 = /* @__PURE__ */ cite(
  'news',
  'https://www.zakon.kz/pravo/6495477-chto-izmenitsya-v-pravilakh-prikrepleniya-kazakhstantsev-k-poliklinikam.html',
);
/** The Ministry on diabetes, cerebral palsy, rheumatism and connective-tissue diseases moving to OSMS in 2026 (Kazinform). */
export const CHRONIC_TO_OSMS_2026 = /* @__PURE__ */ cite(
  'news',
  'https://www.inform.kz/ru/kak-izmenitsya-sistema-osms-s-2026-goda-rasskazali-v-minzdrave-kazahstana-b84cdd',
);
/** Law of 14.07.2025 № 206-VIII on OSMS and medical services, as published by Kazakhstanskaya Pravda. */
export const LAW_206 = /* @__PURE__ */ cite(
  'law',
  'https://kazpravda.kz/n/zakon-respubliki-kazahstan-o-vnesenii-izmeneniy-i-dopolneniy-v-nekotorye-zakonodatelnye-akty-respubliki-kazahstan-po-voprosam-obyazatelnogo-sotsialnogo-meditsinskogo-strahovaniya-i-okazaniya-meditsinskih-uslug',
);
/** Law of 8.08.2002 № 345-II «О правах ребенка в Республике Казахстан», art. 1: a child is a person under 18. */
export const CHILD_RIGHTS_LAW = /* @__PURE__ */ cite('law', 'https://adilet.zan.kz/rus/docs/Z020000345_/compare/eng');
/**
 * Order ҚР ДСМ-121/2020 of 9.10.2020: the diseases dangerous to others for which foreigners
 * staying temporarily and asylum seekers get GOBMP (Code art. 83 item 2), as printed by pharminfo.kz.
 */
export const DANGEROUS_DISEASES_ORDER = /* @__PURE__ */ cite(
  'law',
  'https://pharminfo.kz/categories/dokumenty/prikaz-ministra-zdravookhraneniya-rk-ot-9-oktyabrya-2020-goda-r-dsm-121-2020',
);
/** The Fund's FAQ for medical workers: an EAEU migrant with an imputed-insurance contract gets no GOBMP. */
export const FUND_EAEU_FAQ = /* @__PURE__ */ cite(
  'fund',
  'https://msqory.kz/ru/medrabotnikam/chastye-voprosy/primer/?PAGEN_1=2',
);
/** The Fund (via baq.kz): status can be checked on msqory.kz, in the SaqtandyryBot, Qoldau 24/7, Damumed and banks' apps. */
export const STATUS_CHANNELS = /* @__PURE__ */ cite(
  'news',
  'https://rus.baq.kz/osms-v-kazahstane-ohvatit-okolo-1-mln-dopolnitelnyh-lyudey-v-2026-godu_300029581/',
);
/** The Fund's explanation of the 2026 changes to the lists of socially significant and chronic diseases (zakon.kz, 2025-12-23). */
export const FUND_2026_CHANGES = /* @__PURE__ */ cite(
  'news',
  'https://www.zakon.kz/obshestvo/6502128-osms2026-chto-izmenitsya-dlya-kazakhstantsev.html',
);
/** The Fund's page on OSMS (kk): EAEU migrant workers and their families attach with a voluntary or imputed insurance contract. */
export const FUND_EAEU_ATTACHMENT = /* @__PURE__ */ cite('fund', 'https://fms.kz/kz/o-medstrakhovanii/');
/**
 * The rules of recording consumers from 2026 (kaz.zakon.kz, 2025-10-28): people exempt from
 * contributions under Law 405-V art. 28 item 7, and military personnel and officers of
 * special state and law-enforcement bodies, recorded from their agencies' data.
 */
export const CONSUMER_RULES_2026_KK = /* @__PURE__ */ cite(
  'news',
  'https://kaz.zakon.kz/quqiq/6070449-mms-2026-zhyldan-bastap-meditsinaly-yzmetterd-ttynushylardy-esepke-aludy-zhaa-erezheler.html',
);
/** Law of 8.12.2025 on the republican budget for 2026–2028: minimum wage and MRP for 2026 (zakon.kz). */
export const BUDGET_2026 = /* @__PURE__ */ cite(
  'news',
  'https://www.zakon.kz/pravo/6500457-kakimi-budut-mrp-minimalnaya-zarplata-i-pensiya-v-2026-godu.html',
);

/**
 * The special tax regime for the self-employed from 1.01.2026 (people who are not IE, through
 * a mobile app): the akimat of Petropavl on gov.kz (an excerpt was read).
 */
export const SELF_EMPLOYED_REGIME = cite(
  'government',
  'https://www.gov.kz/memleket/entities/sko-petropavl/press/article/details/219140',
);
/** The regime's 4% of income and what it includes (pension, social and OSMS payments), prodengi.kz. */
export const SELF_EMPLOYED_REGIME_TAX = cite(
  'news',
  'https://prodengi.kz/post/nalogi-i-platezi-samozanyatyx-v-2026-godu-v-kazaxstane',
);
/**
 * Labour Code art. 26 item 1 sub. 6 as amended on 19.04.2023 (in force 1.05.2023): no
 * employment contract with a foreigner staying temporarily who has no imputed health
 * insurance contract for primary and specialised care (baigenews.kz, 2023-05-02).
 */
export const FOREIGN_WORKER_INSURANCE = cite(
  'news',
  'https://baigenews.kz/v-kazahstane-zapretili-trudoustraivat-inostrantsev-ne-imeyuschih-medstrahovku_151992',
);
/** The rules of issuing temporary residence permits ask for a health insurance policy (not of EAEU citizens): a legal Q&A site. */
export const RESIDENCE_PERMIT_INSURANCE = cite(
  'other',
  'https://dogovor24.kz/questions/s-etogo-goda-poyavilis-takie-trebovaniya-dlya-rvp-kak-medstrahovka-dlya-grazhdan-eaes-takie-trebovaniya-zakonom-predusmotreny-23123.html',
);
/** The Fund's FAQ for foreigners (en): the EAEU member states, CIS emergency care, migrant workers. */
export const FUND_FOREIGNERS_FAQ_EN = cite('fund', 'https://msqory.kz/en/naseleniyu/chastye-voprosy/inostrantsam/');
