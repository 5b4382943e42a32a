import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../index.js';
import { CoverageChecker } from '../../coverage-checker/coverage-checker.js';
import { getLocale, setLocale } from '../locale.js';
import { localeSwitched, settled, shadowText } from '../../../test/support/helpers.js';

const TITLES = {
  en: 'Check your health cover',
  kk: 'Медициналық көмекке құқығыңызды тексеріңіз',
  ru: 'Проверьте своё право на медицинскую помощь',
};

/** Records what the widget showed on its very first paint. */
class FirstPaintProbe extends CoverageChecker {
  firstPaint = '';
  protected override firstUpdated(): void {
    this.firstPaint = shadowText(this);
  }
}
customElements.define('first-paint-probe', FirstPaintProbe);

async function switchHtmlLang(value: string | null) {
  const switched = localeSwitched();
  if (value === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.lang = value;
  return switched;
}

describe('page locale', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(async () => {
    fixtureCleanup();
    await setLocale(null);
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.lang = htmlLang;
  });

  it('paints first in the language of <html lang>, never in the source language', async () => {
    document.documentElement.lang = 'kk-KZ';
    const probe = await fixture<FirstPaintProbe>(html`<first-paint-probe></first-paint-probe>`);
    expect(probe.firstPaint).to.contain(TITLES.kk);
    expect(probe.firstPaint).not.to.contain(TITLES.en);
  });

  it('marks the shadow content with the language it is written in', async () => {
    document.documentElement.lang = 'ru-RU';
    const el = await fixture<CoverageChecker>(html`<coverage-checker></coverage-checker>`);
    expect(getLocale()).to.equal('ru');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('ru');
    expect(shadowText(el)).to.contain(TITLES.ru);
  });

  it('re-renders every widget live when <html lang> changes', async () => {
    document.documentElement.lang = 'ru';
    const wrapper = await fixture(html`<div>
      <coverage-checker></coverage-checker><service-list></service-list><exemption-list></exemption-list>
    </div>`);
    const widgets = [...wrapper.children] as CoverageChecker[];
    await settled(...widgets);
    expect(await switchHtmlLang('en-GB')).to.equal('en');
    await settled(...widgets);
    expect(shadowText(widgets[0])).to.contain(TITLES.en);
    for (const widget of widgets)
      expect(widget.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
    expect(await switchHtmlLang('kz')).to.equal('kk');
    await settled(...widgets);
    expect(shadowText(widgets[0])).to.contain(TITLES.kk);
    expect(shadowText(widgets[1])).to.contain('Тегін медициналық көмек');
  });

  it("lets a widget's own lang win over the page, and the most recently set one win", async () => {
    document.documentElement.lang = 'ru';
    const wrapper = await fixture(
      html`<div><coverage-checker lang="kk"></coverage-checker><service-list></service-list></div>`,
    );
    const [checker, list] = [...wrapper.children] as CoverageChecker[];
    await settled(checker, list);
    expect(getLocale()).to.equal('kk');
    expect(shadowText(list)).to.contain('Тегін медициналық көмек');

    const switched = localeSwitched();
    list.setAttribute('lang', 'en');
    expect(await switched).to.equal('en');
    await settled(checker, list);
    expect(shadowText(checker)).to.contain(TITLES.en);

    const back = localeSwitched();
    list.removeAttribute('lang');
    expect(await back).to.equal('kk');
  });

  it('ignores a widget lang we do not speak and goes on down the chain', async () => {
    document.documentElement.lang = 'kk';
    const el = await fixture<CoverageChecker>(html`<coverage-checker lang="de"></coverage-checker>`);
    expect(getLocale()).to.equal('kk');
    expect(shadowText(el)).to.contain(TITLES.kk);
  });

  it("uses the nearest ancestor's lang of the first widget before <html lang>", async () => {
    document.documentElement.lang = 'ru';
    const wrapper = await fixture(
      html`<section lang="en-US"><div><coverage-checker></coverage-checker></div></section>`,
    );
    const el = wrapper.querySelector('coverage-checker')!;
    await settled(el);
    expect(getLocale()).to.equal('en');
    const switched = localeSwitched();
    wrapper.setAttribute('lang', 'kk');
    expect(await switched).to.equal('kk');
  });

  it('falls back to navigator.languages when no lang is set, then to Russian', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<CoverageChecker>(html`<coverage-checker></coverage-checker>`);
    const expected =
      navigator.languages.map((tag) => tag.split('-')[0]).find((tag) => ['kk', 'ru', 'en'].includes(tag)) ?? 'ru';
    expect(getLocale()).to.equal(expected);
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(expected);
  });

  it('setLocale() forces a language until it is cleared', async () => {
    document.documentElement.lang = 'ru';
    const el = await fixture<CoverageChecker>(html`<coverage-checker></coverage-checker>`);
    await setLocale('kk-KZ');
    await el.updateComplete;
    expect(shadowText(el)).to.contain(TITLES.kk);
    await setLocale(null);
    await el.updateComplete;
    expect(getLocale()).to.equal('ru');
    expect(shadowText(el)).to.contain(TITLES.ru);
  });
});
