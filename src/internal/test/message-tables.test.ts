import { expect } from '@open-wc/testing';
import { fill, messageTables, unpack } from '../message-tables.js';

describe('message tables (the drop-in files’ form of msg())', () => {
  it('unpacks letters written as ASCII, and keeps an escaped Latin letter as it is', () => {
    // a → ә, b → і; `~a` is a real "a".
    expect(unpack('әі', 'Сa~abc, b')).to.equal('Сәaіc, і');
  });

  it('puts each value in its place, in the order the translation has them', () => {
    expect(fill('{1 из {0', [5, 2])).to.equal('2 из 5');
    expect(fill('Сұрақ {0', ['3'])).to.equal('Сұрақ 3');
  });

  it('looks a message up in the language in use, and reads a language only when it is first used', () => {
    const read: string[] = [];
    const shipped = {
      get en() {
        read.push('en');
        return 'One|Question {0 of {1';
      },
      get kk() {
        read.push('kk');
        return ['ір', 'ba|a {0 / {1'] as const;
      },
    };
    let locale = 'en';
    const { m, bundled } = messageTables(() => locale, shipped);
    expect(read, 'nothing read before the first message').to.deep.equal([]);
    expect(m(0)).to.equal('One');
    expect(m(1, [2, 6])).to.equal('Question 2 of 6');
    expect(read).to.deep.equal(['en']);
    expect(bundled.kk.templates).to.deep.equal(['рі', 'і {0 / {1']);
    locale = 'kk';
    expect(m(1, [2, 6])).to.equal('і 2 / 6');
    expect(read, 'each language read once').to.deep.equal(['en', 'kk']);
  });
});
