const warned = new Set<string>();

/** `console.warn` a message once per page (per copy of the script). */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`osms-widgets: ${message}`);
}
