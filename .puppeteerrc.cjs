/** Browser tests use the system's Chromium and Firefox ESR; never download a browser. */
module.exports = { skipDownload: true };
