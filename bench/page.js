/* global window, document, customElements, requestAnimationFrame, requestIdleCallback */
// Inlined into the <head> of every benchmark page. One clock for every measure:
// `painted()` waits for the next animation frame and then for the first task after it,
// i.e. until the browser has run style, layout and paint for the DOM as it is now.
window.bench = (() => {
  const TAGS = ['coverage-checker', 'service-list', 'exemption-list'];
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const afterFrame = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  const painted = async () => {
    await frame();
    await afterFrame();
  };
  const hosts = () => [...document.querySelectorAll(TAGS.join())];

  /** A widget's content is in the DOM: declared in the HTML, or rendered by Lit. */
  const ready = (host) =>
    host.shadowRoot && !customElements.get(host.localName)
      ? Promise.resolve()
      : customElements.whenDefined(host.localName).then(() => host.updateComplete);

  /** Navigation start → the first frame painted with every widget's content (ms). */
  async function firstPaint() {
    await Promise.all(hosts().map(ready));
    await painted();
    performance.mark('bench:painted');
    return performance.now();
  }

  /** Waits for what the widgets render later, in idle time, to be in and painted. */
  async function idle() {
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 }));
    await Promise.all(hosts().map((host) => host.updateComplete));
    await painted();
    performance.mark('bench:idle');
    return performance.now();
  }

  /**
   * The rendered widgets as declarative shadow DOM, their adopted styles inlined: the
   * full content (call it after `idle()`), with every `<details>` closed.
   */
  function capture() {
    const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return hosts()
      .map((host) => {
        const css = host.shadowRoot.adoptedStyleSheets
          .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
          .join('\n');
        const attributes = [...host.attributes].map((a) => ` ${a.name}="${escape(a.value)}"`).join('');
        const content = host.shadowRoot.getHTML().replace(/<details open(="")?/g, '<details');
        const shadow = `<template shadowrootmode="open"><style>${css}</style>${content}</template>`;
        return `<${host.localName}${attributes}>${shadow}${host.getHTML()}</${host.localName}>`;
      })
      .join('\n');
  }

  const defined = () => Promise.all(TAGS.map((t) => customElements.whenDefined(t)));

  /** Adds `count` new `tag` elements at once; ms to all `updateComplete`, and to painted. */
  async function scale(tag, count) {
    await defined();
    await painted();
    const box = document.createElement('div');
    const start = performance.now();
    for (let i = 0; i < count; i++) box.append(document.createElement(tag));
    document.body.append(box);
    await Promise.all([...box.children].map((el) => el.updateComplete));
    const rendered = performance.now() - start;
    await painted();
    const elapsed = performance.now() - start;
    const nodes = [...box.children].reduce((sum, el) => sum + el.shadowRoot.querySelectorAll('*').length, 0);
    return { rendered, painted: elapsed, nodes };
  }

  /**
   * Walks the checker along `answers` (question id → answer id; the first answer
   * offered otherwise) to the result. Each Continue (and the review's confirm) is
   * clicked at the start of a frame; the sample is the time from the click until that
   * frame, with the next step in it, has been painted (marks for the trace around it).
   */
  async function interaction(answers) {
    const el = document.querySelector('coverage-checker');
    await ready(el);
    const root = el.shadowRoot;
    let step;
    el.addEventListener('coverage-step', (event) => (step = event.detail.step));
    el.reset();
    await el.updateComplete;
    await painted();
    const samples = [];
    while (step !== 'result') {
      let button;
      if (step === 'review') {
        button = root.querySelector('button.primary');
      } else {
        const input =
          root.querySelector(`input[name="${step}"][value="${answers[step]}"]`) ?? root.querySelector('input');
        input.click();
        await el.updateComplete;
        await painted();
        button = root.querySelector('button[type=submit]');
      }
      const from = step;
      const index = samples.length;
      // A person reads a step before pressing Continue: the page has idle time then.
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      await frame();
      performance.mark(`bench:step-start:${index}`);
      const start = performance.now();
      button.click();
      // The click runs in a frame callback: the widget renders in microtasks, and this
      // frame, painted before the next task, shows the next step (or the head of the
      // result, whose rest comes in a later frame).
      await afterFrame();
      performance.mark(`bench:step-end:${index}`);
      samples.push({
        step: from,
        ms: performance.now() - start,
        heading: root.querySelector('#step-heading')?.textContent.trim().slice(0, 40),
      });
      // What the step leaves for later (a long question's other answers, the result's
      // rest, the next step laid out unseen) runs now: its longest task is what could
      // delay the next tap.
      for (let round = 0; round < 2; round++) {
        await el.updateComplete;
        await painted();
        await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      }
      await el.updateComplete;
      await painted();
      performance.mark(`bench:step-settled:${index}`);
      if (samples.length > 20) throw new Error('the checker did not reach a result');
    }
    return samples;
  }

  return { firstPaint, idle, capture, defined, scale, interaction };
})();
