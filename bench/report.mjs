// The markdown tables of `npm run bench`, and their place in README.md.
import { readFileSync, writeFileSync } from 'node:fs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const yes = (holds) => (holds ? 'yes' : '**no**');
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const iqrOf = (x, format = ms) => `${format(x.median)} (IQR ${format(x.q1)}–${format(x.q3)})`;

export function markdown(r) {
  const { size, firstPaint: paint, scale, interaction } = r;
  const [dropIn, classic] = size.files;
  const trio = (f) => `${kb(f.raw)} raw · ${kb(f.gzip)} gzip -9 · ${kb(f.brotli)} brotli`;
  const b = size.budget;
  const cpu = paint.cpu;
  const th = paint.throttled;
  const ratio = (x) => `${x.toFixed(2)}`;
  const summary = [
    ...(size.budgets ?? []).map((f) => [
      `\`${f.file}\` (${f.what})`,
      `${trio(f)}${f.codeGzip === undefined ? '' : `; code without text ${kb(f.codeGzip)}`}`,
      `≤ ${kb(f.budget)} gzip -9 (budget)`,
      yes(f.holds),
    ]),
    ['… code of `osms-widgets.js` without any text, gzip -9 share', b.code ? kb(b.code.gzip) : 'no source map', `≤ ${kb(b.code?.limit ?? 16384)} (target)`, b.code ? yes(b.code.holds) : '?'],
    ['`osms-widgets.iife.js` (classic)', trio(classic), '', ''],
    ...size.entries.map((e) => [`\`${e.name.replace(' + Lit, bundled', '')}\` + Lit, bundled`, `${trio(e)} (${kb(e.filesGzip)} gzip in ${e.files} files, Lit external)`, '', '']),
    ['First paint, main-thread CPU, page with the widgets (a)', `${iqrOf(cpu.scripted)}, ${cpu.scripted.n} runs`, '', ''],
    ['First paint, main-thread CPU, same content as static HTML (b)', `${iqrOf(cpu.static)}, ${cpu.static.n} runs`, '', ''],
    ['**First paint CPU ratio a/b**', `${ratio(cpu.ratio)} (pairs: median ${ratio(cpu.pairRatio.median)}, IQR ${ratio(cpu.pairRatio.q1)}–${ratio(cpu.pairRatio.q3)})`, '≤ 1.3', yes(cpu.ratio <= 1.3)],
    ['… rendered after the first paint, in idle time (a)', `${iqrOf(cpu.laterMs)} CPU`, '', ''],
    ['First paint, wall clock a / b (beside)', `${iqrOf(paint.wall.scripted)} / ${iqrOf(paint.wall.static)}; ratio ${ratio(paint.ratio)}`, '', ''],
    [`First paint CPU, ${th.rate}× CPU throttling (a / b)`, `${iqrOf(th.cpu.scripted)} / ${iqrOf(th.cpu.static)}; ratio ${ratio(th.cpu.ratio)}, ${th.runs} runs`, '≤ 1.3', yes(th.cpu.ratio <= 1.3)],
    ...scale.map((s) => [
      `\`<${s.tag}>\` × 1 / 10 / 100, all rendered`,
      `${s.points.map((p) => ms(p.renderedMs)).join(' / ')}; JS heap ${s.points.map((p) => mb(p.heapBytes)).join(' / ')}`,
      'linear',
      `time ${s.msPerInstance.growth}, heap ${s.heapBytesPerInstance.growth}`,
    ]),
    ...Object.entries(interaction.perStep).map(([step, x]) => [
      `Continue on \`${step}\` → next step painted, main-thread CPU (cold)`,
      `${iqrOf(x.cpu)}; wall ${ms(x.wall.median)}; ${interaction.throttled.rate}× throttled ${ms(interaction.throttled.perStep[step]?.cpu.median ?? NaN)}`,
      `≤ ${interaction.cpuLimitMs} ms CPU`,
      yes(x.cpu.median <= interaction.cpuLimitMs),
    ]),
  ];

  const parts = size.breakdown
    ? table(
        ['part of `osms-widgets.js`', 'minified', 'share of gzip -9'],
        size.breakdown.parts.map((p) => [p.name.startsWith('<') ? `\`${p.name}\`` : p.name, kb(p.minified), `${kb(p.gzipShare)} (${((p.gzipShare / dropIn.gzip) * 100).toFixed(0)} %)`]),
      )
    : '';

  const per = (s, key, format) => `${format(s[key].from1to10)} → ${format(s[key].from10to100)}`;
  const scaling = table(
    ['element', 'rendered (1 / 10 / 100)', 'painted (1 / 10 / 100)', 'shadow nodes each', 'ms per instance 1→10 → 10→100', 'heap per instance 1→10 → 10→100'],
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
  return [
    `Measured ${r.date} on ${m.cores} × ${m.cpu}, ${m.memoryGB} GB, load average ${m.loadAverage} at start (median ${paint.loadAverage.median.toFixed(1)} over the first-paint runs; ${paint.highLoadRuns} of ${2 * paint.runs} runs under high load, i.e. above ${m.cores}), ${m.chromium}, Node ${m.node}; \`npm run bench\` took ${r.runtimeSeconds.toFixed(0)} s. KB means KiB (1,024 bytes).`,
    '',
    table(['measure', 'result', 'target', 'holds'], summary),
    '',
    parts,
    '',
    scaling,
    '',
    `How: sizes with node:zlib (gzip level 9, brotli quality 11) of the files in dist/, in KiB; the budgets come from scripts/size-budget.mjs, the same numbers \`npm run size\` checks; the per-element rows bundle each dist/es entry with its chunks and Lit once (Vite, minified, in memory). The parts come from the drop-in's source map: every character is attributed to the module it came from; English message strings (the XLIFF sources, found as string literals outside the locale modules) are counted apart; a part's gzip share is its own gzip size, scaled so the parts add up to the file's; "code without text" is the file's gzip size minus the shares of the translations and the English strings. Times come from headless Chromium (a fresh browser context per page, no cache). The primary figure is main-thread CPU: each visit is traced, and the thread time of the renderer main thread's tasks (\`RunTask\`) is summed from the start of the visit to a mark set once the frame with every widget's content has been painted (the first task after the next animation frame); wall clock to the same mark stands beside it, because on a shared machine it mostly measures the load. Page b is the widgets' full content as static HTML (declarative shadow DOM), captured once after everything the widgets render later in idle time is in, with every \`<details>\` closed, so that rendering less at first cannot shrink the baseline. ${paint.runs} pairs of visits alternate a, b then b, a; medians with interquartile ranges (IQR), and the ratio's IQR over the pairs. The throttled runs slow the CPU ${th.rate}× (Chrome's CPU throttling, a mid-range phone) with ${th.runs} pairs. Each run records the 1-minute load average; runs above the number of cores count as high load. Scale adds N elements to a page where they are defined and times them to all \`updateComplete\`; heap is CDP \`Runtime.getHeapUsage\` after two forced GCs, minus the page's before; medians of ${r.settings.scaleRuns}. Interaction walks the checker along ${Object.entries(interaction.path).map(([q, a]) => `${q}=${a}`).join(', ')} in ${r.settings.paths} fresh pages (every step cold), clicks Continue (and the review's confirm) at the start of a frame and sums the main thread's CPU from the click until that frame, with the next step in it, has been painted; ${interaction.throttled.paths} more walks run throttled ${interaction.throttled.rate}×. Pages use \`<html lang="ru">\`.`,
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces what stands between the bench markers of README.md. */
export function writeReadme(text, file = 'README.md') {
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} markers`);
  writeFileSync(file, `${readme.slice(0, start + START.length)}\n${text}\n${readme.slice(end)}`);
}
