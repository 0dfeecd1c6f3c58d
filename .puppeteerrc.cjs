// No browser download: this project uses the system Chromium (see src/report/pdf/browser.ts).
module.exports = { skipDownload: true };
