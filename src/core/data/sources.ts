/**
 * The texts the data cites, in one place. Official texts first; the rest are the best
 * public statements found (news agencies quoting the Ministry or the Fund), and the data
 * that rests on them is marked `unconfirmed`. See docs/rules-research.md.
 */

/** Law of 16.11.2015 № 405-V «Об обязательном социальном медицинском страховании». */
export const LAW_OSMS = 'https://adilet.zan.kz/rus/docs/Z1500000405';
/** Code of 7.07.2020 № 360-VI «О здоровье народа и системе здравоохранения». */
export const HEALTH_CODE = 'https://adilet.zan.kz/rus/docs/K2000000360';
/** The order of receiving medical care, linked from the government's OSMS information page. */
export const CARE_ORDER = 'https://adilet.zan.kz/rus/docs/V1500011361';
/** Rules for recording consumers and granting the right to care in OSMS (ҚР ДСМ-333/2020). */
export const CONSUMER_RULES = 'https://adilet.zan.kz/eng/docs/V2000021977';
/** Rules of emergency care incl. medical aviation (ҚР ДСМ-225/2020). */
export const EMERGENCY_RULES = 'https://adilet.zan.kz/rus/docs/V2000021713';
/** Military-medical care in internal affairs bodies (MVD order № 781 of 16.11.2020). */
export const DEPARTMENTAL_CARE_MVD = 'https://adilet.zan.kz/rus/docs/V2000021664';

/** The Social Health Insurance Fund (formerly fms.kz). */
export const FUND = 'https://msqory.kz';
export const FUND_STATUS_CHECK = 'https://msqory.kz/ru/eshche/press-tsentr/novosti/kak-uznat-svoy-status-v-osms/';
export const FUND_FOREIGNERS_FAQ =
  'https://msqory.kz/ru/medrabotnikam/chastye-voprosy/voprosy-svyazannye-s-okazaniem-medpomoshchi-inostrantsam/';
export const FUND_AMBULANCE_FAQ = 'https://msqory.kz/en/naseleniyu/chastye-voprosy/skoraya-pomoshch/';
export const EGOV = 'https://egov.kz';
export const EGOV_AMBULANCE = 'https://m.egov.kz/cms/en/government-services/for_citizen/pass132-3_mz';
export const AKIMAT_ASTANA_STATUS = 'https://astana.gov.kz/en/news/news/16146';

/** Order ҚР ДСМ-18 of 25.02.2022 (in force 28.03.2022), as published by the Paragraph legal database. */
export const ORDER_DSM18_2022 = 'https://prg-online-web.prgapp.kz/document/print/?doc_id=35517925';
/** The Fund's Zhambyl branch: the 2026 list of categories (zakon.kz, 2026-01-27). */
export const FUND_LIST_2026 =
  'https://www.zakon.kz/obshestvo/6505805-kto-v-kazakhstane-osvobozhden-ot-uplaty-vznosov-osms-i-kto-oplachivaet-za-nikh.html';
/** Local budgets pay for the crisis/emergency welfare levels and the unemployed from 2026 (baq.kz). */
export const LOCAL_BUDGETS_2026 =
  'https://rus.baq.kz/sistemoy-osms-dopolnitelno-budut-ohvacheny-poryadka-1-mln-grazhdan_300030222/';
/** The Fund's Astana branch on who has preferential status (informburo.kz). */
export const FUND_ASTANA_PREFERENTIAL =
  'https://test.informburo.kz/novosti/za-dve-treti-zitelei-astany-vznosy-po-medstraxovke-platit-gosudarstvo';
/** From 2026 the Fund records consumers from state systems (order № 111 of 21.10.2025). */
export const CONSUMER_RULES_2026 =
  'https://www.zakon.kz/pravo/6495848-osms-novye-pravila-ucheta-potrebiteley-meditsinskikh-uslug-s-2026-goda.html';

/** The Fund on SMS warnings and the three months of status after payments stop (baq.kz). */
export const GRACE_3_MONTHS =
  'https://rus.baq.kz/kazahstantsev-preduprezhdayut-po-sms-o-vozmozhnoy-utrate-medstrahovki_300024199/';
/** The Ministry: six months of status from 2026 after five years of payments (kazpravda.kz). */
export const GRACE_6_MONTHS = 'https://kazpravda.kz/n/s-2026-goda-status-v-osms-sohranyaetsya-do-polugoda-pri-propuskah-vznosov/';
/** The Fund's Kostanay branch on 12 months prepaid since 5 September 2022 (aqparat.info). */
export const PREPAY_2022 = 'https://aqparat.info/news/amp/10447435-glavnoe_na_segodnya.html';
/** A state polyclinic on three months of status, 12 months of arrears and ESP (2019-12-26). */
export const POLYCLINIC_2019 = 'http://pol-zhezk.kz/ru/news?node=4050';

/** The Ministry: 11 socially significant diseases in GOBMP from 2026 (zakon.kz, 2025-11-10). */
export const SOCIAL_DISEASES_2026 =
  'https://www.zakon.kz/obshestvo/6497233-pravda-li-chto-kazakhstantsy-s-dtsp-i-diabetom-stolknutsya-s-ogranicheniyami-v-dostupe-k-medpomoshchi-i-lekarstvam.html';
/** The list of 11 and its start date (Kazinform, kk). */
export const SOCIAL_DISEASES_LIST_2026 =
  'https://kaz.inform.kz/news/kant-diabet-men-dtsp-aleumettk-aurular-tzmnen-alinip-tastaldi-e8bfd5/';
/** Free diagnosis of socially significant diseases for all under the 2025 law (summary). */
export const SCREENINGS_2026 = 'https://finprof.info/tpost/uct0co2xz1-status-v-osms-sohranitsya-do-6-mesyatsev';

/** EAEU workers attach to a polyclinic with an insurance contract since 14.08.2023 (the Fund via informburo.kz). */
export const EAEU_ATTACHMENT_2023 =
  'https://informburo.kz/novosti/trudovyx-migrantov-iz-stran-eaes-budut-prikreplyat-k-kazaxstanskim-poliklinikam-po-novomu';
/** A state polyclinic on care for foreigners: diseases dangerous to others (order № 121 of 9.10.2020). */
export const VISITOR_DANGEROUS_DISEASES = 'https://7emhana.shymzdrav.kz/?p=1900';
/** The Ministry of Labour: refugees and asylum seekers get GOBMP (mgorod.kz, 2025-04-25). */
export const REFUGEES_GOBMP = 'https://mgorod.kz/news/skolko-inostrancev-nashli-ubezhishche-v-kazahstane';

/** Contribution rates 2023 (cdb.kz), 2026 caps (lada.kz, inform.kz), platform workers (lada.kz). */
export const RATES_2023 = 'https://cdb.kz/sistema/novosti/kto_i_skolko_platit_na_osms_v_2023_godu/';
export const RATES_2026 = 'https://www.lada.kz/kazakhstan-news/147594-novye-porogi-i-pravila-otchislenii-osms-v-kazakhstane-s-2026-goda.html';
export const STATE_RATE = 'https://www.inform.kz/ru/izmenyatsya-li-platezhi-na-osms-v-2026-godu-otvet-fonda-9bdef6';
export const PLATFORM_2026 = 'https://www.lada.kz/kazakhstan-news/144664-s-2026-goda-poiavitsia-platezh-o-kotorom-dolzhny-znat-vse-kazakhstantsy.html';
