import { expect } from '@open-wc/testing';
import { fold, matches } from '../search.js';

describe('search', () => {
  it('folds case and diacritics', () => {
    expect(fold('Café  CRÈME', 'en')).to.equal('cafe creme');
    expect(fold('Ёлка', 'ru')).to.equal('елка');
  });

  it('folds every Kazakh letter to the look-alike a user may type', () => {
    expect(fold('ӘҒҚҢӨҰҮҺІ әғқңөұүһі', 'kk')).to.equal('агкноуухи агкноуухи');
  });

  it('finds Kazakh words typed with Russian look-alikes, and the other way round', () => {
    expect(matches('кан', 'Қан тапсыру', 'kk')).to.equal(true);
    expect(matches('оте', 'Өте қажет', 'kk')).to.equal(true);
    expect(matches('Өте', 'оте', 'kk')).to.equal(true);
    expect(matches('бала', 'Балаларға', 'kk')).to.equal(true);
  });

  it('needs every word of the query, in any order', () => {
    expect(matches('помощь скорая', 'Скорая медицинская помощь', 'ru')).to.equal(true);
    expect(matches('скорая стоматология', 'Скорая медицинская помощь', 'ru')).to.equal(false);
  });

  it('matches everything with an empty or blank query', () => {
    expect(matches('', 'anything', 'en')).to.equal(true);
    expect(matches('   ', 'anything', 'en')).to.equal(true);
  });

  it('does not match unrelated text', () => {
    expect(matches('xray', 'Dental care', 'en')).to.equal(false);
    expect(matches('кант', 'Қан', 'kk')).to.equal(false);
  });
});
