// Browser tests in the system's Chromium and Firefox (see scripts/browsers.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { inflateSync } from 'node:zlib';
import { CHROMIUM_ARGS, findBrowsers, tooOld, tooOldMessage } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

const found = findBrowsers();
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
// One plain line instead of a protocol error in every test file.
const old = tooOld({
  chrome: wanted.includes('chromium') ? found.chrome : undefined,
  firefox: wanted.includes('firefox') ? found.firefox : undefined,
});
if (old.length) throw new Error(old.map(tooOldMessage).join('\n'));

const browsers = [];
const chromium =
  wanted.includes('chromium') && found.chrome
    ? chromeLauncher({
        launchOptions: {
          executablePath: found.chrome,
          headless: true,
          args: CHROMIUM_ARGS,
        },
      })
    : undefined;
if (chromium) browsers.push(chromium);
const firefox =
  wanted.includes('firefox') && found.firefox
    ? puppeteerLauncher({
        launchOptions: { browser: 'firefox', executablePath: found.firefox, headless: true },
      })
    : undefined;
if (firefox) browsers.push(firefox);
// WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver, which scripts/webkit.mjs
// starts under Xvfb and names in WEBKIT_WEBDRIVER_PORT.
if (wanted.includes('webkit') && process.env.WEBKIT_WEBDRIVER_PORT && found.webkit) {
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_WEBDRIVER_PORT),
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': { binary: found.webkit, args: ['--automation'] },
      },
    }),
  );
}
if (browsers.length === 0) throw new Error('No browser found: run `node scripts/browsers.mjs`.');

/** `executeServerCommand('emulate-forced-colors', { active })`: Chromium's forced-colors emulation. */
function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error('forced-colors emulation needs Chromium');
      // Puppeteer's own media emulation does not know this feature; the protocol does.
      const cdp = await page.createCDPSession();
      const value = payload?.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}

/**
 * `executeServerCommand('set-default-font-size', { px })`: the reader's default text size
 * (Chromium's Settings → Appearance → Font size), through the DevTools Protocol.
 */
function defaultFontSizePlugin() {
  return {
    name: 'set-default-font-size',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-default-font-size') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error('the default font size can be set only in Chromium');
      const cdp = await page.createCDPSession();
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload.px, fixed: 13 } });
      return true;
    },
  };
}

/** The pages of a PDF: its `/Type /Page` objects, also those inside compressed object streams (Firefox). */
function pdfPageCount(pdf) {
  const texts = [pdf.toString('latin1')];
  for (let start = pdf.indexOf('stream'); start >= 0; start = pdf.indexOf('stream', start + 6)) {
    const from = start + (pdf[start + 6] === 0x0d ? 8 : 7);
    const end = pdf.indexOf('endstream', from);
    if (end < 0) break;
    try {
      texts.push(inflateSync(pdf.subarray(from, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (or an image): nothing to count in it.
    }
    start = end;
  }
  return texts.reduce((pages, text) => pages + (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length, 0);
}

/**
 * `executeServerCommand('print-pdf-pages')`: prints the test page as the browser prints it
 * (Chromium through the DevTools Protocol, Firefox through WebDriver BiDi, both with the
 * `beforeprint`/`afterprint` events) and returns the number of pages of the PDF.
 */
function printPlugin() {
  return {
    name: 'print-pdf-pages',
    async executeCommand({ command, session }) {
      if (command !== 'print-pdf-pages') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.pdf) throw new Error('printing needs a Puppeteer-driven browser (Chromium or Firefox)');
      return pdfPageCount(Buffer.from(await page.pdf({ format: 'A4' })));
    },
  };
}

/**
 * `executeServerCommand('intl-date', { locale, options, dates })`: ISO dates as Node's own
 * `Intl.DateTimeFormat` (full ICU, in UTC) writes them. The oracle of the widgets' date
 * formats whatever the browser's build knows: Debian's Chromium has no Kazakh month names.
 */
function intlDatePlugin() {
  return {
    name: 'intl-date',
    executeCommand({ command, payload }) {
      if (command !== 'intl-date') return undefined;
      const format = new Intl.DateTimeFormat(payload.locale, { ...payload.options, timeZone: 'UTC' });
      return payload.dates.map((iso) => format.format(new Date(`${iso}T00:00:00Z`)));
    },
  };
}

/**
 * The strict policy of docs/csp.md, sent as an HTTP header with the CSP test pages. Its
 * Trusted Types policy names are the `osms-widgets` of docs/csp.md unless the page's query
 * names others (`?tt=lit-html+osms-widgets`), as a host page with its own Lit does.
 */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

export default {
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
        const names = typeof context.query.tt === 'string' ? context.query.tt : 'osms-widgets';
        context.set('Content-Security-Policy', `${STRICT_CSP}; trusted-types ${names}`);
      }
    },
  ],
  // `dist` tests load the built files, so they run after `npm run build`.
  // `history` runs alone, in a browser of its own: its tests walk Back and Forward through
  // the tab's session history, which after other test pages holds their entries too.
  files:
    process.env.TEST_GROUP === 'history'
      ? ['test/hardening/history.test.ts']
      : process.env.TEST_GROUP === 'dist'
        ? ['test/dist/**/*.test.ts']
        : [
            'src/**/*.test.ts',
            'test/**/*.test.ts',
            '!test/dist/**',
            '!**/*.chromium.test.ts',
            '!**/*.print.test.ts',
            '!test/hardening/history.test.ts',
          ],
  // Tests that need the Chrome DevTools Protocol (print and forced-colors emulation), and
  // tests that print for real, in the browsers Puppeteer drives (not WebKit's WebDriver).
  groups:
    process.env.TEST_GROUP === 'dist' || process.env.TEST_GROUP === 'history'
      ? []
      : [
          ...(chromium
            ? [
                {
                  name: 'chromium-only',
                  files: ['src/**/*.chromium.test.ts', 'test/**/*.chromium.test.ts'],
                  browsers: [chromium],
                },
              ]
            : []),
          ...(chromium || firefox
            ? [{ name: 'print', files: ['test/**/*.print.test.ts'], browsers: [chromium, firefox].filter(Boolean) }]
            : []),
        ],
  nodeResolve: true,
  browsers,
  // One page at a time per browser: background tabs get no animation frames and no focus.
  concurrency: 1,
  concurrentBrowsers: 3,
  testsFinishTimeout: 300000,
  // Generous: three engines share two cores.
  browserStartTimeout: 90000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Mocha itself fails a run that has an `.only` left in it. (Its forbidPending does not
  // reach the runner's result; scripts/test.mjs fails on any skipped test instead.)
  testFramework: { config: { timeout: 20000, forbidOnly: true } },
  plugins: [
    forcedColorsPlugin(),
    defaultFontSizePlugin(),
    // The browser's accessibility tree (names as screen readers get them), in Chromium and Firefox.
    a11ySnapshotPlugin(),
    printPlugin(),
    intlDatePlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
  ],
  reporters: [defaultReporter(), countReporter({ file: process.env.COUNTS_FILE ?? '.test-counts.json' })],
};
