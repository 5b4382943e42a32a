// The search feature's size is measured against a build with the plain search it replaced
// (scripts/plain-search.mjs): that build must leave the feature out and keep the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { buildPlain } from '../../scripts/plain-search.mjs';

test('the plain-search build of a drop-in has the plain search and not the feature', { timeout: 120_000 }, async () => {
  const file = 'dist/exemption-list.en.js';
  assert.ok(existsSync(file), 'run npm run build first');
  const shipped = readFileSync(file, 'utf8');
  const plain = await buildPlain('exemption-list.en');
  // The Kazakh letters' Latin stand-ins and the answer's hotline sentence belong to the feature only.
  for (const mark of ['ÄäÖö', '1406 is the free hotline']) {
    assert.ok(shipped.includes(mark), `the shipped file has ${mark}`);
    assert.ok(!plain.includes(mark), `the plain build has no ${mark}`);
  }
  // The rest is there: the element and its filter box.
  for (const mark of ['exemption-list', 'Clear search', 'Nothing matches your search.', 'type="search"'])
    assert.ok(plain.includes(mark), `the plain build has ${mark}`);
  assert.ok(plain.length < shipped.length);
});
