/**
 * Properties every piece of content must have, whatever its value: each fact cites a
 * listed source whose kind fits its host, a fact that rests on no official text is marked
 * unconfirmed, dates are real and in order, and dated values never overlap.
 */
import { expect } from '@open-wc/testing';
import {
  CATEGORIES,
  CONDITIONS,
  CONTRIBUTIONS,
  ENTITLEMENTS,
  GRACE_PERIODS,
  KEPT_CARE,
  LIST_GAPS,
  MINIMUM_WAGE,
  MRP,
  NEXT_STEPS,
  NOT_FREE,
  PROOFS,
  QUESTIONS,
  RULES,
  SERVICES,
  STATUS_CONDITIONS,
  budgetOn,
  categoriesOn,
  category,
  citedSources,
  isIsoDate,
  isOfficial,
  numberOn,
  sourceKind,
  sources,
  type CategoryId,
  type SourceKind,
} from '../index.js';

interface Sourced {
  source: string;
  since?: string;
  until?: string;
  unconfirmed?: true;
}
const label = (item: object) => JSON.stringify(item).slice(0, 100);

/** Every fact of the data that names a source. */
const FACTS: readonly Sourced[] = [
  ...RULES,
  ...SERVICES,
  ...KEPT_CARE,
  ...LIST_GAPS,
  ...CATEGORIES,
  ...CATEGORIES.flatMap((c) => c.budget),
  ...PROOFS,
  ...CONDITIONS,
  ...NEXT_STEPS,
  ...CONTRIBUTIONS,
  ...MINIMUM_WAGE,
  ...MRP,
  ...GRACE_PERIODS,
  ...STATUS_CONDITIONS,
  ...ENTITLEMENTS,
  ...NOT_FREE,
  ...QUESTIONS.flatMap((q) => q.answers.filter((a): a is typeof a & { source: string } => a.source !== undefined)),
];

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);
const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const OFFICIAL_HOSTS: Readonly<Record<Exclude<SourceKind, 'news' | 'other' | 'law'>, readonly string[]>> = {
  government: ['gov.kz', 'egov.kz'],
  fund: ['msqory.kz', 'fms.kz'],
};

describe('sources', () => {
  const cited = citedSources();

  it('lists every source constant with one of the five kinds, the kind sourceKind gives it', () => {
    const constants = Object.values(sources).filter((v): v is string => typeof v === 'string');
    expect(constants.length).to.be.greaterThan(30);
    for (const url of constants) {
      expect(['law', 'government', 'fund', 'news', 'other'], url).to.include(cited.get(url));
      expect(sourceKind(url), url).to.equal(cited.get(url));
    }
    expect(cited.size).to.equal(new Set(constants).size);
  });

  it('puts a state body’s and the Fund’s sources on their own hosts, over https, and no news or blog on them', () => {
    for (const [url, kind] of cited) {
      const host = hostOf(url);
      const official = [...OFFICIAL_HOSTS.government, ...OFFICIAL_HOSTS.fund, 'adilet.zan.kz'];
      if (kind === 'government' || kind === 'fund') {
        expect(
          OFFICIAL_HOSTS[kind].some((d) => under(host, d)),
          url,
        ).to.equal(true);
        expect(url.startsWith('https://'), url).to.equal(true);
      } else if (kind === 'law') expect(url.startsWith('https://'), url).to.equal(true);
      else
        expect(
          official.some((d) => under(host, d)),
          `${kind} on an official host: ${url}`,
        ).to.equal(false);
    }
  });

  it('reads an act copied by a legal database or an official newspaper as the act, and a news report as news', () => {
    // Kazakhstanskaya Pravda publishes the laws officially; its news pages are news.
    expect(sourceKind(sources.LAW_206)).to.equal('law');
    expect(isOfficial(sources.LAW_206)).to.equal(true);
    expect(sourceKind(sources.ORDER_DSM18_2022)).to.equal('law');
    expect(isOfficial(sources.LISTS_2027)).to.equal(false);
    expect(isOfficial(sources.SCREENINGS_2026)).to.equal(false);
  });

  it('judges a URL not in the list by its host and its subdomains', () => {
    expect(sourceKind('https://egov.kz/cms/ru/articles/unlisted')).to.equal('government');
    expect(sourceKind('https://astana.gov.kz/ru/news/unlisted')).to.equal('government');
    expect(sourceKind('https://fms.kz/ru/unlisted')).to.equal('fund');
    expect(sourceKind('https://WWW.Msqory.KZ/ru/unlisted')).to.equal('fund');
    expect(sourceKind('https://www.adilet.zan.kz/rus/docs/unlisted')).to.equal('law');
    // The host is the part after the scheme, whole labels only.
    expect(sourceKind('https://fakewww.gov.kz/')).to.equal('government');
    expect(sourceKind('https://notgov.kz/')).to.equal('other');
    expect(sourceKind('see https://adilet.zan.kz/rus/docs/X')).to.equal('other');
    expect(sourceKind('not a url')).to.equal('other');
    expect(sourceKind('')).to.equal('other');
  });

  it('has every fact cite a listed source, over http(s)', () => {
    for (const fact of FACTS) {
      expect(fact.source, label(fact)).to.match(/^https?:\/\/[^\s/]+\.[a-z]{2,}(\/|$)/);
      expect(sourceKind(fact.source), label(fact)).to.be.oneOf(['law', 'government', 'fund', 'news', 'other']);
    }
  });
});

