// docs/search-words.md shows the search vocabulary as it is in the source and the XLIFF files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('docs/search-words.md lists the current vocabulary and the care that is not free, with sources', () => {
  const run = spawnSync('node', ['scripts/search-words.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
