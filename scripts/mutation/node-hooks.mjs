// Module hooks for running the core's tests in Node: they import `expect` from
// @open-wc/testing, which loads browser-only helpers, so it is resolved to Chai alone.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@open-wc/testing') {
    return { url: new URL('./open-wc-testing.mjs', import.meta.url).href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
