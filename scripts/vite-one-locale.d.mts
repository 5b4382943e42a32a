import type { Plugin } from 'vite';
export function oneLocale(locale: 'kk' | 'ru' | 'en'): Plugin;
export function stripEnglish(code: string, file?: string): string;
