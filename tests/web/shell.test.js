// The web build in headless Chromium, driven with real mouse and keyboard events. Each test
// starts from a fresh browser context (nothing saved) and waits on the app's state, never a clock.
'use strict';
const fs = require('fs');
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const testApp = h.appPerFile();
const fresh = testApp.fresh;

// Types into a profile field (replacing what is there) and leaves it.
async function setField(page, field, text) {
  await h.click(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  await h.settle(page);
}

// A saved program profile, as a user makes it: the starting point of several tests.
async function profileFilled(page) {
  await h.openPage(page, 'Program profile', '#profile');
  await setField(page, 'Program name', 'Academia de Ingeniería');
  await setField(page, 'Region', 'Pittsburgh, PA');
  await h.waitForSaved(page);
}

test('the page loads, draws a first frame and shows the shell', async (t) => {
  const { page } = await fresh(t);
  assert.equal(await h.currentPage(page), '#home');
  const labels = (await h.items(page)).map((i) => i.label);
  for (const expected of ['Workspace', 'View', 'Help', 'Home', 'Program profile', 'Fill in the program profile']) {
    assert.ok(labels.includes(expected), `missing "${expected}" in ${labels.join(', ')}`);
  }
  await h.screenshot(page, 'shell-light.png');
  // Each sidebar entry opens its page, and Home comes back.
  await h.openPage(page, 'Program profile', '#profile');
  await h.openPage(page, 'Self-study', 'self_study');
  await h.openPage(page, 'Ecological belonging', 'belonging');
  await h.openPage(page, 'Home', '#home');
});

test('About names the version (the VERSION file) and the platform', async (t) => {
  const { page } = await fresh(t);
  const version = fs.readFileSync(require('path').join(__dirname, '..', '..', 'VERSION'), 'utf8').split('\n')[0];
  await h.click(page, 'Help');
  await h.click(page, 'About');
  await h.waitForItem(page, /^Version /);
  const about = (await h.items(page)).find((i) => i.label.startsWith('Version ')).label;
  assert.equal(about, `Version ${version} · web (WebAssembly + WebGL2)`);
  await h.click(page, 'Close');
  assert.ok(!(await h.items(page)).some((i) => i.label.startsWith('Version ')), 'About closed');
});

test('fill the program profile by clicking and typing; it survives a reload', async (t) => {
  const { page } = await fresh(t);
  await h.openPage(page, 'Program profile', '#profile');
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
  await h.waitForSaved(page);
  await h.settle(page);
  await h.screenshot(page, 'profile-filled.png');
  await page.reload();
  await h.waitForApp(page);
  ws = await h.workspace(page);
  assert.equal(ws.profile.data.program_name, 'Academia de Ingeniería');
  assert.equal(ws.profile.data.region, 'Pittsburgh, PA');
});

test('importing a file that is not a workspace shows a message and keeps the data', async (t) => {
  const { page } = await fresh(t);
  await profileFilled(page);
  for (const [name, body] of [
    ['notes.txt', 'this is not json'],
    ['other.json', '{"hello": "world"}'],
    ['future.json', '{"format":"stempush-workspace","format_version":99}'],
  ]) {
    await h.click(page, 'Workspace');
    const chooser = page.waitForEvent('filechooser');
    await h.click(page, 'Import from a file…');
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await h.waitForMessage(page, new RegExp(name.replace('.', '\\.')));
    await h.settle(page);
    const errorItems = (await h.items(page)).filter((i) => i.window.includes('could not be imported'));
    assert.ok(errorItems.length > 0, 'the error dialog is open');
    if (name === 'notes.txt') await h.screenshot(page, 'import-error.png');
    await h.click(page, 'OK');
    assert.ok(!(await h.items(page)).some((i) => i.window.includes('could not be imported')), 'OK closes the dialog');
    const ws = await h.workspace(page);
    assert.equal(ws.profile.data.program_name, 'Academia de Ingeniería', `data kept after ${name}`);
  }
});

test('typing an accented letter with a dead key reaches the field', async (t) => {
  const { page } = await fresh(t);
  await h.openPage(page, 'Program profile', '#profile');
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

test('export downloads the workspace; importing it back restores it after a confirmation', async (t) => {
  const { page } = await fresh(t);
  await profileFilled(page);
  await h.click(page, 'Workspace');
  const download = page.waitForEvent('download');
  await h.click(page, 'Export to a file…');
  const file = await (await download).path();
  const exported = fs.readFileSync(file, 'utf8');
  assert.equal(JSON.parse(exported).profile.data.program_name, 'Academia de Ingeniería');
  // Change the name, then import the exported file: asks first, then restores.
  await setField(page, 'Program name', 'Changed');
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Changed');
  await h.click(page, 'Workspace');
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Import from a file…');
  await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await h.waitForItem(page, /^Replace with the imported file$/);
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Changed', 'nothing replaced before confirming');
  await h.click(page, 'Replace with the imported file');
  assert.equal((await h.workspace(page)).profile.data.program_name, 'Academia de Ingeniería');
});

test('an idle tab stops its frame loop until input comes, a message on screen included', async (t) => {
  const { page } = await fresh(t);
  await h.settle(page);
  // A message on screen (Ctrl+S: "All changes saved") has no deadline of its own: once its five seconds are
  // up it goes with the next frame input brings, so it does not wake an idle tab.
  await page.keyboard.press('Control+S');
  await h.waitForMessage(page, /^All changes saved/);
  await h.settle(page);
  const toastShown = () => page.evaluate(() => window.stempushTest.windows().some((w) => w.startsWith('##toast')));
  assert.ok(await toastShown(), 'the message is on screen');
  // Seven seconds of the page's own clock with no input, past the message's time: a
  // requestAnimationFrame loop would tick about 420 times; the sleeping loop does not tick at
  // all and draws nothing, its timer looks about once a second (its safety net) without asking
  // the browser for an animation frame.
  const counts = () => page.evaluate(() => ({ ticks: window.stempushTest.loopTicks(), frames: window.stempushTest.frameCount(),
    looks: window.stempushTest.idleLooks(), at: performance.now() }));
  const before = await counts();
  await page.waitForFunction((at) => performance.now() - at >= 7000, before.at, { polling: 250, timeout: 60000 });
  const idle = await counts();
  assert.equal(idle.frames - before.frames, 0, `${idle.frames - before.frames} frames drawn while idle`);
  assert.ok(idle.ticks - before.ticks <= 1, `the loop ticked ${idle.ticks - before.ticks} times in 7 idle seconds`);
  const looks = idle.looks - before.looks;
  assert.ok(looks >= 3 && looks <= 9, `the sleeping loop looked ${looks} times in 7 idle seconds`);
  assert.ok(await toastShown(), 'the message is still there for someone who looked away');
  // Input wakes it at once: the pointer moves, a frame is drawn and the message goes; a click
  // on the sidebar opens a page.
  await h.settle(page);
  assert.ok(await page.evaluate(() => window.stempushTest.frameCount()) > idle.frames);
  assert.equal(await toastShown(), false, 'the message went with the first frame after its time');
  await h.openPage(page, 'Program profile', '#profile');
});

test('the canvas follows the window size and the device pixel ratio', async (t) => {
  const { page } = await fresh(t);
  await page.setViewportSize({ width: 900, height: 640 });
  await h.settle(page);
  let canvas = await page.evaluate(() => ({ w: document.getElementById('canvas').width, h: document.getElementById('canvas').height }));
  assert.deepEqual(canvas, { w: 900, h: 640 });
  const status = (await h.items(page)).find((i) => i.label === 'Workspace');
  assert.ok(status && status.x < 900);
  // A high-DPI screen: a browser at devicePixelRatio 2 gets a canvas of twice the pixels, and
  // text rasterised at that scale.
  const hidpi = await fresh(t, { viewport: { width: 800, height: 600 }, deviceScaleFactor: 2 });
  canvas = await hidpi.page.evaluate(() => ({ w: document.getElementById('canvas').width, css: document.getElementById('canvas').style.width, dpr: devicePixelRatio }));
  assert.equal(canvas.dpr, 2);
  assert.equal(canvas.w, 1600);
  assert.equal(canvas.css, '800px');
  await h.screenshot(hidpi.page, 'shell-hidpi.png');
});

test('a browser without WebAssembly, its exceptions or WebGL2 gets a clear message', async (t) => {
  const noWasm = await fresh(t, { open: false, initScript: () => { delete window.WebAssembly; } });
  await noWasm.page.goto(testApp.app.url);
  await noWasm.page.waitForSelector('#problem:not([hidden])');
  assert.match(await noWasm.page.textContent('#problem-text'), /WebAssembly/);
  // A browser whose WebAssembly has no exception instructions (app.wasm uses them) is named too old.
  const noEh = await fresh(t, { open: false, initScript: () => { WebAssembly.validate = () => false; } });
  await noEh.page.goto(testApp.app.url);
  await noEh.page.waitForSelector('#problem:not([hidden])');
  assert.match(await noEh.page.textContent('#problem-text'), /too old.*Safari 15\.2/);
  const noGl = await fresh(t, {
    open: false,
    initScript: () => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === 'webgl2' ? null : original.call(this, kind, ...rest); };
    },
  });
  await noGl.page.goto(testApp.app.url);
  await noGl.page.waitForSelector('#problem:not([hidden])');
  assert.match(await noGl.page.textContent('#problem-text'), /WebGL2/);
});

test('accented and plain letters typed at full speed stay in order', async (t) => {
  const { page } = await fresh(t);
  await h.openPage(page, 'Program profile', '#profile');
  await setField(page, 'Host organization', 'Ana Núñez · ¿Qué? ¡Sí! Ingeniería – «éxito»');
  assert.equal((await h.workspace(page)).profile.data.host_organization, 'Ana Núñez · ¿Qué? ¡Sí! Ingeniería – «éxito»');
});

test('dark theme screenshot, and no request ever leaves this machine', async (t) => {
  const session = await fresh(t);
  const { page } = session;
  await profileFilled(page);
  await h.click(page, 'View');
  await h.click(page, 'Dark theme');
  await h.openPage(page, 'Home', '#home');
  await h.screenshot(page, 'shell-dark.png');
  const outside = session.requests.filter((u) => !u.startsWith(testApp.app.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(session.errors.filter((e) => !/favicon/.test(e)), []);
});

test('200% text on a 1024x768 screen: the menu says so, pages still fit (screenshots)', async (t) => {
  const { page } = await fresh(t, { viewport: { width: 1024, height: 768 } });
  await profileFilled(page);
  for (let i = 0; i < 10; ++i) await page.keyboard.press('Control+Equal');
  await h.settle(page);
  await h.click(page, 'View');
  await h.findItem(page, 'Text size: 200%');
  await page.keyboard.press('Escape');
  await h.settle(page);
  // The sidebar's entries would need more than a quarter of the window: its pages are under Go to.
  const goTo = async (label, id) => {
    await h.click(page, 'Go to');
    await h.click(page, label);
    await page.waitForFunction((want) => window.stempushTest.currentPage() === want, id);
    await h.settle(page);
  };
  await goTo('Home', '#home');
  await h.screenshot(page, 'shell-200-percent-home.png');
  await goTo('Improvement', 'improvement');
  await h.screenshot(page, 'shell-200-percent-improvement.png');
});

test('start-up: app.wasm is fetched once, saved data is read while it compiles, every phase is marked', async (t) => {
  const { page } = await fresh(t);
  const start = await page.evaluate(() => ({
    wasmFetches: performance.getEntriesByType('resource').filter((e) => /\/app\.wasm$/.test(e.name)).length,
    marks: Object.fromEntries(performance.getEntriesByType('mark')
      .filter((e) => e.name.startsWith('stempush:')).map((e) => [e.name.slice(9), e.startTime])),
  }));
  // web/loader.js starts the download and compilation; Emscripten must not fetch it again.
  assert.equal(start.wasmFetches, 1);
  // The phases bench/web/web_bench.js reads, in the order they happen.
  const order = ['loader', 'js-start', 'idb-start', 'wasm-ready', 'runtime', 'main', 'gl-ready', 'plugins', 'catalogs',
    'app-ready', 'frame-start', 'fonts', 'layout', 'a11y', 'first-frame'];
  for (const name of order) assert.equal(typeof start.marks[name], 'number', `mark ${name}`);
  for (let i = 1; i < order.length; i++) {
    assert.ok(start.marks[order[i - 1]] <= start.marks[order[i]], `${order[i - 1]} before ${order[i]}`);
  }
  // IndexedDB is read as soon as app.js runs, not after the module is ready (web/pre.js: preInit).
  assert.ok(start.marks['idb-done'] >= start.marks['idb-start'] && start.marks['idb-done'] <= start.marks.runtime);
});

test('after the first visit the app opens offline', async (t) => {
  const { page, context } = await fresh(t);
  await profileFilled(page);
  // The service worker caches the app's files, then claims the page (sw.js: clients.claim()).
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
  await context.setOffline(true);
  await page.reload();
  await h.waitForApp(page);
  const ws = await h.workspace(page);
  assert.equal(ws.profile.data.program_name, 'Academia de Ingeniería');
  await context.setOffline(false);
});
