#!/usr/bin/env node
// Browser benchmarks, run by scripts/bench.sh after a web build with -DSTEMPUSH_WEB_BENCH=ON.
// 1. Bundle size (wasm + js + data, raw and gzip) of the app and of a bare Dear ImGui + SDL2
//    page built from the same sources with the same flags, in the same run, with the ratios; and
//    each plugin's share (from the app's link map).
//    Time from navigation to the first rendered frame of both, cold, on the local network and on
//    a slow school connection (Chromium's network emulation through the DevTools protocol), with
//    the time of each start-up phase (User Timing marks the pages set, web/perf_marks.hpp); and
//    the app on a returning visit, with work saved in IndexedDB to read before its first frame.
// 2. Idle cost: the share of one core the page's main thread uses over 10 idle seconds (task time
//    from the DevTools protocol), the app against the bare page, which draws every frame.
// 3. The belonging CSV import and results in wasm against PapaParse on the same text, same page,
//    cold (the first run) and warm (the median of three more).
// Usage: node bench/web/web_bench.js BUILD_WEB_DIR
//   BENCH_RUNS (default 5) and BENCH_SLOW_RUNS (default 3): cold loads per page and network;
//   BENCH_START_ONLY=1: bundle and start-up only.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('../../tests/web/node_modules/playwright-core');
const { serve } = require('../../scripts/serve.js');
const h = require('../../tests/web/helpers');

