import { expect } from '@open-wc/testing';
import { fold, matches, nearestWords, search, typedWords, withinTypos } from '../search.js';
import { englishStem, kazakhStem, russianStem } from '../stem.js';

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

describe('stems', () => {
  it('Russian: the Snowball stems of nouns and adjectives (as the reference implementation gives them)', () => {
    // Each pair checked against the Snowball Russian stemmer (snowballstem.org).
    const snowball: [string, string][] = [
      ['больнице', 'больниц'],
      ['больница', 'больниц'],
      ['таблетки', 'таблетк'],
      ['беременность', 'беремен'],
      ['беременной', 'беремен'],
      ['лекарствами', 'лекарств'],
      ['стоматологическая', 'стоматологическ'],
      ['красивейший', 'красив'],
      ['пенсионеров', 'пенсионер'],
      ['кардиологу', 'кардиолог'],
    ];
    expect(snowball.map(([word]) => [word, russianStem(word)])).to.deep.equal(snowball);
  });

  it('Russian: no verb endings, so nouns that end as verbs do keep their stem', () => {
    // Snowball's verb step gives рентг, гепат, казахста for the first of each pair.
    const pairs = [
      ['рентген', 'рентгена'],
      ['гепатит', 'гепатита'],
      ['казахстан', 'казахстана'],
      ['правило', 'правила'],
    ];
    expect(pairs.map((pair) => pair.map(russianStem))).to.deep.equal([
      ['рентген', 'рентген'],
      ['гепатит', 'гепатит'],
      ['казахстан', 'казахстан'],
      ['правил', 'правил'],
    ]);
  });

  it('Kazakh: case, possessive, plural and -лық endings go; «-гер» stays', () => {
    expect(['бала', 'балалар', 'балаларга', 'баланын'].map(kazakhStem)).to.deep.equal(['бал', 'бал', 'бал', 'бал']);
    expect(['жукти', 'жуктилик', 'жуктиликти'].map(kazakhStem)).to.deep.equal(['жук', 'жук', 'жук']);
    expect(kazakhStem('мугедектиги')).to.equal(kazakhStem('мугедек'));
    expect(kazakhStem('даригер')).to.equal('даригер');
    expect(kazakhStem('дари')).not.to.equal(kazakhStem('даригер'));
    expect(kazakhStem('кан'), 'short words keep their letters').to.equal('кан');
    // -дағы -дегі -тағы -тегі: «жұмыстағы» (at work), «мектептегі» (at school)
    expect(['жумыстагы', 'мектептеги', 'каладагы'].map(kazakhStem)).to.deep.equal(['жумыс', 'мектеп', 'кал']);
  });

  it("English: a possessive 's is a word of its own, left out of the query", () => {
    expect(typedWords("child's teeth", 'en')).to.deep.equal(['child', 's', 'teeth']);
    expect(matches("doctor's", 'Doctors and nurses', 'en')).to.equal(true);
  });

  it('English: plurals only', () => {
    expect(['injections', 'allergies', 'glasses', 'teeth', 'virus'].map(englishStem)).to.deep.equal([
      'injection',
      'allergy',
      'glass',
      'teeth',
      'virus',
    ]);
  });
});

describe('typed words', () => {
  it('removes invisible characters and puts Cyrillic letters for Latin stand-ins inside Cyrillic words', () => {
    expect(typedWords('ıстемейтıн\u200b «ДӘ\u00adРІ» iстемейтiн əке ТEСТ x-ray', 'kk')).to.deep.equal([
      'істемейтін',
      'дәрі',
      'істемейтін',
      'әке',
      'тест',
      'x',
      'ray',
    ]);
  });

  it('counts one typo, a swap included, and no more', () => {
    expect(withinTypos('pensoin', 'pension', 1)).to.equal(true);
    expect(withinTypos('инсулн', 'инсулин', 1)).to.equal(true);
    expect(withinTypos('стамотолог', 'стоматолог', 1)).to.equal(false);
    expect(withinTypos('стамотолог', 'стоматолог', 2)).to.equal(true);
    expect(withinTypos('ab', 'ba', 1), 'a swap').to.equal(true);
    expect(withinTypos('abc', 'ca', 1)).to.equal(false);
    expect(withinTypos('teeth', 'teeth', 0)).to.equal(true);
    expect(withinTypos('teeth', 'tooth', 1)).to.equal(false);
    expect(withinTypos('teeth', 'tooth', 2)).to.equal(true);
    expect(withinTypos('', 'ab', 2)).to.equal(true);
    expect(withinTypos('', 'abc', 2)).to.equal(false);
  });
});

describe('search', () => {
  const texts = [
    ['Дәрігердің қабылдауы', '', 'Учаскелік дәрігер'],
    ['Дәрі-дәрмек', '', ''],
    ['Емхана', 'дәрілер', ''],
  ];
  const fields = (t: string[]) => t.map((text) => [text]);

  it('a whole word of the texts matches only its own forms, never a longer word it starts', () => {
    expect(search('дәрі', texts, fields, 'kk').map((t) => t[0])).to.deep.equal(['Дәрі-дәрмек', 'Емхана']);
  });

  it('a word still being typed matches the words it starts', () => {
    expect(search('дәріг', texts, fields, 'kk').map((t) => t[0])).to.deep.equal(['Дәрігердің қабылдауы']);
  });

  it('ranks a match in the name before one in a later field', () => {
    expect(search('дәрілер', texts, fields, 'kk').map((t) => t[0])).to.deep.equal(['Дәрі-дәрмек', 'Емхана']);
    const ranked = search(
      'емхана',
      [
        ['Дәрі', '', 'емханада'],
        ['Емхана', '', ''],
      ],
      fields,
      'kk',
    );
    expect(ranked.map((t) => t[0])).to.deep.equal(['Емхана', 'Дәрі']);
  });

  it('forgives one typo from five letters on, not in shorter words', () => {
    expect(search('инсулн', [['Инсулин']], fields, 'ru')).to.have.length(1);
    expect(search('зуп', [['Зуб']], fields, 'ru')).to.have.length(0);
  });

  it('offers the nearest words', () => {
    expect(nearestWords('стамотолог', ['стоматолог', 'кардиолог', 'зуб'], 'ru')).to.deep.equal(['стоматолог']);
  });
});
