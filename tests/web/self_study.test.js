// The self-study plugin in headless Chromium with real mouse and keyboard events: start a cycle,
// rate with the keyboard, agree on a disagreement, plan a priority, reload; a malformed framework
// file; the summary page with an earlier cycle to compare (screenshots in out/).
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const testApp = h.appPerFile();
const fresh = testApp.fresh;

const section = (ws) => ws.sections.self_study.data;

// A new cycle with two participants, as a user starts it.
async function startCycle(page) {
  await h.openPage(page, 'Self-study', 'self_study');
  await h.click(page, 'Cycle name');
  await page.keyboard.type('Otoño 2026');
  await h.click(page, 'Date (YYYY-MM-DD)');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2026-10-15');
  await h.click(page, 'Who takes part');
  await page.keyboard.type('Ana Núñez, Director');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Bo Li');
  await h.settle(page);
  await h.click(page, 'Start the cycle');
}

async function press(page, key) {
  await page.keyboard.press(key);
  await h.settle(page);
}

test('start a cycle, rate with the keyboard, agree, plan; it all survives a reload', async (t) => {
  const { page } = await fresh(t);
  await startCycle(page);
  let data = section(await h.workspace(page));
  assert.equal(data.cycles.length, 1);
  assert.equal(data.cycles[0].name, 'Otoño 2026');
  assert.deepEqual(data.cycles[0].participants.map((p) => p.name), ['Ana Núñez', 'Bo Li']);

  // Ana: a click puts the keyboard on the first indicator, keys do the rest.
  await h.click(page, 'Indicator goals.1.a');
  await press(page, '4');
  await press(page, 'ArrowDown');
  await press(page, 'n');
  await press(page, 'ArrowDown');
  await press(page, '2');
  await press(page, 'ArrowRight');
  await h.screenshot(page, 'self-study-rate.png');
  data = section(await h.workspace(page));
  const ana = data.cycles[0].participants[0].ratings;
  assert.deepEqual(ana['goals.1.a'], { state: 'rated', level: 4 });
  assert.equal(ana['goals.1.b'].state, 'not_applicable');
  assert.deepEqual(ana['goals.1.c'], { state: 'rated', level: 3 });

  // Bo disagrees on goals.1.a by three levels.
  await h.click(page, 'Bo Li');
  await h.click(page, 'Indicator goals.1.a');
  await press(page, '1');

  await h.click(page, 'Consensus');
  const items = await h.items(page);
  const y = (label) => items.find((i) => i.label === label).y;
  assert.ok(y('Discuss goals.1.a') < y('Discuss goals.1.b'), 'the disagreement is listed first');
  await h.click(page, 'Discuss goals.1.a');
  await h.click(page, 'Beginning (2)');
  await h.click(page, 'Why the team settled there');
  await page.keyboard.type('Goals are written down but not shared');
  await page.keyboard.press('Tab');
  await h.settle(page);
  await h.screenshot(page, 'self-study-consensus.png');
  await h.click(page, 'Make this a priority');
  await h.click(page, 'Add priority');
  await h.click(page, 'Aim 1');
  await page.keyboard.type('By May, every instructor can name our goals');
  await page.keyboard.press('Tab');
  await h.settle(page);
  data = section(await h.workspace(page));
  assert.deepEqual(data.cycles[0].consensus['goals.1.a'],
    { state: 'rated', level: 2, rationale: 'Goals are written down but not shared' });
  assert.equal(data.priorities[0].indicator, 'goals.1.a');
  assert.equal(data.priorities[0].aim, 'By May, every instructor can name our goals');

  // Autosave waits for a quiet moment, then IndexedDB is synced.
  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  data = section(await h.workspace(page));
  assert.equal(data.cycles[0].participants[0].ratings['goals.1.a'].level, 4);
  assert.equal(data.cycles[0].consensus['goals.1.a'].rationale, 'Goals are written down but not shared');
  assert.equal(data.priorities[0].aim, 'By May, every instructor can name our goals');
  await h.openPage(page, 'Self-study', 'self_study');
  assert.ok((await h.items(page)).some((i) => i.label === 'Show indicator goals.1.a'), 'the priority is on the home');
});

test('a malformed framework file is refused with its line and field', async (t) => {
  const { page } = await fresh(t);
  await h.openPage(page, 'Self-study', 'self_study');
  const before = section(await h.workspace(page)).framework;
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Load another framework file…');
  const body = '{\n  "format": "stempush-self-study-framework",\n  "format_version": 1,\n  "id": "x",\n  "title": 42\n}\n';
  await (await chooser).setFiles({ name: 'our-standards.json', mimeType: 'application/json', buffer: Buffer.from(body) });
  await h.waitForMessage(page, /our-standards\.json/);
  await h.settle(page);
  const message = (await h.messages(page)).find((m) => m.includes('our-standards.json'));
  assert.match(message, /line \d+/);
  await h.screenshot(page, 'self-study-framework-error.png');
  assert.deepEqual(section(await h.workspace(page)).framework, before, 'the framework in use is unchanged');
  await h.click(page, 'Dismiss');
});

test('the summary compares with an earlier cycle (screenshot)', async (t) => {
  const session = await fresh(t);
  const { page } = session;
  await startCycle(page);
  // A workspace with an earlier cycle and a full set of team ratings, imported as a user would.
  const ws = await h.workspace(page);
  const data = section(ws);
  const ids = [];
  for (const d of data.framework.domains) for (const s of d.standards) for (const i of s.indicators) ids.push(i.id);
  const current = data.cycles[0];
  const earlier = JSON.parse(JSON.stringify(current));
  earlier.id = 'c0';
  earlier.name = 'Otoño 2025';
  earlier.date = '2025-10-15';
  earlier.consensus = {};
  ids.forEach((id, n) => {
    earlier.consensus[id] = n % 9 === 4 ? { state: 'dont_know' } : { state: 'rated', level: 1 + ((n * 5) % 3) };
    if (!current.consensus[id]) current.consensus[id] = n % 11 === 3 ? { state: 'not_applicable' } : { state: 'rated', level: 1 + ((n * 7) % 4) };
  });
  data.cycles.unshift(earlier);
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Workspace');
  await h.click(page, 'Import from a file…');
  await (await chooser).setFiles({ name: 'two-cycles.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ws)) });
  await h.waitForItem(page, /^Replace with the imported file$/);
  await h.click(page, 'Replace with the imported file');
  assert.equal(section(await h.workspace(page)).cycles.length, 2);
  await h.openPage(page, 'Self-study', 'self_study');
  await h.click(page, 'Summary');
  const labels = (await h.items(page)).map((i) => i.label);
  for (const expected of ['Mean rating by domain', 'Download the report (HTML)']) {
    assert.ok(labels.includes(expected), `missing "${expected}"`);
  }
  // Let the toasts of the import fade so that they do not cover the figures.
  await h.waitForNoToasts(page);
  await h.screenshot(page, 'self-study-summary.png');
  // The report downloads as a file.
  const download = page.waitForEvent('download');
  await h.click(page, 'Download the report (HTML)');
  const file = await download;
  assert.match(file.suggestedFilename(), /^self-study-report-2026-10-15\.html$/);
  assert.deepEqual(session.errors, []);
});