const build = path.resolve(process.argv[2] || 'build-web');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
function sizes(dir, base) {
  const raw = (f) => fs.readFileSync(path.join(dir, f));
  const wasm = raw(base + '.wasm');
  const js = raw(base + '.js');
  const data = fs.existsSync(path.join(dir, base + '.data')) ? raw(base + '.data') : Buffer.alloc(0);
  return { raw: wasm.length + js.length + data.length, gzip: gz(wasm) + gz(js) + (data.length ? gz(data) : 0), wasm: wasm.length, js: js.length };
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => (n / 1024).toFixed(0) + ' KiB';
// One table row: the first cell left-aligned, the others right-aligned in `width` columns.
const row = (first, cells, width = 14) => first.padEnd(22) + cells.map((c) => String(c).padStart(width)).join('');
const ms = (x) => x.toFixed(0) + ' ms';
const times = (x) => x.toFixed(2) + 'x';

// Each plugin's share of the bundle, from the app's link map (wasm-ld --Map, web/CMakeLists.txt):
// the bytes of code and data each object file brought into the linked module, added up per
// plugin library (plugins/<id>: model + view + its compiled-in catalogs and assets), the core,
// and what the bare page has too. Measured before wasm-opt shrinks the module; the gzip column
// spreads the app's real gzip size over the parts in proportion (an estimate: parts compress
// differently).
function partOf(file) {
  let m = /libplugin_([a-z0-9_]+?)_(model|view)\.a\(/.exec(file);
  if (m) return 'plugin ' + m[1];
  if (/libstempush_(model|ui|plugin_models|plugin_views)\.a\(/.test(file)) return 'core (model + shell)';
  if (/stempush_web\.dir/.test(file)) return 'web platform (web/)';
  if (/libimgui(_backend)?\.a\(|libSDL2/.test(file)) return 'Dear ImGui + SDL2';
  return 'C/C++ runtime, GL';
}
function printPluginSizes(build, app) {
  const mapFile = path.join(build, 'app.map');
  if (!fs.existsSync(mapFile)) return;
  const parts = new Map();
  const SHARED = 'shared std/json code';
  let section = '';
  let chunk = null;
  for (const line of fs.readFileSync(mapFile, 'utf8').split('\n')) {
    const m = /^\s*(-|[0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+) ( *)(\S.*)$/.exec(line);
    if (!m) continue;
    if (m[4].length === 0 && /^[A-Z]+$/.test(m[5])) { section = m[5]; continue; }
    if (section !== 'CODE' && section !== 'DATA') continue;
    if (m[4].length === 8) {  // an input chunk (object file); the symbols in it follow, indented more
      chunk = { part: partOf(m[5]), size: parseInt(m[3], 16) };
      const p = parts.get(chunk.part) || { code: 0, data: 0 };
      p[section === 'CODE' ? 'code' : 'data'] += chunk.size;
      parts.set(chunk.part, p);
      continue;
    }
    // A template of libc++ or nlohmann_json that a plugin does not name (std::vector<std::string>)
    // is linked from whichever object file the linker saw first, which is not that plugin's cost:
    // counted apart, so that a plugin's share is what it brings.
    const plugin = chunk && /^plugin (.*)$/.exec(chunk.part);
    if (!plugin || m[4].length <= 8) continue;
    const name = m[5];
    if (name.includes(plugin[1] + '::') || name.includes(plugin[1] + '_assets::') || /^\(anonymous namespace\)::data_\d+$/.test(name)) continue;
    const size = parseInt(m[3], 16);
    const own = parts.get(chunk.part);
    own[section === 'CODE' ? 'code' : 'data'] -= size;
    const shared = parts.get(SHARED) || { code: 0, data: 0 };
    shared[section === 'CODE' ? 'code' : 'data'] += size;
    parts.set(SHARED, shared);
  }
  const total = [...parts.values()].reduce((n, p) => n + p.code + p.data, 0);
  if (!total) return;
  console.log('\nApp bundle by part (link map, before wasm-opt; gzip = the app\'s gzip size spread in proportion)');
  console.log(row('part', ['code', 'data', 'share', '~gzip']));
  const sorted = [...parts.entries()].sort((a, b) => (b[1].code + b[1].data) - (a[1].code + a[1].data));
  for (const [part, p] of sorted) {
    const share = (p.code + p.data) / total;
    console.log(row(part, [kb(p.code), kb(p.data), (100 * share).toFixed(1) + ' %', kb(share * app.gzip)]));
  }
}

// The start-up phases, in the order they happen: each is the time from the previous mark that
// the page set to this one (User Timing marks "stempush:<name>", set by web/loader.js, web/pre.js
// and web/main.cpp for the app, bench/web/bare_pre.js and bare_main.cpp for the bare page, through
// web/perf_marks.hpp). A page without a phase prints "-"; the phases of a page add up to its
// first frame.
const PHASES = [
  ['js-start', 'page + loader + .js'],
  ['wasm-ready', 'wasm fetch+compile'],
  ['runtime', 'wait: IndexedDB'],
  ['main', 'runtime init'],
  ['gl-ready', 'SDL+WebGL2+ImGui'],
  ['plugins', 'plugin registration'],
  ['app-ready', 'settings+workspace'],
  ['catalogs', 'i18n: UI language'],
  ['frame-start', 'wait: anim. frame'],
  ['fonts', 'font atlas+shaders'],
  ['layout', 'first layout'],
  ['a11y', 'accessible mirror'],
  ['first-frame', 'draw'],
];
// A slow school connection, through Chromium's network emulation (DevTools protocol).
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (0.75e6 / 8) };

// One cold load (new context: no cache, no service worker, nothing in IndexedDB): the first
// frame, each phase, the downloads that overlap them, and the bytes that crossed the network.
async function coldLoad(browser, url, marker, network) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.goto(url);
  const load = await readStartUp(page, marker);
  await context.close();
  return load;
}

// A returning visit to the app: the visit before saved work in IndexedDB (the program's name,
// typed on its profile page, as a user would) and the browser was closed; then the browser
// starts again on the same profile and opens the page with the HTTP cache off and no service
// worker, so that the files are downloaded and compiled again as on a cold load (a new browser
// process: no compiled code is left over) and only the saved work differs. A cold load is a
// first visit, which has nothing saved to read (web/loader.js asks indexedDB.databases() and
// opens nothing).
async function returningLoad(_browser, url, marker, network) {
  const profile = fs.mkdtempSync(path.join(require('os').tmpdir(), 'stempush-bench-'));
  const launch = () => chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true,
    args: FLAGS, viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    let context = await launch();
    let page = context.pages()[0] || await context.newPage();
    await page.goto(url);
    await h.waitForApp(page);
    await h.openPage(page, 'Program profile', '#profile');
    await h.click(page, 'Program name');
    await page.keyboard.type('A returning visit');
    await page.keyboard.press('Tab');
    await h.waitForSaved(page);
    await context.close();

    context = await launch();
    page = context.pages()[0] || await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // The browser has just started: a first page of the same origin (the app's icon) starts its
    // processes, as the bare page's browser had started them long before.
    await page.goto(new URL('icon.svg', url).href);
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    await page.goto(url);
    const load = await readStartUp(page, marker);
    const read = await page.evaluate(() => window.Module.stempushStorageRead);
    if (!read || read.files < 1) throw new Error('the returning visit read no saved work: ' + JSON.stringify(read));
    await context.close();
    return load;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

// The figures of the load the page is doing: waits for its first frame.
async function readStartUp(page, marker) {
  await page.waitForFunction((m) => typeof window[m] === 'number', marker, { timeout: 300000 });
  const load = await page.evaluate((m) => {
    const marks = {};
    for (const e of performance.getEntriesByType('mark')) if (e.name.startsWith('stempush:')) marks[e.name.slice(9)] = e.startTime;
    const span = (re) => {
      const r = performance.getEntriesByType('resource').find((e) => re.test(e.name));
      return r ? { start: r.startTime, end: r.responseEnd } : null;
    };
    const nav = performance.getEntriesByType('navigation')[0];
    const bytes = performance.getEntriesByType('resource').reduce((n, e) => n + e.transferSize, nav ? nav.transferSize : 0);
    return { first: window[m], marks, js: span(/\/(app|bare)\.js$/), wasm: span(/\.wasm$/), bytes };
  }, marker);
  const phases = {};
  let previous = 0;
  for (const [name] of PHASES) {
    if (typeof load.marks[name] !== 'number') continue;
    phases[name] = load.marks[name] - previous;
    previous = load.marks[name];
  }
  const overlaps = {
    js: load.js && load.js.end - load.js.start,
    wasm: load.wasm && load.wasm.end - load.wasm.start,
    // From the loader's start (it begins the read, web/loader.js) to the files being in /data.
    idb: typeof load.marks['idb-done'] === 'number' ? load.marks['idb-done'] - load.marks.loader : null,
  };
  return { first: load.first, phases, overlaps, bytes: load.bytes };
}

// The median of each figure over `runs` cold loads.
async function startUp(browser, url, marker, network, runs, load = coldLoad) {
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await load(browser, url, marker, network));
  const med = (f) => {
    const xs = loads.map(f).filter((x) => typeof x === 'number');
    return xs.length ? median(xs) : null;
  };
  const phases = {};
  for (const [name] of PHASES) phases[name] = med((l) => l.phases[name]);
  return {
    first: med((l) => l.first), phases, bytes: med((l) => l.bytes),
    overlaps: { js: med((l) => l.overlaps.js), wasm: med((l) => l.overlaps.wasm), idb: med((l) => l.overlaps.idb) },
  };
}

function printStartUp(title, runs, app, bare) {
  const cell = (x) => (x === null ? '-' : ms(x));
  console.log('\n%s (median of %d cold loads; each phase from the mark before it)', title, runs);
  console.log(row('phase', ['app', 'bare', 'app - bare']));
  for (const [name, label] of PHASES) {
    const a = app.phases[name];
    const b = bare.phases[name];
    if (a === null && b === null) continue;
    console.log(row('  ' + label, [cell(a), cell(b), cell((a || 0) - (b || 0))]));
  }
  console.log(row('first frame', [ms(app.first), ms(bare.first), ms(app.first - bare.first)]));
  console.log(row('ratio app / bare', [times(app.first / bare.first)]));
  console.log('overlapping the phases above:');
  console.log(row('  .js download', [cell(app.overlaps.js), cell(bare.overlaps.js)]));
  console.log(row('  .wasm download', [cell(app.overlaps.wasm), cell(bare.overlaps.wasm)]));
  console.log(row('  IndexedDB read', [cell(app.overlaps.idb), cell(bare.overlaps.idb)]));
  console.log(row('  bytes transferred', [kb(app.bytes), kb(bare.bytes)]));
}

// Share of one core the page's tasks used over `seconds` with no input, once it has settled.
async function idleCoreShare(browser, url, marker, seconds) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((m) => typeof window[m] === 'number', marker, { timeout: 60000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  // Start-up work ends first (IndexedDB, first frames, a message that shows for a few seconds):
  // the app has drawn nothing for two seconds (the bare page has no counter: two seconds).
  const frames = () => page.evaluate(() => (window.stempushTest ? window.stempushTest.frameCount() : -1));
  for (let last = await frames(), still = 0, waited = 0; still < 2 && waited < 30; waited++) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await frames();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  const t0 = await taskSeconds();
  const start = Date.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const share = (await taskSeconds() - t0) / ((Date.now() - start) / 1000);
  await context.close();
  return share;
}

(async () => {
  // Papaparse ships a browser build; copy it beside the bench page (served from this machine).
  fs.copyFileSync(require.resolve('../../tests/web/node_modules/papaparse/papaparse.min.js'), path.join(build, 'bench', 'papaparse.min.js'));
  const server = await serve(build, 0, '127.0.0.1', { gzip: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  try {
    const app = sizes(path.join(build, 'site'), 'app');
    const bare = sizes(path.join(build, 'bench'), 'bare');
    console.log('\nWeb bundle: the files the page needs to start (wasm + js + data), raw and gzip -9');
    console.log(row('page', ['wasm', 'js', 'raw', 'gzip']));
    console.log(row('STEM PUSH Toolkit', [kb(app.wasm), kb(app.js), kb(app.raw), kb(app.gzip)]));
    console.log(row('bare Dear ImGui+SDL2', [kb(bare.wasm), kb(bare.js), kb(bare.raw), kb(bare.gzip)]));
    console.log(row('ratio app / bare', [times(app.wasm / bare.wasm), times(app.js / bare.js), times(app.raw / bare.raw), times(app.gzip / bare.gzip)]));
    printPluginSizes(build, app);

    // Start-up in headless Chromium (software WebGL), served gzip-compressed like a real host.
    const appUrl = `${base}/site/index.html`;
    const bareUrl = `${base}/bench/bare.html`;
    const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS || 3);
    const fast = [await startUp(browser, appUrl, 'stempushFirstFrameAt', null, RUNS),
      await startUp(browser, bareUrl, 'bareFirstFrameAt', null, RUNS)];
    const slow = [await startUp(browser, appUrl, 'stempushFirstFrameAt', SLOW, SLOW_RUNS),
      await startUp(browser, bareUrl, 'bareFirstFrameAt', SLOW, SLOW_RUNS)];
    const returning = await startUp(browser, appUrl, 'stempushFirstFrameAt', null, RUNS, returningLoad);
    printStartUp('Time to first frame, local network', RUNS, ...fast);
    printStartUp('Time to first frame, local network, the app on a returning visit (work saved in IndexedDB; the bare page cold)', RUNS, returning, fast[1]);
    printStartUp('Time to first frame, slow school connection (1.6 Mbit/s down, 150 ms latency)', SLOW_RUNS, ...slow);
    console.log('\nTime to first frame (target: app / bare <= 1.3x)');
    console.log(row('network', ['app', 'bare', 'app / bare']));
    console.log(row('local', [ms(fast[0].first), ms(fast[1].first), times(fast[0].first / fast[1].first)]));
    console.log(row('local, returning', [ms(returning.first), ms(fast[1].first), times(returning.first / fast[1].first)]));
    console.log(row('1.6 Mbit/s, 150 ms', [ms(slow[0].first), ms(slow[1].first), times(slow[0].first / slow[1].first)]));

    if (process.env.BENCH_START_ONLY) return;  // bundle and start-up only (quick look while working)
    const IDLE_SECONDS = 10;
    const appIdle = await idleCoreShare(browser, `${base}/site/index.html`, 'stempushFirstFrameAt', IDLE_SECONDS);
    const bareIdle = await idleCoreShare(browser, `${base}/bench/bare.html`, 'bareFirstFrameAt', IDLE_SECONDS);
    const pct = (x) => (x * 100).toFixed(2) + ' %';
    console.log('\nIdle tab: share of one core over %d idle seconds (target for the app: under 1 %%)', IDLE_SECONDS);
    console.log(row('page', ['core share']));
    console.log(row('STEM PUSH Toolkit', [pct(appIdle)]));
    console.log(row('bare (draws every frame)', [pct(bareIdle)]));
    console.log(row('ratio app / bare', [times(appIdle / bareIdle)]));

    const page = await browser.newPage();
    await page.goto(`${base}/bench/belonging_bench.html`);
    await page.waitForFunction(() => Array.isArray(window.benchResults) || window.benchError, null, { timeout: 300000 });
    const failure = await page.evaluate(() => window.benchError);
    if (failure) throw new Error('belonging bench page: ' + failure);
    const rows = await page.evaluate(() => window.benchResults);
    console.log('\nBelonging CSV import in the browser (same page, same text): toolkit (wasm) vs PapaParse parse only');
    console.log('(cold: the first run in the page; warm: the median of three more)');
    console.log(row('responses', ['run', 'PapaParse', 'import', 'results', 'import/Papa', 'text MB', 'wasm heap MB']));
    for (const r of rows) {
      if (r.added !== r.responses) throw new Error(`import lost rows: ${r.added} of ${r.responses}`);
      for (const run of ['cold', 'warm']) {
        const t = r[run];
        console.log(row(run === 'cold' ? String(r.responses) : '', [run, ms(t.papa_ms), ms(t.import_ms), ms(t.results_ms),
          times(t.import_ms / t.papa_ms), r.text_mb.toFixed(1), r.heap_mb.toFixed(0)]));
      }
    }
    console.log('(wasm heap: its size after that import, never shrinks; the app refuses files over %s MB)', rows[0].limit_mb.toFixed(0));
    console.log('(PapaParse only splits the text; the import also validates every value, code and duplicate.)');
  } finally {
    await browser.close();
    server.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
