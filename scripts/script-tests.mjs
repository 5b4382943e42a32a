// The small test harness of the scripts that test from outside the browser runner
// (the packed package, WordPress): named tests, a pass/fail count, and the counts file
// that `npm test` adds to its own total.
import { writeFileSync } from 'node:fs';

/** `{ results, test, check, writeCounts }` for one script run. */
export function scriptTests({ stackLines = 8 } = {}) {
  const results = { passed: 0, failed: 0 };
  const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
  async function test(name, body) {
    const started = Date.now();
    try {
      await body();
      results.passed++;
      console.log(`  ✓ ${name} (${seconds(started)})`);
    } catch (error) {
      results.failed++;
      const stack = String(error?.stack ?? error)
        .split('\n')
        .slice(0, stackLines)
        .join('\n      ');
      console.log(`  ✗ ${name} (${seconds(started)})\n      ${stack}`);
    }
  }
  function check(condition, message) {
    if (!condition) throw new Error(message);
  }
  /** Writes `value` (by default the counts so far) where `npm test` reads them. */
  function writeCounts(value = { passed: results.passed, failed: results.failed }) {
    if (process.env.COUNTS_FILE) writeFileSync(process.env.COUNTS_FILE, JSON.stringify(value));
  }
  return { results, test, check, writeCounts };
}
