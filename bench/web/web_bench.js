#!/usr/bin/env node
// Browser benchmarks, run by scripts/bench.sh after a web build with -DSTEMPUSH_WEB_BENCH=ON.
// 1. Bundle size (wasm + js, raw and gzip) and time from navigation to first rendered frame of
//    the app, and the same for a bare Dear ImGui + SDL2 page built from the same sources in the
//    same run; with the ratios.
// 2. Idle cost: the share of one core the page's main thread uses over 10 idle seconds (task time
//    from the DevTools protocol), the app against the bare page, which draws every frame.
// 3. The belonging CSV import and results in wasm against PapaParse on the same text, same page.
// Usage: node bench/web/web_bench.js BUILD_WEB_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('../../tests/web/node_modules/playwright-core');
const { serve } = require('../../scripts/serve.js');

const build = path.resolve(process.argv[2] || 'build-web');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

function sizes(dir, base) {
  const raw = (f) => fs.readFileSync(path.join(dir, f));
  const wasm = raw(base + '.wasm');
  const js = raw(base + '.js');
  const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
  return { raw: wasm.length + js.length, gzip: gz(wasm) + gz(js), wasm: wasm.length, js: js.length };
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => (n / 1024).toFixed(0) + ' KiB';
// One table row: the first cell left-aligned, the others right-aligned in `width` columns.
const row = (first, cells, width = 14) => first.padEnd(22) + cells.map((c) => String(c).padStart(width)).join('');
const ms = (x) => x.toFixed(0) + ' ms';
const times = (x) => x.toFixed(2) + 'x';

async function firstFrameMs(browser, url, marker) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });  // cold: no cache, no service worker
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((m) => typeof window[m] === 'number', marker, { timeout: 60000 });
    times.push(await page.evaluate((m) => window[m], marker));
    await context.close();
  }
  return median(times);
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
  const server = await serve(build, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  try {
    const app = sizes(path.join(build, 'site'), 'app');
    const bare = sizes(path.join(build, 'bench'), 'bare');
    const appMs = await firstFrameMs(browser, `${base}/site/index.html`, 'stempushFirstFrameAt');
    const bareMs = await firstFrameMs(browser, `${base}/bench/bare.html`, 'bareFirstFrameAt');
    console.log('\nWeb bundle and start-up (median of %d cold loads in headless Chromium, software WebGL)', RUNS);
    console.log(row('page', ['wasm+js raw', 'wasm+js gzip', 'first frame']));
    console.log(row('STEM PUSH Toolkit', [kb(app.raw), kb(app.gzip), ms(appMs)]));
    console.log(row('bare Dear ImGui+SDL2', [kb(bare.raw), kb(bare.gzip), ms(bareMs)]));
    console.log(row('ratio app / bare', [times(app.raw / bare.raw), times(app.gzip / bare.gzip), times(appMs / bareMs)]));

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
    console.log(row('responses', ['PapaParse', 'import', 'results', 'import/Papa', 'text MB', 'wasm heap MB']));
    for (const r of rows) {
      if (r.added !== r.responses) throw new Error(`import lost rows: ${r.added} of ${r.responses}`);
      console.log(row(String(r.responses), [ms(r.papa_ms), ms(r.import_ms), ms(r.results_ms), times(r.import_ms / r.papa_ms),
        r.text_mb.toFixed(1), r.heap_mb.toFixed(0)]));
    }
    console.log('(wasm heap: its size after that import, never shrinks; the app refuses files over %s MB)', rows[0].limit_mb.toFixed(0));
    console.log('(PapaParse only splits the text; the import also validates every value, code and duplicate.)');
  } finally {
    await browser.close();
    server.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
