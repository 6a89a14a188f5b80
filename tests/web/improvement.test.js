// The improvement engine in headless Chromium with real mouse and keyboard events:
// - the aim and a small driver diagram built by clicking its boxes, a reload in the middle,
//   finished with the keyboard, a change idea linked to a self-study dimension (screenshot
//   improvement-driver-diagram.png), and its printable page checked to print on one landscape
//   sheet (pdf-lib reads the printed PDF; improvement-diagram-print.png);
// - a PDSA cycle started from a change idea, planned, kept across a reload, studied against a
//   measure whose points were imported and typed, decided and ramped into a next cycle; the run
//   chart with its signal and the cycle marked on it (improvement-cycle-ladder.png,
//   improvement-run-chart.png).
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { PDFDocument } = require('pdf-lib');
const h = require('./helpers');

const testApp = h.appPerFile();
const fresh = testApp.fresh;

// ---- PDSA cycles and run charts (the improvement engine's learning loop) ----

// A workspace whose driver diagram has one change idea, imported through the Workspace menu.
const PDSA_WORKSPACE = {
  format: 'stempush-workspace',
  format_version: 1,
  profile: { schema: 2, data: { program_name: 'Bridges to Engineering' } },
  sections: {
    improvement: {
      schema: 1,
      data: {
        aim: { what: 'come back for a second year', how_much: '80%', by_when: '2027-06-01', for_whom: 'our ninth graders' },
        drivers: [{ id: 'n1', text: 'Students get help when they struggle', children: [
          { id: 'n2', text: 'Tutoring that fits their time', children: [{ id: 'n3', text: 'Peer tutoring on Tuesdays' }] }] }],
        next_id: 4,
      },
    },
  },
};

// Twelve weekly counts: six low, six high (a shift the run chart must find).
const TUTORING_CSV = 'date,value\n' + [8, 9, 8, 7, 9, 8, 14, 15, 13, 16, 15, 14]
  .map((v, i) => `2026-02-${String(i * 2 + 1).padStart(2, '0')},${v}`).join('\n') + '\n';

const improvementData = async (page) => (await h.workspace(page)).sections.improvement.data;
const itemLabels = async (page) => (await h.items(page)).map((i) => i.label).filter(Boolean);

// The cycles page remembers the cycle last open: go back to the list first when it shows one.
async function openCycle(page, title) {
  if ((await itemLabels(page)).includes('Back to all cycles')) await h.click(page, 'Back to all cycles');
  await h.click(page, `Open ${title}`);
}

