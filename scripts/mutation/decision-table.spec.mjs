// The reviewed decision table in the mutation run: the table the rules under test give must
// be docs/decision-table.md, the file a reviewer read. Not in `npm run test:core:node` (it
// takes seconds); `npm test` checks the same file through test/build/decision-table.test.mjs.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { readFileSync } from 'node:fs';
import { TABLE_PATH, decisionTable, loadModules } from '../decision-table.mjs';

/** One bundle of the core and the checker's texts per process: the mutant in force is read on each call. */
let modules;

describe('the reviewed decision table', function () {
  this.timeout(120_000);

  it('is what the rules give: docs/decision-table.md, line for line', async () => {
    modules ??= await loadModules();
    modules.forgetCategoriesOn();
    const generated = await decisionTable(modules);
    const committed = readFileSync(TABLE_PATH, 'utf8');
    const [a, b] = [committed.split('\n'), generated.split('\n')];
    const line = a.findIndex((text, i) => text !== b[i]);
    assert.ok(
      committed === generated,
      `differs at line ${(line < 0 ? a.length : line) + 1}:\n  committed: ${a[line] ?? '(end)'}\n  generated: ${b[line] ?? '(end)'}`,
    );
  });
});
