// First paint, scale and interaction in headless Chromium, against pages served from
// memory by a local server. The primary figure of first paint and of each checker step
// is main-thread CPU time read from a Chromium trace (the renderer's main-thread tasks);
// wall-clock time stands beside it, because it mostly measures the machine's load.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowsers } from '../scripts/browsers.mjs';
import { INSURED_PATH } from '../test/support/checker-driver.mjs';

const CHROMIUM = findBrowsers().chrome ?? '/usr/bin/chromium';
const ARGS = CHROMIUM_ARGS;
const TAGS = ['coverage-checker', 'service-list', 'exemption-list'];
/**
 * The checker's paths: to the commonest result (a self-employed citizen who pays: insured,
 * up to date) and to the richest one (the same person, last paid two months ago: insured
 * in the grace period, with the amounts to pay and the changes ahead).
 */
const PATHS = {
  'up-to-date': Object.fromEntries(INSURED_PATH),
  grace: Object.fromEntries([...INSURED_PATH.slice(0, 3), ['last-paid', 'month-2']]),
};

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** Quartile by linear interpolation between the order statistics. */
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};
/** Median and interquartile range of a sample. */
export const summary = (values) => ({
  median: median(values),
  q1: quantile(values, 0.25),
  q3: quantile(values, 0.75),
  iqr: quantile(values, 0.75) - quantile(values, 0.25),
  n: values.length,
});

/** A run counts as under high load when the 1-minute load average exceeds the cores. */
const CORES = os.cpus().length;
const load = () => os.loadavg()[0];

const TRACE_CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
];

/**
 * A traced page's work: the renderer main thread is the one that recorded the page's
 * `bench:` user-timing marks; its top-level tasks (`RunTask`, which hold all script,
 * style, layout and paint work) are summed over each window between two marks (from the
 * start of the trace when `from` is null), by thread time (`tdur`: the CPU the task got,
 * not the wall time it spanned while the thread waited for a core; a task crossing a mark
 * counts pro rata). Per window: `cpu` (ms), `longest` (the longest task's thread time,
 * ms) and `offMain` (the thread time of the renderer's other threads' top-level events:
 * V8's background compilation, the HTML parser's and the compositor's work, ms).
 */
