import type { Plugin } from 'vite';
export function localizeTransform(locale: string): Plugin;
