// The staff-discussion plugin in headless Chromium with real mouse and keyboard events: plan a
// session, facilitate two steps, add six cards, group them into two themes (one by drag and drop,
// one with the keyboard only), look at the theme board, add a practice change and send it to the
// improvement engine's driver diagram; everything survives a reload.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const testApp = h.appPerFile();
const fresh = testApp.fresh;

const sections = async (page) => (await h.workspace(page)).sections;
const session = async (page) => (await sections(page)).staff_discussion.data.sessions[0];
const labels = async (page) => (await h.items(page)).map((i) => i.label).filter(Boolean);
const frameCount = (page) => page.evaluate(() => window.stempushTest.frameCount());

const CARDS = ['Textbooks name only European scientists', 'Flyers show one kind of scientist',
  'Speakers are rarely people of colour', "Students' home knowledge is not asked for",
  'Feedback favours confident talkers', 'Lab roles fall along old lines'];
const KEYS_HELP = '. Space picks it, G groups the picked cards into a new theme, ] and [ move it to the next or previous theme.';

async function typeInto(page, field, text) {
  await h.click(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await h.settle(page);
}

// Does `action` (a mouse event) and waits until the app has drawn a frame after it, without
// touching the mouse otherwise (settle() moves it, which would end a drag). The count is read
// before the event: the app draws right after input and may be idle again by the time we look.
async function andDraw(page, action) {
  const start = await frameCount(page);
  await action();
  await page.waitForFunction((target) => window.stempushTest.frameCount() > target, start, { timeout: 30000 });
}

// A real drag: press on the card, move in small steps across frames, release over the target.
async function drag(page, fromLabel, toLabel) {
  const from = await h.findItem(page, fromLabel);
  const to = await h.findItem(page, toLabel);
  const fx = from.x + from.w / 2, fy = from.y + from.h / 2, tx = to.x + to.w / 2, ty = to.y + to.h / 2;
  await andDraw(page, () => page.mouse.move(fx, fy));
  await andDraw(page, () => page.mouse.down());
  const steps = 8;
  for (let i = 1; i <= steps; i++) {
    await andDraw(page, () => page.mouse.move(fx + (tx - fx) * i / steps, fy + (ty - fy) * i / steps));
  }
  await andDraw(page, () => page.mouse.move(tx + 1, ty + 1));  // hover the target for a frame
  await andDraw(page, () => page.mouse.up());
  await h.settle(page);
}

// Presses Tab until `card` has the keyboard focus (the board says which card has it).
async function tabToCard(page, card) {
  for (let i = 0; i < 80; i++) {
    if ((await labels(page)).includes(`Keyboard focus: ${card}${KEYS_HELP}`)) return;
    await page.keyboard.press('Tab');
    await h.settle(page);
  }
  assert.fail(`Tab never reached the card "${card}"`);
}

test('plan, facilitate two steps, six cards into two themes by drag and drop and by keyboard, act; it survives a reload', async (t) => {
  const { page } = await fresh(t, { viewport: { width: 1280, height: 960 } });
  await h.openPage(page, 'Staff discussion', 'staff_discussion');
  await h.click(page, 'Plan a new session');
  await typeInto(page, 'Session title', 'Fall staff discussion');
  await typeInto(page, 'Date', '2026-10-14');
  assert.ok((await labels(page)).includes('Total time: 90 minutes in 7 steps'));

  // Facilitate two steps in the core's facilitator view.
  await h.click(page, 'Facilitate');
  await h.waitForItem(page, /^Step 1 of 7$/);
  await page.keyboard.press('ArrowRight');
  await h.waitForItem(page, /^Step 2 of 7$/);
  await page.keyboard.press('Escape');
  await h.waitForItem(page, /^New card$/);

  // Six cards, typed and added with Enter.
  await h.click(page, 'New card');
  for (const card of CARDS) {
    await page.keyboard.type(card);
    await page.keyboard.press('Enter');
    await h.settle(page);
  }
  let s = await session(page);
  assert.deepEqual(s.cards.map((c) => c.text), CARDS);
  assert.ok(s.cards.every((c) => c.attribution === ''), 'no card carries a name');

  // Theme 1 by drag and drop: the first card onto "New theme", two more onto that theme.
  await drag(page, CARDS[0], 'Add an empty theme');
  s = await session(page);
  assert.equal(s.themes.length, 1, 'dropping on New theme starts a theme');
  await page.keyboard.type('Who we show as scientists');  // its name field has the keyboard
  await page.keyboard.press('Enter');
  await h.settle(page);
  await drag(page, CARDS[1], 'Name of theme 1');
  await drag(page, CARDS[2], 'Name of theme 1');
  s = await session(page);
  const theme1 = s.themes[0].id;
  assert.equal(s.themes[0].name, 'Who we show as scientists');
  assert.deepEqual(s.cards.slice(0, 3).map((c) => c.theme), [theme1, theme1, theme1]);

  // Theme 2 with the keyboard only: Tab to each card, Space picks, G groups, type the name.
  await tabToCard(page, CARDS[3]);
  await page.keyboard.press('Space');
  await tabToCard(page, CARDS[4]);
  await page.keyboard.press('Space');
  await h.settle(page);
  assert.ok((await labels(page)).includes('2 cards picked'));
  await tabToCard(page, CARDS[5]);
  await page.keyboard.press('g');
  await h.settle(page);
  await page.keyboard.type('Whose voice counts');
  await page.keyboard.press('Enter');
  await h.settle(page);
  s = await session(page);
  assert.equal(s.themes.length, 2);
  assert.equal(s.themes[1].name, 'Whose voice counts');
  const theme2 = s.themes[1].id;
  assert.deepEqual(s.cards.slice(3).map((c) => c.theme), [theme2, theme2, theme2]);
  await page.mouse.move(5, 300);  // no hover highlight in the picture
  await h.settle(page);
  await h.screenshot(page, 'staff-discussion-board.png');
  // At a laptop's 1280 px every column fits: "New theme" and its button are inside the board.
  const board = await h.findItem(page, 'Theme board columns');
  const zone = await h.findItem(page, 'New theme');
  const addTheme = await h.findItem(page, 'Add an empty theme');
  assert.ok(zone.x + zone.w <= board.x + board.w - 2, `New theme is cut at the board's edge (${zone.x + zone.w} > ${board.x + board.w})`);
  assert.ok(addTheme.x + addTheme.w < zone.x + zone.w, 'the Add an empty theme button is cut');

  // Act: a practice change for theme 2, sent to whichever plugin takes change ideas.
  await h.click(page, 'Act');
  await h.click(page, 'Add a practice change to theme 2');
  await typeInto(page, 'What will change (change 1)', 'Rotate who reports back in labs');
  await typeInto(page, 'Who (change 1)', 'Lab instructors');
  s = await session(page);
  assert.equal(s.changes[0].theme, theme2);
  assert.equal(s.changes[0].who, 'Lab instructors');
  // One click sends it to the improvement engine's driver diagram, with links both ways.
  await h.click(page, 'Send “Rotate who reports back in labs” to Improvement');
  s = await session(page);
  assert.equal(s.changes[0].change_idea.plugin, 'improvement', 'the change keeps a link to the change idea');
  const inbox = (await sections(page)).improvement.data.drivers[0];
  const idea = inbox.children[0].children[0];
  assert.equal(idea.text, 'Rotate who reports back in labs');
  assert.equal(idea.id, s.changes[0].change_idea.item);
  assert.deepEqual(idea.source, { plugin: 'staff_discussion', item: `${s.id}/${s.changes[0].id}`, label: 'Rotate who reports back in labs' });
  await h.waitForItem(page, /^Change idea: Rotate who reports back in labs$/);

  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  s = await session(page);
  assert.deepEqual(s.themes.map((th) => th.name), ['Who we show as scientists', 'Whose voice counts']);
  assert.deepEqual(s.cards.map((c) => c.theme), [theme1, theme1, theme1, theme2, theme2, theme2]);
  assert.equal(s.changes[0].what, 'Rotate who reports back in labs');
  assert.equal(s.changes[0].change_idea.plugin, 'improvement');
  await h.openPage(page, 'Staff discussion', 'staff_discussion');
  await h.click(page, 'Capture and themes');
  assert.ok((await labels(page)).includes(CARDS[5]), 'the board shows the cards after the reload');
});
