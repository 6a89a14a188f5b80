// The web build in headless Chromium, driven with real mouse and keyboard events.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

let app;
before(async () => { app = await h.start(); });
after(async () => { if (app) await app.close(); });

test('the page loads, draws a first frame and shows the shell', async () => {
  await app.page.goto(app.url);
  await h.waitForApp(app.page);
  const labels = (await h.items(app.page)).map((i) => i.label);
  for (const expected of ['Workspace', 'View', 'Help', 'Home', 'Program profile', 'Fill in the program profile']) {
    assert.ok(labels.includes(expected), `missing "${expected}" in ${labels.join(', ')}`);
  }
  await h.screenshot(app.page, 'shell-light.png');
});

test('fill the program profile by clicking and typing; it survives a reload', async () => {
  const { page } = app;
  await h.click(page, 'Program profile', 'Sidebar');
  await h.click(page, 'Program name');
  await page.keyboard.type('Academia de Ingeniería');
  await h.settle(page);
  await h.click(page, 'Region');
  await page.keyboard.type('Pittsburgh, PA');
  await page.keyboard.press('Tab');
  await h.settle(page);
  let ws = await h.workspace(page);
  assert.equal(ws.profile.data.program_name, 'Academia de Ingeniería');
  assert.equal(ws.profile.data.region, 'Pittsburgh, PA');
  // Autosave waits for a quiet moment, then IndexedDB is synced.
  await page.waitForFunction(() => !window.stempushTest.items().some((i) => false), null, { timeout: 1000 });
  await page.waitForTimeout(1500);
  await h.settle(page);
  await h.screenshot(page, 'profile-filled.png');
  await page.reload();
  await h.waitForApp(page);
  ws = await h.workspace(page);
  assert.equal(ws.profile.data.program_name, 'Academia de Ingeniería');
  assert.equal(ws.profile.data.region, 'Pittsburgh, PA');
});

test('importing a file that is not a workspace shows a message and keeps the data', async () => {
  const { page } = app;
  for (const [name, body, expected] of [
    ['notes.txt', 'this is not json', 'not valid JSON'],
    ['other.json', '{"hello": "world"}', 'not a STEM PUSH workspace'],
    ['future.json', '{"format":"stempush-workspace","format_version":99}', 'newer version'],
  ]) {
    await h.click(page, 'Workspace');
    const chooser = page.waitForEvent('filechooser');
    await h.click(page, 'Import from a file…');
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await page.waitForFunction((n) => window.stempushTest.messages().some((m) => m.includes(n)), name, { timeout: 10000 });
    await h.settle(page);
    const errorItems = (await h.items(page)).filter((i) => i.window.includes('could not be imported'));
    assert.ok(errorItems.length > 0, 'the error dialog is open');
    if (name === 'notes.txt') await h.screenshot(page, 'import-error.png');
    await h.click(page, 'OK');
    const ws = await h.workspace(page);
    assert.equal(ws.profile.data.program_name, 'Academia de Ingeniería', `data kept after ${name}`);
  }
});

test('typing an accented letter with a dead key reaches the field', async () => {
  const { page } = app;
  await h.click(page, 'Program profile', 'Sidebar');
  await h.click(page, 'Season');
  // A dead-key sequence as a Spanish keyboard sends it: composition, then the composed text.
  await page.evaluate(() => {
    const area = document.getElementById('stempush-text-input');
    area.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    area.dispatchEvent(new CompositionEvent('compositionend', { data: 'é' }));
  });
  await page.keyboard.type('xito ñ');
  await page.keyboard.press('Tab');
  await h.settle(page);
  const ws = await h.workspace(page);
  assert.equal(ws.profile.data.season, 'éxito ñ');
});

