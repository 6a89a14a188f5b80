// The recruitment plugin in the browser with real clicks: import a baseline roster, add a focus
// community and a new space, check a material, plan an event and export the season as .ics (read
// back by ical.js), reload (everything kept), import this year's applications, read the funnel.
// Screenshots of the calendar and the funnel land in tests/web/out/.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const ICAL = require('ical.js');
const h = require('./helpers');

const testApp = h.appPerFile();

const section = async (page) => (await h.workspace(page)).sections.recruitment.data;
const labels = async (page) => (await h.items(page)).map((i) => i.label).filter(Boolean);

async function typeInto(page, field, text) {
  await h.click(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await h.settle(page);
}

async function importCsv(page, name, text) {
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Import students from a CSV file…');
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await h.waitForItem(page, /^Import (only the good rows: )?\d+ students?$/);
  const confirm = (await labels(page)).find((l) => /^Import (only the good rows: )?\d+ students?$/.test(l));
  await h.click(page, confirm);
}

// Scrolls the plugin's page until an item is on screen (items outside the view are not drawn).
async function scrollTo(page, label) {
  // Over the funnel page's own scrollbar: over the middle, a table scrolling under the pointer
  // would take the wheel for itself and the page would stop moving.
  for (let i = 0; i < 40 && !(await labels(page)).includes(label); i++) {
    await page.mouse.move(1240, 500);  // again each time: settle() parks the pointer in a corner
    await page.mouse.wheel(0, 200);
    await h.settle(page);
  }
  assert.ok((await labels(page)).includes(label), `"${label}" is on the page`);
}

const BASELINE = 'Student ID,Neighborhood,How did you hear about the program?,Status\r\n' +
  'B1,Westside,Teacher,enrolled\r\nB2,Westside,Teacher,applied\r\nB3,Eastside,Flyer,applied\r\n' +
  'B4,Westside,,stayed\r\nB5,Westside,Teacher,reached\r\n';
const THIS_YEAR = 'Student ID,Neighborhood,How did you hear about the program?,Status,Application date\r\n' +
  'A1,Hill District,Hill library,enrolled,2026-03-20\r\nA2,Hill District,Hill library,applied,2026-03-21\r\n' +
  'A3,Hill District,Hill library,stayed,2026-04-02\r\nA4,Westside,Teacher,applied,2026-03-02\r\n' +
  'A5,Eastside,"Flyer, ""spring""",inquired,\r\nA6,Westside,Teacher,nonsense,\r\n';

test('recruitment with real clicks: baseline, space, material, event and .ics, reload, funnel', async (t) => {
  const session = await testApp.fresh(t, { viewport: { width: 1280, height: 900 } });
  const { page } = session;
  await h.openPage(page, 'Recruitment', 'recruitment');
  await typeInto(page, 'This year', '2026');
  await typeInto(page, 'Baseline year', '2025');
  await typeInto(page, 'Year of rows without a year', '2025');

  // Baseline roster.
  await importCsv(page, 'roster-2025.csv', BASELINE);
  let data = await section(page);
  assert.equal(data.students.length, 5);
  assert.deepEqual(data.students.map((s) => s[1]), [2025, 2025, 2025, 2025, 2025]);

  // A focus community.
  await typeInto(page, 'New focus community', 'Hill District');
  await h.click(page, 'Add community');
  data = await section(page);
  assert.deepEqual(data.communities.map((c) => [c.name, c.focus]),
    [['Westside', false], ['Eastside', false], ['Hill District', true]]);

  // A new space.
  await h.click(page, 'Spaces');
  await typeInto(page, 'New space', 'Hill library');
  await h.click(page, 'Add space');
  await h.click(page, 'Hill library: Partner');
  data = await section(page);
  assert.equal(data.spaces[0].name, 'Hill library');
  assert.equal(data.spaces[0].status, 'partner');
  assert.equal(data.spaces[0].new, true);

  // A material checked against the checklist.
  await h.click(page, 'Materials');
  await typeInto(page, 'New material', 'Spring flyer');
  await h.click(page, 'Add material');
  await h.click(page, 'In the languages families speak (Spring flyer)');
  await h.click(page, 'Plain language (Spring flyer)');
  assert.deepEqual((await section(page)).materials[0].checked, ['languages', 'plain_language']);

  // An event planned on the calendar, then the season as .ics.
  await h.click(page, 'Calendar');
  await typeInto(page, 'Event title', 'Info table at Hill library');
  await typeInto(page, 'Date', '2026-03-14');
  await typeInto(page, 'Start time', '10:00');
  await typeInto(page, 'End time', '12:00');
  await typeInto(page, 'Who goes', 'Ana (alumni), Mr. Lee');
  await h.click(page, 'Space');
  await h.click(page, 'Hill library');
  await h.click(page, 'Add event');
  await h.click(page, 'Bring Spring flyer');
  data = await section(page);
  assert.equal(data.events.length, 1);
  assert.equal(data.events[0].space, data.spaces[0].id);
  assert.deepEqual(data.events[0].materials, [data.materials[0].id]);
  await h.click(page, 'Day 2026-03-21');  // a day click fills the form's date
  assert.ok((await labels(page)).includes('Info table at Hill library'), 'the event is on the month view');
  await h.screenshot(page, 'recruitment-calendar.png');

  const download = page.waitForEvent('download');
  await h.click(page, 'Export the season (.ics)');
  const file = await download;
  assert.equal(file.suggestedFilename(), 'outreach-calendar.ics');
  const ics = fs.readFileSync(await file.path(), 'utf8');
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(zone, zone.tzid);
  }
  const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 1);
  assert.equal(events[0].summary, 'Info table at Hill library');
  assert.equal(events[0].location, 'Hill library');
  assert.equal(events[0].description, 'Who goes: Ana (alumni), Mr. Lee\nBring: Spring flyer');
  assert.equal(events[0].startDate.toUnixTime(), Date.UTC(2026, 2, 14, 14, 0) / 1000);  // 10:00 EDT
  assert.equal(events[0].endDate.toUnixTime(), Date.UTC(2026, 2, 14, 16, 0) / 1000);

  // A reload keeps everything.
  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  data = await section(page);
  assert.equal(data.students.length, 5);
  assert.equal(data.spaces.length, 1);
  assert.equal(data.events.length, 1);
  assert.deepEqual(data.materials[0].checked, ['languages', 'plain_language']);

  // This year's applications; one bad row is left out.
  await h.openPage(page, 'Recruitment', 'recruitment');
  await importCsv(page, 'applications-2026.csv', THIS_YEAR);
  data = await section(page);
  assert.equal(data.students.length, 10);
  assert.equal(data.students[5][3], data.spaces[0].id, 'students who named the space are linked to it');

  // The funnel, read as sentences.
  await h.click(page, 'Funnel');
  const text = await labels(page);
  assert.ok(text.includes('Funnel of all students in 2026'));
  assert.ok(text.includes('3 of the 4 students who applied in 2026 came from focus communities (75%).'));
  await h.screenshot(page, 'recruitment-funnel.png');
  await scrollTo(page, '2 of the 3 students from Hill library who applied enrolled in 2026 (67%).');
  await h.screenshot(page, 'recruitment-funnel-sources.png');
});
