// docs/decision-table.md is generated from the rules and the checker's texts: it must say
// what the checker says today. Regenerate it with `npm run decision-table`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decisionTable, TABLE_PATH } from '../../scripts/decision-table.mjs';

test('docs/decision-table.md is current: npm run decision-table writes it again', async () => {
  const generated = await decisionTable();
  const committed = readFileSync(TABLE_PATH, 'utf8');
  // A plain equality would print two large files; name the first line that differs instead.
  const [a, b] = [committed.split('\n'), generated.split('\n')];
  const line = a.findIndex((text, i) => text !== b[i]);
  assert.ok(
    committed === generated,
    `out of date at line ${(line < 0 ? a.length : line) + 1}:\n  committed: ${a[line] ?? '(end)'}\n  generated: ${b[line] ?? '(end)'}`,
  );
});

test('the table lists every status the checker can give on its two dates, with the Russian status beside it', async () => {
  const text = await decisionTable();
  for (const status of [
    'insured-state',
    'insured-contributions',
    'insured-grace',
    'check-employer',
    'check-payer',
    'not-insured',
    'emergency-only',
    'paid-care',
  ])
    assert.match(text, new RegExp(`\`${status}\``), status);
  assert.match(text, /## Rules as of 2026-\d\d-\d\d\n/);
  assert.match(text, /## Rules as of 2027-02-01\n/);
  assert.match(text, /\| `insured-state` You are insured through your service \| Вы застрахованы через свою службу \|/);
  assert.match(text, /work: informal[^\n]*\| Register as self-employed in the special tax regime \|/);
});
