#!/usr/bin/env node
// npm run docs: writes the API tables of docs/api.md from custom-elements.json (made by
// npm run build), between <!-- api:start --> and <!-- api:end -->.
//   node scripts/docs.mjs           rewrite the tables
//   node scripts/docs.mjs --check   fail if the tables of docs/api.md differ from the manifest
import { readFileSync, writeFileSync } from 'node:fs';

const PAGE = 'docs/api.md';

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

const cell = (text = '') => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
        '',
      ]
    : [];

/** The API section as markdown: a block per element, then the shared custom properties. */
function apiMarkdown(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const lines = ['_Generated from `custom-elements.json` by `npm run docs`; do not edit by hand._', ''];
  for (const el of elements) {
    lines.push(`## \`<${el.tagName}>\``, '', cell(el.description), '');
    lines.push(
      ...table(
        ['attribute', 'what it does'],
        (el.attributes ?? []).map((a) => [`\`${a.name}\``, a.description]),
      ),
    );
    lines.push(
      ...table(
        ['event', 'detail and when'],
        (el.events ?? []).map((e) => [`\`${e.name}\``, e.description]),
      ),
    );
    lines.push(
      ...table(
        ['slot', 'what goes there'],
        (el.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]),
      ),
    );
    lines.push(
      ...table(
        ['part', 'what it is'],
        (el.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]),
      ),
    );
  }
  const props = new Map();
  for (const el of elements) {
    for (const p of el.cssProperties ?? []) {
      const entry = props.get(p.name) ?? { description: p.description, tags: [] };
      entry.tags.push(`\`<${el.tagName}>\``);
      props.set(p.name, entry);
    }
  }
  lines.push('## CSS custom properties', '');
  lines.push(
    ...table(
      ['property', 'what it sets', 'used by'],
      [...props].map(([name, p]) => [`\`${name}\``, p.description, p.tags.join(', ')]),
    ),
  );
  return lines.join('\n').trimEnd();
}

/** `page` with its generated section replaced by `api`. */
function withApi(page, api) {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${PAGE} has no ${START} … ${END} markers.`);
  return `${page.slice(0, start + START.length)}\n${api}\n${page.slice(end)}`;
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const page = readFileSync(PAGE, 'utf8');
const next = withApi(page, apiMarkdown(manifest));
if (process.argv.includes('--check')) {
  if (next !== page) {
    console.error(`${PAGE}: the API tables differ from custom-elements.json. Run \`npm run docs\` and commit ${PAGE}.`);
    process.exit(1);
  }
  console.log(`${PAGE}: API tables match custom-elements.json.`);
} else if (next !== page) {
  writeFileSync(PAGE, next);
  console.log(`${PAGE}: API tables written.`);
} else {
  console.log(`${PAGE}: API tables already current.`);
}
