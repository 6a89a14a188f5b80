// Kiosk lockdown in the browser, with real clicks: a kiosk started with a label survives a reload
// and a closed-and-reopened tab (it reopens on the kiosk, where the student was, never on a staff
// page); the exit needs the PIN (a wrong one is refused and counted); after the PIN, the student's
// unfinished answers are kept as a partial response; the header names the survey throughout.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const testApp = h.appPerFile();

const LABEL = 'Before the session, Group A, 2026-10-01';
const HEADER = `Kiosk collects: ${LABEL}`;
const labels = async (page) => (await h.items(page)).map((i) => i.label).filter(Boolean);
const section = async (page) => (await h.workspace(page)).sections.belonging.data;

async function typeInto(page, field, text, { replace = false } = {}) {
  await h.click(page, field);
  if (replace) await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await h.settle(page);
}

// The kiosk and nothing else: its header, no menu bar, no sidebar, the plugin's page.
async function assertInKiosk(page, what) {
  const now = await labels(page);
  assert.ok(now.includes(HEADER), `${what}: the kiosk header names the survey; labels: ${now.join(' | ')}`);
  assert.ok(!now.includes('Workspace'), `${what}: no menu bar`);
  assert.ok(!(await h.items(page)).some((i) => i.window.includes('Sidebar')), `${what}: no sidebar`);
  assert.equal(await h.currentPage(page), 'belonging', `${what}: the kiosk's page`);
}

test('kiosk lockdown: reload and reopen land in the kiosk; the exit needs the PIN; a partial response is kept', async (t) => {
  const session = await testApp.fresh(t);
  let { page } = session;
  await h.openPage(page, 'Ecological belonging', 'belonging');
  await h.click(page, 'Collect the survey');
  await h.click(page, 'Kiosk mode');
  await typeInto(page, 'Staff PIN', '2468');
  await h.click(page, 'Set the PIN');
  // The label starts as the chosen survey's name; staff write this session's.
  await typeInto(page, 'Label shown on the kiosk', LABEL, { replace: true });
  await h.click(page, 'Start kiosk mode');
  await assertInKiosk(page, 'started');

  // A student answers two questions and leaves the tablet.
  await h.click(page, 'English');
  await typeInto(page, 'Your code', 'K9-501');
  await h.click(page, 'Next');
  await h.click(page, 'Agree');
  await h.click(page, 'Disagree');
  await h.waitForItem(page, /^Question 3 of/);
  await h.waitForSaved(page);

  // Someone reloads the page: the kiosk again, on the same question, nothing of the staff pages.
  await page.reload();
  await h.waitForApp(page);
  await assertInKiosk(page, 'after a reload');
  assert.ok((await labels(page)).some((l) => /^Question 3 of/.test(l)), 'the student is where they were');
  await h.screenshot(page, 'kiosk-after-reload.png');
  // Shortcuts reach nothing: Ctrl+Z does not undo the kiosk's answers, the text size stays.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Escape');
  await h.settle(page);
  await assertInKiosk(page, 'after shortcuts');

  // The tab is closed and the app opened again in a new one.
  await page.close();
  page = await session.context.newPage();
  await page.goto(session.url);
  await h.waitForApp(page);
  await assertInKiosk(page, 'after reopening the tab');

  // Staff exit: the PIN first. A wrong PIN is refused and counted.
  await h.click(page, 'Staff: exit');
  await typeInto(page, 'Staff PIN', '1111');
  await h.click(page, 'Exit kiosk mode');
  await assertInKiosk(page, 'after a wrong PIN');
  assert.ok((await labels(page)).includes('That PIN is not right (1 wrong try).'));
  await typeInto(page, 'Staff PIN', '2468');
  await h.click(page, 'Exit kiosk mode');
  // The student's unfinished answers, and the wrong PIN, shown to staff; they keep the answers.
  const choice = await labels(page);
  assert.ok(choice.includes('Keep as a partial response'), choice.join(' | '));
  assert.ok(choice.some((l) => /left 2 of \d+ questions answered/.test(l)));
  assert.ok(choice.includes('1 wrong PIN was tried while the kiosk ran.'));
  await h.screenshot(page, 'kiosk-exit-choice.png');
  await h.click(page, 'Keep as a partial response');
  // Back on the plugin's staff page (reopened in a new tab, it shows its first part) with menus.
  const staff = await labels(page);
  assert.ok(staff.includes('Collect the survey') && staff.includes('Workspace'), 'back on the staff page');
  await h.waitForMessage(page, /1 wrong PIN was tried while the kiosk ran\./);

  const pre = (await section(page)).pre;
  assert.equal(pre.length, 1);
  assert.equal(pre[0].code, 'K9-501');
  assert.equal(pre[0].partial, true);
  assert.equal(Object.keys(pre[0].answers).length, 2);

  // Kiosk over: a reload now opens the staff pages again.
  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  assert.equal(await h.currentPage(page), '#home');
  assert.equal((await section(page)).pre[0].partial, true);
});
