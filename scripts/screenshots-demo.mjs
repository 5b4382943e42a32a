#!/usr/bin/env node
// Screenshots of the demo for docs/demo.md (docs/screenshots/demo-*.png), taken from the
// static copy (npm run build:demo) served from a sub-folder, in headless Chromium.
// Also fails if the page logs an error, scrolls sideways at 320 or 390 px, has axe
// violations, or does not put the live widgets first: above the settings on a phone,
// beside them on a wide screen.
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

/** Runs axe on the whole page and records its violations. */
async function axeCheck(page, label) {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () =>
    (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  );
  errors.push(...violations.map((v) => `axe at ${label}: ${v}`));
}

/** Where the first widget and the settings are, and how far the page scrolls sideways. */
const layout = (page) =>
  page.evaluate(() => {
    const box = (selector) => document.querySelector(selector).getBoundingClientRect().toJSON();
    return {
      widget: box('coverage-checker'),
      settings: box('#settings'),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });

try {
  for (const width of [320, 390]) {
    const phone = await open(width);
    const { widget, settings, overflow } = await layout(phone);
    if (overflow > 0) errors.push(`the demo scrolls sideways by ${overflow}px at ${width} px`);
    if (!(widget.top < 900 && settings.top > widget.bottom))
      errors.push(
        `at ${width} px the checker is not first (it starts at ${widget.top}px; the settings at ${settings.top}px)`,
      );
    await axeCheck(phone, `${width} px`);
    if (width === 390) {
      await phone.screenshot({ path: `${OUT}/demo-390.png` });
      console.log(`${OUT}/demo-390.png`);
    }
    await phone.close();
  }

  const wide = await open(1280);
  const { widget, settings, overflow } = await layout(wide);
  if (overflow > 0) errors.push(`the demo scrolls sideways by ${overflow}px at 1280 px`);
  if (!(settings.left > widget.right && settings.top < widget.bottom))
    errors.push('at 1280 px the settings are not beside the widgets');
  await axeCheck(wide, '1280 px');
  await wide.screenshot({ path: `${OUT}/demo-1280.png` });
  console.log(`${OUT}/demo-1280.png`);
  // The phone-width preview on a wide screen, with the clinic's theme.
  await wide.click('input[name="theme"][value="clinic"]');
  await wide.click('#phone');
  const framed = await wide.$eval(
    'section[data-tag="coverage-checker"] .preview',
    (el) => el.getBoundingClientRect().width,
  );
  if (Math.round(framed) !== 390) errors.push(`the phone preview is ${framed}px wide, not 390`);
  await shot(await wide.$('section[data-tag="coverage-checker"]'), 'demo-phone-preview.png');
  await wide.click('#phone');
  await wide.click('input[name="theme"][value="dark"]');
  await shot(await wide.$('section[data-tag="service-list"]'), 'demo-dark-theme.png');
} finally {
  await browser.close();
  await server.close();
}
if (errors.length) {
  console.error(`The demo has problems:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
