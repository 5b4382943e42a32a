#!/usr/bin/env node
// npm run test:package: packs the package, installs the tarball into a temporary project
// and uses it as adopters do: every entry point resolves (and core runs in Node), the
// types check with tsc, custom-elements.json resolves, and the recipes of the docs
// (README.md and docs/*.md, code blocks marked `<!-- package-test: NAME -->`) work in
// headless Chromium — a plain HTML page with the classic script and a themed checker, a
// Vite React 19 app and a Vite Vue 3 app. It also shows that a release cannot ship
// without its built files, the manifest and its changelog entry (`npm publish --dry-run`,
// `npm version`, scripts/release-check.mjs). Ends with `N passed, N failed`.
/* global document, window, getComputedStyle, customElements -- used inside page.evaluate */
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';
import { BUILT } from './release-check.mjs';
import { driveChecker, SAMPLE_PATH } from '../test/support/checker-driver.mjs';
import { CLASSIC, DROP_INS } from './drop-ins.mjs';
import { scriptTests } from './script-tests.mjs';

// Installed into the temporary project only, pinned.
const REACT = '19.3.1';
const PLUGIN_REACT = '6.3.0';
const VUE = '3.5.45';
const PLUGIN_VUE = '6.0.11';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const VITE = pkg.devDependencies.vite;
const TSC = resolve('node_modules/typescript/bin/tsc');
const TAGS = ['coverage-checker', 'service-list', 'exemption-list'];
// The path through the checker used to reach a result (question id, answer id).

const started = Date.now();
const { results, test, check, writeCounts } = scriptTests({ stackLines: 6 });
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const write = (file, text) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

