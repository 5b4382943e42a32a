// custom-elements.json from the elements' JSDoc (`npx cem analyze`, run by npm run build).
// Only the public surface: the three elements, their shared base class and the entries.

const ELEMENTS = ['coverage-checker', 'service-list', 'exemption-list'];

/**
 * Fits the analyzer to how the elements are written:
 * - they register through `safeDefine('tag', Class)`, not `customElements.define`;
 * - the class JSDoc `@attr` line is the attribute's documentation (the analyzer would
 *   prefer the shorter comment on the property);
 * - the base class's generic `emit(type, …)` is not an event, and private or protected
 *   members are not API.
 */
function osmsPlugin() {
  const attrDocs = new Map(); // class name → Map(attribute → description)
  return {
    name: 'osms-widgets',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const docs = new Map();
        for (const tag of ts.getJSDocTags(node)) {
          const text = typeof tag.comment === 'string' ? tag.comment : '';
          const match = tag.tagName.text === 'attr' && /^(\S+)\s+-\s+([\s\S]+)$/.exec(text.trim());
          if (match) docs.set(match[1], match[2].replace(/\s+/g, ' '));
        }
        attrDocs.set(node.name.text, docs);
      }
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'safeDefine') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      const imported = context.imports?.find((i) => i.name === klass.text);
      const module = imported
        ? new URL(imported.importPath.replace(/\.js$/, '.ts'), `file:///${moduleDoc.path}`).pathname.slice(1)
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const docs = attrDocs.get(decl.name) ?? new Map();
          for (const attr of decl.attributes ?? []) {
            if (docs.has(attr.name)) attr.description = docs.get(attr.name);
          }
          if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'type');
          // Internal reactive state (`static properties` with `state: true` on a private
          // field) is neither a member nor an attribute of the API.
          const internal = new Set((decl.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
          if (decl.members) decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public');
        }
      }
    },
  };
}

export default {
  globs: [
    'src/index.ts',
    'src/internal/osms-element.ts',
    ...ELEMENTS.flatMap((tag) => [`src/${tag}/${tag}.ts`, `src/${tag}/define.ts`]),
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [osmsPlugin()],
};
