// Driving a <coverage-checker> to its result, the one way every suite does it: the unit
// and component tests, the tests of the built files, the package tests, the benchmark
// and the screenshots. Plain JavaScript, and each function self-contained (it uses no
// name from outside itself), so that Puppeteer can run it in a page with
// `page.evaluate(driveChecker, element, path)`.

/** The answer path shown in the screenshots of docs/widgets.md: a self-employed citizen who stopped paying. */
export const SAMPLE_PATH = [
  ['residency', 'citizen'],
  ['categories', 'none'],
  ['work', 'self-employed'],
  ['last-paid', 'over-6-months'],
];

/** A self-employed citizen who pays: insured by their own contributions. */
export const INSURED_PATH = [
  ['residency', 'citizen'],
  ['categories', 'none'],
  ['work', 'self-employed'],
  ['last-paid', 'up-to-date'],
];

/**
 * A self-employed citizen whose last paid month was two months ago, without 60 paid months:
 * the richest result (a grace period with its end, amounts, changes and unconfirmed facts).
 */
export const GRACE_PATH = [...INSURED_PATH.slice(0, 3), ['last-paid', 'month-2'], ['paid-60-months', 'no']];

/** A citizen without work who never paid: the shortest path to a result. */
export const UNINSURED_PATH = [
  ['residency', 'citizen'],
  ['categories', 'none'],
  ['work', 'looking-for-work'],
  ['last-paid', 'never'],
];

/**
 * Answers each question of `path` (a question id, then the answers to tick), then
 * confirms the review, and resolves with the `coverage-result` event's detail. Throws,
 * naming what is on screen, when a question or an answer is not offered.
 */
export async function driveChecker(checker, path) {
  const root = checker.shadowRoot;
  // Everything a step shows, with what it renders after its first paint (built files
  // older than whenSettled() render it all by updateComplete).
  const settled = () => (checker.whenSettled ? checker.whenSettled() : checker.updateComplete);
  await settled();
  const screen = () => root.textContent.replace(/\s+/g, ' ').trim().slice(0, 300);
  for (const [question, ...answers] of path) {
    for (const value of answers) {
      const input = root.querySelector(`input[name="${question}"][value="${value}"]`);
      if (!input) throw new Error(`${question}=${value} is not offered; on screen: ${screen()}`);
      input.click();
    }
    root.querySelector('button[type="submit"]').click();
    await settled();
  }
  const confirm = root.querySelector('.review') && root.querySelector('button.primary[type="button"]');
  if (!confirm)
    throw new Error(`no review after ${path.map((step) => step.join('=')).join(', ')}; on screen: ${screen()}`);
  const result = new Promise((resolve) =>
    checker.addEventListener('coverage-result', (event) => resolve(event.detail), { once: true }),
  );
  confirm.click();
  const detail = await result;
  await settled();
  return detail;
}
