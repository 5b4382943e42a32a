import { warnOnce } from './warn.js';

declare const __OSMS_VERSION__: string | undefined;

/** The package version, set at build time; `dev` when running from source. */
export const VERSION: string = typeof __OSMS_VERSION__ === 'string' ? __OSMS_VERSION__ : 'dev';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Defines `tag` unless the page already has it, so that pasting the script twice, or
 * loading the ES and the classic build together, never throws. When another copy holds
 * the name we leave it in charge and say so once.
 */
export function safeDefine(tag: string, element: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const theirs = existing.version;
  warnOnce(
    theirs === undefined
      ? `<${tag}> belongs to another script (not osms-widgets); see docs/embedding.md to use ours under another name.`
      : theirs === VERSION
        ? `the script is loaded more than once on this page; the first copy is used.`
        : `another version (${theirs}) already defines the elements; this copy (${VERSION}) is not used.`,
  );
}
