// The WordPress plugin's ZIP (scripts/build-wordpress.mjs) and its release check, without
// WordPress: what the ZIP holds, that its blocks take exactly the elements' attributes
// (custom-elements.json), and that a plugin or a ZIP of another version is refused.
// Run after `npm run build`. The plugin in a real WordPress: scripts/test-wordpress.mjs.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { buildWordPressZip, DROP_IN } from '../../scripts/build-wordpress.mjs';
import { releaseProblems, WORDPRESS_SOURCE, WORDPRESS_ZIP } from '../../scripts/release-check.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'osms-wordpress-zip-'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const zipPath = join(tmp, 'osms-widgets-wordpress.zip');
const built = buildWordPressZip({ out: zipPath });
const files = unzipSync(readFileSync(zipPath));
const text = (name) => strFromU8(files[`osms-widgets/${name}`]);
const TAGS = ['coverage-checker', 'service-list', 'exemption-list'];
after(() => rmSync(tmp, { recursive: true, force: true }));

test('the ZIP holds one folder, osms-widgets/, with the plugin file, its blocks and readme', () => {
  const names = Object.keys(files);
  assert.ok(
    names.every((name) => name.startsWith('osms-widgets/')),
    names.join(', '),
  );
  for (const name of [
    'osms-widgets.php',
    'readme.txt',
    'license.txt',
    'assets/editor.js',
    ...TAGS.map((tag) => `blocks/${tag}/block.json`),
  ])
    assert.ok(files[`osms-widgets/${name}`], `${name} is not in the ZIP`);
  assert.equal(built.bytes, readFileSync(zipPath).length);
});

test("the plugin's header names a GPL-compatible licence, the version and what WordPress needs", () => {
  const php = text('osms-widgets.php');
  for (const header of [
    'Plugin Name: OSMS widgets',
    `Version: ${version}`,
    'License: MIT',
    'License URI: https://opensource.org/licenses/MIT',
    'Text Domain: osms-widgets',
    'Requires at least:',
    'Requires PHP:',
  ])
    assert.match(php, new RegExp(`^ \\* ${header.replace(/ /g, '\\s+')}`, 'm'), `no "${header}" header`);
  assert.match(text('readme.txt'), new RegExp(`^Stable tag: ${version.replace(/\./g, '\\.')}$`, 'm'));
});

test("the widget files are dist/'s drop-in ES modules byte for byte: every language, each one-language file, no maps", () => {
  const expected = readdirSync('dist').filter((name) => DROP_IN.test(name));
  for (const name of ['osms-widgets.js', 'osms-widgets.kk.js', 'osms-widgets.ru.js', 'osms-widgets.en.js'])
    assert.ok(expected.includes(name), `dist/${name} is missing`);
  const shipped = Object.keys(files)
    .filter((name) => name.startsWith('osms-widgets/assets/widgets/'))
    .map((name) => name.split('/').pop())
    .sort();
  assert.deepEqual(shipped, expected.sort());
  for (const name of shipped)
    assert.ok(
      Buffer.from(files[`osms-widgets/assets/widgets/${name}`]).equals(readFileSync(join('dist', name))),
      `${name} differs from dist/${name}`,
    );
  assert.ok(!shipped.some((name) => name.endsWith('.map') || name.includes('iife')));
});

test('license.txt carries the licence of each library bundled in the widget files', () => {
  const licence = text('license.txt');
  assert.match(licence, /^MIT License$/m);
  for (const pkg of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'])
    assert.match(licence, new RegExp(`^${pkg.replace('/', '\\/')} \\S+, bundled in assets/widgets/:$`, 'm'));
  assert.match(licence, /BSD 3-Clause License/);
});

test("each block takes exactly its element's attributes (custom-elements.json), with documented values", () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  for (const tag of TAGS) {
    const element = declarations.find((d) => d.tagName === tag);
    const block = JSON.parse(text(`blocks/${tag}/block.json`));
    assert.equal(block.name, `osms-widgets/${tag}`);
    const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const ours = Object.keys(block.attributes).map(kebab).sort();
    const theirs = element.attributes.map((a) => a.name).sort();
    assert.deepEqual(ours, theirs, `<${tag}>`);
    for (const [name, schema] of Object.entries(block.attributes)) {
      const attribute = element.attributes.find((a) => a.name === kebab(name));
      assert.equal(schema.type === 'boolean', attribute.type?.text === 'boolean', `${tag} ${name}: boolean or not`);
      const documented = [...(attribute.description ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      for (const value of schema.enum ?? [])
        if (schema.type === 'string')
          assert.ok(documented.includes(value), `${tag} ${name}="${value}" is not a value the element documents`);
    }
  }
});

test("the no-JS fallback links say what the demo's snippets say, in each language", () => {
  const php = readFileSync(join(WORDPRESS_SOURCE, 'includes/elements.php'), 'utf8');
  const demo = readFileSync('demo/snippet.ts', 'utf8');
  const texts = (source, pattern) => [...source.matchAll(pattern)].map((m) => m[1]);
  const ours = texts(php, /'(?:kk|ru|en)' => '([^']+)'/g);
  assert.equal(ours.length, 9);
  assert.deepEqual(ours, texts(demo, /^\s+(?:kk|ru|en): '([^']+)'/gm));
});

/** A copy of what the release check reads, with package.json at `packageVersion`. */
function releaseCopy(packageVersion, zip = zipPath) {
  const dir = mkdtempSync(join(tmp, 'release-'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, version: packageVersion }));
  copyFileSync('CHANGELOG.md', join(dir, 'CHANGELOG.md'));
  mkdirSync(join(dir, 'dist'));
  if (zip) copyFileSync(zip, join(dir, WORDPRESS_ZIP));
  return dir;
}

test('release:check takes the ZIP of this version and refuses a missing one or one of another version', () => {
  assert.deepEqual(releaseProblems(releaseCopy(version), { wordpress: true }), []);
  const missing = releaseProblems(releaseCopy(version, null), { wordpress: true });
  assert.ok(
    missing.some((p) => p.includes(`${WORDPRESS_ZIP} is missing`)),
    missing.join('\n'),
  );
  const [major, minor] = version.split('.').map(Number);
  const next = `${major}.${minor + 1}.0`;
  const stale = releaseProblems(releaseCopy(next), { wordpress: true }).join('\n');
  for (const what of ['Version header', 'OSMS_WIDGETS_VERSION', 'Stable tag'])
    assert.match(
      stale,
      new RegExp(`${WORDPRESS_ZIP}: .*${what} is ${version.replace(/\./g, '\\.')}, package.json says ${next}`),
    );
  assert.match(stale, new RegExp(`has no entry "= ${next.replace(/\./g, '\\.')} ="`));
  assert.match(stale, /assets\/widgets\/osms-widgets\.js was not built from version/);
});

test('build:wordpress refuses a plugin that states another version than package.json', () => {
  assert.throws(
    () => buildWordPressZip({ out: join(tmp, 'other.zip'), version: '99.0.0' }),
    /Version header is .*, package.json says 99\.0\.0/,
  );
});
