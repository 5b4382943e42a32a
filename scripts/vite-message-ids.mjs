// The shipped form of the messages. The readable ids (`svc.gobmp-emergency.text`) stay in
// the source and the XLIFF files; in the bundle each becomes its index in the sorted id
// list, and each locale module (src/generated/locales/<locale>.ts) is replaced by a table
// built from xliff/<locale>.xlf: an array keyed by those indexes. Tests run from source,
// without this step; the tests of the built files check the result against the XLIFF.
//
// The build fails (it never falls back to English in silence) when:
// - an XLIFF file is malformed, or a message lacks a target in some locale;
// - a msg() call has no literal `id`, or an id that no XLIFF file has;
// - an XLIFF id is used by no msg() call in the source (run npm run i18n:extract);
// - a readable id is still in the output, i.e. some msg() call was not rewritten.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import ts from 'typescript';
import { readMessageTables, MessageTableError } from './message-tables.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCALE_MODULE = /\/src\/generated\/locales\/([\w-]+)\.ts$/;

/**
 * Every msg() call in `code` with the node of its id (undefined when the call has no
 * literal id). Calls are found by the name `msg`, as lit-localize finds them.
 */
export function msgCalls(code, file) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const calls = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const options = node.arguments[1];
      let idNode;
      if (options && ts.isObjectLiteralExpression(options)) {
        for (const property of options.properties) {
          if (ts.isPropertyAssignment(property) && property.name.getText(source) === 'id') {
            if (ts.isStringLiteral(property.initializer) || ts.isNoSubstitutionTemplateLiteral(property.initializer))
              idNode = property.initializer;
          }
        }
      }
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
      calls.push({
        id: idNode?.text,
        start: idNode?.getStart(source),
        end: idNode?.getEnd(),
        where: `${file}:${line + 1}:${character + 1}`,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

/** The source files lit-localize extracts from: src/**\/*.ts but tests and generated code. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' || entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The ES module that replaces a generated locale module in the bundle: one array, a
 * message's index its slot. A `str` message becomes the object lit-localize's `str` tag
 * makes, with the source expression's index in `values`.
 */
export function tableModule(entries) {
  const literal = (entry) =>
    typeof entry === 'string'
      ? JSON.stringify(entry)
      : `{strTag:true,strings:${JSON.stringify(entry.strings)},values:${JSON.stringify(entry.values)}}`;
  return `export const templates = [\n${entries.map(literal).join(',\n')}\n];\n`;
}

/** The checks of buildStart, done once per process for unchanged files (a build runs three times). */
const checked = new Map();
function fingerprint(paths) {
  return paths.map((path) => `${path}:${statSync(path).mtimeMs}`).join('\n');
}

export function shortMessageIds({ xliffDir = join(ROOT, 'xliff'), srcDir = join(ROOT, 'src') } = {}) {
  let ids = [];
  let tables = {};
  let index = new Map();
  return {
    name: 'osms-short-message-ids',
    enforce: 'pre',
    buildStart() {
      const files = sourceFiles(srcDir);
      const key = fingerprint([
        ...readdirSync(xliffDir)
          .filter((f) => f.endsWith('.xlf'))
          .map((f) => join(xliffDir, f)),
        ...files,
      ]);
      const cached = checked.get(key);
      if (cached) {
        ({ ids, tables } = cached);
        index = new Map(ids.map((id, i) => [id, i]));
        return;
      }
      try {
        ({ ids, tables } = readMessageTables({ dir: xliffDir }));
      } catch (error) {
        if (error instanceof MessageTableError) this.error(error.message);
        throw error;
      }
      index = new Map(ids.map((id, i) => [id, i]));
      // The XLIFF files and the source agree on the set of ids.
      const problems = [];
      const used = new Set();
      for (const file of files) {
        for (const call of msgCalls(readFileSync(file, 'utf8'), relative(ROOT, file))) {
          if (call.id === undefined) problems.push(`${call.where}: msg() without a literal id`);
          else if (!index.has(call.id))
            problems.push(
              `${call.where}: the id "${call.id}" is in no XLIFF file (run npm run i18n:extract, then translate it)`,
            );
          else used.add(call.id);
        }
      }
      for (const id of ids)
        if (!used.has(id)) problems.push(`xliff: "${id}" is used by no msg() call in src/ (run npm run i18n:extract)`);
      if (problems.length) this.error(`The message ids cannot be shortened:\n  ${problems.join('\n  ')}`);
      checked.set(key, { ids, tables });
    },
    load(file) {
      const locale = LOCALE_MODULE.exec(file)?.[1];
      if (!locale) return null;
      if (!tables[locale]) this.error(`${file}: no xliff/${locale}.xlf for this locale module`);
      return { code: tableModule(tables[locale]), map: null };
    },
    transform(code, file) {
      if (!file.startsWith(resolve(srcDir)) || !/\.ts$/.test(file) || LOCALE_MODULE.test(file)) return null;
      if (!code.includes('msg(')) return null;
      const calls = msgCalls(code, relative(ROOT, file));
      if (!calls.length) return null;
      const out = new MagicString(code);
      for (const call of calls) {
        if (call.id === undefined || !index.has(call.id)) this.error(`${call.where}: msg() without a known literal id`);
        out.overwrite(call.start, call.end, `'${index.get(call.id)}'`);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true, source: file, includeContent: true }) };
    },
    generateBundle(_options, bundle) {
      // A readable id left in the output means a msg() call the transform did not reach.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const left = ids.filter(
          (id) => chunk.code.includes(`"${id}"`) || chunk.code.includes(`'${id}'`) || chunk.code.includes(`\`${id}\``),
        );
        if (left.length) this.error(`${chunk.fileName}: message ids not shortened: ${left.join(', ')}`);
      }
    },
  };
}
