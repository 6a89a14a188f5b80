// The presenter's audience window in the browser: a second browser window opened by a real
// click, written by the app (no request, so it works offline), that follows the main window
// (a step moved with the arrow key there, the count-down) and hands its own keys back; closing
// it returns the main window to its single layout; a blocked pop-up is said in words.
// Every wait is on the DOM of the audience window or on the app's state, never on a clock.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const h = require('./helpers');

const testApp = h.appPerFile();
const fresh = testApp.fresh;

const labels = async (page) => (await h.items(page)).map((i) => i.label).filter(Boolean);

// What the audience window shows, by part.
async function audience(popup) {
  return popup.evaluate(() => {
    const text = (id) => document.getElementById(`stempush-audience-${id}`).textContent;
    const clock = document.getElementById('stempush-audience-clock');
    return {
      lang: document.documentElement.lang, title: document.title, stepOf: text('step-of'), step: text('title'),
      clock: text('clock'), caption: text('caption'), urgency: clock.dataset.urgency, projected: text('projected'),
      projectedLang: document.getElementById('stempush-audience-projected').lang, attribution: text('attribution'),
      color: getComputedStyle(clock).color, background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

// Waits until the audience window's part `id` reads `text`.
async function waitForAudience(popup, id, text) {
  await popup.waitForFunction(({ id, text }) => {
    const el = document.getElementById(`stempush-audience-${id}`);
    return el && el.textContent === text;
  }, { id, text }, { timeout: 60000 });
}

async function openPresenter(page) {
  await h.openPage(page, 'Ecological belonging', 'belonging');
  const plan = (await h.workspace(page)).sections.belonging.data.plan;
  await h.click(page, 'Start the presenter view');
  await h.click(page, 'Show a story');
  return plan;
}

test('the audience window shows the story and the count-down, follows the arrow keys, and closes', async (t) => {
  const session = await fresh(t);
  const { page, context } = session;
  const plan = await openPresenter(page);
  const steps = plan.agenda.length;
  const story = `“${plan.stories[0].en}”`;
  assert.ok((await labels(page)).includes(story), 'before: the story is projected in the main window');

  const popupOpened = context.waitForEvent('page');
  await h.click(page, 'Show the audience view in a second window');
  const popup = await popupOpened;
  await waitForAudience(popup, 'step-of', `Step 1 of ${steps}`);
  let seen = await audience(popup);
  assert.equal(seen.title, 'Audience view');
  assert.equal(seen.lang, 'en');
  assert.equal(seen.step, plan.agenda[0].title);
  assert.equal(seen.clock, `${plan.agenda[0].minutes}:00`);
  assert.equal(seen.caption, 'Time left');
  assert.equal(seen.urgency, 'normal');
  assert.equal(seen.projected, story);
  assert.equal(seen.projectedLang, 'en');
  assert.equal(seen.attribution, `— ${plan.stories[0].attribution}`);
  assert.equal(seen.color, 'rgb(255, 255, 255)');
  assert.equal(seen.background, 'rgb(17, 20, 24)');
  // No facilitator's notes in the room's window.
  const popupText = await popup.evaluate(() => document.body.textContent);
  assert.ok(!popupText.includes(plan.agenda[0].notes.slice(0, 30)), 'the notes stay in the main window');

  // The main window keeps the notes and says what the room sees, without the story itself.
  await h.waitForItem(page, /^Close the audience window$/);
  let now = await labels(page);
  assert.ok(!now.includes(story), 'the story is not projected twice');
  assert.ok(now.some((l) => l.startsWith('On the audience screen: “In my first engineering class')));
  assert.ok(now.includes(plan.agenda[0].notes));
  await h.screenshot(page, 'audience-main-window.png');
  await popup.screenshot({ path: path.join(h.OUT, 'audience-window.png') });

  // The story in Spanish: the window says so (lang) and the count-down runs there.
  await h.click(page, 'Español');
  await waitForAudience(popup, 'projected', `“${plan.stories[0].es}”`);
  assert.equal((await audience(popup)).projectedLang, 'es');
  // A running clock keeps the app drawing, so no settle() until it is paused again.
  const start = await h.findItem(page, 'Start the clock');
  await page.mouse.click(start.x + start.w / 2, start.y + start.h / 2);
  await popup.waitForFunction((full) => {
    const t = document.getElementById('stempush-audience-clock').textContent;
    return t !== full && /^\d+:\d\d$/.test(t);
  }, `${plan.agenda[0].minutes}:00`, { timeout: 60000 });
  await page.keyboard.press('Space');  // pauses: the room reads it in words
  await waitForAudience(popup, 'caption', 'Paused');

  // The arrow key in the main window moves the step; the audience window follows.
  await page.keyboard.press('ArrowRight');
  await waitForAudience(popup, 'step-of', `Step 2 of ${steps}`);
  seen = await audience(popup);
  assert.equal(seen.step, plan.agenda[1].title);
  assert.equal(seen.clock, `${plan.agenda[1].minutes}:00`);
  await h.waitForItem(page, /^Step 2 of \d+$/);
  // A presenter's clicker aimed at the audience window works too.
  await popup.keyboard.press('ArrowLeft');
  await waitForAudience(popup, 'step-of', `Step 1 of ${steps}`);
  await h.waitForItem(page, /^Step 1 of \d+$/);
  await popup.screenshot({ path: path.join(h.OUT, 'audience-window-es.png') });

  // Closing it returns the main window to one layout: the story projected there again.
  await popup.close();
  await h.waitForItem(page, /^Show the audience view in a second window$/);
  now = await labels(page);
  assert.ok(now.includes(`“${plan.stories[0].es}”`), 'after: the story is projected in the main window again');
  assert.ok(!now.some((l) => l.startsWith('On the audience screen:')));

  // Nothing was fetched for it: every request stayed on the site.
  const outside = session.requests.filter((u) => !u.startsWith(testApp.app.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(session.errors, []);
});

test('leaving the presenter closes the audience window', async (t) => {
  const { page, context } = await fresh(t);
  await openPresenter(page);
  const popupOpened = context.waitForEvent('page');
  await page.keyboard.press('a');  // the key opens it too
  const popup = await popupOpened;
  await popup.waitForFunction(() => document.getElementById('stempush-audience-clock'), null, { timeout: 60000 });
  const closed = popup.waitForEvent('close');
  await page.keyboard.press('Escape');
  await closed;
  await h.waitForItem(page, /^Start the presenter view$/);
});

test('a blocked pop-up is said in words in the app', async (t) => {
  // A browser that blocks pop-ups returns null from window.open.
  const { page } = await fresh(t, { initScript: () => { window.open = () => null; } });
  await openPresenter(page);
  await h.click(page, 'Show the audience view in a second window');
  await h.waitForMessage(page, /blocked the audience window\. Allow pop-up windows/);
  await h.screenshot(page, 'audience-blocked.png');
  assert.ok((await labels(page)).includes('Show the audience view in a second window'));
});
