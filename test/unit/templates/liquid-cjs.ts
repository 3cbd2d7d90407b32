// Jest runs CommonJS and can't load the ES build of liquidjs that src/templates imports for the
// Apps Script bundle, so unit tests get the same liquidjs release's CommonJS build instead (same
// API). sandbox.test.ts proves the browser build itself, bundled and run with only built-ins.
// Import this before anything from src/templates.
jest.mock('liquidjs/dist/liquid.browser.mjs', () => jest.requireActual('liquidjs'));
