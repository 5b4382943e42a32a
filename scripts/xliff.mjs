// Reading and writing our XLIFF 1.2 files (the format `lit-localize extract` writes).
import { readFileSync, writeFileSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { TARGET_LOCALES } from './locales.mjs';

export { TARGET_LOCALES };

export function readXliff(path) {
  const doc = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  const units = Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => {
    const target = unit.getElementsByTagName('target')[0];
    return {
      id: unit.getAttribute('id'),
      source: unit.getElementsByTagName('source')[0]?.textContent ?? '',
      target: target ? target.textContent : undefined,
      element: unit,
    };
  });
  return { doc, units };
}

/** Sets plain-text targets ({ id: text }) in an XLIFF file; returns ids not found. */
export function setTargets(path, targets) {
  const { doc, units } = readXliff(path);
  const missing = new Set(Object.keys(targets));
  for (const unit of units) {
    if (!(unit.id in targets)) continue;
    missing.delete(unit.id);
    let target = unit.element.getElementsByTagName('target')[0];
    if (!target) {
      target = doc.createElement('target');
      const source = unit.element.getElementsByTagName('source')[0];
      unit.element.insertBefore(doc.createTextNode('\n  '), source.nextSibling);
      unit.element.insertBefore(target, source.nextSibling.nextSibling);
    }
    while (target.firstChild) target.removeChild(target.firstChild);
    appendWithPlaceholders(doc, target, targets[unit.id], unit.element.getElementsByTagName('source')[0]);
  }
  writeFileSync(path, new XMLSerializer().serializeToString(doc));
  return [...missing];
}

/**
 * Writes `text` into `target`, turning `{0}`, `{1}`… into copies of the source's
 * placeholders (`<x id="…" equiv-text="${…}"/>`, in source order), so translators can
 * move an expression to where their language needs it.
 */
function appendWithPlaceholders(doc, target, text, source) {
  const placeholders = Array.from(source.getElementsByTagName('x'));
  const parts = String(text).split(/\{(\d+)\}/);
  parts.forEach((part, index) => {
    if (index % 2 === 0) {
      if (part) target.appendChild(doc.createTextNode(part));
      return;
    }
    const placeholder = placeholders[Number(part)];
    if (!placeholder)
      throw new Error(`{${part}} has no placeholder in the source of ${source.parentNode.getAttribute('id')}`);
    target.appendChild(placeholder.cloneNode(true));
  });
}
