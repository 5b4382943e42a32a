// The drop-in ES modules in dist/, one list for the build, `npm run size`, `npm run sri`,
// the package's exports and the tests: each element set in every language and in each
// one language (`osms-widgets.js`, `osms-widgets.kk.js`, `service-list.js`,
// `service-list.en.js`…). The classic script, dist/osms-widgets.iife.js, is the full set.
import { LOCALES } from './locales.mjs';

/** The sets of elements a drop-in file defines. */
export const ELEMENT_SETS = [
  {
    name: 'osms-widgets',
    entry: 'src/drop-in.ts',
    what: 'all three elements',
    tags: ['coverage-checker', 'service-list', 'exemption-list'],
  },
  { name: 'service-list', entry: 'src/drop-in-service-list.ts', what: '<service-list> alone', tags: ['service-list'] },
  {
    name: 'exemption-list',
    entry: 'src/drop-in-exemption-list.ts',
    what: '<exemption-list> alone',
    tags: ['exemption-list'],
  },
];

/**
 * @typedef {{ name: string, file: string, entry: string, set: string, tags: string[], locale?: string, what: string }} DropIn
 * @type {DropIn[]}
 */
export const DROP_INS = ELEMENT_SETS.flatMap((set) =>
  [undefined, ...LOCALES].map((locale) => ({
    name: locale ? `${set.name}.${locale}` : set.name,
    file: locale ? `${set.name}.${locale}.js` : `${set.name}.js`,
    entry: set.entry,
    set: set.name,
    tags: set.tags,
    locale,
    what: `${set.what}, ${locale ? `${locale} only` : 'all languages'}`,
  })),
);

/** The classic script (the full set, all languages). */
export const CLASSIC = { file: 'osms-widgets.iife.js', what: 'all three elements, all languages, classic script' };
