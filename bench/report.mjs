// The markdown tables of `npm run bench`, and their place in README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { BUDGET_KB, CODE_TARGET_KB, TARGET_KB } from '../scripts/budgets.mjs';

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

export function markdown(r) {
  const { size, firstPaint: paint, scale, interaction } = r;
  const [dropIn, classic] = size.files;
  const trio = (f) => `${kb(f.raw)} raw · ${kb(f.gzip)} gzip -9 · ${kb(f.brotli)} brotli`;
  const b = size.budget;
  const summary = [
    ['`osms-widgets.js` (drop-in), gzip -9', trio(dropIn), `≤ ${BUDGET_KB} KB (budget)`, yes(b.budget.holds)],
    ['… all of it, gzip -9', kb(dropIn.gzip), `≤ ${TARGET_KB} KB (target)`, yes(b.target.holds)],
    [
      '… code without translated text, gzip -9 share',
      b.code ? kb(b.code.gzip) : 'no source map',
      `≤ ${CODE_TARGET_KB} KB (target)`,
      b.code ? yes(b.code.holds) : '?',
    ],
    ['`osms-widgets.iife.js` (classic)', trio(classic), '', ''],
    ...size.entries.map((e) => [
      `\`${e.name.replace(' + Lit, bundled', '')}\` + Lit, bundled`,
      `${trio(e)} (${kb(e.filesGzip)} gzip in ${e.files} files, Lit external)`,
      '',
      '',
    ]),
    ['First paint, page with the widgets (a)', `${ms(paint.scriptedMs)} median of ${paint.runs}`, '', ''],
    ['First paint, same DOM as static HTML (b)', `${ms(paint.staticMs)} median of ${paint.runs}`, '', ''],
    ['First paint ratio a/b', paint.ratio.toFixed(2), '≤ 1.3', yes(paint.ratio <= 1.3)],
    ...scale.map((s) => [
      `\`<${s.tag}>\` × 1 / 10 / 100, all rendered`,
      `${s.points.map((p) => ms(p.renderedMs)).join(' / ')}; JS heap ${s.points.map((p) => mb(p.heapBytes)).join(' / ')}`,
      'linear',
      `time ${s.msPerInstance.growth}, heap ${s.heapBytesPerInstance.growth}`,
    ]),
    [
      `Continue → next step painted (${interaction.samples} clicks)`,
      `median ${ms(interaction.medianMs)}, p95 ${ms(interaction.p95Ms)}, max ${ms(interaction.maxMs)}`,
      '≤ 16.7 ms (one frame)',
      `median ${yes(interaction.medianMs <= interaction.frameMs)}, p95 ${yes(interaction.p95Ms <= interaction.frameMs)}`,
    ],
  ];

  const parts = size.breakdown
    ? table(
        ['part of `osms-widgets.js`', 'minified', 'share of gzip -9'],
        size.breakdown.parts.map((p) => [
          p.name.startsWith('<') ? `\`${p.name}\`` : p.name,
          kb(p.minified),
          `${kb(p.gzipShare)} (${((p.gzipShare / dropIn.gzip) * 100).toFixed(0)} %)`,
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

  const steps = {};
  for (const s of interaction.steps) (steps[s.step] ??= []).push(s.ms);
  const stepLine = Object.entries(steps)
    .map(([step, values]) => `${step} ${ms([...values].sort((x, y) => x - y)[values.length >> 1])}`)
    .join(', ');

  const m = r.machine;
  return [
    `Measured ${r.date} on ${m.cores} × ${m.cpu}, ${m.memoryGB} GB, load average ${m.loadAverage} at start, ${m.chromium}, Node ${m.node}; \`npm run bench\` took ${r.runtimeSeconds.toFixed(0)} s.`,
    '',
    table(['measure', 'result', 'target', 'holds'], summary),
    '',
    parts,
    '',
    scaling,
    '',
    `Per step of the checker (median ms from Continue to painted): ${stepLine}.`,
    '',
    `How: sizes with node:zlib (gzip level 9, brotli quality 11) of the files in dist/; the per-element rows bundle each dist/es entry with its chunks and Lit once (Vite, minified, in memory). The parts come from the drop-in's source map: every character is attributed to the module it came from; English message strings (the XLIFF sources, found as string literals outside the locale modules) are counted apart; a part's gzip share is its own gzip size, scaled so the parts add up to the file's. Times come from headless Chromium (a fresh browser context per page, no cache). "Painted" is the same clock everywhere: the first task after the next animation frame, i.e. after the browser has run style, layout and paint for the DOM as it stands. First paint is navigation start → painted, once every widget's content is in the DOM (page a: \`whenDefined\` + \`updateComplete\`; page b: the declarative shadow DOM captured from page a, parsed); ${paint.runs} runs each, interleaved a, b, a, b. Scale adds N elements to a page where they are defined and times them to all \`updateComplete\`; heap is CDP \`Runtime.getHeapUsage\` after two forced GCs, minus the page's before; medians of ${r.settings.scaleRuns}. Interaction clicks Continue (and the review's confirm) at the start of a frame along ${Object.entries(
      interaction.path,
    )
      .map(([q, a]) => `${q}=${a}`)
      .join(
        ', ',
      )} in ${r.settings.paths} fresh pages, and times the click to painted. Pages use \`<html lang="ru">\`. Absolute times depend on the machine and its load; compare ratios and slopes.`,
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
