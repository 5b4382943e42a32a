// The drop-in files are minified with Terser (in place of Vite's own minifier), for what
// it does that the other does not, each measured on dist/osms-widgets.js:
// - two compress passes;
// - the names of our classes' private and protected members shortened (`this.a` for
//   `this.renderedIn`): Terser renames a property everywhere in the file, so only names
//   that nothing else can mean are taken — never a name of the DOM, of JavaScript, of
//   Lit or @lit/localize, nor one written in a string anywhere in src/ (such as a key of
//   Lit's `changed` map), nor an override;
// - no `/* @__PURE__ */` annotations kept (Vite keeps them in a library's ES output, for
//   a bundler downstream; a drop-in file is the end of the line).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { minify } from 'terser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function filesUnder(dir, test) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path, test);
    return test(entry.name) ? [path] : [];
  });
}

/** Every word of the type declarations of the platform, Lit and @lit/localize. */
function foreignWords() {
  const tsLib = dirname(require.resolve('typescript/lib/lib.d.ts'));
  const declarations = [
    ...readdirSync(tsLib)
      .filter((f) => /^lib\..*\.d\.ts$/.test(f))
      .map((f) => join(tsLib, f)),
    ...['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'].flatMap((pkg) =>
      filesUnder(join(ROOT, 'node_modules', pkg), (name) => name.endsWith('.d.ts')),
    ),
  ];
  const words = new Set();
  for (const file of declarations)
    for (const [word] of readFileSync(file, 'utf8').matchAll(/[A-Za-z_$][\w$]*/g)) words.add(word);
  return words;
}

/** The private and protected members of the classes in src/ that are safe to rename. */
export function privateMemberNames(srcDir = join(ROOT, 'src')) {
  const files = filesUnder(srcDir, (name) => name.endsWith('.ts') && !name.endsWith('.d.ts')).filter(
    (file) => !/\/(test|generated)\//.test(file),
  );
  const members = new Set();
  const inStrings = new Set();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (
        ts.isStringLiteralLike(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)
      )
        for (const [word] of node.text.matchAll(/[A-Za-z_$][\w$]*/g)) inStrings.add(word);
      if (
        (ts.isPropertyDeclaration(node) ||
          ts.isMethodDeclaration(node) ||
          ts.isGetAccessor(node) ||
          ts.isSetAccessor(node)) &&
        ts.isIdentifier(node.name)
      ) {
        const kinds = (ts.getModifiers(node) ?? []).map((m) => m.kind);
        const hidden = kinds.includes(ts.SyntaxKind.PrivateKeyword) || kinds.includes(ts.SyntaxKind.ProtectedKeyword);
        if (hidden && !kinds.includes(ts.SyntaxKind.OverrideKeyword)) members.add(node.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const foreign = foreignWords();
  return [...members].filter((name) => !foreign.has(name) && !inStrings.has(name)).sort();
}

/** @param {{ format: 'es' | 'iife' }} options */
export function terserMinify({ format }) {
  const names = privateMemberNames();
  return {
    name: 'osms-terser',
    enforce: 'post',
    async renderChunk(code) {
      const result = await minify(code, {
        module: format === 'es',
        ecma: 2020,
        compress: { passes: 2 },
        mangle: { properties: { regex: new RegExp(`^(${names.join('|')})$`), keep_quoted: true } },
        format: { comments: false, preserve_annotations: false },
        sourceMap: { asObject: true },
      });
      return { code: result.code, map: result.map };
    },
  };
}
