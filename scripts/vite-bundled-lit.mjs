// The drop-in files carry their own copy of Lit, private to them. Three small patches make
// that copy live beside whatever else the host page runs:
// - Trusted Types: its policy is named `osms-widgets`, not `lit-html`, so the host's own
//   Lit (any version) and ours never claim the same policy name, in either order; and a
//   second copy of ours whose policy cannot be created (a duplicate name) does not throw
//   while loading (it never renders: the first copy's elements are used). A page whose
//   policy still lists only `lit-html` (what the README asked before docs/csp.md) keeps working: the
//   first copy of ours falls back to that name when `osms-widgets` is not allowed (a
//   later copy never does, so it cannot take `lit-html` from a host app loaded after).
// - Constructable style sheets are detected on `document`, not on the global `Document`,
//   which old libraries (MooTools) replace; Lit would otherwise fall back to `<style>`
//   elements that a CSP without 'unsafe-inline' blocks.
// - `Symbol.metadata` is only polyfilled where `Symbol` is not frozen (hardened pages).
// - Lit's version lists (`litHtmlVersions`, `reactiveElementVersions`,
//   `litElementVersions`) and its `litPropertyMetadata` are left off `window`: an element with one of those ids would
//   show through them (named access) and make `.push` throw while loading, and a host's
//   own Lit in development mode would warn that several copies are loaded. The private
//   copy leaves nothing on `window` but `OsmsWidgets`.
// - The first copy is told apart by `OsmsWidgets` as an own property of `window`, not by
//   its value, which an element with id="OsmsWidgets" also gives.
// Each patch must apply: a Lit update that changes the code fails the build instead of
// silently dropping a patch.

/** The Trusted Types policy name of the drop-in files. */
export const POLICY = 'osms-widgets';

const PATCHES = [
  {
    file: /\/node_modules\/lit-html\/lit-html\.js$/,
    find: /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/,
    replace: (_m, tt, options) =>
      `(()=>{try{return ${tt}.createPolicy(${JSON.stringify(POLICY)},${options})}catch{if(!Object.hasOwn(globalThis,"OsmsWidgets"))try{return ${tt}.createPolicy("lit-html",${options})}catch{}}})()`,
  },
  {
    file: /\/node_modules\/lit-html\/lit-html\.js$/,
    find: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/,
    replace: () => 'void 0',
  },
  {
    file: /\/node_modules\/@lit\/reactive-element\/css-tag\.js$/,
    find: /"adoptedStyleSheets"in Document\.prototype/,
    replace: () => '"adoptedStyleSheets"in document',
  },
  {
    file: /\/node_modules\/@lit\/reactive-element\/reactive-element\.js$/,
    find: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/,
    replace: () => 'void 0',
  },
  {
    file: /\/node_modules\/lit-element\/lit-element\.js$/,
    find: /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/,
    replace: () => 'void 0',
  },
  {
    // Its map of decorated properties, private too: the drop-in uses no decorators.
    file: /\/node_modules\/@lit\/reactive-element\/reactive-element\.js$/,
    find: /,\w+\.litPropertyMetadata\?\?=new WeakMap;/,
    replace: () => ';const litPropertyMetadata=new WeakMap;',
  },
  {
    file: /\/node_modules\/@lit\/reactive-element\/reactive-element\.js$/,
    find: /Symbol\.metadata\?\?=Symbol\("metadata"\)/,
    replace: (m) => `Object.isFrozen(Symbol)||(${m})`,
  },
];

export function bundledLit() {
  const applied = new Set();
  return {
    name: 'osms-bundled-lit',
    transform(code, id) {
      const file = id.split('?')[0];
      let out = code;
      for (const patch of PATCHES) {
        if (!patch.file.test(file)) continue;
        if (!patch.find.test(out)) this.error(`bundled Lit: ${patch.find} not found in ${file}`);
        out = out.replace(patch.find, patch.replace);
        applied.add(patch);
      }
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const missing = PATCHES.filter((patch) => !applied.has(patch));
      if (missing.length) this.error(`bundled Lit: not applied to ${missing.map((p) => p.file).join(', ')}`);
    },
  };
}
