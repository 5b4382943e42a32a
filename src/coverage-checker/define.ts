import { safeDefine } from '../internal/define.js';
import { CoverageChecker } from './coverage-checker.js';

safeDefine('coverage-checker', CoverageChecker);

export { CoverageChecker };
export { getLocale, setLocale } from '../internal/locale.js';
