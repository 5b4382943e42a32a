import { expect } from '@open-wc/testing';
import { INSURED_PATH, driveChecker } from '../support/checker-driver.mjs';
import { shadowText } from '../support/helpers.js';
import { xliffText } from '../support/xliff.js';

const TAGS = ['coverage-checker', 'service-list', 'exemption-list'] as const;
type Locale = 'kk' | 'ru' | 'en';
type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type FrameWindow = Window & { OsmsWidgets?: { getLocale(): string; setLocale(locale: string | null): Promise<void> } };

/**
 * A page in its own frame with the three elements and one drop-in file. `pageLang` is
 * the page's `<html lang>`; `widgetLang`, if given, the checker's own `lang`.
 */
async function page(file: string, pageLang: string, widgetLang?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const lang = widgetLang ? ` lang="${widgetLang}"` : '';
  frame.srcdoc = `<!doctype html><html lang="${pageLang}"><body>
    <coverage-checker${lang}></coverage-checker><service-list></service-list><exemption-list></exemption-list>
    <script type="module" src="${file}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  await settle(frame);
  return frame;
}

/** Waits until every widget has painted in a locale, with its idle-time content, and has no update pending. */
async function settle(frame: HTMLIFrameElement): Promise<void> {
  const widgets = TAGS.map((tag) => frame.contentDocument!.querySelector<Widget>(tag)!);
  for (let i = 0; i < 100; i++) {
    await Promise.all(widgets.map((w) => w.updateComplete));
    if (widgets.every((w) => w.shadowRoot?.querySelector('.root[lang]'))) {
      // And what the widgets render in idle time.
      const win = frame.contentWindow as Window;
      await new Promise((resolve) =>
        typeof win.requestIdleCallback === 'function'
          ? win.requestIdleCallback(resolve, { timeout: 2000 })
          : setTimeout(resolve, 200),
      );
      await Promise.all(widgets.map((w) => w.updateComplete));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the widgets did not paint');
}

const widget = (frame: HTMLIFrameElement, tag: string) => frame.contentDocument!.querySelector<Widget>(tag)!;
const rootLang = (frame: HTMLIFrameElement, tag: string) =>
  widget(frame, tag).shadowRoot!.querySelector('.root')!.getAttribute('lang');
/** Each widget's title message. */
const TITLE_IDS = { 'coverage-checker': 'checker.title', 'service-list': 'services.title', 'exemption-list': 'exemptions.title' };

/** Each widget's heading is its title as xliff/ writes it in `locale`, and its root says so. */
async function expectSpeaks(frame: HTMLIFrameElement, locale: Locale): Promise<void> {
  for (const tag of TAGS) {
    expect(rootLang(frame, tag), `${tag} lang`).to.equal(locale);
    const heading = widget(frame, tag).shadowRoot!.querySelector('h2')!.textContent!.trim();
    expect(heading, `${tag} heading`).to.equal(await xliffText(locale, TITLE_IDS[tag]));
  }
}

describe('the one-language drop-ins', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  for (const locale of ['kk', 'ru', 'en'] as const) {
    const file = `/dist/osms-widgets.${locale}.js`;

    it(`osms-widgets.${locale}.js shows exactly what the all-languages file shows in ${locale}`, async () => {
      const other: Locale = locale === 'ru' ? 'en' : 'ru';
      // The one-language file on a page that asks for another language…
      const one = await page(file, other);
      // …and the all-languages file on a page in its language.
      const all = await page('/dist/osms-widgets.js', locale);
      frames.push(one, all);
      await expectSpeaks(one, locale);
      for (const tag of TAGS) expect(shadowText(widget(one, tag)), `${tag} text`).to.equal(shadowText(widget(all, tag)));
      expect((one.contentWindow as FrameWindow).OsmsWidgets?.getLocale()).to.equal(locale);
    });

    it(`osms-widgets.${locale}.js keeps its language when a widget's lang or setLocale() asks for another`, async () => {
      const other: Locale = locale === 'kk' ? 'en' : 'kk';
      const frame = await page(file, locale, other);
      frames.push(frame);
      await (frame.contentWindow as FrameWindow).OsmsWidgets!.setLocale(other);
      await settle(frame);
      await expectSpeaks(frame, locale);
    });

    it(`osms-widgets.${locale}.js completes a check with the same result event`, async () => {
      const one = await page(file, locale);
      const all = await page('/dist/osms-widgets.js', locale);
      frames.push(one, all);
      const a = await driveChecker(widget(one, 'coverage-checker'), INSURED_PATH);
      const b = await driveChecker(widget(all, 'coverage-checker'), INSURED_PATH);
      expect(a.status).to.equal('insured-contributions');
      expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
      await Promise.all([settle(one), settle(all)]);
      expect(shadowText(widget(one, 'coverage-checker'))).to.equal(shadowText(widget(all, 'coverage-checker')));
    });
  }

  it('carry no text of the languages they leave out', async () => {
    const [kk, ru, en] = await Promise.all(
      ['kk', 'ru', 'en'].map((l) => fetch(`/dist/osms-widgets.${l}.js`).then((r) => r.text())),
    );
    const all = await fetch('/dist/osms-widgets.js').then((r) => r.text());
    // English sentences are written as they are; a file without them has none.
    for (const english of ['Check your health cover', 'Emergency care and ambulance, including air ambulance']) {
      expect(all).to.contain(english);
      expect(en).to.contain(english);
      expect(kk).not.to.contain(english);
      expect(ru).not.to.contain(english);
    }
    // The Kazakh and Russian files carry their own table only (packed, so not searched for
    // here: test/build/messages.test.mjs unpacks each file's texts and compares them).
    // The English file carries no translation table: the English is all it has.
    expect(en.length).to.be.below(kk.length);
    expect(en.length).to.be.below(ru.length);
  });
});