test('export downloads the workspace; importing it back restores it after a confirmation', async () => {
  const { page } = app;
  await h.click(page, 'Workspace');
  const download = page.waitForEvent('download');
  await h.click(page, 'Export to a file…');
  const file = await (await download).path();
  const exported = require('fs').readFileSync(file, 'utf8');
  assert.equal(JSON.parse(exported).profile.data.program_name, 'Academia de Ingeniería');
  // Change the name, then import the exported file: asks first, then restores.
  await h.click(page, 'Program profile', 'Sidebar');
  await h.click(page, 'Program name');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Changed');
  await page.keyboard.press('Tab');
  await h.settle(page);
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Changed');
  await h.click(page, 'Workspace');
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Import from a file…');
  await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.waitForFunction(() => window.stempushTest.items().some((i) => i.label === 'Replace with the imported file'), null, { timeout: 10000 });
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Changed', 'nothing replaced before confirming');
  await h.click(page, 'Replace with the imported file');
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Academia de Ingeniería');
});

test('the canvas follows the window size and the device pixel ratio', async () => {
  const { page } = app;
  await page.setViewportSize({ width: 900, height: 640 });
  await h.settle(page);
  let canvas = await page.evaluate(() => ({ w: document.getElementById('canvas').width, h: document.getElementById('canvas').height }));
  assert.deepEqual(canvas, { w: 900, h: 640 });
  const status = (await h.items(page)).find((i) => i.label === 'Workspace');
  assert.ok(status && status.x < 900);
  await page.setViewportSize({ width: 1280, height: 800 });
  await h.settle(page);
  // A high-DPI screen: a browser at devicePixelRatio 2 gets a canvas of twice the pixels, and
  // text rasterised at that scale.
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: h.CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 2 });
    const page2 = await context.newPage();
    await page2.goto(app.url);
    await h.waitForApp(page2);
    canvas = await page2.evaluate(() => ({ w: document.getElementById('canvas').width, css: document.getElementById('canvas').style.width, dpr: devicePixelRatio }));
    assert.equal(canvas.dpr, 2);
    assert.equal(canvas.w, 1600);
    assert.equal(canvas.css, '800px');
    await h.screenshot(page2, 'shell-hidpi.png');
  } finally {
    await browser.close();
  }
});

test('a browser without WebAssembly or WebGL2 gets a clear message', async () => {
  const page = await app.context.newPage();
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(app.url);
  await page.waitForSelector('#problem:not([hidden])');
  assert.match(await page.textContent('#problem-text'), /WebAssembly/);
  await page.close();
  const page2 = await app.context.newPage();
  await page2.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === 'webgl2' ? null : original.call(this, kind, ...rest); };
  });
  await page2.goto(app.url);
  await page2.waitForSelector('#problem:not([hidden])');
  assert.match(await page2.textContent('#problem-text'), /WebGL2/);
  await page2.close();
});

test('accented and plain letters typed at full speed stay in order', async () => {
  const { page } = app;
  await h.click(page, 'Program profile', 'Sidebar');
  await h.click(page, 'Host organization');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Ana Núñez · ¿Qué? ¡Sí! Ingeniería – «éxito»');
  await page.keyboard.press('Tab');
  await h.settle(page);
  assert.equal((await h.workspace(page)).profile.data.host_organization, 'Ana Núñez · ¿Qué? ¡Sí! Ingeniería – «éxito»');
});

test('dark theme screenshot, and no request ever leaves this machine', async () => {
  const { page } = app;
  await h.click(page, 'View');
  await h.click(page, 'Dark theme');
  await h.click(page, 'Home', 'Sidebar');
  await h.screenshot(page, 'shell-dark.png');
  const outside = app.requests.filter((u) => !u.startsWith(app.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(app.errors.filter((e) => !/favicon/.test(e)), []);
});

test('after the first visit the app opens offline', async () => {
  const { page, context } = app;
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 20000 })
    .catch(async () => { await page.reload(); await h.waitForApp(page); });
  await context.setOffline(true);
  await page.reload();
  await h.waitForApp(page);
  const ws = await h.workspace(page);
  assert.equal(ws.profile.data.program_name, 'Academia de Ingeniería');
  await context.setOffline(false);
});