describe('what is not confirmed', () => {
  // The numbers of the lists have their own rule (below): the Fund's 2026 list, reported by
  // the press, confirms items 1–8.
  it('marks as unconfirmed every fact of the data that rests only on a news report or an unofficial page', () => {
    expect(FACTS.length).to.be.greaterThan(150);
    for (const fact of FACTS) if (!isOfficial(fact.source)) expect(fact.unconfirmed, label(fact)).to.equal(true);
  });

  it('does not show as official a number the list does not confirm: 2022 beyond the 16 of 2020, 2026 beyond item 8', () => {
    for (const c of CATEGORIES)
      for (const n of c.numbers) {
        expect(isIsoDate(n.since) && (n.until === undefined || n.until >= n.since), c.id).to.equal(true);
        if (!isOfficial(n.source)) expect(n.since, `${c.id} № ${n.value}`).to.equal('2026-01-01');
        const confirmed = n.since === '2022-03-28' ? 16 : n.since === '2026-01-01' ? 8 : Infinity;
        expect(n.unconfirmed === true, `${c.id} ${n.since} № ${n.value}`).to.equal(n.value > confirmed);
      }
  });
});

describe('the groups', () => {
  it('numbers each group in each list with a positive whole number, and only in lists it is in', () => {
    for (const c of CATEGORIES)
      for (const n of c.numbers) expect(Number.isInteger(n.value) && n.value > 0, `${c.id} ${n.since}`).to.equal(true);
    // Groups added in 2022 have no number in the 2020 list, the 2026 one none in either.
    const crisis = category('crisis-welfare-level');
    expect(numberOn(crisis, '2020-06-01')).to.equal(undefined);
    expect(budgetOn(crisis, '2020-06-01')).to.equal(undefined);
    expect(numberOn(category('house-arrest'), '2020-06-01')).to.equal(undefined);
  });

  it('knows no group by an unknown id', () => {
    expect(() => category('nobody' as CategoryId)).to.throw('Unknown category: nobody');
  });
});

describe('dates of the data', () => {
  it('dates every fact with real ISO days, the end never before the start', () => {
    for (const fact of FACTS) {
      if (fact.since !== undefined) expect(isIsoDate(fact.since), label(fact)).to.equal(true);
      if (fact.until !== undefined) {
        expect(isIsoDate(fact.until), label(fact)).to.equal(true);
        expect(fact.since === undefined || fact.until >= fact.since, label(fact)).to.equal(true);
      }
    }
  });

  it('gives each dated value one period at a time: the minimum wage, the MRP, each category’s numbers and budget', () => {
    const lists = [MINIMUM_WAGE, MRP, ...CATEGORIES.flatMap((c) => [c.numbers, c.budget])];
    for (const list of lists)
      for (let i = 1; i < list.length; i++) {
        const [before, after] = [list[i - 1]!, list[i]!];
        expect(before.until !== undefined && before.until < after.since, label(after)).to.equal(true);
      }
  });

  it('lists the categories of a day in the order of that day’s official list', () => {
    for (const date of ['2020-06-01', '2023-06-01', '2026-06-01']) {
      const numbers = categoriesOn(date).map((c) => numberOn(c, date) ?? Infinity);
      expect(numbers.length, date).to.be.greaterThan(15);
      expect(
        numbers.every((n, i) => i === 0 || n > numbers[i - 1]!),
        `${date}: ${numbers.join(',')}`,
      ).to.equal(true);
    }
  });
});
