import { expect } from '@open-wc/testing';
import { plural } from '../filter-box.js';
import { setLocale } from '../locale.js';

const FORMS = { one: 'one', few: 'few', many: 'many', other: 'other' };

describe('plural', () => {
  afterEach(() => setLocale(null));

  it('picks the Russian forms one, few and many', async () => {
    await setLocale('ru');
    expect([1, 2, 5, 14, 16, 21, 22, 25].map((n) => plural(n, FORMS))).to.deep.equal([
      'one',
      'few',
      'many',
      'many',
      'many',
      'one',
      'few',
      'many',
    ]);
  });

  it('picks one and other in English', async () => {
    await setLocale('en');
    expect([1, 2, 21].map((n) => plural(n, FORMS))).to.deep.equal(['one', 'other', 'other']);
  });

  it('falls back to other when a form is not given', async () => {
    await setLocale('ru');
    expect(plural(3, { other: 'other' })).to.equal('other');
  });
});
