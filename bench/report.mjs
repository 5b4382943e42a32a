// The markdown tables of `npm run bench`, and their place in docs/performance.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { KIB, SEARCH_BUDGET } from '../scripts/budgets.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const yes = (holds) => (holds ? 'yes' : '**no**');
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const iqrOf = (x, format = ms) => `${format(x.median)} (IQR ${format(x.q1)}–${format(x.q3)})`;

export function markdown(r) {
  const { size, firstPaint: paint, scale, interaction, transfer } = r;
  const trio = (f) => `${kb(f.raw)} raw · ${kb(f.gzip)} gzip -9 · ${kb(f.brotli)} brotli`;
  const cpu = paint.cpu;
  const th = paint.throttled;
  const ratio = (x) => `${x.toFixed(2)}`;
  const pairs = (x) => `pairs: median ${ratio(x.median)}, IQR ${ratio(x.q1)}–${ratio(x.q3)}`;
  const wire = (name) =>
    transfer.files
      .filter((t) => t.name === name)
      .map((t) => `${t.encoding === 'br' ? 'brotli' : 'gzip'} ${kb(t.bytes)} in ${ms(t.ms)}`)
      .join(', ');
  const summary = [
    ...size.budgets.map((f) => [
      `\`${f.file}\` (${f.what})`,
      `${trio(f)}${wire(f.file) ? `; at slow 4G: ${wire(f.file)}` : ''}`,
      Object.entries(f.budget)
        .map(([kind, limit]) => `≤ ${kb(limit)} ${kind === 'gzip' ? 'gzip -9' : kind}`)
        .join(', '),
      yes(f.holds),
    ]),
    ...(size.breakdown
      ? Object.entries({
          text: '… its text (three languages), by removal',
          structure: '… its content structure (message calls, rules, sources, lists), by removal',
          code: '… its fixed code (Lit, @lit/localize, elements, engine): what remains',
        }).map(([key, what]) => [
          what,
          `${kb(size.breakdown.parts[key].gzip)} gzip -9 · ${kb(size.breakdown.parts[key].brotli)} brotli`,
          '',
          '',
        ])
      : []),
    ...[...new Set((size.search ?? []).map((s) => s.set))].map((set) => {
      const files = size.search.filter((s) => s.set === set);
      const budget = set === 'osms-widgets' ? SEARCH_BUDGET.gzip * KIB : undefined;
      const all = files.find((s) => !s.locale);
      return [
        `… the lists' search, by removal: \`${set}.js\` (all languages) / ${files
          .filter((s) => s.locale)
          .map((s) => `\`.${s.locale}.js\``)
          .join(' / ')}`,
        `${files.map((s) => kb(s.gzip)).join(' / ')} gzip -9 · ${files.map((s) => kb(s.brotli)).join(' / ')} brotli`,
        budget === undefined ? '' : `≤ ${kb(budget)} gzip -9 (all languages)`,
        budget === undefined ? '' : yes(all.gzip <= budget),
      ];
    }),
    ...size.entries.map((e) => [
      `\`${e.name.replace(' + Lit, bundled', '')}\` + Lit, bundled`,
      `${trio(e)} (${kb(e.filesGzip)} gzip in ${e.files} files, Lit external)`,
      '',
      '',
    ]),
    [
      'First paint, main-thread CPU, page with the widgets (a)',
      `${iqrOf(cpu.scripted)}, ${cpu.scripted.n} runs; off the main thread ${iqrOf(cpu.offMain.scripted)}`,
      '',
      '',
    ],
    [
      'First paint, main-thread CPU, same content as static HTML (b)',
      `${iqrOf(cpu.static)}, ${cpu.static.n} runs; off the main thread ${iqrOf(cpu.offMain.static)}`,
      '',
      '',
    ],
    ['**First paint CPU ratio a/b**', `${ratio(cpu.ratio)} (${pairs(cpu.pairRatio)})`, '≤ 1.3', yes(cpu.ratio <= 1.3)],
    [
      '… rendered after the first paint, in idle time (a)',
      `${iqrOf(cpu.laterMs)} CPU; off the main thread ${iqrOf(cpu.offMain.later)}`,
      '',
      '',
    ],
    [
      '**All content rendered (first paint + idle time) CPU ratio a/b**',
      `${ratio(cpu.allRatio)} (${iqrOf(cpu.all)} against b; ${pairs(cpu.allPairRatio)})`,
      '≤ 1.5',
      yes(cpu.allRatio <= 1.5),
    ],
    [
      'First paint, wall clock a / b (beside)',
      `${iqrOf(paint.wall.scripted)} / ${iqrOf(paint.wall.static)}; ratio ${ratio(paint.ratio)}`,
      '',
      '',
    ],
    [
      `First paint CPU, ${th.rate}× CPU throttling (a / b)`,
      `${iqrOf(th.cpu.scripted)} / ${iqrOf(th.cpu.static)}; ratio ${ratio(th.cpu.ratio)}, all content ${ratio(th.cpu.allRatio)}, ${th.runs} runs`,
      '≤ 1.3',
      yes(th.cpu.ratio <= 1.3),
    ],
    ...scale.map((s) => [
      `\`<${s.tag}>\` × 1 / 10 / 100, all rendered`,
      `${s.points.map((p) => ms(p.renderedMs)).join(' / ')}; JS heap ${s.points.map((p) => mb(p.heapBytes)).join(' / ')}`,
      'linear',
      `time ${s.msPerInstance.growth}, heap ${s.heapBytesPerInstance.growth}`,
    ]),
    ...Object.entries(interaction.paths).flatMap(([name, run]) =>
      Object.entries(run.perStep).flatMap(([step, x]) => [
        [
          `${name} path: Continue on \`${step}\` → next frame painted, main-thread CPU (cold)`,
          `${iqrOf(x.cpu)}; wall ${ms(x.wall.median)}; off the main thread ${ms(x.offMain.median)}; ${run.throttled.rate}× throttled ${ms(run.throttled.perStep[step]?.cpu.median ?? NaN)}`,
          `≤ ${interaction.cpuLimitMs} ms CPU`,
          yes(x.cpu.median <= interaction.cpuLimitMs),
        ],
        [
          `… then the longest task until its deferred work is done`,
          `${iqrOf(x.longestAfter)} CPU (at most ${ms(x.longestAfterMax)})`,
          `≤ ${interaction.longTaskLimitMs} ms`,
          yes(x.longestAfter.median <= interaction.longTaskLimitMs),
        ],
      ]),
    ),
  ];

  const parts = size.breakdown
    ? table(
        ['module group of `osms-widgets.js` (its text apart)', 'minified', 'gzip -9 by removal'],
        size.breakdown.groups.map((g) => [
          g.name.startsWith('<') ? `\`${g.name}\`` : g.name,
          kb(g.minified),
          kb(g.gzipRemoval),
        ]),
      )
    : '';

  const per = (s, key, format) => `${format(s[key].from1to10)} → ${format(s[key].from10to100)}`;
  const scaling = table(
    [
      'element',
      'rendered (1 / 10 / 100)',
      'painted (1 / 10 / 100)',
      'shadow nodes each',
      'ms per instance 1→10 → 10→100',
      'heap per instance 1→10 → 10→100',
    ],
    scale.map((s) => [
      `\`<${s.tag}>\``,
      s.points.map((p) => ms(p.renderedMs)).join(' / '),
      s.points.map((p) => ms(p.paintedMs)).join(' / '),
      String(Math.round(s.points[0].nodes)),
      per(s, 'msPerInstance', (v) => v.toFixed(2)),
      per(s, 'heapBytesPerInstance', kb),
    ]),
  );

  const m = r.machine;
  const c = transfer.conditions;
  const paths = Object.entries(interaction.paths)
    .map(
      ([name, run]) =>
        `${name} (${Object.entries(run.path)
          .map(([q, a]) => `${q}=${a}`)
          .join(', ')})`,
    )
    .join(' and ');
  const [anyPath] = Object.values(interaction.paths);
  return [
    `Measured ${r.date} on ${m.cores} × ${m.cpu}, ${m.memoryGB} GB, load average ${m.loadAverage} at start (median ${paint.loadAverage.median.toFixed(1)} over the first-paint runs; ${paint.highLoadRuns} of ${2 * paint.runs} runs under high load, i.e. above ${m.cores}), ${m.chromium}, Node ${m.node}; \`npm run bench\` took ${r.runtimeSeconds.toFixed(0)} s. KB means KiB (1,024 bytes).`,
    '',
    table(['measure', 'result', 'target', 'holds'], summary),
    '',
    parts,
    '',
    scaling,
    '',
    `How: sizes with node:zlib (gzip level 9, brotli quality 11) of the files in dist/, in KiB, against the budgets of scripts/budgets.mjs, which \`npm run size\` checks. Text, content structure and fixed code are measured by removal: the compressed size of the file minus that of the file without the part's characters (the text first, then the structure, so that the three add up to the file); each character's module comes from the file's source map; a module group's own figure is its removal alone. The lists' search (the residents' vocabulary, Russian and Kazakh word forms, one typo, keyboard stand-ins, invisible characters, ranking, and the answer when nothing matches) is measured by removal too, as a second build: each drop-in file built again with the search it replaced, which finds the items whose own texts contain every word of the query (case, diacritics and Kazakh letters folded) and otherwise says that nothing matches (scripts/plain-search.mjs), in memory; its row gives the file's size minus that build's. The per-element rows bundle each dist/es entry with its chunks and Lit once (Vite, minified, in memory). Transfer: each file fetched by a page under Chrome DevTools' "Slow 4G" conditions (${((c.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down, ${c.latency} ms latency), sent gzip- and brotli-encoded, from the request to the last byte (Resource Timing), median of 3. Times come from headless Chromium (a fresh browser context per page, no cache). The primary figure is main-thread CPU: each visit is traced, and the thread time of the renderer main thread's tasks (\`RunTask\`) is summed from the start of the visit to a mark set once the frame with every widget's content has been painted (the first task after the next animation frame); "off the main thread" sums the thread time of the renderer's other threads (V8's background compilation of the compile hint, the parser, the compositor) over the same window. Wall clock to the same mark stands beside it, because on a shared machine it mostly measures the load. Page b is the widgets' full content as static HTML (declarative shadow DOM), captured once after everything the widgets render later in idle time is in, with every \`<details>\` closed, so that rendering less at first cannot shrink the baseline; "all content rendered" adds the main-thread CPU of that idle-time work (to the next frame painted after it) to the first paint's. ${paint.runs} pairs of visits alternate a, b then b, a; medians with interquartile ranges (IQR), and the ratio's IQR over the pairs. The throttled runs slow the CPU ${th.rate}× (Chrome's CPU throttling, a mid-range phone) with ${th.runs} pairs. Each run records the 1-minute load average; runs above the number of cores count as high load. Scale adds N elements to a page where they are defined and times them to all \`updateComplete\`; heap is CDP \`Runtime.getHeapUsage\` after two forced GCs, minus the page's before; medians of ${r.settings.scaleRuns}. Interaction walks the checker along two paths, ${paths}, each in ${anyPath.walks} fresh pages (every step cold): it clicks Continue (and the review's confirm) at the start of a frame and sums the main thread's CPU from the click until that frame, with the next step in it, has been painted (as INP counts an interaction); then it waits for the step's deferred work (two rounds of idle time, each render done and painted) and reports the longest main-thread task of that time, by thread time; ${anyPath.throttled.walks} more walks of each path run throttled ${anyPath.throttled.rate}×. Pages use \`<html lang="ru">\`.`,
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces what stands between the bench markers of docs/performance.md. */
export function writeDocs(text, file = 'docs/performance.md') {
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} markers`);
  writeFileSync(file, `${readme.slice(0, start + START.length)}\n${text}\n${readme.slice(end)}`);
}
