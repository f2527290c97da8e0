// The real-browser tests drive the same Chromium session `npm start` opens: see scripts/browser.ts.
export * from '../../scripts/browser';
