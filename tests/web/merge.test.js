// "Merge from files…" in the browser with real clicks through the file picker (issue 13, point 2):
// two kiosk tablets' exports and a colleague's self-study ratings merged into one workspace, a
// conflict settled in the dialog, the result kept over a reload, and the same files again adding
// nothing.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const testApp = h.appPerFile();

// Copies of this workspace as another device would save them.
function tabletFile(base, name, answers) {
  const doc = structuredClone(base);
  const data = doc.sections.belonging.data;
  const item = data.items[0].id;
  data.pre = answers.map(([code, point]) => ({ code, answers: { [item]: point } }));
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) };
}
function colleagueFile(base) {
  const doc = structuredClone(base);
  const data = doc.sections.self_study.data;
  const indicator = data.framework.domains[0].standards[0].indicators[0].id;
  data.cycles = [{
    id: 'c1', name: 'Fall 2026 self-study', date: '2026-10-01', consensus: {},
    participants: [{ id: 'p1', name: 'Ben Ode', role: 'Instructor', ratings: { [indicator]: { state: 'rated', level: 3 } } }],
  }];
  return { name: 'ben.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) };
}

async function chooseFile(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Choose files…');
  await (await chooser).setFiles(file);
  await h.settle(page);
}

test('merge two kiosk exports and a colleague\'s ratings, then the same files again add nothing', async (t) => {
  const session = await testApp.fresh(t);
  const { page } = session;
  const base = await h.workspace(page);
  const tablet1 = tabletFile(base, 'tablet-1.json', [['AB12', 4], ['CD34', 3]]);
  const tablet2 = tabletFile(base, 'tablet-2.json', [['AB12', 2], ['EF56', 1]]);
  const ben = colleagueFile(base);

  await h.click(page, 'Workspace');
  await h.click(page, 'Merge from files…');
  for (const file of [tablet1, tablet2, ben]) await chooseFile(page, file);
  await h.waitForItem(page, /^Take theirs$/);
  await h.screenshot(page, 'merge-dialog.png');
  assert.equal((await h.workspace(page)).sections.belonging.data.pre.length, 0, 'nothing merged before Merge');
  await h.click(page, 'Take theirs');
  await h.click(page, 'Merge');
  await h.waitForMessage(page, /Merged 3 files/);
  let ws = await h.workspace(page);
  assert.deepEqual(ws.sections.belonging.data.pre.map((r) => r.code), ['AB12', 'CD34', 'EF56']);
  assert.equal(Object.values(ws.sections.belonging.data.pre[0].answers)[0], 2, 'tablet 2\'s answer, as chosen');
  assert.equal(ws.sections.self_study.data.cycles[0].participants[0].name, 'Ben Ode');

  // Kept over a reload.
  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  ws = await h.workspace(page);
  assert.equal(ws.sections.belonging.data.pre.length, 3);
  assert.equal(ws.sections.self_study.data.cycles.length, 1);

  // The same files again, tablet 1 (whose AB12 was set aside) included: the choice is remembered,
  // so no conflict and nothing to add; Merge does nothing.
  await h.click(page, 'Workspace');
  await h.click(page, 'Merge from files…');
  for (const file of [tablet1, tablet2, ben]) await chooseFile(page, file);
  const labels = (await h.items(page)).map((i) => i.label);
  assert.ok(!labels.includes('Take theirs'), 'no conflict the second time');
  await h.screenshot(page, 'merge-nothing-to-add.png');
  await h.click(page, 'Merge');
  await h.click(page, 'Cancel');
  assert.deepEqual(await h.workspace(page), ws);
});

// Files dropped on the page (SDL's browser port has no drop events; web/pre.js takes them).
async function dropFiles(page, files) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return dt;
  }, files.map((f) => ({ name: f.name, text: f.buffer.toString('utf8') })));
  await page.dispatchEvent('canvas', 'drop', { dataTransfer: transfer });
}

test('files dropped on the merge dialog are merged; a workspace dropped elsewhere asks before opening', async (t) => {
  const session = await testApp.fresh(t);
  const { page } = session;
  const base = await h.workspace(page);
  const tablet1 = tabletFile(base, 'tablet-1.json', [['AB12', 4], ['CD34', 3]]);
  const tablet2 = tabletFile(base, 'tablet-2.json', [['GH78', 2], ['EF56', 1]]);

  await h.click(page, 'Workspace');
  await h.click(page, 'Merge from files…');
  await dropFiles(page, [tablet1, tablet2]);
  // Each file in the dialog has its own Remove button.
  await page.waitForFunction(() => window.stempushTest.items().filter((i) => i.label === 'Remove').length === 2, null, { timeout: 60000 });
  await h.screenshot(page, 'merge-dropped.png');
  await h.click(page, 'Merge');
  await h.waitForMessage(page, /Merged 2 files/);
  assert.deepEqual((await h.workspace(page)).sections.belonging.data.pre.map((r) => r.code).sort(), ['AB12', 'CD34', 'EF56', 'GH78']);

  // Outside the merge dialog a dropped workspace is offered for opening, never opened at once.
  const other = structuredClone(base);
  other.profile.data.program_name = 'Dropped Program';
  const before = await h.workspace(page);
  await dropFiles(page, [{ name: 'other.json', buffer: Buffer.from(JSON.stringify(other)) }]);
  await h.waitForItem(page, /^Replace with the imported file$/);
  assert.deepEqual(await h.workspace(page), before, 'nothing replaced before the user confirms');
  await h.click(page, 'Replace with the imported file');
  await page.waitForFunction(() => JSON.parse(window.stempushTest.workspace()).profile.data.program_name === 'Dropped Program', null, { timeout: 60000 });
});
