import { expect, fixture, html } from '@open-wc/testing';
import { DROP_IN, importModule } from '../support/load.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * The English source texts of the messages, cut at their placeholders: the pieces that
 * must never be on screen in Kazakh or Russian. Pieces that the locale's own translations
 * contain too (a name like "eGov") are left out.
 */
async function englishPieces(locale: string): Promise<string[]> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'text/xml');
  const pieces = (element: Element | null) =>
    [...(element?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim());
  const targets = [...xml.querySelectorAll('target')].map((t) => t.textContent ?? '').join('\n');
  const sources = [...xml.querySelectorAll('trans-unit > source')].flatMap(pieces);
  // Five characters and a Latin letter: long enough not to be a number or a name by chance.
  return [...new Set(sources)].filter((piece) => piece.length >= 5 && /[A-Za-z]/.test(piece) && !targets.includes(piece));
}

/** Everything a person can read or hear of a widget: its shadow text and labels. */
function readable(el: Element): string {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('*')].flatMap((node) =>
    ['aria-label', 'placeholder', 'title', 'alt'].map((name) => node.getAttribute(name) ?? ''),
  );
  return `${root.textContent} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

function expectNoEnglish(el: Element, pieces: string[], state: string): void {
  const text = readable(el);
  expect(pieces.filter((piece) => text.includes(piece)), `English on screen in ${state}`).to.deep.equal([]);
}

/** One step of the checker: the question shown and its answers, or the review. */
function currentStep(el: Element): { question?: string; answers: string[]; review: boolean } {
  const root = el.shadowRoot!;
  const inputs = [...root.querySelectorAll<HTMLInputElement>('fieldset input')];
  return { question: inputs[0]?.name, answers: inputs.map((i) => i.value), review: !!root.querySelector('.review') };
}

async function submit(el: Widget, question: string, answer: string): Promise<void> {
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>(`input[name="${question}"][value="${answer}"]`)!.click();
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

for (const locale of ['kk', 'ru']) {
  describe(`the built drop-in in ${locale}: no English source text in any state`, () => {
    let pieces: string[];
    before(async () => {
      await importModule(DROP_IN);
      // Read when the first widget connects (no widget is on the page between tests).
      document.documentElement.lang = locale;
      pieces = await englishPieces(locale);
      expect(pieces.length, 'English pieces to look for').to.be.above(250);
    });

    it('the checker: every answer of every question, the error summary, each review and result', async () => {
      // Each (question, answer) is taken once, on the first path that reaches its question;
      // each path then runs on with the first answers to a result.
      const seen = new Set<string>();
      const queue: [string, string][][] = [[]];
      const results = new Set<string>();
      let states = 0;
      while (queue.length) {
        const path = queue.shift()!;
        const el = await fixture<Widget>(html`<coverage-checker></coverage-checker>`);
        if (path.length === 0) {
          el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[role="alert"], .error-summary'), 'the error summary').to.exist;
          expectNoEnglish(el, pieces, 'the error summary');
        }
        for (const [question, answer] of path) await submit(el, question, answer);
        for (;;) {
          const step = currentStep(el);
          expectNoEnglish(el, pieces, `${path.map((p) => p.join('=')).join(', ')} → ${step.question ?? 'review'}`);
          states++;
          if (step.review || !step.question) break;
          for (const answer of step.answers) {
            const key = `${step.question}=${answer}`;
            if (seen.has(key)) continue;
            seen.add(key);
            if (answer !== step.answers[0]) queue.push([...path, [step.question, answer]]);
          }
          path.push([step.question, step.answers[0]]);
          await submit(el, step.question, step.answers[0]);
        }
        const result = new Promise<string>((resolve) =>
          el.addEventListener('coverage-result', (e) => resolve((e as CustomEvent<{ status: string }>).detail.status), { once: true }),
        );
        el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
        results.add(await result);
        await el.updateComplete;
        expectNoEnglish(el, pieces, `the result of ${path.map((p) => p.join('=')).join(', ')}`);
        el.remove();
      }
      expect(seen.size, 'answers tried').to.be.above(20);
      expect(results.size, 'different results reached').to.be.at.least(4);
      expect(states).to.be.above(seen.size);
    });

    for (const attributes of [{ package: 'gobmp' }, { package: 'osms' }, { package: 'all' }, { package: 'all', view: 'compare' }]) {
      it(`<service-list ${Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ')} searchable>, with and without matches`, async () => {
        const el = await fixture<Widget>(html`<service-list searchable></service-list>`);
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        await el.updateComplete;
        expectNoEnglish(el, pieces, JSON.stringify(attributes));
        await noMatches(el);
        expectNoEnglish(el, pieces, `${JSON.stringify(attributes)} with no matches`);
      });
    }

    for (const rulesDate of ['', '2020-06-01', '2026-03-01', '1990-01-01']) {
      it(`<exemption-list searchable checker-href rules-date="${rulesDate}">, with and without matches`, async () => {
        const el = await fixture<Widget>(html`<exemption-list searchable checker-href="#checker" rules-date=${rulesDate}></exemption-list>`);
        expectNoEnglish(el, pieces, `rules-date ${rulesDate}`);
        await noMatches(el);
        expectNoEnglish(el, pieces, `rules-date ${rulesDate} with no matches`);
      });
    }
  });
}

async function noMatches(el: Widget): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"], #filter')!;
  input.value = 'zzzzqqqq';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 350));
  await el.updateComplete;
}
