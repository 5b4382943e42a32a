import { expect } from '@open-wc/testing';
import { normalizeLocale, resolveLocale } from '../locale-resolve.js';

describe('normalizeLocale', () => {
  const cases: [string | null | undefined, string | undefined][] = [
    ['kk', 'kk'],
    ['kk-KZ', 'kk'],
    ['kk-Cyrl-KZ', 'kk'],
    ['kz', 'kk'],
    ['KK_kz', 'kk'],
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['ru-KZ', 'ru'],
    [' RU ', 'ru'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de-DE', undefined],
    ['uz', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    ['kkk', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${String(expected)}`, () => {
      expect(normalizeLocale(tag)).to.equal(expected);
    });
  }
});

describe('resolveLocale', () => {
  it('takes the first candidate we speak', () => {
    expect(resolveLocale([undefined, 'de', 'kk-KZ', 'en'])).to.equal('kk');
  });
  it('skips unknown tags to the next step', () => {
    expect(resolveLocale(['fr', 'en-US'])).to.equal('en');
  });
  it('falls back to Russian when nothing matches', () => {
    expect(resolveLocale(['fr', null, 'zh-CN'])).to.equal('ru');
  });
});
