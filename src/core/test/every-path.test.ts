/**
 * What must hold for every resident: on random paths and dates (fast-check), and on every
 * path of answers at the two dates of the decision table (docs/decision-table.md).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  EARNING,
  RULES_REVIEWED,
  answersFor,
  assess,
  nextQuestion,
  nextStep,
  service,
  type Answers,
  type Assessment,
  type Change,
  type IsoDate,
  type QuestionId,
} from '../index.js';

/** The second date of the decision table: after the changes of 1 January 2027. */
const LATER = '2027-02-01';

/** Every path of answers on `date`, the groups one at a time (as the decision table walks them). */
function everyPath(date: IsoDate): Answers[] {
  const found: Answers[] = [];
  const walk = (answers: Answers) => {
    const question = nextQuestion(answers, { date });
    if (question === 'done') {
      found.push(answers);
      return;
    }
    for (const answer of answersFor(question, date, answers))
      walk({ ...answers, [question]: question === 'categories' ? [answer] : answer } as Answers);
  };
  walk({});
  walk({ 'checking-for': 'child' });
  return found;
}

/** A path walked with random choices, groups several at a time. */
const randomPath: fc.Arbitrary<{ date: IsoDate; answers: Answers }> = fc
  .tuple(
    fc.integer({ min: Date.UTC(2016, 0, 1) / 864e5, max: Date.UTC(2029, 11, 31) / 864e5 }),
    fc.array(fc.nat({ max: 1_000_000 }), { minLength: 8, maxLength: 8 }),
    fc.boolean(),
  )
  .map(([day, choices, child]) => {
    const date = new Date(day * 864e5).toISOString().slice(0, 10);
    const answers: Answers = child ? { 'checking-for': 'child' } : {};
    for (const choice of choices) {
      const question: QuestionId | 'done' = nextQuestion(answers, { date });
      if (question === 'done') break;
      const options = answersFor(question, date, answers);
      const value =
        question === 'categories'
          ? choice % 3 === 0
            ? ['none']
            : options.filter((o, i) => o !== 'none' && ((choice >> i) % 2 === 1 || i === choice % options.length))
          : options[choice % options.length];
      Object.assign(answers, { [question]: value });
    }
    return { date, answers };
  });

/** The checks of every result, each naming what failed. */
function check(answers: Answers, result: Assessment): void {
  const where = JSON.stringify(answers);
  // Every path ends in a result with a first action.
  const first = result.nextSteps.find((id) => !nextStep(id).conditional);
  expect(first, `a first action: ${where}`).to.be.a('string');
  // No result both says someone else pays and "how much to pay".
  const othersPay = result.route === 'state' || result.route === 'employer';
  expect(othersPay && result.payment === 'self', `someone else pays, yet "how much to pay": ${where}`).to.equal(false);
  if (othersPay) expect(result.amounts, `no sums to pay: ${where}`).to.deep.equal([]);
  // No exempt status mentions a state share.
  if (result.payer === 'exempt') {
    expect(result.contributions, `no share for the exempt: ${where}`).to.deep.equal([]);
    const rate = result.changes.filter((c) => c.kind === 'rate');
    expect(rate, `no rate change for the exempt: ${where}`).to.deep.equal([]);
  }
  // Nobody the state pays for reads of a change of the state's rate.
  if (result.route === 'state')
    expect(
      result.changes.filter((c) => c.kind === 'rate'),
      `no rate change for the state-paid: ${where}`,
    ).to.deep.equal([]);
  // Nobody who said they earn is told to register as unemployed (first, or at all).
  const work = result.reasons.find((r) => r.startsWith('work:'))?.slice(5);
  if (work && (EARNING as readonly string[]).includes(work))
    expect(result.nextSteps, `an earner told to register as unemployed: ${where}`).to.not.include(
      'register-unemployed',
    );
  // No service is both removed and added on one date, nor restated as a removal and an addition.
  const byDate = new Map<IsoDate, Change[]>();
  for (const c of result.changes) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c]);
  for (const [date, changes] of byDate) {
    const ids = (kind: Change['kind']) =>
      changes.filter((c) => c.kind === kind).map((c) => (c as { service: string }).service);
    const added = ids('service-added');
    const removed = ids('service-removed');
    expect(
      added.filter((id) => removed.includes(id)),
      `removed and added on ${date}: ${where}`,
    ).to.deep.equal([]);
    const restated = added.filter((id) => {
      const replaces = service(id as never).replaces;
      return replaces !== undefined && removed.includes(replaces);
    });
    expect(restated, `restated as removed plus added on ${date}: ${where}`).to.deep.equal([]);
  }
}

describe('every resident’s result', () => {
  it('holds on random paths and dates', () => {
    fc.assert(
      fc.property(randomPath, ({ date, answers }) => check(answers, assess(answers, { date }))),
      { numRuns: 400 },
    );
  });

  for (const date of [RULES_REVIEWED, LATER]) {
    it(`holds on every path of answers on ${date}`, () => {
      const paths = everyPath(date);
      expect(paths.length, 'the paths are walked').to.be.above(500);
      for (const answers of paths) check(answers, assess(answers, { date }));
    });
  }
});
