import { expect } from '@open-wc/testing';
import { embedSnippet, type SnippetOptions } from '../demo/snippet.js';

const base: SnippetOptions = {
  tag: 'coverage-checker',
  attributes: [],
  script: 'module',
  base: '/assets',
  theme: {},
  lang: 'en',
};

describe('demo: embed snippet', () => {
  it('gives the module script with the classic one as an alternative, and a fallback link', () => {
    const html = embedSnippet({ ...base, attributes: [['heading-level', '3']] });
    expect(html.split('\n')[0]).to.equal('<script type="module" src="/assets/osms-widgets.js"></script>');
    expect(html).to.contain(
      '<!-- Where the CMS strips type="module", use instead: <script src="/assets/osms-widgets.iife.js" defer></script> -->',
    );
    expect(html).to.contain(
      '<coverage-checker heading-level="3">\n  <a href="https://msqory.kz">Check your health insurance status on msqory.kz</a>\n</coverage-checker>',
    );
  });

  it('names the one-language file when one language is chosen, as an ES module, with the all-languages files as alternatives', () => {
    for (const script of ['module', 'classic'] as const) {
      const html = embedSnippet({ ...base, script, lang: 'kk', only: 'kk' });
      expect(html.split('\n')[0]).to.equal('<script type="module" src="/assets/osms-widgets.kk.js"></script>');
      expect(html.split('\n')[1]).to.equal(
        '<!-- Kazakh only. For every element in all three languages: <script type="module" src="/assets/osms-widgets.js"></script>; where the CMS strips type="module": <script src="/assets/osms-widgets.iife.js" defer></script> -->',
      );
    }
    expect(embedSnippet({ ...base, only: 'en' })).to.contain('src="/assets/osms-widgets.en.js"');
  });

  it("names a list element's own file when it is to stand alone, in one or all languages; the checker has none", () => {
    const list = embedSnippet({ ...base, tag: 'service-list', alone: true });
    expect(list.split('\n')[0]).to.equal('<script type="module" src="/assets/service-list.js"></script>');
    expect(list.split('\n')[1]).to.equal(
      '<!-- <service-list> alone. For every element in all three languages: <script type="module" src="/assets/osms-widgets.js"></script>; where the CMS strips type="module": <script src="/assets/osms-widgets.iife.js" defer></script> -->',
    );
    const kazakh = embedSnippet({ ...base, tag: 'exemption-list', alone: true, only: 'kk', lang: 'kk' });
    expect(kazakh.split('\n')[0]).to.equal('<script type="module" src="/assets/exemption-list.kk.js"></script>');
    expect(kazakh.split('\n')[1]).to.contain('<exemption-list> alone, Kazakh only.');
    expect(embedSnippet({ ...base, alone: true }).split('\n')[0]).to.equal(
      '<script type="module" src="/assets/osms-widgets.js"></script>',
    );
  });

  it('puts the classic script first when chosen, with boolean and escaped attributes', () => {
    const html = embedSnippet({
      ...base,
      tag: 'exemption-list',
      script: 'classic',
      lang: 'kk',
      attributes: [
        ['searchable', ''],
        ['checker-href', '/check?a=1&b="2"'],
      ],
    });
    // The whole snippet, its fallback link in Kazakh as the page is.
    expect(html.split('\n')).to.deep.equal([
      '<script src="/assets/osms-widgets.iife.js" defer></script>',
      '<!-- Or, as an ES module: <script type="module" src="/assets/osms-widgets.js"></script> -->',
      '<exemption-list searchable checker-href="/check?a=1&amp;b=&quot;2&quot;">',
      '  <a href="https://msqory.kz">Мемлекет кімдер үшін МӘМС жарналарын төлейді (msqory.kz)</a>',
      '</exemption-list>',
    ]);
  });

  it('writes the theme as --osms-* properties on the element, skipping empty ones', () => {
    const html = embedSnippet({ ...base, theme: { '--osms-color-accent': '#00695c', '--osms-radius': ' ' } });
    expect(html).to.contain('<style>\n  coverage-checker {\n    --osms-color-accent: #00695c;\n  }\n</style>');
    expect(html).not.to.contain('--osms-radius');
  });
});
