import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/** Code the widgets must never run: they live under a strict CSP and keep host data inert. */
const CSP_SYNTAX = [
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
];

/**
 * Core ids that the element layer names through the core's constants (QUESTION,
 * CHECKING_FOR, STATUS, PAYMENT), never as strings: the question ids, whom the check is
 * for, and the statuses. test/build/core-id-literals.test.mjs keeps this list equal to the core's.
 */
export const CORE_ID_LITERALS = [
  'checking-for',
  'residency',
  'visitor-country',
  'stay-purpose',
  'categories',
  'work',
  'last-paid',
  'months-missed',
  'payments',
  'paid-60-months',
  'self',
  'child',
  'insured-state',
  'insured-contributions',
  'insured-grace',
  'insured-transition',
  'check-employer',
  'check-payer',
  'not-insured',
  'emergency-only',
  'paid-care',
];

/** A core id written as a string (a key of an object literal, or a type, is checked by the compiler). */
const CORE_ID_SYNTAX = {
  selector: `Literal[value=/^(${CORE_ID_LITERALS.join('|')})$/]:not(Property > Literal.key):not(TSLiteralType > Literal)`,
  message: "Name a core id through the core's constants (QUESTION, CHECKING_FOR, STATUS, PAYMENT), not as a string.",
};

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
      'no-restricted-syntax': ['error', ...CSP_SYNTAX],
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
    // The element layer names core ids through the core's constants.
    files: [
      'src/coverage-checker/**/*.ts',
      'src/service-list/**/*.ts',
      'src/exemption-list/**/*.ts',
      'src/internal/**/*.ts',
    ],
    ignores: ['src/**/test/**'],
    rules: { 'no-restricted-syntax': ['error', ...CSP_SYNTAX, CORE_ID_SYNTAX] },
  },
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
