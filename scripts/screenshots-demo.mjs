#!/usr/bin/env node
// Screenshots of the demo for the README (docs/screenshots/demo-*.png), taken from the
// static copy (npm run build:demo) served from a sub-folder, in headless Chromium.
// Also fails if the page logs an error, scrolls sideways at 320 px, or has axe violations.
//   node scripts/screenshots-demo.mjs
/* global document, window, axe -- used inside page.evaluate, in the browser */
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';

const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });
execFileSync('node', ['scripts/build-demo.mjs'], { stdio: 'inherit' });
const server = await serveStatic('dist-demo', '/any/folder/');
const browser = await puppeteer.launch({
  executablePath: findBrowsers().chrome,
  headless: true,
  args: CHROMIUM_ARGS,
});
const errors = [];

async function open(width, lang = 'en') {
  const page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await page.goto(server.url, { waitUntil: 'networkidle0' });
  await page.click(`input[name="lang"][value="${lang}"]`);
  await page.waitForFunction(() => document.querySelector('coverage-checker')?.shadowRoot?.querySelector('h3'));
  return page;
}

async function shot(element, name) {
  await element.evaluate((el) => el.ownerDocument.activeElement?.blur());
  await element.frame.page().mouse.move(0, 0);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await element.screenshot({ path: `${OUT}/${name}` });
  console.log(`${OUT}/${name}`);
}

try {
  // The top of the page at phone width: the settings and the start of the checker.
  const phone = await open(320);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) errors.push(`the demo scrolls sideways by ${overflow}px at 320 px`);
  await phone.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await phone.evaluate(async () => (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`));
  errors.push(...violations.map((v) => `axe ${v}`));
  await phone.screenshot({ path: `${OUT}/demo-320.png` });
  console.log(`${OUT}/demo-320.png`);

  const page = await open(800);
  await page.click('input[name="theme"][value="clinic"]');
  await shot(await page.$('section[data-tag="coverage-checker"]'), 'demo-clinic-theme.png');
  await page.click('input[name="theme"][value="dark"]');
  await shot(await page.$('section[data-tag="service-list"]'), 'demo-dark-theme.png');
  await page.click('input[name="theme"][value="clinic"]');
  await page.click('input[name="embed-tag"][value="coverage-checker"]');
  await shot(await page.$('section[aria-labelledby="embed-title"]'), 'demo-embed.png');
} finally {
  await browser.close();
  await server.close();
}
if (errors.length) {
  console.error(`The demo has problems:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
