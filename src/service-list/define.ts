import { safeDefine } from '../internal/define.js';
import { ServiceList } from './service-list.js';

safeDefine('service-list', ServiceList);

export { ServiceList };
export { getLocale, setLocale } from '../internal/locale.js';