const DOC_PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The fenced code block that follows `<!-- package-test: NAME -->` in README.md or a page of docs/ (exactly one). */
function docBlock(name) {
  const marker = new RegExp(
    `<!-- package-test: ${name.replace(/[.]/g, '\\.')} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``,
    'g',
  );
  const found = DOC_PAGES.flatMap((page) => [...readFileSync(page, 'utf8').matchAll(marker)].map((m) => m[1]));
  if (found.length !== 1) {
    throw new Error(
      `README.md and docs/*.md hold ${found.length} code blocks marked <!-- package-test: ${name} -->, not one`,
    );
  }
  return found[0];
}

if (
  !existsSync('dist/osms-widgets.iife.js') ||
  !existsSync('dist/types/index.d.ts') ||
  !existsSync('custom-elements.json')
) {
  console.log('▶ build (dist/ or custom-elements.json missing)');
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}

const tmp = mkdtempSync(join(tmpdir(), 'osms-package-'));
const app = join(tmp, 'app');
let browser;
let tarball;
console.log(`▶ package tests in ${tmp}`);

await test('npm pack: the tarball holds the built files and the manifest, not the sources', () => {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp]));
  tarball = join(tmp, packed.filename);
  const files = packed.files.map((f) => f.path);
  for (const file of [
    'package.json',
    'README.md',
    'docs/api.md',
    'docs/embedding.md',
    'custom-elements.json',
    ...DROP_INS.map((dropIn) => `dist/${dropIn.file}`),
    `dist/${CLASSIC.file}`,
    'dist/es/index.js',
    'dist/types/index.d.ts',
  ]) {
    check(files.includes(file), `${file} is not in the tarball`);
  }
  const stray = files.filter((f) => f.startsWith('src/') || f.includes('/test/') || f.startsWith('dist-demo/'));
  check(stray.length === 0, `the tarball holds ${stray.slice(0, 3).join(', ')}`);
});

/** Runs npm in `cwd`; returns `{ ok, out }` (stdout and stderr together) instead of throwing. */
function npm(args, cwd) {
  try {
    return { ok: true, out: execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { ok: false, out: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

/** A copy of the package's release files in a new folder, with or without its built files. */
function releaseCopy(name, { built }) {
  const dir = join(tmp, name);
  for (const file of [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'scripts/release-check.mjs',
    ...(built ? BUILT : []),
  ]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(file, join(dir, file));
  }
  return dir;
}

await test('npm publish --dry-run ships dist/, custom-elements.json and CHANGELOG.md, after the release check', () => {
  const { ok, out } = npm(['publish', '--dry-run', '--json', '--ignore-scripts=false'], '.');
  check(ok, `npm publish --dry-run failed:\n${out}`);
  check(out.includes('release check: ok'), 'prepublishOnly did not run the release check');
  const report = JSON.parse(out.slice(out.indexOf('{\n')));
  const files = (report[pkg.name] ?? report).files.map((f) => f.path);
  for (const file of [...BUILT, 'CHANGELOG.md', 'package.json'])
    check(files.includes(file), `${file} would not be published`);
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  check(
    new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(changelog),
    `CHANGELOG.md has no section for ${pkg.version}`,
  );
});

await test('npm publish refuses a package without its built files', () => {
  const dir = releaseCopy('release-unbuilt', { built: false });
  const { ok, out } = npm(['publish', '--dry-run', '--ignore-scripts=false'], dir);
  check(!ok, 'npm publish --dry-run succeeded without dist/');
  check(
    out.includes('dist/osms-widgets.js is missing') && out.includes('custom-elements.json is missing'),
    `not refused for the missing files:\n${out}`,
  );
});

await test('npm version refuses a new version without its changelog section, and takes it with one', () => {
  const dir = releaseCopy('release-version', { built: true });
  const refused = npm(['version', 'minor', '--no-git-tag-version', '--ignore-scripts=false'], dir);
  const [major, minor] = pkg.version.split('.').map(Number);
  const next = `${major}.${minor + 1}.0`;
  check(
    !refused.ok && refused.out.includes(`no section "## [${next}]`),
    `npm version ${next} was not refused:\n${refused.out}`,
  );
  // The maintainer writes the section first, then bumps the version.
  writeFileSync(join(dir, 'package.json'), readFileSync('package.json'));
  const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
  const section = (entry) =>
    changelog.replace(/^## \[(?!Unreleased)/m, `## [${next}] - 2027-01-15\n\n${entry}\n\n## [`);
  writeFileSync(
    join(dir, 'CHANGELOG.md'),
    section('### Law\n\n- The list of GOBMP services changes (no date, no source).'),
  );
  const lawless = npm(['version', 'minor', '--no-git-tag-version', '--ignore-scripts=false'], dir);
  check(
    !lawless.ok && lawless.out.includes('without its effective date') && lawless.out.includes('without its source URL'),
    `a law entry without date and source was taken:\n${lawless.out}`,
  );
  writeFileSync(join(dir, 'package.json'), readFileSync('package.json'));
  writeFileSync(
    join(dir, 'CHANGELOG.md'),
    section(
      '### Law\n\n- **2028-01-01** — the list of GOBMP services changes. Source: https://adilet.zan.kz/rus/docs/Z1500000405',
    ),
  );
  const taken = npm(['version', 'minor', '--no-git-tag-version', '--ignore-scripts=false'], dir);
  check(taken.ok, `npm version ${next} with its section failed:\n${taken.out}`);
  check(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version === next, 'the version did not change');
  const patch = npm(['version', 'patch', '--no-git-tag-version', '--ignore-scripts=false'], dir);
  check(!patch.ok, 'a patch version with no section of its own was taken');
});

await test("publint: the tarball's package.json, exports and files agree (strict)", () => {
  const out = run('node', [resolve('node_modules/publint/src/cli.js'), 'run', tarball, '--strict']);
  check(/All good/.test(out), out);
});

await test('are the types wrong: every typed entry point resolves its types as ESM, in node16 and bundlers', () => {
  // The drop-in scripts are files to copy onto a site, not modules to import: no types.
  try {
    run('node', [
      resolve('node_modules/@arethetypeswrong/cli/dist/index.js'),
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'table',
      '--exclude-entrypoints',
      ...DROP_INS.map((dropIn) => `./${dropIn.file}`),
      `./${CLASSIC.file}`,
    ]);
  } catch (error) {
    throw new Error(`${error.stdout}${error.stderr}`);
  }
});

await test(`npm install of the tarball, react@${REACT}, react-dom, @vitejs/plugin-react@${PLUGIN_REACT}, vue@${VUE}, @vitejs/plugin-vue@${PLUGIN_VUE}, vite@${VITE}`, () => {
  write(
    join(app, 'package.json'),
    JSON.stringify({ name: 'osms-package-check', private: true, type: 'module' }, null, 2),
  );
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--save-exact',
      tarball,
      `react@${REACT}`,
      `react-dom@${REACT}`,
      `@vitejs/plugin-react@${PLUGIN_REACT}`,
      `vue@${VUE}`,
      `@vitejs/plugin-vue@${PLUGIN_VUE}`,
      `vite@${VITE}`,
    ],
    app,
  );
  check(existsSync(join(app, 'node_modules/lit/package.json')), 'lit was not installed with the package');
});

await test('every entry point and exported file resolves in Node; osms-widgets/core runs there', () => {
  write(
    join(app, 'node-check.mjs'),
    `
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, nextQuestion, isPastHorizon, DATA_HORIZON } from 'osms-widgets/core';
const { exports } = (await import('osms-widgets/package.json', { with: { type: 'json' } })).default;
for (const key of Object.keys(exports)) {
  const file = fileURLToPath(import.meta.resolve('osms-widgets' + key.slice(1)));
  if (!existsSync(file)) throw new Error(key + ' → ' + file + ' does not exist');
}
const a = assess({ residency: 'citizen', categories: ['child'] }, { date: '2026-01-01' });
console.log(JSON.stringify({ first: nextQuestion({}), status: a.status, horizon: DATA_HORIZON, stale: [isPastHorizon(DATA_HORIZON), isPastHorizon('2099-01-01')] }));
`,
  );
  const out = JSON.parse(run('node', ['node-check.mjs'], app));
  check(out.first === 'residency', `nextQuestion({}) is ${out.first}`);
  check(out.status === 'insured-state', `a child is ${out.status}`);
  check(
    /^\d{4}-\d{2}-\d{2}$/.test(out.horizon) && out.stale.join() === 'false,true',
    `the data horizon from core: ${JSON.stringify(out)}`,
  );
});

for (const moduleResolution of ['bundler', 'nodenext']) {
  await test(`types: tsc (moduleResolution ${moduleResolution}) on a file that uses every entry point`, () => {
    write(
      join(app, 'types-check.ts'),
      `
import { CoverageChecker, ServiceList, ExemptionList, getLocale, setLocale, version, type Locale } from 'osms-widgets';
import { CoverageChecker as Checker } from 'osms-widgets/coverage-checker';
import { ServiceList as List } from 'osms-widgets/service-list';
import { ExemptionList as Exemptions } from 'osms-widgets/exemption-list';
import { assess, nextQuestion, DATA_HORIZON, RULES_REVIEWED, type Assessment, type Status } from 'osms-widgets/core';
import type { RulesStaleDetail } from 'osms-widgets';

const checker: CoverageChecker = document.createElement('coverage-checker');
const same: Checker = checker;
checker.addEventListener('coverage-result', (event) => {
  const status: Status = event.detail.status;
  console.log(status, same.answers);
});
const list: ServiceList | List | null = document.querySelector('service-list');
const exemptions: ExemptionList | Exemptions = document.createElement('exemption-list');
exemptions.addEventListener('exemption-select', (event) => event.detail.category);
document.addEventListener('osms-rules-stale', (event) => {
  const detail: RulesStaleDetail = event.detail;
  const past: boolean = detail.rulesDate > DATA_HORIZON && detail.reviewed === RULES_REVIEWED;
  console.log(past, detail.version);
});
const locale: Locale = getLocale();
void setLocale('kk');
const result: Assessment = assess({ residency: 'citizen' }, { date: '2026-01-01' });
const next: string = nextQuestion({});
console.log(list, locale, result, next, version);
// @ts-expect-error: the checker has no such property
checker.nonsense = 1;
`,
    );
    write(
      join(app, `tsconfig.${moduleResolution}.json`),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext',
          moduleResolution,
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['types-check.ts'],
      }),
    );
    try {
      run('node', [TSC, '-p', `tsconfig.${moduleResolution}.json`], app);
    } catch (error) {
      throw new Error(`tsc failed:\n${error.stdout}${error.stderr}`);
    }
  });
}

await test('custom-elements.json resolves from the installed package and declares the three elements', () => {
  const root = join(app, 'node_modules/osms-widgets');
  const installed = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  check(installed.customElements, 'package.json has no customElements field');
  const manifest = JSON.parse(readFileSync(join(root, installed.customElements), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  check(
    JSON.stringify(elements.map((e) => e.tagName).sort()) === JSON.stringify([...TAGS].sort()),
    `tags: ${elements.map((e) => e.tagName)}`,
  );
  for (const el of elements) {
    for (const kind of ['attributes', 'cssParts', 'cssProperties', 'slots'])
      check(el[kind]?.length, `<${el.tagName}> documents no ${kind}`);
    const undocumented = [...el.attributes, ...(el.events ?? []), ...el.cssParts, ...el.cssProperties].filter(
      (x) => !x.description,
    );
    check(!undocumented.length, `<${el.tagName}>: ${undocumented.map((x) => x.name)} undocumented`);
  }
});

/** Opens `url`, records page errors, and waits until `<coverage-checker>` has rendered. */
async function openPage(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on(
    'console',
    (message) =>
      message.type() === 'error' &&
      !message.text().startsWith('Failed to load resource') &&
      errors.push(message.text()),
  );
  page.on(
    'response',
    (response) =>
      response.status() >= 400 &&
      !response.url().endsWith('/favicon.ico') &&
      errors.push(`${response.status()} ${response.url()}`),
  );
  await page.setViewport({ width: 800, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.querySelector('coverage-checker')?.shadowRoot?.querySelector('[part~="heading"]'),
    { timeout: 15000 },
  );
  return { page, errors };
}

/** The checker's main button colour, and whether its no-JS fallback is hidden. */
const looks = (page) =>
  page.evaluate(() => {
    const checker = document.querySelector('coverage-checker');
    const button = checker.shadowRoot.querySelector('button[part~="button"][type="submit"]');
    const fallback = checker.querySelector('a');
    return {
      accent: getComputedStyle(button).backgroundColor,
      fallbackShown: fallback ? fallback.getClientRects().length > 0 : false,
    };
  });

/** Answers the checker along the sample path of the docs' recipes, confirms, and waits for the app's `<main><p>` to show the status. */
async function checkResultReaches(page, framework) {
  await page.waitForFunction(() => document.querySelector('coverage-checker')?.shadowRoot?.querySelector('input'), {
    timeout: 5000,
  });
  await page.evaluate(driveChecker, await page.$('coverage-checker'), SAMPLE_PATH);
  try {
    await page.waitForFunction(() => document.querySelector('main p')?.textContent.includes('not-insured'), {
      timeout: 5000,
    });
  } catch {
    throw new Error(
      `the coverage-result did not reach ${framework}: <main> shows "${await page.evaluate(() => document.querySelector('main')?.textContent)}"`,
    );
  }
}

try {
  const launched = Date.now();
  browser = await puppeteer.launch({
    executablePath: findBrowsers().chrome,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  console.log(`  (Chromium started in ${((Date.now() - launched) / 1000).toFixed(1)} s)`);

  await test('docs/embedding.md recipe: a plain HTML page with the classic script renders a themed checker', async () => {
    const site = join(tmp, 'site');
    write(join(site, 'index.html'), docBlock('classic-page.html'));
    mkdirSync(join(site, 'assets'), { recursive: true });
    copyFileSync(
      join(app, 'node_modules/osms-widgets/dist/osms-widgets.iife.js'),
      join(site, 'assets/osms-widgets.iife.js'),
    );
    const server = await serveStatic(site);
    try {
      const { page, errors } = await openPage(server.url);
      const { accent, fallbackShown } = await looks(page);
      check(accent === 'rgb(0, 105, 92)', `the Continue button is ${accent}, not the theme's #00695c`);
      check(!fallbackShown, 'the no-JS fallback link is still shown');
      check(!errors.length, errors.join('; '));
    } finally {
      await server.close();
    }
  });

  await test('docs/frameworks.md recipe: a Vite React 19 app from the tarball renders <coverage-checker> and gets its result', async () => {
    write(join(app, 'src/App.jsx'), docBlock('react/App.jsx'));
    write(
      join(app, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>',
    );
    write(
      join(app, 'vite.config.js'),
      "import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\nexport default defineConfig({ plugins: [react()], logLevel: 'warn' });\n",
    );
    // Also imports every entry point, as a bundler user would, to see that they bundle together.
    write(
      join(app, 'src/main.jsx'),
      `
import { createRoot } from 'react-dom/client';
import * as all from 'osms-widgets';
import 'osms-widgets/service-list';
import 'osms-widgets/exemption-list';
import { nextQuestion } from 'osms-widgets/core';
import App from './App.jsx';
window.entries = { version: all.version, first: nextQuestion({}) };
createRoot(document.getElementById('root')).render(<App />);
`,
    );
    try {
      run('node', ['node_modules/vite/bin/vite.js', 'build'], app);
    } catch (error) {
      throw new Error(`vite build failed:\n${error.stdout}${error.stderr}`);
    }
    const server = await serveStatic(join(app, 'dist'));
    try {
      const { page, errors } = await openPage(server.url);
      const state = await page.evaluate(
        (tags) => ({ defined: tags.filter((t) => customElements.get(t)), entries: window.entries }),
        TAGS,
      );
      check(state.defined.length === 3, `defined: ${state.defined}`);
      check(
        state.entries.first === 'residency' && state.entries.version === pkg.version,
        JSON.stringify(state.entries),
      );
      const { accent } = await looks(page);
      check(accent === 'rgb(0, 105, 92)', `the Continue button is ${accent}, not the theme's #00695c`);
      await checkResultReaches(page, 'React');
      check(!errors.length, errors.join('; '));
    } finally {
      await server.close();
    }
  });
  await test(`docs/frameworks.md recipe: a Vite Vue ${VUE} app from the tarball renders <coverage-checker> and gets its result`, async () => {
    // In a folder of its own inside the app, so that it shares node_modules with the React app.
    const vueApp = join(app, 'vue');
    write(join(vueApp, 'vite.config.js'), docBlock('vue/vite.config.js'));
    write(join(vueApp, 'src/App.vue'), docBlock('vue/App.vue'));
    write(
      join(vueApp, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title></head><body><div id="root"></div><script type="module" src="/src/main.js"></script></body></html>',
    );
    write(
      join(vueApp, 'src/main.js'),
      "import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#root');\n",
    );
    try {
      run('node', ['../node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], vueApp);
    } catch (error) {
      throw new Error(`vite build failed:\n${error.stdout}${error.stderr}`);
    }
    const server = await serveStatic(join(vueApp, 'dist'));
    try {
      const { page, errors } = await openPage(server.url);
      const defined = await page.evaluate(() => Boolean(customElements.get('coverage-checker')));
      check(defined, '<coverage-checker> is not defined');
      const { accent, fallbackShown } = await looks(page);
      check(accent === 'rgb(0, 105, 92)', `the Continue button is ${accent}, not the theme's #00695c`);
      check(!fallbackShown, 'the no-JS fallback link is still shown');
      await checkResultReaches(page, 'Vue');
      check(!errors.length, errors.join('; '));
    } finally {
      await server.close();
    }
  });
} finally {
  await browser?.close();
}

if (results.failed === 0) rmSync(tmp, { recursive: true, force: true });
else console.log(`  (the temporary project is kept in ${tmp})`);
console.log(`\npackage tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.passed} passed, ${results.failed} failed`);
// `npm test` adds these to its own total.
writeCounts();
process.exit(results.failed ? 1 : 0);
