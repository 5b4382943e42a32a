// First paint, scale and interaction in headless Chromium, against
// pages served from memory by a local server.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowsers } from '../scripts/browsers.mjs';
import { INSURED_PATH } from '../test/support/checker-driver.mjs';

const CHROMIUM = findBrowsers().chrome ?? '/usr/bin/chromium';
const ARGS = CHROMIUM_ARGS;
const TAGS = ['coverage-checker', 'service-list', 'exemption-list'];
const PATH = Object.fromEntries(INSURED_PATH);

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

const page = (body, script) => `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>
<script>${readFileSync(new URL('./page.js', import.meta.url), 'utf8')}</script>
${script ? '<script type="module" src="/osms-widgets.js"></script>' : ''}
</head><body>
${body}
</body></html>`;

const WIDGETS = `<coverage-checker><a href="https://msqory.kz">Check your health insurance status on msqory.kz</a></coverage-checker>
<service-list package="all"></service-list>
<exemption-list></exemption-list>`;
const MEASURE = '<script>window.painted = bench.firstPaint();</script>';

/** Serves `routes` (path → [type, body]) from memory, never cached, on 127.0.0.1. */
async function serve(routes) {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url, 'http://x').pathname];
    response.writeHead(route ? 200 : 404, { 'content-type': route?.[0] ?? 'text/plain', 'cache-control': 'no-store' });
    response.end(route?.[1] ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Opens `url` in a fresh browser context (empty cache), runs `work(page)`, closes it. */
async function fresh(browser, url, work) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await tab.goto(url, { waitUntil: 'load' });
    return await work(tab);
  } finally {
    await context.close();
  }
}

async function heap(tab) {
  const cdp = await tab.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Points 2–4. `script` is the drop-in module's text, as built. */
export async function measureBrowser(script, { paintRuns = 20, scaleRuns = 3, paths = 6, log = () => {} } = {}) {
  const routes = {
    '/osms-widgets.js': ['text/javascript', script],
    '/a.html': ['text/html', page(WIDGETS + MEASURE, true)],
    '/scale.html': ['text/html', page('', true)],
    '/checker.html': ['text/html', page('<coverage-checker></coverage-checker>', true)],
  };
  const { server, origin } = await serve(routes);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    defaultViewport: { width: 1280, height: 800 },
  });
  try {
    const version = await browser.version();

    // (b): the same DOM, captured once from the rendered widgets, as static HTML.
    const captured = await fresh(browser, `${origin}/a.html`, async (tab) => {
      await tab.evaluate(() => globalThis.painted);
      return tab.evaluate(() => globalThis.bench.capture());
    });
    routes['/b.html'] = ['text/html', page(captured + MEASURE, false)];

    log('first paint');
    const firstPaintOf = (name) =>
      fresh(browser, `${origin}/${name}.html`, (tab) => tab.evaluate(() => globalThis.painted));
    await firstPaintOf('a'); // warm-up: the browser's own first start, not counted
    await firstPaintOf('b');
    const runs = { a: [], b: [] };
    for (let i = 0; i < paintRuns; i++) {
      runs.a.push(await firstPaintOf('a'));
      runs.b.push(await firstPaintOf('b'));
    }
    const firstPaint = {
      runs: paintRuns,
      scriptedMs: median(runs.a),
      staticMs: median(runs.b),
      ratio: median(runs.a) / median(runs.b),
      samples: runs,
      staticHtmlBytes: Buffer.byteLength(routes['/b.html'][1]),
    };

    log('scale');
    const scale = [];
    for (const tag of TAGS) {
      const points = [];
      for (const count of [1, 10, 100]) {
        const samples = [];
        for (let i = 0; i < scaleRuns; i++) {
          samples.push(
            await fresh(browser, `${origin}/scale.html`, async (tab) => {
              await tab.evaluate(() => globalThis.bench.defined());
              const before = await heap(tab);
              const times = await tab.evaluate((t, n) => globalThis.bench.scale(t, n), tag, count);
              return { ...times, heap: (await heap(tab)) - before };
            }),
          );
        }
        points.push({
          count,
          renderedMs: median(samples.map((s) => s.rendered)),
          paintedMs: median(samples.map((s) => s.painted)),
          heapBytes: median(samples.map((s) => s.heap)),
          nodes: samples[0].nodes,
        });
      }
      scale.push({ tag, points, ...linearity(points) });
    }

    log('interaction');
    const samples = [];
    for (let i = 0; i < paths; i++) {
      samples.push(
        ...(await fresh(browser, `${origin}/checker.html`, (tab) =>
          tab.evaluate((p) => globalThis.bench.interaction(p), PATH),
        )),
      );
    }
    const ms = samples.map((s) => s.ms);
    const interaction = {
      path: PATH,
      samples: samples.length,
      medianMs: median(ms),
      p95Ms: percentile(ms, 95),
      maxMs: Math.max(...ms),
      frameMs: 1000 / 60,
      steps: samples,
    };

    return { chromium: version, firstPaint, scale, interaction };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Per-instance cost between 1 and 10 and between 10 and 100 instances (one-time costs
 * are in both ends, so they cancel). Growth is linear when the later slope is within a
 * factor of 2 of the earlier one; above that it is superlinear, below it sublinear
 * (`unclear` when the 1→10 difference is lost in noise).
 */
function linearity([one, ten, hundred]) {
  const slope = (key) => {
    const from1to10 = (ten[key] - one[key]) / 9;
    const from10to100 = (hundred[key] - ten[key]) / 90;
    const ratio = from10to100 / from1to10;
    const growth = !(from1to10 > 0) ? 'unclear' : ratio > 2 ? 'superlinear' : ratio < 0.5 ? 'sublinear' : 'linear';
    return { from1to10, from10to100, ratio, growth };
  };
  return { msPerInstance: slope('renderedMs'), heapBytesPerInstance: slope('heapBytes') };
}
