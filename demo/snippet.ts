import type { Theme } from './themes.js';

export type Tag = 'coverage-checker' | 'service-list' | 'exemption-list';
export type Lang = 'kk' | 'ru' | 'en';

export interface SnippetOptions {
  tag: Tag;
  /** The element's attributes, in order; `''` for a boolean attribute. */
  attributes: [string, string][];
  /** `module` (recommended) or `classic`: the other one is offered in a comment. */
  script: 'module' | 'classic';
  /** The folder the drop-in files are copied to, e.g. `/assets/`. */
  base: string;
  theme: Theme;
  lang: Lang;
  /** The one-language drop-in to use (`osms-widgets.kk.js` …); all languages if absent. */
  only?: Lang;
  /**
   * A list element's own drop-in (`service-list.js`, `exemption-list.kk.js` …), for a
   * page that shows no other widget; ignored for the checker, which has none.
   */
  alone?: boolean;
}

const LANGUAGE_NAME: Record<Lang, string> = { kk: 'Kazakh', ru: 'Russian', en: 'English' };

/** The no-JS fallback link of each element, in the page's language. */
const FALLBACK: Record<Tag, Record<Lang, string>> = {
  'coverage-checker': {
    kk: 'МӘМС-тегі мәртебеңізді msqory.kz сайтында тексеріңіз',
    ru: 'Проверить свой статус в ОСМС на msqory.kz',
    en: 'Check your health insurance status on msqory.kz',
  },
  'service-list': {
    kk: 'ТМККК мен МӘМС-ке не кіреді (msqory.kz)',
    ru: 'Что входит в ГОБМП и ОСМС (msqory.kz)',
    en: 'What free medical care and OSMS include (msqory.kz)',
  },
  'exemption-list': {
    kk: 'Мемлекет кімдер үшін МӘМС жарналарын төлейді (msqory.kz)',
    ru: 'За кого государство платит взносы ОСМС (msqory.kz)',
    en: 'Who the state pays OSMS contributions for (msqory.kz)',
  },
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The exact HTML a webmaster pastes: the script tag, the theme, the element and its fallback. */
export function embedSnippet(o: SnippetOptions): string {
  const base = o.base.endsWith('/') ? o.base : `${o.base}/`;
  const module = `<script type="module" src="${escape(base)}osms-widgets.js"></script>`;
  const classic = `<script src="${escape(base)}osms-widgets.iife.js" defer></script>`;
  const alone = o.alone && o.tag !== 'coverage-checker';
  const file = `${alone ? o.tag : 'osms-widgets'}${o.only ? `.${o.only}` : ''}.js`;
  const own = `<script type="module" src="${escape(base)}${file}"></script>`;
  // A one-language or one-element file exists as an ES module only; the classic script
  // has every element in all languages.
  const lines =
    o.only || alone
      ? [
          own,
          `<!-- ${[alone ? `<${o.tag}> alone` : '', o.only ? `${LANGUAGE_NAME[o.only]} only` : ''].filter(Boolean).join(', ')}. For every element in all three languages: ${module}; where the CMS strips type="module": ${classic} -->`,
        ]
      : o.script === 'module'
        ? [module, `<!-- Where the CMS strips type="module", use instead: ${classic} -->`]
        : [classic, `<!-- Or, as an ES module: ${module} -->`];
  const theme = Object.entries(o.theme).filter(([, value]) => value?.trim());
  if (theme.length) {
    lines.push(
      '<style>',
      `  ${o.tag} {`,
      ...theme.map(([name, value]) => `    ${name}: ${value!.trim().replace(/[<>{};]/g, '')};`),
      '  }',
      '</style>',
    );
  }
  const attrs = o.attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
  lines.push(`<${o.tag}${attrs}>`, `  <a href="https://msqory.kz">${FALLBACK[o.tag][o.lang]}</a>`, `</${o.tag}>`);
  return lines.join('\n');
}
