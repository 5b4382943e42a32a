#!/usr/bin/env node
// Fails if any message in the source lacks a Kazakh or Russian translation.
// It extracts afresh into a scratch copy of xliff/ (so a msg() added but never
// extracted is caught too) and reads every trans-unit there.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readXliff, TARGET_LOCALES } from './xliff.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'osms-i18n-'));
try {
  cpSync('xliff', join(scratch, 'xliff'), { recursive: true });
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  config.interchange.xliffDir = join(scratch, 'xliff');
  delete config.$schema;
  // Paths in the config are relative to the config file, which now lives in scratch.
  config.inputFiles = config.inputFiles.map((glob) => join(process.cwd(), glob));
  config.output.outputDir = join(scratch, 'out');
  config.output.localeCodesModule = join(scratch, 'out', 'locale-codes.ts');
  const configPath = join(scratch, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(config));
  execFileSync('npx', ['lit-localize', 'extract', '--config', configPath], { stdio: ['ignore', 'ignore', 'inherit'] });

  let missingCount = 0;
  let total = 0;
  for (const locale of TARGET_LOCALES) {
    const { units } = readXliff(join(scratch, 'xliff', `${locale}.xlf`));
    total = units.length;
    const missing = units.filter((unit) => !unit.target || !unit.target.trim()).map((unit) => unit.id);
    missingCount += missing.length;
    if (missing.length)
      console.error(`${locale}: ${missing.length} message(s) without a translation: ${missing.join(', ')}`);
  }
  if (missingCount) {
    console.error(
      'Add the translations to xliff/*.xlf (npm run i18n:extract adds the new ids), then npm run i18n:build.',
    );
    process.exit(1);
  }
  console.log(`i18n: all ${total} messages translated into ${TARGET_LOCALES.join(' and ')}.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
