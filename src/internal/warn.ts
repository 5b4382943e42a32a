const warned = new Set<string>();

/** `console.warn` a message once per page (per copy of the script). */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`osms-widgets: ${message}`);
}

/**
 * Forgets the warnings given so far, so that a test can see each warning it causes.
 * @internal For tests only.
 */
export function forgetWarnings(): void {
  warned.clear();
}
