// A touch screen in the browser (a Chromebook, a tablet running the toolkit): real touch events
// sent through the DevTools protocol (Input.dispatchTouchEvent: touchStart, touchMove..., touchEnd)
// to a context that has touch. A finger swiped up scrolls the page under it and presses nothing
// it started on; a tap still presses a button. What scrolled is read from the app's own state
// (the items' rectangles, the page on screen), never from a clock.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const testApp = h.appPerFile();
const fresh = testApp.fresh;

async function frameCount(page) { return page.evaluate(() => window.stempushTest.frameCount()); }

// Sends one touch event (touchEnd has no points: the finger is lifted) and waits until the app has drawn a frame after it, so that each step of
// a finger's move is one frame (as on a real screen) and nothing is read before it is handled.
// The mouse is never moved (settle() would move it): the finger is the only pointer.
async function touch(cdp, page, type, points) {
  const start = await frameCount(page);
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y]) => ({ x, y, id: 1 })) });
  try {
    await page.waitForFunction((n) => window.stempushTest.frameCount() > n, start, { timeout: 60000 });
  } catch (e) {
    throw new Error(`the app drew nothing after ${type}: the touch never reached it (${e.message})`);
  }
}

// Waits until the app draws no more frames (the finger's last event handled), without the mouse.
async function quiet(page) {
  await page.waitForFunction(() => {
    let s = window.stempushQuiet;
    const now = window.stempushTest.frameCount();
    if (!s) s = window.stempushQuiet = { last: now, still: 0 };
    s.still = now === s.last ? s.still + 1 : 0;
    s.last = now;
    if (s.still >= 3) { window.stempushQuiet = null; return true; }
    return false;
  }, null, { polling: 'raf', timeout: 60000 });
}

async function swipe(cdp, page, x, y, dx, dy, steps = 10) {
  await touch(cdp, page, 'touchStart', [[x, y]]);
  for (let i = 1; i <= steps; i++) await touch(cdp, page, 'touchMove', [[x + dx * i / steps, y + dy * i / steps]]);
  await touch(cdp, page, 'touchEnd', []);
  await quiet(page);
}

async function tap(cdp, page, item) {
  const x = item.x + item.w / 2, y = item.y + item.h / 2;
  await touch(cdp, page, 'touchStart', [[x, y]]);
  await touch(cdp, page, 'touchEnd', []);
  await quiet(page);
}

// The home page's "Open …" buttons (each opens its package's page) inside the page, on screen.
async function openButtons(page) {
  return (await h.items(page)).filter((i) => /^Open /.test(i.label) && i.window.includes('/Page_'));
}

test('on a touch screen a tap presses a button, a swipe scrolls the page and presses nothing it started on', async (t) => {
  // A laptop-sized touch screen: the home page's package cards run past its bottom.
  const { page, errors } = await fresh(t, { viewport: { width: 1024, height: 600 }, hasTouch: true });
  const cdp = await page.context().newCDPSession(page);
  assert.equal(await page.evaluate(() => 'ontouchstart' in window), true, 'the context has a touch screen');

  // Taps on sidebar entries open their pages.
  await tap(cdp, page, await h.findItem(page, 'Program profile', 'Sidebar'));
  assert.equal(await h.currentPage(page), '#profile');
  await tap(cdp, page, await h.findItem(page, 'Home', 'Sidebar'));
  assert.equal(await h.currentPage(page), '#home');

  // The finger lands on an "Open …" button and moves up: the page scrolls with it, and the button
  // is not pressed (no package page opens).
  const before = await openButtons(page);
  assert.ok(before.length >= 1, `"Open …" buttons on screen: ${before.map((i) => i.label).join(' | ')}`);
  const start = before[before.length - 1];
  await h.screenshot(page, 'touch-before-swipe.png');
  await swipe(cdp, page, start.x + start.w / 2, start.y + start.h / 2, 0, -250);
  await h.screenshot(page, 'touch-after-swipe.png');
  assert.equal(await h.currentPage(page), '#home', 'the swipe pressed nothing');
  const after = await openButtons(page);
  const moved = after.find((i) => i.label === start.label);
  // It moved up with the finger (less only if the page's end came first), and a button further
  // down came into view.
  assert.ok(!moved || moved.y < start.y - 100, `"${start.label}" moved from y=${start.y} to y=${moved && moved.y}`);
  const newcomers = after.filter((i) => !before.some((b) => b.label === i.label));
  assert.ok(newcomers.length > 0, `buttons further down came into view: ${after.map((i) => i.label).join(' | ')}`);

  // A tap still presses: the last button that came into view opens its package.
  await tap(cdp, page, newcomers[newcomers.length - 1]);
  assert.notEqual(await h.currentPage(page), '#home', 'the tap opened a package page');
  assert.deepEqual(errors, []);
});
