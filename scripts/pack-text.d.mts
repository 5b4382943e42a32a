export function pack(text: string): { alphabet: string; packed: string };
