/** Drives a <coverage-checker> as a person would: click the answers, press Continue. */
import { expect } from '@open-wc/testing';
import type { CoverageChecker, CoverageResultDetail } from '../../src/coverage-checker/coverage-checker.js';
import { driveChecker, type Path } from './checker-driver.mjs';

export type { Path };

export function shadow(el: CoverageChecker): ShadowRoot {
  return el.shadowRoot!;
}

export function stepHeading(el: CoverageChecker): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('#step-heading')!;
}

export function button(el: CoverageChecker, text: RegExp | string): HTMLButtonElement {
  const buttons = [...shadow(el).querySelectorAll('button')];
  const found = buttons.find((b) =>
    typeof text === 'string' ? b.textContent!.includes(text) : text.test(b.textContent!),
  );
  if (!found)
    throw new Error(`no button ${String(text)} among: ${buttons.map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

export async function answer(el: CoverageChecker, question: string, ...answers: string[]): Promise<void> {
  // The whole step, with the answers that come in its second pass ('Other groups').
  await el.whenSettled();
  const fieldset = shadow(el).querySelector('fieldset');
  expect(
    fieldset,
    `a question is shown for ${question}, not: ${shadow(el).textContent!.replace(/\s+/g, ' ').slice(0, 300)}`,
  ).to.exist;
  const shown = [...shadow(el).querySelectorAll<HTMLInputElement>('input')].map((i) => i.name);
  expect(shown[0], `the question shown is ${question}`).to.equal(question);
  for (const value of answers) {
    const input = shadow(el).querySelector<HTMLInputElement>(`input[name="${question}"][value="${value}"]`);
    expect(input, `${question}=${value} is offered`).to.exist;
    input!.click();
  }
  shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.whenSettled();
}

/** Answers every question of `path`, confirms the review, and returns the result event. */
export async function complete(el: CoverageChecker, path: Path): Promise<CoverageResultDetail> {
  return (await driveChecker(el, path)) as unknown as CoverageResultDetail;
}
