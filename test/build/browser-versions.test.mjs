// The browser check says plainly which browser is too old, instead of a protocol error per test file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { majorVersion, tooOld, tooOldMessage } from '../../scripts/browsers.mjs';

/** An executable that prints `printed` for `--version`, as a browser binary does. */
function fakeBrowser(printed) {
  const path = join(mkdtempSync(join(tmpdir(), 'browser-')), 'browser');
  writeFileSync(path, `#!/bin/sh\necho '${printed}'\n`);
  chmodSync(path, 0o755);
  return path;
}

test('reads the major version that Firefox ESR and Chromium print', () => {
  assert.equal(majorVersion(fakeBrowser('Mozilla Firefox 140.3.0esr')), 140);
  assert.equal(majorVersion(fakeBrowser('Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)')), 156);
  assert.equal(majorVersion(fakeBrowser('no version here')), undefined);
});

test('Firefox ESR 140 is too old, with a message that names the upgrade; 153 is not', () => {
  const old = tooOld({ firefox: fakeBrowser('Mozilla Firefox 140.3.0esr') });
  assert.equal(old.length, 1);
  assert.equal(old[0].version, 140);
  const message = tooOldMessage(old[0]);
  assert.match(message, /Firefox \(ESR or release\) 140 .* too old: the browser tests need 144 or newer/);
  assert.match(message, /apt-get install firefox-esr/);
  assert.match(message, /FIREFOX_PATH/);
  assert.deepEqual(tooOld({ firefox: fakeBrowser('Mozilla Firefox 153.8.0esr') }), []);
});

test('an old Chromium is caught too; a browser that is not found is not', () => {
  assert.equal(tooOld({ chrome: fakeBrowser('Chromium 120.0.6099.224') })[0]?.name, 'chrome');
  assert.deepEqual(tooOld({ chrome: undefined, firefox: undefined }), []);
});
