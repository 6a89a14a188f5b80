// Updating a hosted web release keeps the users' data: version N is opened and used, the host
// replaces the files with version N+1 at the same address, and the next visits first announce
// the new version, then run it with the same workspace (IndexedDB is untouched by the update).
// Version N+1 is the same release with its version stamp changed (sw.js and loader.js, where
// scripts/release.sh's build stamps it): that is everything a browser compares to find an
// update, and it keeps the test from needing a second WebAssembly build.
// Run by tests/release/smoke.sh with STEMPUSH_RELEASE_HOST / STEMPUSH_RELEASE_PATH as in
// web_subpath.test.js.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');

const SOURCE = path.join(process.env.STEMPUSH_RELEASE_HOST || '', process.env.STEMPUSH_RELEASE_PATH || '');
if (!fs.existsSync(path.join(SOURCE, 'index.html'))) throw new Error(`no unpacked web release in ${SOURCE} (tests/release/smoke.sh)`);
const HOST = fs.mkdtempSync(path.join(os.tmpdir(), 'stempush-update-'));
const SUBPATH = 'tools/stempush/';
process.env.STEMPUSH_SITE = HOST;
process.env.STEMPUSH_SITE_PATH = SUBPATH;  // every page the helpers open starts at the sub-path
const h = require('../web/helpers');

const LIVE = path.join(HOST, SUBPATH);
const versionOf = (dir) => /const VERSION = '([^']+)'/.exec(fs.readFileSync(path.join(dir, 'loader.js'), 'utf8'))[1];
const VERSION_N = versionOf(SOURCE);
const VERSION_NEXT = VERSION_N.replace(/(\d+)$/, (d) => String(Number(d) + 1));

// Version N+1: the release with the next patch version stamped where the build stamps it.
function publishNext() {
  const next = path.join(HOST, 'next');
  fs.cpSync(SOURCE, next, { recursive: true });
  for (const name of ['sw.js', 'loader.js']) {
    const file = path.join(next, name);
    const text = fs.readFileSync(file, 'utf8');
    const stamped = text.split(`'${VERSION_N}'`).join(`'${VERSION_NEXT}'`).split(`stempush-${VERSION_N}-`).join(`stempush-${VERSION_NEXT}-`);
    assert.notEqual(stamped, text, `${name} carries the version stamp`);
    fs.writeFileSync(file, stamped);
  }
  // The host swaps the folder the way an upload replaces files.
  fs.rmSync(LIVE, { recursive: true });
  fs.renameSync(next, LIVE);
}

// Whether IndexedDB (the app's IDBFS store) holds a file containing `text`: the save really
// reached the browser's storage, not only the page's memory.
function storedInIndexedDb(page, text) {
  return page.evaluate(async (needle) => {
    const found = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise((ok, fail) => { const r = indexedDB.open(info.name); r.onsuccess = () => ok(r.result); r.onerror = fail; });
      for (const store of db.objectStoreNames) {
        const all = await new Promise((ok, fail) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => ok(r.result); r.onerror = fail; });
        for (const entry of all) {
          if (entry && entry.contents && new TextDecoder().decode(entry.contents).includes(needle)) found.push(info.name);
        }
      }
      db.close();
    }
    return found.length > 0;
  }, text);
}

let app;
before(async () => {
  fs.mkdirSync(path.dirname(LIVE), { recursive: true });
  fs.cpSync(SOURCE, LIVE, { recursive: true });
  app = await h.start();
});
after(async () => {
  if (app) await app.close();
  fs.rmSync(HOST, { recursive: true, force: true });
});

test('a new version on the host is announced, then opens with the saved workspace', async (t) => {
  // One browser context for the whole story: its IndexedDB and service worker are what an
  // update must not lose.
  const session = await app.fresh();
  t.after(() => session.close());
  const { page } = session;
  assert.equal(await page.evaluate(() => window.stempushUpdate.version), VERSION_N);
  // The service worker of version N is in charge of the page, scoped to the app's folder.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, app.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });

  await h.click(page, 'Program profile', 'Sidebar');
  await h.click(page, 'Program name');
  await page.keyboard.type('Saved before the update');
  await page.keyboard.press('Tab');
  await h.settle(page);
  await h.waitForSaved(page);
  assert.ok(await storedInIndexedDb(page, 'Saved before the update'), 'the workspace reached IndexedDB');

  publishNext();

  // Next visit: version N still starts (from the cache, offline-safe), the browser finds the new
  // sw.js, the new worker takes over, and the page says a new version is ready.
  await page.reload();
  await h.waitForApp(page);
  await page.waitForFunction(() => window.stempushUpdate.state === 'ready', null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.stempushUpdate.version), VERSION_N);
  assert.match(await page.textContent('#update-notice'), /new version of the toolkit is ready/);
  await h.screenshot(page, 'release-update-ready.png');

  // The visit after: version N+1 runs, says it was updated, and the workspace is the same.
  await page.reload();
  await h.waitForApp(page);
  const update = await page.evaluate(() => window.stempushUpdate);
  assert.equal(update.version, VERSION_NEXT);
  assert.equal(update.previous, VERSION_N);
  assert.equal(update.state, 'updated');
  assert.match(await page.textContent('#update-notice'), new RegExp(`updated to version ${VERSION_NEXT.replace(/\./g, '\\.')}`));
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Saved before the update');
  await h.screenshot(page, 'release-updated.png');
  assert.deepEqual(session.errors.filter((e) => !/favicon/.test(e)), []);
});
