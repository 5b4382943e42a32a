// A test-runner reporter that counts every test in every browser and writes the
// totals to a file, so `npm test` can end with one `N passed, N failed` line.
import { writeFileSync } from 'node:fs';

export function countReporter({ file }) {
  let counts;
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0, files: 0, browsers: {} };
      for (const session of sessions) {
        counts.files += 1;
        // WebKitWebDriver reports no browser name.
        const name = session.browser.name || 'WebKit';
        const browser = (counts.browsers[name] ??= { passed: 0, failed: 0 });
        const add = (key) => {
          counts[key] += 1;
          if (key !== 'skipped') browser[key] += 1;
        };
        const before = counts.failed;
        walk(session.testResults, (test) => add(test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'));
        // A file that failed to load or threw outside a test still counts as a failure.
        if (!session.passed && counts.failed === before) add('failed');
      }
    },
    stop() {
      if (counts) writeFileSync(file, JSON.stringify(counts, null, 2));
    },
  };
}

function walk(suite, visit) {
  if (!suite) return;
  suite.tests.forEach(visit);
  suite.suites.forEach((child) => walk(child, visit));
}
