import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CATEGORY_RESIDENCIES,
  STATUS_ORDER,
  answersFor,
  assess,
  coverageRank,
  nextQuestion,
  questionsFor,
  category,
  rule,
  type Answers,
  type CategoryId,
  type RuleId,
  type IsoDate,
  type QuestionId,
  type Residency,
} from '../index.js';

/** Any day from 2015 to 2030, so that every dated rule is crossed. */
const dateArb: fc.Arbitrary<IsoDate> = fc
  .integer({ min: Date.UTC(2015, 0, 1) / 864e5, max: Date.UTC(2030, 11, 31) / 864e5 })
  .map((day) => new Date(day * 864e5).toISOString().slice(0, 10));

/** The random choices a person makes: one number per question, read modulo the options. */
const choicesArb = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 8, maxLength: 8 });

interface Path {
  date: IsoDate;
  answers: Answers;
  asked: QuestionId[];
  finished: boolean;
}

/** Picks one answer, or for `categories` either `none` or a non-empty subset of the categories. */
function pick(question: QuestionId, options: string[], choice: number): Answers[QuestionId] {
  if (question !== 'categories') return options[choice % options.length] as Answers[QuestionId];
  const real = options.filter((o) => o !== 'none');
  if (real.length === 0 || choice % 3 === 0) return ['none'] as Answers['categories'];
  const chosen = real.filter((_, i) => (choice >> i) % 2 === 1 || i === choice % real.length);
  return chosen as Answers['categories'];
}

/** Drives the flow as the UI would: ask, offer, answer, until done. */
function drive(date: IsoDate, choices: number[], start: Answers = {}): Path {
  const answers: Answers = { ...start };
  const asked: QuestionId[] = [];
  for (let step = 0; step < choices.length; step++) {
    const question = nextQuestion(answers, { date });
    if (question === 'done') return { date, answers, asked, finished: true };
    asked.push(question);
    const options = answersFor(question, date, answers);
    if (options.length === 0) break;
    Object.assign(answers, { [question]: pick(question, options, choices[step]!) });
  }
  return { date, answers, asked, finished: nextQuestion(answers, { date }) === 'done' };
}

const pathArb = fc.tuple(dateArb, choicesArb).map(([date, choices]) => drive(date, choices));

function pathFor(residency: Residency): fc.Arbitrary<Path> {
  return fc.tuple(dateArb, choicesArb).map(([date, choices]) => drive(date, choices, { residency }));
}

const RUNS = { numRuns: 400 };

