// Browser storage: a page being hidden saves at once (the last reliable event on mobile), and a
// full disk is reported to the user instead of failing silently. Each test has its own context.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const testApp = h.appPerFile();

async function typeProgramName(page, text) {
  await h.openPage(page, 'Program profile', '#profile');
  await h.click(page, 'Program name');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

test('hiding the page saves to IndexedDB before the autosave delay', async (t) => {
  const session = await testApp.fresh(t);
  const { page, context } = session;
  let typed = 'Saved on hide';
  await typeProgramName(page, typed);
  await h.settle(page);
  // Pause the app's frame loop: the autosave (which runs in a frame, 0.8 s after the last edit)
  // cannot run any more, so from here only the page-hide handler can save. On a busy machine the
  // autosave may have run already: then edit once more and pause again.
  const pause = () => page.evaluate(() => { window.Module.pauseMainLoop(); return window.stempushTest.saved(); });
  while (await pause()) {
    await page.evaluate(() => window.Module.resumeMainLoop());
    await page.keyboard.type('!');
    typed += '!';
    await h.settle(page);
  }
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await h.waitForSaved(page);
  const other = await context.newPage();
  await other.goto(testApp.app.url);
  await h.waitForApp(other);
  assert.equal((await h.workspace(other)).profile.data.program_name, typed);
  await other.close();
});

test('a full browser storage is reported, and the work stays on screen', async (t) => {
  // Every IndexedDB write fails the way a full disk does, once the test says so.
  const session = await testApp.app.fresh({
    initScript: () => {
      const put = IDBObjectStore.prototype.put;
      window.stempushFailWrites = false;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.stempushFailWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    },
  });
  t.after(() => session.close());
  const { page } = session;
  await page.evaluate(() => { window.stempushFailWrites = true; });
  await typeProgramName(page, 'Too big to save');
  await page.keyboard.press('Tab');
  // Autosave runs after a quiet moment; its IndexedDB sync fails: wait for the app to say so.
  await page.waitForFunction(() => window.stempushTest.storageError() !== '', null, { timeout: 60000 });
  await h.waitForMessage(page, /no room left/);
  await h.settle(page);
  await h.screenshot(page, 'storage-full.png');
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Too big to save');
  assert.match(await page.evaluate(() => window.stempushTest.storageError()), /no room left/);
  assert.equal(await page.evaluate(() => window.stempushTest.saved()), false, 'a failed save is not "saved"');
});

test('saved work is read by the page loader in one transaction, and by IDBFS when the loader cannot', async (t) => {
  const session = await testApp.fresh(t);
  const { page } = session;
  const storageRead = () => page.evaluate(() => window.Module.stempushStorageRead);
  const programName = async () => (await h.workspace(page)).profile.data.program_name;
  // A first visit: no database to read (indexedDB.databases() says so), nothing in /data.
  assert.deepEqual(await storageRead(), { source: 'loader', files: 0 });

  await typeProgramName(page, 'Read by the loader');
  await page.keyboard.press('Tab');
  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  const read = await storageRead();
  assert.equal(read.source, 'loader');
  assert.ok(read.files >= 1, `files read: ${read.files}`);
  assert.equal(await programName(), 'Read by the loader');

  // IDBFS saves through the connection the loader opened: the next edit is there after a reload.
  await typeProgramName(page, 'Saved through the loader\'s connection');
  await page.keyboard.press('Tab');
  await h.waitForSaved(page);
  // From here the loader's one-transaction read fails (IDBFS reads with a cursor and get()).
  await page.addInitScript(() => {
    IDBObjectStore.prototype.getAll = function () { throw new DOMException('getAll is broken here', 'UnknownError'); };
  });
  await page.reload();
  await h.waitForApp(page);
  assert.deepEqual(await storageRead(), { source: 'idbfs', files: -1 });
  assert.equal(await programName(), 'Saved through the loader\'s connection');
});

test('a saved file the loader cannot put back makes IDBFS read everything again; the workspace is there', async (t) => {
  const session = await testApp.fresh(t);
  const { page } = session;
  await typeProgramName(page, 'Kept through a bad record');
  await page.keyboard.press('Tab');
  await h.waitForSaved(page);
  // A record no file can be made from (a symbolic link's mode), sorted after the real files.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('/data');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['FILE_DATA'], 'readwrite');
      tx.objectStore('FILE_DATA').put({ timestamp: new Date(), mode: 0o120777 }, '/data/zz-not-a-file');
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.reload();
  await h.waitForApp(page);
  assert.equal((await page.evaluate(() => window.Module.stempushStorageRead)).source, 'idbfs');
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Kept through a bad record');
});

test('a window that found nothing saved does not save over work another window saved meanwhile', async (t) => {
  const session = await testApp.fresh(t);
  const { page } = session;
  assert.deepEqual(await page.evaluate(() => window.Module.stempushStorageRead), { source: 'loader', files: 0 });
  // Another window of the toolkit saves first: its database appears after this one started.
  const record = '/data/workspace.json';
  await page.evaluate((key) => new Promise((resolve, reject) => {
    const open = indexedDB.open('/data', 21);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('FILE_DATA').createIndex('timestamp', 'timestamp', { unique: false });
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['FILE_DATA'], 'readwrite');
      tx.objectStore('FILE_DATA').put({ timestamp: new Date(), mode: 0o100666, contents: new TextEncoder().encode('{}') }, key);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), record);
  await typeProgramName(page, 'Typed in the second window');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.stempushTest.storageError() !== '', null, { timeout: 60000 });
  assert.match(await page.evaluate(() => window.stempushTest.storageError()), /another window/);
  await h.waitForMessage(page, /another window/);
  // The other window's file is still there, and this window's work is still on screen.
  const keys = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('/data');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(['FILE_DATA']).objectStore('FILE_DATA').getAllKeys();
      request.onsuccess = () => { open.result.close(); resolve(request.result); };
      request.onerror = () => reject(request.error);
    };
  }));
  assert.deepEqual(keys, [record]);
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Typed in the second window');
  assert.equal(await page.evaluate(() => window.stempushTest.saved()), false);
});

test('a browser whose list of databases never answers still starts, and still reads saved work', async (t) => {
  const session = await testApp.app.fresh({
    initScript: () => { IDBFactory.prototype.databases = () => new Promise(() => {}); },
  });
  t.after(() => session.close());
  const { page } = session;
  // Nothing saved yet: the loader opened the database (and made none) instead of listing.
  assert.deepEqual(await page.evaluate(() => window.Module.stempushStorageRead), { source: 'loader', files: 0 });
  await typeProgramName(page, 'Read without the list');
  await page.keyboard.press('Tab');
  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  const read = await page.evaluate(() => window.Module.stempushStorageRead);
  assert.equal(read.source, 'loader');
  assert.ok(read.files >= 1, `files read: ${read.files}`);
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Read without the list');
});
