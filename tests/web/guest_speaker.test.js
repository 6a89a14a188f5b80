// The guest-speaker routine in the browser with real clicks: a roster CSV, the interest survey in
// kiosk mode for three students, the interests summary exported (screenshot), the match
// (screenshot), a visit planned from it, kept across a reload, the exit ticket from a CSV, the
// results (screenshot), and the brief and .ics downloads read back (the .ics by ical.js).
'use strict';
const fs = require('fs');
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('child_process');
const os = require('os');
const path = require('path');
const ICAL = require('ical.js');
const Papa = require('papaparse');
const h = require('./helpers');

const testApp = h.appPerFile();

const section = async (page) => (await h.workspace(page)).sections.guest_speaker.data;
const labels = async (page) => (await h.items(page)).map((i) => i.label).filter(Boolean);

async function typeInto(page, field, text) {
  await h.click(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  await h.settle(page);
}

async function chooseFile(page, button, name, text) {
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, button);
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await h.settle(page);
}

async function download(page, button) {
  const event = page.waitForEvent('download');
  await h.click(page, button);
  return fs.readFileSync(await (await event).path(), 'utf8');
}

async function student(page, code, field, question) {
  await h.click(page, 'English');
  await h.click(page, 'Your code');
  await page.keyboard.type(code);
  await h.click(page, 'Next');
  await h.click(page, field);
  await h.click(page, 'Next');
  await h.click(page, 'Skip this question');
  await h.click(page, 'College costs and financial aid');
  await h.click(page, 'Next');
  await h.click(page, 'Your answer');
  await page.keyboard.type(question);
  await h.click(page, 'Next');
  assert.ok((await labels(page)).includes('Next student'), 'the thank-you screen is shown');
  await h.click(page, 'Next student');
}

