import '../define.js';
import { commonSuite } from '../../../test/support/common-suite.js';

commonSuite('coverage-checker', {
  en: 'Check your health cover',
  kk: 'Медициналық көмекке құқығыңызды тексеріңіз',
  ru: 'Проверьте своё право на медицинскую помощь',
});
