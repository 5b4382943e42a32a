/**
 * How the engine reads the answers it is given: an answer the checker would not offer on
 * the day counts as no answer, and an answer to a question whose turn has not come yet
 * changes nothing about the questions still to come.
 */
import { expect } from '@open-wc/testing';
import { IncompleteAnswersError, assess, nextQuestion, questionsFor, type Answers } from '../index.js';
import { citizen } from './citizen.js';

describe('an answer not offered on the rules date', () => {
  // Platform work is an answer from 1 January 2026.
  const PLATFORM = citizen('platform');

  it('leaves its question unanswered: platform work is asked again in 2025', () => {
    expect(nextQuestion(PLATFORM, { date: '2025-06-01' })).to.equal('work');
    expect(nextQuestion(PLATFORM, { date: '2026-06-01' })).to.equal('last-paid');
  });

  it('is not replaced by the answer older paths were read with: "with gaps" before July 2021', () => {
    // An employee who leaves "when were contributions last paid" unanswered is read as "I do
    // not know"; one who gives an answer not yet offered is asked the question.
    const employee = citizen('employee');
    expect(assess(employee, { date: '2021-01-01' }).status).to.equal('check-employer');
    const withGaps: Answers = { ...employee, 'last-paid': 'with-gaps' };
    expect(() => assess(withGaps, { date: '2021-01-01' }))
      .to.throw(IncompleteAnswersError)
      .with.property('missing', 'last-paid');
    expect(assess(withGaps, { date: '2021-07-01' }).status).to.equal('insured-contributions');
  });
});

describe('the questions still to come', () => {
  it('do not change with an answer to a later question while residency is unanswered', () => {
    // Whether the groups are asked at all depends on residency: a pensioner's answer given
    // early says nothing yet about work or payments.
    const date = '2026-06-01';
    const early = questionsFor({ categories: ['pensioner'] }, { date });
    expect(early).to.deep.equal(questionsFor({}, { date }));
    expect(early).to.include.members(['work', 'last-paid']);
    // Once residency is known the answer counts: a pensioner is asked nothing more.
    expect(questionsFor({ residency: 'citizen', categories: ['pensioner'] }, { date })).to.deep.equal([
      'residency',
      'categories',
    ]);
  });
});

describe('a visitor from an EAEU country who came to work', () => {
  const WORKER: Answers = { residency: 'visitor', 'visitor-country': 'eaeu', 'stay-purpose': 'work' };

  it('is an EAEU worker in OSMS from 2020, with the rules of EAEU workers', () => {
    const result = assess({ ...WORKER, work: 'employee', 'last-paid': 'up-to-date' }, { date: '2025-06-01' });
    expect(result.status).to.equal('insured-contributions');
    expect(result.rules).to.include('eaeu-workers-osms');
  });

  it('is a visitor before OSMS began: emergency care under the CIS agreement, no EAEU workers rule', () => {
    const result = assess(WORKER, { date: '2019-06-01' });
    expect(result.status).to.equal('emergency-only');
    expect(result.rules).to.include('cis-emergency-care');
    expect(result.rules).not.to.include('eaeu-workers-osms');
    expect(result.unconfirmedBy).to.deep.equal(['rule:cis-emergency-care']);
  });
});