test('roster, kiosk interests, match, visit kept across a reload, exit ticket, results, brief, .ics', async (t) => {
  const session = await testApp.fresh(t);
  const { page } = session;
  await h.openPage(page, 'Guest speakers', 'guest_speaker');

  await h.click(page, 'Speakers');
  await chooseFile(page, 'Import roster (CSV)', 'roster.csv',
    'name,field,role,employer,topics\r\n' +
    'Ana Ruiz,Civil engineering,Engineer,City of Pittsburgh,"Engineering; College costs and financial aid"\r\n' +
    'Bo Chen,Biology,Researcher,Pitt,Biology and life sciences\r\n' +
    'Cy Diaz,Computing,Developer,,computing\r\n');
  assert.equal((await section(page)).speakers.length, 3);

  await h.click(page, 'Interests');
  await typeInto(page, 'Staff PIN', '2468');
  await h.click(page, 'Set the PIN');
  await h.click(page, 'Start kiosk mode');
  await student(page, 'GS-101', 'Engineering', 'How much does college cost?');
  await student(page, 'GS-102', 'Engineering', 'How much does college cost?');
  await student(page, 'GS-103', 'Biology and life sciences', '¿Qué estudiaste primero?');
  await h.click(page, 'Staff: exit');
  await typeInto(page, 'Staff PIN', '2468');
  await h.click(page, 'Exit kiosk mode');
  const interests = (await section(page)).interests;
  assert.deepEqual(interests.map((r) => r.code), ['GS-101', 'GS-102', 'GS-103']);
  assert.equal(interests[2].answers.question, '¿Qué estudiaste primero?');

  // The interests summary downloaded: the CSV read by papaparse (the two identical questions are
  // one row asked twice), the printable page by xmllint --html.
  const summary = Papa.parse((await download(page, 'Export the summary (CSV)')).replace(/^\uFEFF/, ''),
    { skipEmptyLines: true }).data;
  // Human headers; the survey's ids only in the last two columns, labelled for programs.
  assert.deepEqual(summary[0], ['Kind', 'Rank', 'Survey question', 'Interest or question', 'Students',
    'Reference id (for re-import): survey question', 'Reference id (for re-import): answer']);
  assert.deepEqual(summary.find((r) => r[0] === 'Student question' && r[1] === '1'),
    ['Student question', '1', 'Questions students want to ask', 'How much does college cost?', '2', '', '']);
  assert.ok(summary.some((r) => r[6] === 'engineering' && r[3] === 'Engineering' && r[4] === ''), 'counts hidden under the threshold of 10');
  const page_html = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gs-web-')), 'summary.html');
  fs.writeFileSync(page_html, await download(page, 'Printable summary (HTML)'));
  const cells = execFileSync('xmllint', ['--html', '--xpath', '(//table)[2]/tbody/tr/td[1]/text()', page_html]).toString();
  assert.match(cells, /How much does college cost\?/);
  assert.match(cells, /¿Qué estudiaste primero\?/);
  await h.screenshot(page, 'guest-speaker-interests.png');

  await h.click(page, 'Match');
  await h.waitForItem(page, /^Plan a visit with Ana Ruiz$/);
  assert.ok((await labels(page)).includes('Speakers by coverage'));
  // Nothing is uncovered: said in words, never as "0 of them no speaker covers".
  assert.ok((await labels(page)).includes(
    "Ana Ruiz covers the most: 2 of the group's 3 top interests. Every top interest is covered by at least one speaker."));
  await h.screenshot(page, 'guest-speaker-match.png');
  await h.click(page, 'Plan a visit with Ana Ruiz');
  await typeInto(page, 'Date', '2026-10-14');
  await typeInto(page, 'Place or meeting link', 'Room 204, Main St');
  await typeInto(page, 'Grade band', '9-10');
  let visit = (await section(page)).visits[0];
  assert.equal(visit.date, '2026-10-14');
  assert.equal(visit.speaker, (await section(page)).speakers[0].id);

  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  visit = (await section(page)).visits[0];
  assert.equal(visit.location, 'Room 204, Main St');
  await h.openPage(page, 'Guest speakers', 'guest_speaker');
  await h.click(page, 'Visits');

  // The exit ticket from a CSV: ten students (the default threshold is 10).
  await h.click(page, 'Exit ticket');
  await h.click(page, 'Import a CSV file');
  const answers = [4, 4, 3, 3, 3, 2, 4, 1, 3, 2];
  let csv = 'Code,The visit was useful to me.,I can see myself on a path like the speaker\'s.,One thing I will do next\r\n';
  answers.forEach((a, i) => { csv += `T1-${100 + i},${a},${a === 4 ? 4 : 2},${i < 3 ? 'Apply to the summer lab' : ''}\r\n`; });
  await chooseFile(page, 'Choose a CSV file…', 'ticket.csv', csv);
  await h.waitForItem(page, /^Import 10 responses$/);
  await h.click(page, 'Import 10 responses');
  assert.equal((await section(page)).visits[0].ticket.length, 10);

  await h.click(page, 'Results');
  assert.ok((await labels(page)).includes('The visit was useful to me.'));
  await h.screenshot(page, 'guest-speaker-results.png');
  const report = await download(page, 'Export the visit report (HTML)');
  assert.match(report, /7 of 10 students \(70%\) found the visit useful\./);

  await h.click(page, "Speaker's brief");
  const brief = await download(page, 'Export the brief (printable page)');
  assert.match(brief, /How much does college cost\?/);
  assert.match(brief, /¿Qué estudiaste primero\?/);

  await h.click(page, 'Plan');
  const ics = await download(page, 'Add to calendar (.ics)');
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  const event = new ICAL.Event(vevent);
  assert.equal(event.location, 'Room 204, Main St');
  assert.equal(event.summary, 'Guest speaker: Ana Ruiz');
  assert.equal(event.startDate.toString(), '2026-10-14T15:30:00Z');
  assert.equal(event.endDate.toString(), '2026-10-14T16:30:00Z');
});
