export interface DropIn {
  name: string;
  file: string;
  entry: string;
  set: string;
  tags: string[];
  locale?: string;
  what: string;
}
export const ELEMENT_SETS: { name: string; entry: string; what: string; tags: string[] }[];
export const DROP_INS: DropIn[];
export const CLASSIC: { file: string; what: string };
