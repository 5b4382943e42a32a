import { expect } from '@open-wc/testing';
import { assess, type Answers } from '../../core/index.js';
import { summaryLine } from '../result-view.js';
import { setLocale } from '../../internal/locale.js';

const UNINSURED: Answers = { residency: 'citizen', categories: ['none'], work: 'none', 'last-paid': 'never' };

describe('the "not insured" summary before OSMS began', () => {
  after(async () => {
    await setLocale(null);
  });

  it('speaks of no missing insurance care before 2020, and of OSMS care from 2020', async () => {
    await setLocale('en');
    const before = assess(UNINSURED, { date: '2019-05-01' });
    expect(before.status).to.equal('not-insured');
    expect(summaryLine(before)).to.match(/^Before 2020 there was no compulsory social health insurance/);
    expect(summaryLine(before)).not.to.match(/until contributions are paid/);
    const child = assess({ 'checking-for': 'child', residency: 'citizen' }, { date: '2019-06-01' });
    expect(child.status).to.equal('not-insured');
    expect(summaryLine(child)).to.match(/^Before 2020 .* The child got/);
    const after2020 = assess(UNINSURED, { date: '2021-05-01' });
    expect(after2020.status).to.equal('not-insured');
    expect(summaryLine(after2020)).to.match(/until contributions are paid/);
  });
});
