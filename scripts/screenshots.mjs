#!/usr/bin/env node
// Screenshots for the README and docs/widgets.md, taken from the demo at 360 px wide in headless Chromium:
// the checker's result in kk, ru and en, and the two lists in kk.
//   node scripts/screenshots.mjs
/* global document -- used inside page.evaluate, in the browser */
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';
import { driveChecker, SAMPLE_PATH } from '../test/support/checker-driver.mjs';

const OUT = 'docs/screenshots';
/** The situations people ask about most, each in three languages, on a fixed rules date. */
const CASES = {
  'dismissed-2-months-ago': [
    ['residency', 'citizen'],
    ['categories', 'none'],
    ['work', 'looking-for-work'],
    ['last-paid', 'month-2'],
    ['paid-60-months', 'no'],
  ],
  'civil-law-contract': [
    ['residency', 'citizen'],
    ['categories', 'none'],
    ['work', 'gph'],
    ['last-paid', 'dont-know'],
  ],
  'tourist-non-cis': [
    ['residency', 'visitor'],
    ['visitor-country', 'other'],
    ['stay-purpose', 'visit'],
  ],
  'eaeu-family-member': [
    ['residency', 'eaeu-worker'],
    ['work', 'looking-for-work'],
    ['last-paid', 'never'],
  ],
  'crisis-welfare-level': [
    ['residency', 'citizen'],
    ['categories', 'crisis-welfare-level'],
  ],
};
const CASES_DATE = '2026-11-26';

mkdirSync(OUT, { recursive: true });
const server = await createServer({ logLevel: 'error', server: { port: 0, strictPort: false } });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: findBrowsers().chrome,
  headless: true,
  args: CHROMIUM_ARGS,
});

async function open(lang) {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 800, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(async (lang) => {
    document.documentElement.lang = lang;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }, lang);
  return page;
}

/** Walks the checker on `page` through `path` (optionally on a rules date) to the result. */
async function walkToResult(page, path, rulesDate) {
  const checker = await page.waitForSelector('coverage-checker');
  if (rulesDate) {
    await page.evaluate(
      async (el, date) => {
        el.setAttribute('rules-date', date);
        await el.updateComplete;
      },
      checker,
      rulesDate,
    );
  }
  await page.evaluate(driveChecker, checker, path);
  return checker;
}

try {
  for (const lang of ['kk', 'ru', 'en']) {
    const page = await open(lang);
    const checker = await walkToResult(page, SAMPLE_PATH);
    // The top of the result: status, reasons, the care and the first next steps.
    const box = await checker.boundingBox();
    await checker.screenshot({
      path: `${OUT}/coverage-checker-result-${lang}.png`,
      clip: { x: 0, y: 0, width: box.width, height: Math.min(box.height, 1400) },
    });
    console.log(`${OUT}/coverage-checker-result-${lang}.png`);
    await page.close();
  }
  for (const [name, path] of Object.entries(CASES)) {
    for (const lang of ['kk', 'ru', 'en']) {
      const page = await open(lang);
      const checker = await walkToResult(page, path, CASES_DATE);
      const box = await checker.boundingBox();
      const file = `${OUT}/checker-${name}-${lang}.png`;
      await checker.screenshot({
        path: file,
        clip: { x: 0, y: 0, width: box.width, height: Math.min(box.height, 1400) },
      });
      console.log(file);
      await page.close();
    }
  }
  const page = await open('kk');
  for (const tag of ['service-list', 'exemption-list']) {
    const element = await page.waitForSelector(tag);
    await page.evaluate((el) => el.shadowRoot.querySelector('details')?.setAttribute('open', ''), element);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await element.screenshot({ path: `${OUT}/${tag}-kk.png` });
    console.log(`${OUT}/${tag}-kk.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
