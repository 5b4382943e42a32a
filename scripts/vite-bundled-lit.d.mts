import type { Plugin } from 'vite';
export const POLICY: string;
export function bundledLit(): Plugin;
