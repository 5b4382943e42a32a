import '../define.js';
import { commonSuite } from '../../../test/common-suite.js';

commonSuite('exemption-list', {
  en: 'Who does not pay: the state pays for them',
  kk: 'Жарнаны мемлекет төлейтін адамдар',
  ru: 'За кого взносы платит государство',
});
