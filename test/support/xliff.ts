/**
 * The translations as xliff/<locale>.xlf has them, read by the browser tests from the test
 * server: the expected text of a message, independent of how the build or msg() gets it.
 */

/** A message's text: its words, and its placeholders by their `<x id>`. */
type Piece = string | { x: string };

export interface XliffUnit {
  id: string;
  source: Piece[];
  target: Piece[];
}

const cache = new Map<string, Promise<Map<string, XliffUnit>>>();

function pieces(element: Element | null): Piece[] {
  return [...(element?.childNodes ?? [])].map((node) =>
    node.nodeType === Node.ELEMENT_NODE ? { x: (node as Element).getAttribute('id') ?? '' } : (node.textContent ?? ''),
  );
}

/** Every trans-unit of `xliff/<locale>.xlf`, by id. */
export function xliffUnits(locale: 'kk' | 'ru'): Promise<Map<string, XliffUnit>> {
  let units = cache.get(locale);
  if (!units) {
    units = fetch(`/xliff/${locale}.xlf`)
      .then((response) => response.text())
      .then((text) => {
        const xml = new DOMParser().parseFromString(text, 'text/xml');
        return new Map(
          [...xml.querySelectorAll('trans-unit')].map((unit) => [
            unit.getAttribute('id')!,
            {
              id: unit.getAttribute('id')!,
              source: pieces(unit.querySelector('source')),
              target: pieces(unit.querySelector('target')),
            },
          ]),
        );
      });
    cache.set(locale, units);
  }
  return units;
}

/** The target of message `id` in `locale`, placeholders written as `{0}`, `{1}`… */
export async function xliffTarget(locale: 'kk' | 'ru', id: string): Promise<string> {
  const unit = (await xliffUnits(locale)).get(id);
  if (!unit) throw new Error(`no trans-unit ${id} in xliff/${locale}.xlf`);
  return unit.target.map((p) => (typeof p === 'string' ? p : `{${p.x}}`)).join('');
}

/** The text of message `id` in `locale`: its target, or for English its source (placeholders as in `xliffTarget`). */
export async function xliffText(locale: 'kk' | 'ru' | 'en', id: string): Promise<string> {
  if (locale !== 'en') return xliffTarget(locale, id);
  const unit = (await xliffUnits('kk')).get(id);
  if (!unit) throw new Error(`no trans-unit ${id} in xliff/kk.xlf`);
  return unit.source.map((p) => (typeof p === 'string' ? p : `{${p.x}}`)).join('');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole text made of `pieces`, any value in each placeholder. */
const pattern = (parts: Piece[]) =>
  new RegExp(`^${parts.map((p) => (typeof p === 'string' ? escape(p) : '[\\s\\S]+?')).join('')}$`);

/**
 * The texts `locale` may show for a message whose English is `english`: the target of
 * each unit whose source is that text (a placeholder's value may be anything, as values
 * are written in each language's own way). Empty when no unit has that English source.
 */
export function translationsOf(units: Map<string, XliffUnit>, english: string): { id: string; target: RegExp }[] {
  return [...units.values()]
    .filter((unit) => pattern(unit.source).test(english))
    .map((unit) => ({ id: unit.id, target: pattern(unit.target) }));
}
