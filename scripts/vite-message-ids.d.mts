import type { Plugin } from 'vite';
export function shortMessageIds(options?: {
  xliffDir?: string;
  srcDir?: string;
  mode?: 'ids' | 'tables' | 'check';
  only?: string;
}): Plugin;
export function msgCalls(code: string, file: string): { id?: string; start?: number; end?: number; where: string }[];
export function tableModule(entries: (string | { strings: string[]; values: number[] })[]): string;
export function pack(text: string): [alphabet: string, packed: string];