function traceWindows(trace, windows) {
  const events = JSON.parse(trace).traceEvents ?? JSON.parse(trace);
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && e.name?.startsWith('bench:'));
  if (marks.length === 0) throw new Error('the trace holds no bench: marks');
  const { pid, tid } = marks[0];
  // DevTools' `RunTask` (the same tasks are also recorded, nested, under other names).
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask');
  // Other threads of the renderer: their outermost complete events.
  const others = [];
  const byThread = new Map();
  for (const e of events)
    if (e.pid === pid && e.tid !== tid && e.ph === 'X' && e.dur > 0)
      byThread.set(e.tid, [...(byThread.get(e.tid) ?? []), e]);
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let end = -Infinity;
    for (const e of list) {
      if (e.ts >= end) {
        others.push(e);
        end = e.ts + e.dur;
      }
    }
  }
  const at = (name) => marks.find((m) => m.name === name)?.ts;
  const sum = (list, start, end) => {
    let total = 0;
    let longest = 0;
    for (const task of list) {
      const inside = Math.max(0, Math.min(task.ts + task.dur, end) - Math.max(task.ts, start));
      if (inside <= 0) continue;
      const cpu = (task.tdur ?? task.dur) * (task.dur > 0 ? inside / task.dur : 1);
      total += cpu;
      longest = Math.max(longest, cpu);
    }
    return { total: total / 1000, longest: longest / 1000 };
  };
  const result = {};
  for (const [name, from, to] of windows) {
    const start = from === null ? -Infinity : at(from);
    const end = at(to);
    if (start === undefined || end === undefined) throw new Error(`the trace lacks ${from} or ${to}`);
    const main = sum(tasks, start, end);
    result[name] = { cpu: main.total, longest: main.longest, offMain: sum(others, start, end).total };
  }
  return result;
}

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
    response.writeHead(route ? 200 : 404, {
      'content-type': route?.[0] ?? 'text/plain',
      'cache-control': 'no-store',
      ...route?.[2],
    });
    response.end(route?.[1] ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Opens `url` in a fresh browser context (empty cache), runs `work(page)`, closes it.
 * With `trace`, the whole visit is traced and `work` gets the trace's text as its second
 * argument after it ends; with `throttle`, the CPU runs that many times slower.
 */
async function fresh(browser, url, work, { trace = false, throttle = 1 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    if (throttle !== 1) {
      const cdp = await tab.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    if (!trace) {
      await tab.goto(url, { waitUntil: 'load' });
      return await work(tab);
    }
    await tab.tracing.start({ categories: TRACE_CATEGORIES });
    await tab.goto(url, { waitUntil: 'load' });
    const value = await work(tab);
    const text = Buffer.from(await tab.tracing.stop()).toString('utf8');
    return { value, trace: text };
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

/**
 * First paint, scale and interaction. `script` is the drop-in module's text, as built.
 * `throttle` is the CPU slowdown of the throttled runs (4: a mid-range phone).
 */
export async function measureBrowser(
  script,
  { paintRuns = 20, throttledRuns = 10, throttle = 4, scaleRuns = 3, paths = 10, files = {}, log = () => {} } = {},
) {
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

    // (b): the same content as static HTML, captured once from the widgets after all of
    // it is rendered (idle-time work included), every <details> closed: the baseline does
    // not shrink when the widgets paint less at first.
    const captured = await fresh(browser, `${origin}/a.html`, async (tab) => {
      await tab.evaluate(() => globalThis.painted);
      await tab.evaluate(() => globalThis.bench.idle());
      return tab.evaluate(() => globalThis.bench.capture());
    });
    routes['/b.html'] = ['text/html', page(captured + MEASURE, false)];

    log('first paint');
    /** One traced visit: wall clock and main-thread CPU to the first paint (and, for a, of the idle-time work after it). */
    const visit = async (name, rate) => {
      const loadAverage = load();
      const { value: wallMs, trace } = await fresh(
        browser,
        `${origin}/${name}.html`,
        async (tab) => {
          const wall = await tab.evaluate(() => globalThis.painted);
          if (name === 'a') await tab.evaluate(() => globalThis.bench.idle());
          return wall;
        },
        { trace: true, throttle: rate },
      );
      const windows = traceWindows(trace, [
        ['paint', null, 'bench:painted'],
        ...(name === 'a' ? [['later', 'bench:painted', 'bench:idle']] : []),
      ]);
      return {
        wallMs,
        cpuMs: windows.paint.cpu,
        laterCpuMs: windows.later?.cpu,
        offMainMs: windows.paint.offMain,
        laterOffMainMs: windows.later?.offMain,
        loadAverage,
        highLoad: loadAverage > CORES,
      };
    };
    /** `pairs` pairs of visits, a/b alternated (a, b, then b, a, …) so neither always runs first. */
    const series = async (pairs, rate) => {
      await visit('a', rate); // warm-up: the browser's own first start, not counted
      await visit('b', rate);
      const runs = { a: [], b: [] };
      for (let i = 0; i < pairs; i++) {
        for (const name of i % 2 ? ['b', 'a'] : ['a', 'b']) runs[name].push(await visit(name, rate));
      }
      const cpu = { scripted: summary(runs.a.map((r) => r.cpuMs)), static: summary(runs.b.map((r) => r.cpuMs)) };
      const pairRatios = runs.a.map((r, i) => r.cpuMs / runs.b[i].cpuMs);
      // All content: the first paint and the idle-time work after it, against the same
      // static page (which has all of it at once).
      const all = summary(runs.a.map((r) => r.cpuMs + r.laterCpuMs));
      return {
        runs,
        cpu: {
          ...cpu,
          ratio: cpu.scripted.median / cpu.static.median,
          pairRatio: summary(pairRatios),
          laterMs: summary(runs.a.map((r) => r.laterCpuMs)),
          all,
          allRatio: all.median / cpu.static.median,
          allPairRatio: summary(runs.a.map((r, i) => (r.cpuMs + r.laterCpuMs) / runs.b[i].cpuMs)),
          offMain: {
            scripted: summary(runs.a.map((r) => r.offMainMs)),
            static: summary(runs.b.map((r) => r.offMainMs)),
            later: summary(runs.a.map((r) => r.laterOffMainMs)),
          },
        },
        wall: { scripted: summary(runs.a.map((r) => r.wallMs)), static: summary(runs.b.map((r) => r.wallMs)) },
        highLoadRuns: [...runs.a, ...runs.b].filter((r) => r.highLoad).length,
        loadAverage: summary([...runs.a, ...runs.b].map((r) => r.loadAverage)),
      };
    };
    const normal = await series(paintRuns, 1);
    log(`first paint, CPU throttled ${throttle}×`);
    const throttled = await series(throttledRuns, throttle);
    const firstPaint = {
      runs: paintRuns,
      // Wall clock, as before: medians of the runs.
      scriptedMs: normal.wall.scripted.median,
      staticMs: normal.wall.static.median,
      ratio: normal.wall.scripted.median / normal.wall.static.median,
      samples: { a: normal.runs.a.map((r) => r.wallMs), b: normal.runs.b.map((r) => r.wallMs) },
      staticHtmlBytes: Buffer.byteLength(routes['/b.html'][1]),
      staticNodes: (captured.match(/<[a-z]/g) ?? []).length,
      // Main-thread CPU, the primary figure.
      cpu: normal.cpu,
      wall: normal.wall,
      cpuSamples: { a: normal.runs.a.map((r) => r.cpuMs), b: normal.runs.b.map((r) => r.cpuMs) },
      loadAverage: normal.loadAverage,
      highLoadRuns: normal.highLoadRuns,
      throttled: {
        rate: throttle,
        runs: throttledRuns,
        cpu: throttled.cpu,
        wall: throttled.wall,
        loadAverage: throttled.loadAverage,
        highLoadRuns: throttled.highLoadRuns,
      },
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
    /**
     * The checker walked along `path` in a fresh page (every step cold): each step's CPU
     * to its next painted frame, and after it the longest task until its deferred work
     * is done, read from the trace.
     */
    const walk = async (path, rate) => {
      const { value: steps, trace } = await fresh(
        browser,
        `${origin}/checker.html`,
        (tab) => tab.evaluate((p) => globalThis.bench.interaction(p), path),
        { trace: true, throttle: rate },
      );
      const windows = traceWindows(trace, [
        ...steps.map((_, i) => [`${i}`, `bench:step-start:${i}`, `bench:step-end:${i}`]),
        ...steps.map((_, i) => [`${i}:after`, `bench:step-end:${i}`, `bench:step-settled:${i}`]),
      ]);
      return steps.map((s, i) => ({
        ...s,
        cpuMs: windows[i].cpu,
        offMainMs: windows[i].offMain,
        afterCpuMs: windows[`${i}:after`].cpu,
        longestAfterMs: windows[`${i}:after`].longest,
      }));
    };
    const perStep = (samples) => {
      const by = {};
      for (const s of samples) (by[s.step] ??= []).push(s);
      return Object.fromEntries(
        Object.entries(by).map(([step, list]) => [
          step,
          {
            cpu: summary(list.map((s) => s.cpuMs)),
            wall: summary(list.map((s) => s.ms)),
            offMain: summary(list.map((s) => s.offMainMs)),
            longestAfter: summary(list.map((s) => s.longestAfterMs)),
            longestAfterMax: Math.max(...list.map((s) => s.longestAfterMs)),
          },
        ]),
      );
    };
    const interaction = { paths: {}, frameMs: 1000 / 60, cpuLimitMs: 10, longTaskLimitMs: 50 };
    for (const [name, path] of Object.entries(PATHS)) {
      log(`interaction, ${name} path`);
      const samples = [];
      for (let i = 0; i < paths; i++) samples.push(...(await walk(path, 1)));
      log(`interaction, ${name} path, CPU throttled ${throttle}×`);
      const throttledSamples = [];
      for (let i = 0; i < Math.ceil(paths / 2); i++) throttledSamples.push(...(await walk(path, throttle)));
      interaction.paths[name] = {
        path,
        walks: paths,
        steps: samples,
        perStep: perStep(samples),
        throttled: { rate: throttle, walks: Math.ceil(paths / 2), perStep: perStep(throttledSamples) },
      };
    }

    log('transfer at slow 4G');
    const transfer = await measureTransfer(browser, origin, routes, files);

    return { chromium: version, firstPaint, scale, interaction, transfer };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Chrome DevTools' "Slow 4G" network preset: 1.6 Mbit/s down and 750 kbit/s up, each
 * ×0.9, and 150 ms round trips ×3.75 (562.5 ms), as DevTools' own throttling applies it.
 */
export const SLOW_4G = {
  offline: false,
  downloadThroughput: (1.6e6 / 8) * 0.9,
  uploadThroughput: (750e3 / 8) * 0.9,
  latency: 150 * 3.75,
};

/**
 * Each file of `files` (name → text) fetched by a page under SLOW_4G, sent gzip -9 and
 * brotli-encoded as a server would: the bytes on the wire and the time from the request
 * to the last byte (Resource Timing), the median of 3 fetches each.
 */
async function measureTransfer(browser, origin, routes, files) {
  const encodings = {
    gzip: (data) => gzipSync(data, { level: 9 }),
    br: (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
  const urls = [];
  for (const [name, text] of Object.entries(files)) {
    for (const [encoding, compress] of Object.entries(encodings)) {
      const path = `/transfer/${encoding}/${name}`;
      routes[path] = ['text/javascript', compress(Buffer.from(text)), { 'content-encoding': encoding }];
      urls.push({ name, encoding, path });
    }
  }
  const results = [];
  await fresh(browser, `${origin}/scale.html`, async (tab) => {
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    for (const { name, encoding, path } of urls) {
      const samples = [];
      for (let i = 0; i < 3; i++) {
        samples.push(
          await tab.evaluate(async (url) => {
            await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
            const entry = performance.getEntriesByName(new URL(url, globalThis.location.href).href).pop();
            performance.clearResourceTimings();
            return { ms: entry.responseEnd - entry.startTime, bytes: entry.encodedBodySize };
          }, `${path}?${i}`),
        );
      }
      results.push({ name, encoding, bytes: samples[0].bytes, ms: median(samples.map((s) => s.ms)) });
    }
  });
  return { conditions: SLOW_4G, files: results };
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
