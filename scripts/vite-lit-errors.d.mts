import type { Plugin } from 'vite';
export function shortLitErrors(): Plugin;
export function shortenErrors(code: string): string;
