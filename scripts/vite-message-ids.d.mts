import type { Plugin } from 'vite';
export function shortMessageIds(options?: { xliff?: string }): Plugin;
