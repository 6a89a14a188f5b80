// Shared by the browser tests: start the static server and Debian's chromium, and drive the
// canvas app through window.stempushTest (items with CSS-pixel rectangles, the page on screen,
// saved, frames drawn) with real mouse and keyboard events.
//
// No fixed sleeps: every wait is on state the app exposes (a frame drawn and then none while
// idle, saved, a message, an item). Each test gets its own browser context (fresh IndexedDB,
// service worker and downloads) and page through app.fresh(), so tests never depend on order.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { serve } = require('../../scripts/serve.js');

const ROOT = path.resolve(__dirname, '../..');
const SITE = process.env.STEMPUSH_SITE || path.join(ROOT, 'build-web', 'site');
// The app's folder under the served site ("" = its root; "tools/stempush/" for a release hosted
// under a sub-path, tests/release/web_subpath.test.js). Every page a test opens starts there.
const SITE_PATH = process.env.STEMPUSH_SITE_PATH || '';
// Screenshots: tests/web/out/, or STEMPUSH_TEST_OUT (the release smoke keeps its own).
const OUT = process.env.STEMPUSH_TEST_OUT || path.join(__dirname, 'out');
fs.mkdirSync(OUT, { recursive: true });

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run', '--disable-default-apps'];

// Generous: a busy machine (two cores shared with builds) can take many seconds per step; a wait
// that times out is a real failure, never a skipped check.
const WAIT = { timeout: 60000 };

// One server and one browser per test file. `fresh()` opens a new context and page for one test.
async function start() {
  const server = await serve(SITE, 0);
  const url = `http://127.0.0.1:${server.address().port}/${SITE_PATH}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  const sessions = new Set();
  return {
    server, url, browser,
    // A new browser context (nothing saved, nothing cached) and its page, with every request and
    // page error recorded. `open` (default true) loads the app and waits for its first frames.
    // `hasTouch`: a touch screen (the page gets touch events; tests/web/touch.test.js).
    async fresh({ viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, initScript = null, open = true,
      hasTouch = false } = {}) {
      const context = await browser.newContext({ viewport, deviceScaleFactor, acceptDownloads: true, hasTouch });
      const requests = [];
      const errors = [];
      context.on('request', (r) => requests.push(r.url()));
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      if (initScript) await page.addInitScript(initScript);
      const session = { context, page, requests, errors, url, async close() { sessions.delete(session); await context.close(); } };
      sessions.add(session);
      if (open) {
        await page.goto(url);
        await waitForApp(page);
      }
      return session;
    },
    async close() {
      for (const s of [...sessions]) await s.close();
      await browser.close();
      server.close();
    },
  };
}

async function waitForApp(page) {
  await page.waitForFunction(() => window.stempushTest && window.stempushTest.frameCount() > 0, null, WAIT);
  return settle(page);
}

// Wait until the app has handled all input. It draws frames only while something changes, so
// once it has drawn after our last event and then skipped three animation frames in a row, every
// queued event has been processed and the item list is current.
async function settle(page) {
  const start = await page.evaluate(() => window.stempushTest.frameCount());
  // An event makes the idle app draw at least once. Two moves to different points: whatever
  // the pointer's position was, at least one of them is a real move that the app sees.
  await page.mouse.move(2, 3);
  await page.mouse.move(1, 1);
  const token = `${Date.now()}-${Math.random()}`;
  await page.waitForFunction(({ start, token }) => {
    let s = window.stempushSettle;
    if (!s || s.token !== token) s = window.stempushSettle = { token, last: -1, still: 0 };
    const now = window.stempushTest.frameCount();
    s.still = now > start && now === s.last ? s.still + 1 : 0;
    s.last = now;
    return s.still >= 3;
  }, { start, token }, { polling: 'raf', ...WAIT });
}

// Autosave waits for a quiet moment, then IndexedDB is synced: wait until the app says every
// edit is stored.
async function waitForSaved(page) {
  await page.waitForFunction(() => window.stempushTest.saved(), null, WAIT);
}

async function waitForMessage(page, pattern) {
  await page.waitForFunction((source) => window.stempushTest.messages().some((m) => new RegExp(source).test(m)),
    pattern.source, WAIT);
}

async function waitForItem(page, test) {
  await page.waitForFunction((source) => window.stempushTest.items().some((i) => new RegExp(source).test(i.label)),
    test.source, WAIT);
  await settle(page);
}

// A toast goes with the first frame after its time is up (5 s, an error 10 s), and an idle tab
// draws only when input comes: move the pointer (settle) until none is on screen. Waits on the
// page's clock between moves, at most 30 s of it.
async function waitForNoToasts(page) {
  const toastShown = () => page.evaluate(() => window.stempushTest.windows().some((w) => w.startsWith('##toast')));
  const start = await page.evaluate(() => performance.now());
  for (;;) {
    await settle(page);
    if (!(await toastShown())) return;
    const at = await page.evaluate(() => performance.now());
    if (at - start > 30000) throw new Error('a message stayed on screen for 30 s of moving the pointer');
    await page.waitForFunction((t) => performance.now() - t >= 500, at, { polling: 100, timeout: WAIT.timeout });
  }
}

async function items(page) { return page.evaluate(() => window.stempushTest.items()); }
async function currentPage(page) { return page.evaluate(() => window.stempushTest.currentPage()); }

async function findItem(page, label, window = '') {
  const list = await items(page);
  const hit = list.find((i) => i.label === label && i.window.includes(window));
  if (!hit) throw new Error(`no item "${label}" on screen; labels: ${list.map((i) => i.label).filter(Boolean).join(' | ')}`);
  return hit;
}

async function click(page, label, window = '') {
  const item = await findItem(page, label, window);
  await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
  await settle(page);
}

// Clicks a sidebar entry and checks that its page opened.
async function openPage(page, label, id) {
  await click(page, label, 'Sidebar');
  const now = await currentPage(page);
  if (now !== id) throw new Error(`clicked "${label}" but the page on screen is "${now}", not "${id}"`);
}

async function workspace(page) { return JSON.parse(await page.evaluate(() => window.stempushTest.workspace())); }

// The usual set-up of a test file: one app (server and browser) started before its tests and
// closed after them, and `fresh(t, options)`: a new context and page for test t (see start()),
// closed when t ends. `.app` is the started app once the file's tests run.
function appPerFile() {
  const { before, after } = require('node:test');
  const testApp = { app: undefined };
  before(async () => { testApp.app = await start(); });
  after(async () => { if (testApp.app) await testApp.app.close(); });
  testApp.fresh = async (t, options) => {
    const session = await testApp.app.fresh(options);
    t.after(() => session.close());
    return session;
  };
  return testApp;
}

async function messages(page) { return page.evaluate(() => window.stempushTest.messages()); }

async function screenshot(page, name) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  return file;
}

module.exports = {
  CHROMIUM_FLAGS, SITE_PATH, start, appPerFile, waitForApp, settle, waitForSaved, waitForMessage, waitForItem, waitForNoToasts,
  items, currentPage, findItem, click, openPage, workspace, messages, screenshot, OUT, SITE,
};