async function typeIn(page, field, text) {
  await scrollTo(page, field);  // the cycle's fields run below the window
  await h.click(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');  // leave the field: the edit is committed as typed
  await h.settle(page);
}

async function importWorkspace(page, doc) {
  await h.click(page, 'Workspace');
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Import from a file…');
  await (await chooser).setFiles({ name: 'tutoring.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await h.waitForItem(page, /^Replace with the imported file$/);
  await h.click(page, 'Replace with the imported file');
}

// Scrolls the page until an item is inside the window (the page is taller than the screen).
async function scrollTo(page, label) {
  for (let i = 0; i < 12; i++) {
    const item = (await h.items(page)).find((it) => it.label === label);
    const height = page.viewportSize().height;
    if (item && item.y > 40 && item.y + item.h < height - 10) return item;
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, item && item.y < 40 ? -300 : 300);
    await h.settle(page);
  }
  throw new Error(`could not scroll "${label}" into view`);
}

test('a PDSA cycle from a change idea, a measure with points, and its run chart with a signal and the cycle marked', async (t) => {
  const session = await testApp.fresh(t, { viewport: { width: 1280, height: 900 } });
  const { page } = session;
  await importWorkspace(page, PDSA_WORKSPACE);
  await h.openPage(page, 'Improvement', 'improvement');
  await h.click(page, 'PDSA cycles');
  assert.ok((await itemLabels(page)).includes('No PDSA cycles yet.'));
  await h.click(page, 'Start a PDSA cycle');
  let data = await improvementData(page);
  assert.equal(data.cycles.length, 1);
  assert.equal(data.cycles[0].change_idea, 'n3');

  await typeIn(page, 'Who', 'two tutors, eight ninth graders');
  await typeIn(page, 'Question 1', 'Will ninth graders come back a second week?');
  await typeIn(page, 'Prediction for question 1', 'Six of the eight come back.');
  await typeIn(page, 'Due date (YYYY-MM-DD)', '2026-02-13');
  data = await improvementData(page);
  assert.equal(data.cycles[0].who, 'two tutors, eight ninth graders');
  assert.equal(data.cycles[0].due, '2026-02-13');

  // A reload in the middle: the plan was saved.
  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  await h.openPage(page, 'Improvement', 'improvement');
  await h.click(page, 'PDSA cycles');
  await openCycle(page, 'Cycle 1: Peer tutoring on Tuesdays');
  data = await improvementData(page);
  assert.equal(data.cycles[0].questions[0].prediction, 'Six of the eight come back.');

  // A measure with points: a CSV imported with real clicks, one more typed.
  await h.click(page, 'Measures and run charts');
  await typeIn(page, 'New measure name', 'Students at tutoring');
  await h.click(page, 'Add measure');
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Import points from CSV for Students at tutoring');
  await (await chooser).setFiles({ name: 'tutoring.csv', mimeType: 'text/csv', buffer: Buffer.from(TUTORING_CSV) });
  await h.waitForMessage(page, /Added 12 points/);
  await typeIn(page, 'Date for Students at tutoring', '2026-02-25');
  await typeIn(page, 'Value for Students at tutoring', '15');
  await h.click(page, 'Add point to Students at tutoring');
  data = await improvementData(page);
  assert.equal(data.measures[0].points.length, 13);

  // Study looks at the measure; Act adapts and starts the next cycle on the ladder.
  await h.click(page, 'PDSA cycles');
  await openCycle(page, 'Cycle 1: Peer tutoring on Tuesdays');
  await h.click(page, 'Study');
  await h.click(page, 'Looked at Students at tutoring');
  await h.click(page, 'Act');
  await h.click(page, 'Adapt');
  await h.click(page, 'Start the next cycle');
  await h.waitForItem(page, /^Ladder step 2: Cycle 2: Peer tutoring on Tuesdays, Not decided yet$/);
  await h.screenshot(page, 'improvement-cycle-ladder.png');
  data = await improvementData(page);
  assert.equal(data.cycles[0].decision, 'adapt');
  assert.equal(data.cycles[1].previous, data.cycles[0].id);
  assert.equal(data.cycles[1].who, 'two tutors, eight ninth graders');

  // The run chart: the shift found and said in a sentence, the cycle marked at its due date.
  await h.click(page, 'Measures and run charts');
  const labels = await itemLabels(page);
  assert.ok(labels.includes('PDSA on the chart: Peer tutoring on Tuesdays, 2026-02-13'), labels.join(' | '));
  assert.ok(labels.some((l) => /points in a row, from 2026-02-13 to 2026-02-25, are above the median: a shift/.test(l)), labels.join(' | '));
  await scrollTo(page, 'Students at tutoring');
  await h.screenshot(page, 'improvement-run-chart.png');

  // The first cycle's storyboard: downloaded, with its SVG run chart, and as it prints.
  await h.click(page, 'PDSA cycles');
  await openCycle(page, 'Cycle 1: Peer tutoring on Tuesdays');
  const download = page.waitForEvent('download');
  await h.click(page, 'Download the storyboard (HTML)');
  const fs = require('fs');
  const html = fs.readFileSync(await (await download).path(), 'utf8');
  assert.match(html, /<svg[^>]*role="img"/);
  assert.match(html, /Decision: Adapt/);
  assert.match(html, /Six of the eight come back\./);
  const print = await session.context.newPage();
  await print.setContent(html);
  await print.emulateMedia({ media: 'print' });
  assert.equal(await print.locator('svg circle.signal').count() > 0, true);
  await print.screenshot({ path: require('path').join(h.OUT, 'improvement-storyboard.png'), fullPage: true });
  await print.close();
  await h.waitForSaved(page);
});

// ---- Aim and driver diagram ----

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

  // A change idea says which self-study dimension it works on, picked from what the self-study offers.
  await h.click(page, 'Change idea: Alumni family night');
  await h.click(page, 'What it addresses in the self-study');
  await page.keyboard.type('pathways');  // the list opens with the keyboard in its search field
  await h.settle(page);
  assert.ok(!(await h.items(page)).some((i) => i.label === 'The whole dimension: Program Goals'));
  await h.click(page, 'The whole dimension: College Pathways');
  data = await section(page);
  assert.deepEqual(data.drivers[1].children[0].children[0].addresses,
    { plugin: 'self_study', item: 'dimension:pathways', label: 'The whole dimension: College Pathways' });
  await h.screenshot(page, 'improvement-change-idea-selected.png');

  await h.click(page, AIM_BOX);
  await h.waitForSaved(page);
  await h.screenshot(page, 'improvement-driver-diagram.png');

  // The printable page: a download with no images that prints on one landscape sheet.
  const download = page.waitForEvent('download');
  await h.click(page, 'Save as a printable page');
  const html = require('fs').readFileSync(await (await download).path(), 'utf8');
  assert.doesNotMatch(html, /<img/);
  const print = await page.context().newPage();
  await print.setContent(html);
  await print.emulateMedia({ media: 'print' });
  assert.equal(await print.locator('td.idea').count(), 3);
  assert.match(await print.locator('td.idea').nth(2).innerText(), /Addresses: The whole dimension: College Pathways/);
  const pdf = await PDFDocument.load(await print.pdf({ preferCSSPageSize: true, printBackground: true }));
  assert.equal(pdf.getPageCount(), 1);
  const { width, height } = pdf.getPage(0).getSize();
  assert.ok(width > height, `landscape: ${width} x ${height}`);
  await print.screenshot({ path: require('path').join(h.OUT, 'improvement-diagram-print.png'), fullPage: true });
  await print.close();
});
