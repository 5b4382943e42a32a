import type { Plugin } from 'vite';
export function terserMinify(options: { format: 'es' | 'iife' }): Plugin;
export function privateMemberNames(srcDir?: string): string[];
