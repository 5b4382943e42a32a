import '../define.js';
import { commonSuite } from '../../../test/common-suite.js';

commonSuite('service-list', {
  en: 'Free medical care and what insurance adds',
  kk: 'Тегін медициналық көмек және сақтандыру не қосады',
  ru: 'Бесплатная медицинская помощь и что добавляет страховка',
});
