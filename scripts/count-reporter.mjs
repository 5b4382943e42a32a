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
        const name = session.browser.name;
        const browser = (counts.browsers[name] ??= { passed: 0, failed: 0 });
        const before = counts.failed;
        walk(session.testResults, (test) => {
          if (test.skipped) counts.skipped += 1;
          else if (test.passed) (counts.passed += 1), (browser.passed += 1);
          else (counts.failed += 1), (browser.failed += 1);
        });
        // A file that failed to load or threw outside a test still counts as a failure.
        if (!session.passed && counts.failed === before) (counts.failed += 1), (browser.failed += 1);
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
