import { safeDefine } from '../internal/define.js';
import { ExemptionList } from './exemption-list.js';

safeDefine('exemption-list', ExemptionList);

export { ExemptionList };
export { getLocale, setLocale } from '../internal/locale.js';
