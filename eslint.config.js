import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-demo/', 'node_modules/', 'src/generated/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: the widgets must run under a strict CSP.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: the widgets must run under a strict CSP.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Never write HTML strings: host data must stay inert.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/test/**'],
    rules: {
      // The core is pure: no DOM, no Lit, no localized strings.
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '@lit/*', '../internal/*', '../../internal/*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'customElements', 'localStorage', 'fetch'],
    },
  },
  // The layers: core ← content ← internal ← elements. Outside the core, the core is reached
  // through its index only; content never reaches up; one element never imports another's
  // modules (the checker's outcome texts are the checker's).
  ...[
    {
      files: ['src/content/**/*.ts'],
      also: ['**/internal/*', '**/coverage-checker/*', '**/service-list/*', '**/exemption-list/*'],
    },
    { files: ['src/internal/**/*.ts'], also: ['**/coverage-checker/*', '**/service-list/*', '**/exemption-list/*'] },
    {
      files: ['src/service-list/**/*.ts'],
      also: ['**/coverage-checker/*', '**/exemption-list/*', '**/content/outcomes.js', '**/content/questions.js'],
    },
    {
      files: ['src/exemption-list/**/*.ts'],
      also: ['**/coverage-checker/*', '**/service-list/*', '**/content/outcomes.js', '**/content/questions.js'],
    },
    { files: ['src/coverage-checker/**/*.ts'], also: ['**/service-list/*', '**/exemption-list/*'] },
  ].map(({ files, also }) => ({
    files,
    ignores: ['src/**/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '!**/core/index.js', ...also],
              message: 'Import the layer below through its index; never a layer above or a sibling element.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['scripts/**', '*.config.*', 'bench/**', '.puppeteerrc.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The WordPress plugin's editor script, run by the block editor.
    files: ['integrations/wordpress/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Scripts that run inside test pages.
    files: ['test/csp/**/*.js', 'test/hardening/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/test/**', 'test/**', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
