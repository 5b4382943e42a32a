// The element layer names core ids through the core's constants, never as strings: the lint
// rule in eslint.config.js forbids them in src/coverage-checker, src/service-list,
// src/exemption-list and src/internal. Its list of ids is the core's (every question id,
// whom the check is for, every status), and planted literals show that it fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { tsImport } from 'tsx/esm/api';
import { CORE_ID_LITERALS } from '../../eslint.config.js';

const ROOT = resolve(import.meta.dirname, '../..');
const core = await tsImport('../../src/core/index.ts', import.meta.url);
const eslint = new ESLint({ cwd: ROOT });

/** The messages of the core-id rule for `code` linted as if it were the file `path`. */
async function coreIdErrors(code, path) {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && /core id/.test(m.message));
}

test("the rule's ids are the core's: every question, whom the check is for, every status", () => {
  const ids = [...core.QUESTIONS.map((q) => q.id), ...Object.values(core.CHECKING_FOR), ...core.STATUS_ORDER];
  assert.deepEqual([...CORE_ID_LITERALS].sort(), [...new Set(ids)].sort());
  // The constants the rule points to name every one of them.
  assert.deepEqual(Object.values(core.QUESTION).sort(), core.QUESTIONS.map((q) => q.id).sort());
  assert.deepEqual(Object.values(core.STATUS).sort(), [...core.STATUS_ORDER].sort());
});

const PLANTED = `
import type { Answers, Assessment } from '../core/index.js';
export const first = (answers: Answers) => answers['checking-for'] === 'child';
export const insured = (result: Assessment) => result.status === 'insured-grace' || result.payment === 'self';
`;

for (const folder of ['coverage-checker', 'service-list', 'exemption-list', 'internal']) {
  test(`a core id written as a string in src/${folder} is an error`, async () => {
    const errors = await coreIdErrors(PLANTED, `src/${folder}/planted.ts`);
    const lines = PLANTED.split('\n');
    const written = errors.map((e) => lines[e.line - 1].slice(e.column - 1, e.endColumn - 1));
    assert.deepEqual(written, ["'checking-for'", "'child'", "'insured-grace'", "'self'"]);
  });
}

test('the core, the content layer and tests may write core ids; object keys and types are checked by the compiler', async () => {
  assert.deepEqual(await coreIdErrors(PLANTED, 'src/core/planted.ts'), []);
  assert.deepEqual(await coreIdErrors(PLANTED, 'src/content/planted.ts'), []);
  assert.deepEqual(await coreIdErrors(PLANTED, 'src/coverage-checker/test/planted.test.ts'), []);
  const keysAndTypes = `
import type { Status } from '../core/index.js';
export const ICONS: Partial<Record<Status, string>> = { 'insured-state': '✓' };
export type Start = 'residency';
`;
  assert.deepEqual(await coreIdErrors(keysAndTypes, 'src/coverage-checker/planted.ts'), []);
});
