#!/usr/bin/env node
// The decision table a lawyer can review: every reachable path of answers through the
// coverage check, at two fixed dates, with the result each gives.
//   npm run decision-table            writes docs/decision-table.md
//   npm run decision-table -- --check fails when docs/decision-table.md is out of date
// Loads the core and the checker's own text functions (scripts/load-ts.mjs), so the table
// says exactly what the checker says, in English, with the Russian status line beside it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load-ts.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const TABLE_PATH = join(ROOT, 'docs/decision-table.md');

/** The second fixed date: after the 2027 lists and the 2027 state rate take effect. */
const LATER = '2027-02-01';

/** The core and the result's text functions, bundled for Node. */
export async function loadModules() {
  // @lit/localize announces a change of locale on `window`; Node has none.
  globalThis.window ??= new EventTarget();
  return loadTs(
    {
      [join(ROOT, 'src/core/index.ts')]: '*',
      [join(ROOT, 'src/core/data/categories.ts')]: '{ forgetCategoriesOn }',
      [join(ROOT, 'src/coverage-checker/result-view.ts')]: '{ statusLine, amountSection, firstStep, changeView }',
      [join(ROOT, 'src/content/outcomes.ts')]: '{ nextStepTitle }',
      [join(ROOT, 'src/content/questions.ts')]: '{ answerLabel }',
      [join(ROOT, 'src/internal/locale.ts')]: '{ setLocale }',
    },
    ROOT,
    'node',
  );
}

/**
 * Every path of answers the checker can be walked through on `date`, as the UI asks them:
 * for the groups question each group alone and "None of these" (several groups give the
 * result of the strongest: that is a property of the engine, tested, not a row here).
 */
function paths(m, date) {
  const found = [];
  const walk = (answers) => {
    const question = m.nextQuestion(answers, { date });
    if (question === 'done') {
      found.push(answers);
      return;
    }
    for (const answer of m.answersFor(question, date, answers))
      walk({ ...answers, [question]: question === 'categories' ? [answer] : answer });
  };
  walk({});
  walk({ 'checking-for': 'child' });
  return found;
}

const escape = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** What one path gives, as the table shows it (in English). */
function row(m, answers, date) {
  const result = m.assess(answers, { date });
  const first = m.firstStep(result);
  const amounts = m.amountSection(result);
  const changes = result.changes.map((c) => ({
    key: `${c.kind}:${c.date}:${'service' in c ? c.service : ''}`,
    service: c.kind.startsWith('service-'),
    text: `${m.changeView(c, result.checkingFor)}${c.unconfirmed ? ' (unconfirmed)' : ''}`,
  }));
  const unconfirmed = [
    ...result.unconfirmedBy,
    ...(amounts?.unconfirmed ? ['amounts'] : []),
    ...(result.changes.some((c) => c.unconfirmed) ? ['changes'] : []),
  ];
  return {
    answers,
    result,
    status: `\`${result.status}\` ${m.statusLine(result)}`,
    first: first ? m.nextStepTitle(first) : '—',
    amounts: amounts ? `${amounts.title}: ${amounts.lines.join(' ')}` : '—',
    dates: result.coveredUntil ? `covered until about ${result.coveredUntil}` : '—',
    changes,
    unconfirmed: unconfirmed.length ? unconfirmed.join(', ') : '—',
  };
}

/**
 * Rows that give the same result are merged where their paths differ in one question only,
 * again and again: `work: informal / not-working` stands for both.
 */
function collapse(rows, signature) {
  const groups = new Map();
  for (const r of rows) {
    const key = signature(r);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({
      sample: r,
      path: Object.fromEntries(
        Object.entries(r.answers).map(([q, a]) => [q, new Set([Array.isArray(a) ? a.join('+') : a])]),
      ),
    });
  }
  const merged = [];
  for (const items of groups.values()) {
    let list = items;
    for (let changed = true; changed;) {
      changed = false;
      outer: for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i].path;
          const b = list[j].path;
          const keys = Object.keys(a);
          if (keys.length !== Object.keys(b).length || !keys.every((k) => k in b)) continue;
          const differ = keys.filter((k) => [...a[k]].join() !== [...b[k]].join());
          if (differ.length !== 1) continue;
          const k = differ[0];
          const path = { ...a, [k]: new Set([...a[k], ...b[k]]) };
          list = [...list.slice(0, i), { sample: list[i].sample, path }, ...list.slice(i + 1, j), ...list.slice(j + 1)];
          changed = true;
          break outer;
        }
    }
    merged.push(...list);
  }
  return merged;
}

