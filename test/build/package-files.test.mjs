// The package offers every drop-in file the build writes (scripts/drop-ins.mjs), marks
// what runs on load as a side effect, and lists nothing that is not shipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CLASSIC, DROP_INS } from '../../scripts/drop-ins.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('package.json exports each drop-in file under its own name', () => {
  const missing = [...DROP_INS, CLASSIC]
    .filter(({ file }) => pkg.exports[`./${file}`] !== `./dist/${file}`)
    .map(({ file }) => file);
  assert.deepEqual(missing, []);
});

test('sideEffects names only shipped files, and covers every drop-in file', () => {
  const shipped = pkg.files;
  const outside = pkg.sideEffects.filter((glob) => !shipped.some((dir) => glob.startsWith(`${dir}/`)));
  assert.deepEqual(outside, [], 'sideEffects globs outside the shipped folders');
  const asRegExp = (glob) => new RegExp(`^${glob.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
  const uncovered = [...DROP_INS, CLASSIC]
    .map(({ file }) => `dist/${file}`)
    .filter((path) => !pkg.sideEffects.some((glob) => asRegExp(glob).test(path)));
  assert.deepEqual(uncovered, []);
});
