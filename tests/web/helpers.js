// Shared by the browser tests: start the static server and Debian's chromium, and drive the
// canvas app through window.stempushTest (items with CSS-pixel rectangles) with real mouse and
// keyboard events.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const { serve } = require('../../scripts/serve.js');

const ROOT = path.resolve(__dirname, '../..');
const SITE = process.env.STEMPUSH_SITE || path.join(ROOT, 'build-web', 'site');
const OUT = path.join(__dirname, 'out');
fs.mkdirSync(OUT, { recursive: true });

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run', '--disable-default-apps'];

async function start({ port } = {}) {
  const server = await serve(SITE, port || 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stempush-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true,
  });
  const page = context.pages()[0] || await context.newPage();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return {
    server, url, context, page, requests, errors,
    async close() {
      await context.close();
      server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function waitForApp(page, timeout = 60000) {
  await page.waitForFunction(() => window.stempushTest && window.stempushTest.frameCount() > 0, null, { timeout });
  return settle(page);
}

// Wait until the app has handled all input: it draws frames on demand, so once the frame count
// stops moving every queued event has been processed and the item list is current.
async function settle(page) {
  const count = () => page.evaluate(() => window.stempushTest.frameCount());
  const start = await count();
  await page.mouse.move(1, 1 + (start % 3));  // an event makes the idle app draw at least once
  let last = -1;
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(80);
    const now = await count();
    if (now === last && now > start) return;
    last = now;
  }
}

async function items(page) { return page.evaluate(() => window.stempushTest.items()); }

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

async function workspace(page) { return JSON.parse(await page.evaluate(() => window.stempushTest.workspace())); }
async function messages(page) { return page.evaluate(() => window.stempushTest.messages()); }

async function screenshot(page, name) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  return file;
}

module.exports = { CHROMIUM_FLAGS, start, waitForApp, settle, items, findItem, click, workspace, messages, screenshot, OUT, SITE };
