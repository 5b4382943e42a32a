// Paths of Lit and @lit/localize that the widgets never take, cut from the shipped
// bundles (the drop-in files carry their own private copy of Lit):
// - svg`` and mathml`` templates (every template of ours is html``);
// - the hooks for the ShadyDOM polyfills and for hydration (every supported browser has
//   shadow DOM and adoptedStyleSheets; nothing is server-rendered);
// - the metadata of standard decorators (the elements declare `static properties`);
// - message ids hashed from the English text (every msg() call names its `id`; a call
//   without one fails loudly instead of showing the wrong language).
// Each cut is an exact text replacement in the published module. If an upgrade of Lit
// changes the text, the cut is skipped with a warning: the bundle stays correct, only
// larger, and the warning says which cut to update.

/** File (end of the resolved path) → [what, exact text, replacement]. */
const CUTS = {
  'lit-html/lit-html.js': [
    ['svg/mathml tags', ',w=x(2),T=x(3)', ''],
    ['svg/mathml exports', ',T as mathml', ''],
    ['svg export', ',w as svg', ''],
    ['svg/mathml wrapper open', 'l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
    ['svg/mathml wrapper close', '+(2===i?"</svg>":3===i?"</math>":"")', ''],
    [
      'svg/mathml unwrap',
      'P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}',
      'P.currentNode=this.el.content,0){}',
    ],
    ['polyfill hook', ',B=t.litHtmlPolyfillSupport;B?.(S,k),', ';'],
  ],
  '@lit/reactive-element/reactive-element.js': [
    ['polyfill hook', 'p?.({ReactiveElement:y}),', ''],
    ['decorator metadata', 'Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
    [
      'decorator metadata read',
      'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
      '',
    ],
  ],
  'lit-element/lit-element.js': [
    [
      'hydration and polyfill hooks',
      ',s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});',
      ';',
    ],
  ],
  '@lit/localize/internal/id-generation.js': 'replace',
};

const NO_HASHED_IDS = `export const generateMsgId = () => {
  throw new Error('osms-widgets: a msg() call without an id');
};
`;

export function leanLit() {
  return {
    name: 'osms-lean-lit',
    transform(code, file) {
      const path = file.split('?')[0].replace(/\\/g, '/');
      const key = Object.keys(CUTS).find((end) => path.endsWith(`/node_modules/${end}`));
      if (!key) return null;
      if (CUTS[key] === 'replace') return { code: NO_HASHED_IDS, map: null };
      let out = code;
      for (const [what, text, replacement] of CUTS[key]) {
        if (out.includes(text)) out = out.replace(text, replacement);
        else this.warn(`${key}: the ${what} cut no longer matches this version; skipped`);
      }
      return { code: out, map: null };
    },
  };
}
