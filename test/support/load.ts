/** Loading the built files the way host pages do, recording what goes wrong. */

export const DROP_IN = '/dist/osms-widgets.js';
export const CLASSIC = '/dist/osms-widgets.iife.js';

/** Adds a classic `<script src>` and resolves once it has run. */
export function addClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Imports an ES module by URL (a different query string makes a second copy). */
export function importModule(url: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;
}

/** Records uncaught errors and osms-widgets warnings while it is installed. */
export function recordProblems() {
  const errors: string[] = [];
  const warnings: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).startsWith('osms-widgets')) warnings.push(String(args[0]));
    else warn.apply(console, args);
  };
  window.addEventListener('error', onError);
  return {
    errors,
    warnings,
    stop() {
      window.removeEventListener('error', onError);
      console.warn = warn;
    },
  };
}
