// The ecological-belonging plugin in the browser: kiosk mode with real clicks for two students
// (English and Spanish), the responses kept across a reload, then CSV imports and the results page.
'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');
const path = require('path');
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const FIXTURES = path.resolve(__dirname, '../fixtures/belonging');

const testApp = h.appPerFile();
const fresh = testApp.fresh;

const section = async (page) => (await h.workspace(page)).sections.belonging.data;
const labels = async (page) => (await h.items(page)).map((i) => i.label).filter(Boolean);

async function typeInto(page, field, text) {
  await h.click(page, field);
  await page.keyboard.type(text);
  await h.settle(page);
}

// One student: language, code, then the same answer on every screen until the thank-you.
async function student(page, { spanish, code, answer, screenshotAt }) {
  await h.click(page, spanish ? 'Español' : 'English');
  await typeInto(page, spanish ? 'Tu código' : 'Your code', code);
  await h.click(page, spanish ? 'Siguiente' : 'Next');
  const done = spanish ? 'Siguiente estudiante' : 'Next student';
  for (let i = 0; i < 20 && !(await labels(page)).includes(done); i++) {
    if (i === screenshotAt) await h.screenshot(page, 'belonging-kiosk.png');
    await h.click(page, answer);
  }
  assert.ok((await labels(page)).includes(done), 'the thank-you screen is shown');
}

test('kiosk mode with real clicks for two students; the responses survive a reload', async (t) => {
  const { page } = await fresh(t);
  await h.openPage(page, 'Ecological belonging', 'belonging');
  await h.click(page, 'Collect the survey');
  await h.click(page, 'Kiosk mode');
  await typeInto(page, 'Staff PIN', '2468');
  await h.click(page, 'Set the PIN');
  await h.click(page, 'Start kiosk mode');
  assert.ok(!(await labels(page)).includes('Workspace'), 'the menu bar is hidden in kiosk mode');

  await student(page, { spanish: false, code: 'K7-101', answer: 'Agree', screenshotAt: 2 });
  await h.click(page, 'Next student');
  // The next student sees a fresh start: nothing of the previous code or answers.
  const restart = await labels(page);
  assert.ok(restart.includes('English') && restart.includes('Español'));
  assert.ok(!restart.some((l) => l.includes('K7-101')));
  await student(page, { spanish: true, code: 'K7-102', answer: 'En desacuerdo' });
  await h.click(page, 'Siguiente estudiante');

  // Only the staff PIN leaves kiosk mode.
  await h.click(page, 'Staff: exit');
  await typeInto(page, 'Staff PIN', '2468');
  await h.click(page, 'Exit kiosk mode');
  assert.ok((await labels(page)).includes('Start kiosk mode'));

  let pre = (await section(page)).pre;
  assert.deepEqual(pre.map((r) => r.code), ['K7-101', 'K7-102']);
  assert.equal(Object.keys(pre[0].answers).length, 11);

  await h.waitForSaved(page);  // autosave after a quiet moment, then the IndexedDB sync
  await page.reload();
  await h.waitForApp(page);
  pre = (await section(page)).pre;
  assert.deepEqual(pre.map((r) => r.code), ['K7-101', 'K7-102']);
  assert.equal(pre[1].answers.struggle_normal, 2);
});

async function importCsv(page, file, survey) {
  await h.openPage(page, 'Ecological belonging', 'belonging');
  await h.click(page, 'Collect the survey');
  await h.click(page, 'Import a CSV file');
  await h.click(page, survey === 'pre' ? 'Before the session (pre)' : 'After the session (post)');
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Choose a CSV file…');
  const buffer = fs.readFileSync(path.join(FIXTURES, file));
  await (await chooser).setFiles({ name: file, mimeType: 'text/csv', buffer });
  await h.waitForItem(page, /^Import \d+ responses$/);
  const confirm = (await labels(page)).find((l) => /^Import \d+ responses$/.test(l));
  await h.click(page, confirm);
}

test('CSV imports (BOM, CRLF) and the results page', async (t) => {
  const { page } = await fresh(t);
  await importCsv(page, 'pre-20-students.csv', 'pre');
  await importCsv(page, 'post-20-students.csv', 'post');
  const data = await section(page);
  assert.equal(data.pre.length, 20);  // a fresh workspace: only the imported students
  assert.equal(data.post.length, 20);
  await h.click(page, 'Results and reflection');
  await typeInto(page, 'What happened', 'Students read the stories aloud and the groups talked longer than planned.');
  await page.keyboard.press('Tab');
  await h.settle(page);
  assert.ok((await labels(page)).includes('Download the results report (HTML)'));
  await h.screenshot(page, 'belonging-results.png');
  // Further down: the diverging bars of each question.
  await page.mouse.move(400, 500);
  await page.mouse.wheel(0, 900);
  await h.settle(page);
  await h.screenshot(page, 'belonging-results-items.png');
  const download = page.waitForEvent('download');
  await h.click(page, 'Download the results report (HTML)');
  const report = await (await download).path();
  const html = fs.readFileSync(report, 'utf8');
  assert.match(html, /<html/i);
  // Read back by a real HTML parser: the report names the session and its date, and the change
  // table's before/after are the paired students' (the all-students means labelled apart).
  const xpath = (expr) => execFileSync('xmllint', ['--html', '--xpath', expr, report], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  assert.match(xpath('normalize-space(//p[@class="report-context"])'), /^Program: .* · Session: .* · Date: (\d{4}-\d{2}-\d{2}|date not set)$/);
  // The summary first, in sentences; the change table in the appendix.
  assert.match(xpath('string(//div[@id="summary"]//li[1])'), /students/);
  assert.equal(xpath('string(//div[@id="appendix"]//th[2])'), 'Before (paired)');
  assert.equal(xpath('string(//div[@id="appendix"]//th[10])'), 'All students: before / after');
});
