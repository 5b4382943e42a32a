#!/usr/bin/env node
// Eight residents' paths through the checker on a 360 × 740 phone, each in the language
// the person reads: a screenshot of every step as it first appears, and of the result's
// first screen, into docs/screenshots/personas/. Prints, for each result, how far down
// the first action ends (from the top of the result's heading), and whether it is on
// the first screen.
//   node scripts/personas.mjs
/* global document, window, customElements, requestAnimationFrame -- used inside page.evaluate, in the browser */
import puppeteer from 'puppeteer-core';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';

const OUT = 'docs/screenshots/personas';
const WIDTH = 360;
const HEIGHT = 740;
const RULES_DATE = '2026-11-26';

/** Each person: language, and the path (`offer-child` presses "Answer for a child"). */
const PERSONAS = {
  'pensioner-shymkent': [
    'kk',
    [
      ['residency', 'citizen'],
      ['categories', 'pensioner'],
    ],
  ],
  'entrepreneur-missed-four-months': [
    'ru',
    [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'self-employed'],
      ['last-paid', 'month-4'],
      ['paid-60-months', 'no'],
    ],
  ],
  'dismissed-two-months-ago': [
    'ru',
    [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'looking-for-work'],
      ['last-paid', 'month-2'],
      ['paid-60-months', 'no'],
    ],
  ],
  'kyrgyz-worker-astana': [
    'ru',
    [
      ['residency', 'eaeu-worker'],
      ['work', 'employee'],
      ['last-paid', 'dont-know'],
    ],
  ],
  'chinese-tourist': [
    'en',
    [
      ['residency', 'visitor'],
      ['visitor-country', 'other'],
      ['stay-purpose', 'visit'],
    ],
  ],
  'mother-on-childcare-leave': [
    'kk',
    [
      ['residency', 'citizen'],
      ['categories', 'parental-leave'],
    ],
  ],
  'delivery-courier': [
    'ru',
    [
      ['residency', 'citizen'],
      ['categories', 'none'],
      ['work', 'platform'],
      ['last-paid', 'dont-know'],
    ],
  ],
  'mother-of-a-ten-year-old': ['kk', [['offer-child'], ['residency', 'citizen']]],
};

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await createServer({ logLevel: 'error', server: { port: 0, strictPort: false } });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({ executablePath: findBrowsers().chrome, headless: true, args: CHROMIUM_ARGS });

/** A page with the checker alone, as a site would embed it, in `lang`. */
async function open(lang) {
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH, height: HEIGHT, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(
    async (lang, date) => {
      document.documentElement.lang = lang;
      const main = document.createElement('main');
      main.style.padding = '8px';
      const checker = document.createElement('coverage-checker');
      checker.setAttribute('rules-date', date);
      main.append(checker);
      document.body.replaceChildren(main);
      document.body.style.margin = '0';
      await customElements.whenDefined('coverage-checker');
      await document.querySelector('coverage-checker').updateComplete;
    },
    lang,
    RULES_DATE,
  );
  return page;
}

/**
 * Shows the step's top as a person arriving on it sees it: scrolled to its heading, or
 * (`fromTop`) the page as it opens, with the title, the intro and the offer to answer for a child.
 */
async function shoot(page, file, fromTop = false) {
  await page.evaluate(async (fromTop) => {
    const el = document.querySelector('coverage-checker');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    const heading = el.shadowRoot.querySelector('#step-heading');
    window.scrollTo(0, fromTop ? 0 : Math.max(0, heading.getBoundingClientRect().top + window.scrollY - 8));
  }, fromTop);
  await page.screenshot({ path: file });
  console.log(file);
}

const rows = [];
try {
  for (const [name, [lang, path]] of Object.entries(PERSONAS)) {
    const page = await open(lang);
    let n = 1;
    for (const [question, ...answers] of path) {
      await shoot(page, `${OUT}/${name}-${lang}-${n++}-${question}.png`, question === 'offer-child');
      await page.evaluate(
        async (question, answers) => {
          const el = document.querySelector('coverage-checker');
          const root = el.shadowRoot;
          if (question === 'offer-child') root.querySelector('.offer button').click();
          else {
            for (const value of answers) root.querySelector(`input[name="${question}"][value="${value}"]`).click();
            root.querySelector('button[type="submit"]').click();
          }
          await el.updateComplete;
        },
        question,
        answers,
      );
    }
    await shoot(page, `${OUT}/${name}-${lang}-${n++}-review.png`);
    await page.evaluate(async () => {
      const el = document.querySelector('coverage-checker');
      el.shadowRoot.querySelector('button.primary[type="button"]').click();
      await el.updateComplete;
    });
    await shoot(page, `${OUT}/${name}-${lang}-${n}-result.png`);
    const measured = await page.evaluate(() => {
      const root = document.querySelector('coverage-checker').shadowRoot;
      const top = root.querySelector('#step-heading').getBoundingClientRect().top;
      const action = root.querySelector('.primary-action');
      return {
        status: root.querySelector('[part~="status"]').textContent.replace(/\s+/g, ' ').trim(),
        firstAction: action ? action.querySelector('strong').textContent.trim() : '',
        actionEndsAt: action ? Math.round(action.getBoundingClientRect().bottom - top) : null,
        resultHeight: Math.round(root.querySelector('.result').getBoundingClientRect().height),
      };
    });
    rows.push({
      persona: name,
      lang,
      ...measured,
      onFirstScreen: measured.actionEndsAt !== null && measured.actionEndsAt <= 740,
    });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

writeFileSync(
  `${OUT}/measurements.json`,
  JSON.stringify({ viewport: [WIDTH, HEIGHT], rulesDate: RULES_DATE, rows }, null, 2) + '\n',
);
console.log(
  '\npersona | lang | status | first action | ends at (px from the result heading) | on the first screen | result height',
);
for (const r of rows)
  console.log(
    `${r.persona} | ${r.lang} | ${r.status} | ${r.firstAction} | ${r.actionEndsAt} | ${r.onFirstScreen ? 'yes' : 'no'} | ${r.resultHeight}`,
  );
