import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { unpack } from '../packed-text.js';
// The build's packing step (plain JavaScript, no Node APIs), tested against the reader.
import { pack } from '../../../scripts/pack-text.mjs';

async function targets(locale: string): Promise<string[]> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'text/xml');
  // Plain-text targets: the ones with placeholders stay tagged templates in the bundle.
  return [...xml.querySelectorAll('target')].filter((t) => t.children.length === 0).map((t) => t.textContent ?? '');
}

describe('packed translations', () => {
  for (const locale of ['kk', 'ru']) {
    it(`gives back every ${locale} translation exactly, and is smaller in UTF-8`, async () => {
      const texts = await targets(locale);
      expect(texts.length).to.be.above(300);
      const { alphabet, packed } = pack(texts.join('|'));
      expect(unpack(alphabet, packed, '|')).to.deep.equal(texts);
      const bytes = (s: string) => new TextEncoder().encode(s).length;
      expect(bytes(packed)).to.be.below(bytes(texts.join('|')) * 0.7);
    });
  }

  it('round-trips any text without the escape character', () => {
    const char = fc.oneof(fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАБВӘҒҚЎЁ'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('a', 'Z', 'q'));
    const text = fc.array(char).map((chars) => chars.join('').replace(/[~|]/g, ''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const { alphabet, packed } = pack(texts.join('|'));
        expect(unpack(alphabet, packed, '|')).to.deep.equal(texts);
      }),
    );
  });

  it('refuses a text that contains the escape character', () => {
    expect(() => pack('a~b')).to.throw(/escape/);
  });
});