describe('properties of the engine', () => {
  it('every path ends, in at most six questions, with exactly one status', () => {
    fc.assert(
      fc.property(pathArb, (path) => {
        expect(path.finished).to.equal(true);
        expect(path.asked.length).to.be.within(1, 6);
        const result = assess(path.answers, { date: path.date });
        expect(STATUS_ORDER).to.include(result.status);
        expect(assess(path.answers, { date: path.date })).to.deep.equal(result);
      }),
      RUNS,
    );
  });

  it('never asks a question twice', () => {
    fc.assert(
      fc.property(pathArb, (path) => {
        expect(new Set(path.asked).size).to.equal(path.asked.length);
      }),
      RUNS,
    );
  });

  it('lists, for a finished path, exactly the questions that were asked', () => {
    fc.assert(
      fc.property(pathArb, (path) => {
        expect(questionsFor(path.answers, { date: path.date })).to.deep.equal(path.asked);
      }),
      RUNS,
    );
  });

  it('never counts fewer questions than the path still asks', () => {
    fc.assert(
      fc.property(pathArb, fc.nat(), (path, cut) => {
        // Replay the path up to a point and compare the forecast with what was asked.
        const n = cut % path.asked.length;
        const partial: Answers = {};
        for (const q of path.asked.slice(0, n)) Object.assign(partial, { [q]: path.answers[q] });
        const forecast = questionsFor(partial, { date: path.date });
        expect(forecast.slice(0, n)).to.deep.equal(path.asked.slice(0, n));
        expect(forecast).to.include.members(path.asked);
      }),
      RUNS,
    );
  });

  it('keeps packages consistent with the status', () => {
    fc.assert(
      fc.property(pathArb, (path) => {
        const { status, packages, route } = assess(path.answers, { date: path.date });
        const insured = [
          'insured-state',
          'insured-contributions',
          'insured-grace',
          'insured-transition',
          'check-employer',
          'check-payer',
        ].includes(status);
        expect(packages.includes('osms')).to.equal(insured);
        if (status === 'emergency-only' || status === 'paid-care') expect(packages).to.deep.equal([]);
        if (status === 'not-insured') expect(packages).to.deep.equal(['gobmp']);
        if (status === 'insured-state') expect(route).to.equal('state');
      }),
      RUNS,
    );
  });

  it('never lowers coverage when a preferential category is added', () => {
    const arb = fc
      .tuple(
        dateArb.filter((d) => d >= '2020-01-01'),
        fc.constantFrom(...CATEGORY_RESIDENCIES),
        choicesArb,
        fc.nat(),
      )
      .map(([date, residency, choices, extra]) => ({ path: drive(date, choices, { residency }), extra }));
    fc.assert(
      fc.property(arb, ({ path, extra }) => {
        const { date, answers } = path;
        const offered = answersFor('categories', date, answers).filter((c) => c !== 'none');
        const added = offered[extra % offered.length]!;
        const had = (answers.categories ?? []).filter((c) => c !== 'none');
        const more = drive(date, [extra, extra, extra, extra, extra], {
          ...answers,
          categories: [...had, added] as Answers['categories'],
        });
        expect(more.finished).to.equal(true);
        const before = assess(answers, { date }).status;
        const after = assess(more.answers, { date }).status;
        expect(coverageRank(after), `${before} → ${after} adding ${added}`).to.be.at.least(coverageRank(before));
      }),
      RUNS,
    );
  });

  it('never gives a visitor GOBMP, nor OSMS unless the answers make them an EAEU worker or family', () => {
    fc.assert(
      fc.property(pathFor('visitor'), (path) => {
        const result = assess(path.answers, { date: path.date });
        expect(result.packages).to.not.include('gobmp');
        const eaeu =
          path.date >= '2020-01-01' &&
          path.answers['visitor-country'] === 'eaeu' &&
          ['work', 'family'].includes(path.answers['stay-purpose']!);
        if (!eaeu) {
          expect(result.packages).to.deep.equal([]);
          const cis = ['cis', 'eaeu'].includes(path.answers['visitor-country']!);
          expect(result.status).to.equal(cis ? 'emergency-only' : 'paid-care');
          expect(path.asked).to.deep.equal(['visitor-country', 'stay-purpose']);
          // An emergency first, for every visitor.
          expect(result.nextSteps[0]).to.equal('emergency-103');
        } else expect(path.asked.slice(0, 3)).to.deep.equal(['visitor-country', 'stay-purpose', 'work']);
      }),
      RUNS,
    );
  });

  it('never yields OSMS before 2020', () => {
    const early = fc
      .tuple(
        dateArb.filter((d) => d < '2020-01-01'),
        choicesArb,
      )
      .map(([d, c]) => drive(d, c));
    fc.assert(
      fc.property(
        early,
        fc.constantFrom<Answers>({}, { categories: ['pensioner'], work: 'employee', payments: 'current' }),
        (path, extra) => {
          const result = assess({ ...extra, ...path.answers }, { date: path.date });
          expect(result.packages).not.to.include('osms');
          expect(['not-insured', 'emergency-only', 'paid-care']).to.include(result.status);
        },
      ),
      RUNS,
    );
  });

  it('does not depend on the order the answers were given in', () => {
    fc.assert(
      fc.property(pathArb, fc.nat(), (path, seed) => {
        const entries = Object.entries(path.answers);
        const shuffled = entries
          .map(([k, v], i) => [k, Array.isArray(v) ? [...v].reverse() : v, (seed * (i + 7)) % 13] as const)
          .sort((a, b) => a[2] - b[2]);
        const reordered = Object.fromEntries(shuffled.map(([k, v]) => [k, v])) as Answers;
        expect(assess(reordered, { date: path.date })).to.deep.equal(assess(path.answers, { date: path.date }));
        expect(nextQuestion(reordered, { date: path.date })).to.equal('done');
      }),
      RUNS,
    );
  });

  it('ignores answers to questions that were not asked', () => {
    const junk = fc.record(
      {
        categories: fc.constantFrom<Answers['categories']>(['pensioner'], ['none'], ['kandas-nonworking']),
        work: fc.constantFrom<Answers['work']>('employee', 'platform', 'esp', 'none'),
        payments: fc.constantFrom<Answers['payments']>('current', 'never'),
        'last-paid': fc.constantFrom<Answers['last-paid']>('up-to-date', 'month-2', 'never'),
        'visitor-country': fc.constantFrom<Answers['visitor-country']>('cis', 'other'),
        'paid-60-months': fc.constantFrom<Answers['paid-60-months']>('yes', 'no'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(pathArb, junk, (path, extra) => {
        // `payments` stands in for `last-paid` (the former question), so it counts as asked with it.
        const asked = (k: string) =>
          path.asked.includes(k as QuestionId) || (k === 'payments' && path.asked.includes('last-paid'));
        const notAsked = Object.fromEntries(Object.entries(extra).filter(([k]) => !asked(k)));
        const result = assess({ ...notAsked, ...path.answers }, { date: path.date });
        expect(result).to.deep.equal(assess(path.answers, { date: path.date }));
      }),
      RUNS,
    );
  });

  it('never shows a plain insured status after contributions stopped', () => {
    fc.assert(
      fc.property(pathArb, (path) => {
        const lastPaid = path.answers['last-paid'];
        // Paying now (after a gap or not), or not knowing: judged elsewhere.
        if (!path.asked.includes('last-paid') || ['up-to-date', 'with-gaps', 'dont-know'].includes(lastPaid!)) return;
        const result = assess(path.answers, { date: path.date });
        expect(['insured-contributions', 'insured-state', 'check-employer', 'check-payer']).not.to.include(
          result.status,
        );
        if (result.status === 'insured-grace') {
          expect(result.coveredUntil, 'the last day of cover').to.be.a('string');
          expect(result.coveredUntil! >= path.date, 'cover ends on or after the rules date').to.equal(true);
          const end = result.changes.find((c) => c.kind === 'status');
          expect(end, 'the end of cover is an upcoming change').to.deep.include({
            kind: 'status',
            from: 'insured-grace',
          });
        } else expect(result.coveredUntil).to.equal(undefined);
      }),
      RUNS,
    );
  });

  it('flags every status decided by an unconfirmed fact, and only then', () => {
    fc.assert(
      fc.property(pathArb, (path) => {
        const result = assess(path.answers, { date: path.date });
        const decision = rule(result.rules[0]!);
        const unconfirmedCategory = result.categories.some((c) => category(c).unconfirmed);
        if (decision.unconfirmed) expect(result.unconfirmedBy).to.include(`rule:${decision.id}`);
        if (unconfirmedCategory) expect(result.unconfirmedBy.some((r) => r.startsWith('category:'))).to.equal(true);
        for (const ref of result.unconfirmedBy) {
          const [kind, id] = ref.split(':') as [string, string];
          if (kind === 'rule') expect(rule(id as RuleId).unconfirmed, ref).to.equal(true);
          if (kind === 'category') expect(category(id as CategoryId).unconfirmed, ref).to.equal(true);
        }
      }),
      RUNS,
    );
  });

  it('gives amounts only to people told to pay for themselves', () => {
    fc.assert(
      fc.property(pathArb, (path) => {
        const result = assess(path.answers, { date: path.date });
        const pays = result.nextSteps.some((s) => s === 'pay-self-payer' || s === 'pay-as-ie');
        if (!pays) expect(result.amounts).to.deep.equal([]);
        for (const amount of result.amounts)
          if (amount.total !== undefined) expect(amount.total % amount.months).to.equal(0);
      }),
      RUNS,
    );
  });
});
