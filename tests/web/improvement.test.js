// The improvement engine in headless Chromium with real mouse and keyboard events: write the aim,
// build a small driver diagram by clicking its boxes, reload in the middle (everything is kept),
// finish with the keyboard, and look at the diagram (screenshot in out/).
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

let app;
before(async () => { app = await h.start(); });
after(async () => { if (app) await app.close(); });

async function fresh(t, options) {
  const session = await app.fresh(options);
  t.after(() => session.close());
  return session;
}

const section = async (page) => (await h.workspace(page)).sections.improvement.data;

// Click a field, replace what it holds, and leave it with Tab (one undo step per field).
async function fill(page, field, text) {
  await h.click(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  await h.settle(page);
}

async function addUnder(page, box, addLabel, text) {
  await h.click(page, box);
  await h.click(page, `New box (${addLabel})`);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await h.settle(page);
}

const AIM_BOX = 'Aim: Seniors apply to a STEM major: 70%, by 2027-06-01, for our seniors';

test('aim and driver diagram with real clicks; a reload in the middle keeps everything', async (t) => {
  const { page } = await fresh(t, { viewport: { width: 1400, height: 900 } });
  await h.openPage(page, 'Improvement', 'improvement');
  await fill(page, 'What', 'Seniors apply to a STEM major');
  await fill(page, 'How much', '70%');
  await fill(page, 'By when (YYYY-MM-DD)', '2027-06-01');
  await fill(page, 'For whom', 'our seniors');
  await h.findItem(page, AIM_BOX);

  await addUnder(page, AIM_BOX, 'Add primary driver', 'Students feel they belong in STEM');
  await addUnder(page, AIM_BOX, 'Add primary driver', 'Families know the path to college');
  await addUnder(page, 'Primary driver: Students feel they belong in STEM', 'Add secondary driver',
    'Peers say that struggle is normal');
  let data = await section(page);
  assert.equal(data.aim.what, 'Seniors apply to a STEM major');
  assert.deepEqual(data.drivers.map((d) => d.text), ['Students feel they belong in STEM', 'Families know the path to college']);
  assert.equal(data.drivers[0].children[0].text, 'Peers say that struggle is normal');

  // Reload: the workspace is in IndexedDB, the page comes back with the same diagram.
  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  await h.openPage(page, 'Improvement', 'improvement');
  await h.findItem(page, AIM_BOX);
  await h.findItem(page, 'Secondary driver: Peers say that struggle is normal');

  await addUnder(page, 'Secondary driver: Peers say that struggle is normal', 'Add change idea',
    'Run the 60-minute ecological belonging session in week 2');
  await addUnder(page, 'Secondary driver: Peers say that struggle is normal', 'Add change idea',
    'Older students share their stories');
  await addUnder(page, 'Primary driver: Families know the path to college', 'Add secondary driver',
    'Families hear from alumni');
  await addUnder(page, 'Secondary driver: Families hear from alumni', 'Add change idea', 'Alumni family night');

  // The keyboard: Ctrl+Up on a focused box moves it above its sibling.
  await h.click(page, 'Change idea: Older students share their stories');
  await page.keyboard.press('Control+ArrowUp');
  await h.settle(page);
  data = await section(page);
  assert.deepEqual(data.drivers[0].children[0].children.map((n) => n.text),
    ['Older students share their stories', 'Run the 60-minute ecological belonging session in week 2']);

  // Columns left to right, and every box of a column below the one before it.
  const items = await h.items(page);
  const box = (label) => items.find((i) => i.label === label);
  assert.ok(box('Primary driver: Families know the path to college').x > box(AIM_BOX).x + box(AIM_BOX).w);
  assert.ok(box('Change idea: Alumni family night').x >
    box('Secondary driver: Families hear from alumni').x + box('Secondary driver: Families hear from alumni').w);
  assert.ok(box('Change idea: Alumni family night').y >
    box('Change idea: Run the 60-minute ecological belonging session in week 2').y);

  await h.click(page, AIM_BOX);
  await h.waitForSaved(page);
  await h.screenshot(page, 'improvement-driver-diagram.png');
});
