// docs/adding-a-rule.md shows the real shapes of the core's tables: each of its TypeScript
// blocks is compiled against src/core with the project's compiler options (the import
// `osms-widgets/core` stands for src/core/index.ts). A block whose row no longer fits the
// core's types fails here; a planted wrong rule id shows that the check can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const DOC = join(ROOT, 'docs/adding-a-rule.md');

/** The ```ts blocks of a Markdown text (also those indented in a list item). */
export function typescriptBlocks(markdown) {
  const blocks = [];
  const fence = /^( *)```ts\n([\s\S]*?)^\1```$/gm;
  for (const [, indent, body] of markdown.matchAll(fence))
    blocks.push(body.replace(new RegExp(`^${indent}`, 'gm'), ''));
  return blocks;
}

/** The compiler's messages for each block, compiled as its own module against src/core. */
function diagnostics(blocks) {
  const dir = mkdtempSync(join(tmpdir(), 'adding-a-rule-'));
  try {
    const files = blocks.map((code, i) => {
      const file = join(dir, `block-${i + 1}.ts`);
      writeFileSync(file, code);
      return file;
    });
    const { config } = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
    const program = ts.createProgram(files, {
      ...options,
      types: [],
      paths: { 'osms-widgets/core': [join(ROOT, 'src/core/index.ts')] },
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) =>
          `${d.file ? d.file.fileName.replace(dir, '') : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const blocks = typescriptBlocks(readFileSync(DOC, 'utf8'));

test('docs/adding-a-rule.md shows the question, the flow step, the rule, the grace period and a test', () => {
  assert.ok(blocks.length >= 5, `${blocks.length} TypeScript blocks`);
  for (const type of ['Question', 'FlowStep', 'DecisionRule', 'GracePeriod'])
    assert.ok(
      blocks.some((b) => new RegExp(`\\b${type}\\b`).test(b)),
      `a block typed ${type}`,
    );
  assert.ok(
    blocks.some((b) => b.includes('assess(')),
    'a block that calls assess()',
  );
});

test('every TypeScript block of docs/adding-a-rule.md compiles against src/core', () => {
  assert.deepEqual(diagnostics(blocks), []);
});

test('a block that cites an id that is no rule does not compile', () => {
  const rule = blocks.find((b) => b.includes('DecisionRule'));
  assert.ok(rule);
  const planted = rule.replace("'minimum-wage-base'", "'minimum-wage-basis'");
  assert.notEqual(planted, rule);
  const found = diagnostics([planted]);
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /minimum-wage-basis/);
});