/** A path's answers in the order the checker asks them. */
function pathText(m, path) {
  return m.FLOW.map((step) => step.question)
    .filter((q) => q in path)
    .map((q) => `${q}: ${[...path[q]].join(' / ')}`)
    .join(' · ');
}

/** The table for one date. */
async function tableFor(m, date) {
  await m.setLocale('en');
  const rows = paths(m, date).map((answers) => row(m, answers, date));
  // The services restated, added or removed are the same for everyone with the same
  // packages: named once below the table.
  const serviceSets = new Map();
  for (const r of rows) {
    const services = r.changes.filter((c) => c.service);
    if (!services.length) continue;
    const key = services.map((c) => c.key).join(';');
    if (!serviceSets.has(key)) serviceSets.set(key, { label: `S${serviceSets.size + 1}`, lines: services });
    r.serviceLabel = serviceSets.get(key).label;
  }
  await m.setLocale('ru');
  for (const r of rows) r.ru = m.statusLine(r.result);
  await m.setLocale('en');
  const changesText = (r) =>
    [
      ...r.changes.filter((c) => !c.service).map((c) => c.text),
      ...(r.serviceLabel ? [`services: ${r.serviceLabel}`] : []),
    ].join(' ') || '—';
  const signature = (r) =>
    JSON.stringify([r.status, r.ru, r.first, r.amounts, r.dates, changesText(r), r.unconfirmed, r.result.nextSteps]);
  const merged = collapse(rows, signature);
  const lines = [
    `## Rules as of ${date}`,
    '',
    `${rows.length} paths of answers, in ${merged.length} rows: paths that give the same result (the same status, first action, steps, amounts, dates, changes and unconfirmed facts) and differ in one question only are merged, the answers joined by " / ".`,
    '',
    '| # | answers | status | статус (ru) | first action | how much | dates | changes within 12 months | unconfirmed |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...merged.map(
      ({ sample: r, path }, i) =>
        `| ${[i + 1, pathText(m, path), r.status, r.ru, r.first, r.amounts, r.dates, changesText(r), r.unconfirmed].map(escape).join(' | ')} |`,
    ),
    '',
  ];
  if (serviceSets.size) {
    lines.push('Changes of the services, named once:', '');
    for (const { label, lines: services } of serviceSets.values())
      lines.push(`- **${label}**: ${services.map((c) => escape(c.text)).join(' ')}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The whole document, from the modules `loadModules()` gives (loaded anew when not given). */
export async function decisionTable(m) {
  m ??= await loadModules();
  const reviewed = m.RULES_REVIEWED;
  const parts = [
    '# Decision table of the coverage check',
    '',
    'Generated by `npm run decision-table` from the rules in `src/core` and the texts the',
    'checker shows; a test fails when this file is out of date. Do not edit it by hand.',
    '',
    `Every reachable path of answers, at two fixed dates: the day the rules were last reviewed`,
    `(\`RULES_REVIEWED\`, ${reviewed}) and ${LATER}, after the changes of 1 January 2027. Each row`,
    'gives the status (its id and the line the checker shows, in English, with the Russian',
    'line beside it), the first action, how much is paid and by whom, the last day of cover',
    'in a grace period, what changes within 12 months, and the facts that are not confirmed',
    'by an official text (`rule:`, `category:`, `budget:`, `condition:` decide the status;',
    '`amounts` and `changes` are marked in the result).',
    '',
    'Answers are written by their ids (docs/widgets.md lists what each means). The groups question',
    'is walked one group at a time: with several groups the strongest decides (a property',
    'test checks that adding a group never lowers the cover). `checking-for: child` is the',
    'check for a child. A month answer (`month-2`) counts back from the rules date.',
    '',
    await tableFor(m, reviewed),
    await tableFor(m, LATER),
  ];
  return parts.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await decisionTable();
  if (process.argv.includes('--check')) {
    const current = readFileSync(TABLE_PATH, 'utf8');
    if (current !== text) {
      console.error('docs/decision-table.md is out of date: run npm run decision-table');
      process.exit(1);
    }
    console.log('docs/decision-table.md is current');
  } else {
    writeFileSync(TABLE_PATH, text);
    console.log(`wrote ${TABLE_PATH}`);
  }
}
