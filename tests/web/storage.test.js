// Browser storage: a page being hidden saves at once (the last reliable event on mobile), and a
// full disk is reported to the user instead of failing silently.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

let app;
before(async () => { app = await h.start(); });
after(async () => { if (app) await app.close(); });

async function typeProgramName(page, text) {
  await h.click(page, 'Program profile', 'Sidebar');
  await h.click(page, 'Program name');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

test('hiding the page saves to IndexedDB before the autosave delay', async () => {
  const { page, context } = app;
  await page.goto(app.url);
  await h.waitForApp(page);
  await typeProgramName(page, 'Saved on hide');
  await h.settle(page);
  // Hidden right after typing: the 0.8 s autosave has not run yet.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(300);
  const other = await context.newPage();
  await other.goto(app.url);
  await h.waitForApp(other);
  assert.equal((await h.workspace(other)).profile.data.program_name, 'Saved on hide');
  await other.close();
});

test('a full browser storage is reported, and the work stays on screen', async () => {
  const page = await app.context.newPage();
  // Every IndexedDB write fails the way a full disk does.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    window.stempushFailWrites = false;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.stempushFailWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto(app.url);
  await h.waitForApp(page);
  await page.evaluate(() => { window.stempushFailWrites = true; });
  await typeProgramName(page, 'Too big to save');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(1500);
  await h.settle(page);
  await h.screenshot(page, 'storage-full.png');
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Too big to save');
  const status = await page.evaluate(() => window.stempushTest.storageError());
  assert.match(status, /no room left/);
  const said = await page.evaluate(() => window.stempushTest.messages());
  assert.ok(said.some((m) => /no room left/.test(m)), 'the user is told in a message');
  await page.close();
});
