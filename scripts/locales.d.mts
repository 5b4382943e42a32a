export function localizeConfig(): Record<string, unknown> & { sourceLocale: string; targetLocales: string[] };
export const SOURCE_LOCALE: string;
export const TARGET_LOCALES: string[];
export const LOCALES: string[];
