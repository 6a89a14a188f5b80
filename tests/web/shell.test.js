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
