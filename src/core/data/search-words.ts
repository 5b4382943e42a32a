import type { Dated, IsoDate } from '../types.js';
import { inForce } from '../dates.js';
import { GOBMP_LIST_672, LAW_OSMS } from './sources.js';

/**
 * Care that residents look for in the lists but that neither package gives: the list of
 * GOBMP (resolution № 672) and the OSMS care of Law 405-V art. 7 do not name it. The
 * search says so when nothing else matches. Only braces are stated as paid by the Fund
 * itself; for the others the lists' silence is the only source, so they stay
 * `unconfirmed`. The words people search them with are display strings (content layer).
 * Add ids; never rename them.
 */
export const NOT_FREE = [
  // The Fund: braces are not in the OSMS package, "since the alignment of teeth is an
  // aesthetic task and is carried out for a fee" (children with congenital jaw conditions
  // excepted).
  { id: 'braces', since: '2020-01-01', source: 'https://fms.kz/en/kontaktnaya-informatsia/chastie-voprosi/' },
  { id: 'cosmetic', since: '2020-01-01', source: GOBMP_LIST_672, unconfirmed: true },
  { id: 'sanatorium', since: '2020-01-01', source: LAW_OSMS, unconfirmed: true },
  { id: 'glasses', since: '2020-01-01', source: GOBMP_LIST_672, unconfirmed: true },
] as const satisfies readonly (Dated & { id: string })[];

export type NotFreeId = (typeof NOT_FREE)[number]['id'];
export type NotFree = (typeof NOT_FREE)[number];

/** The care known not to be free on `date`. */
export function notFreeOn(date: IsoDate): readonly NotFree[] {
  return NOT_FREE.filter((term) => inForce(term, date));
}
