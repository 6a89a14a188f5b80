// The screen-reader path (issue 12, point 7): the accessible mirror that web/pre.js keeps of
// what Dear ImGui draws, read through Chromium's accessibility tree. A student finishes the
// belonging kiosk survey with the keyboard alone, finding everything by role and name in the
// accessibility tree (no canvas coordinates); staff leave the kiosk the same way, and the status
// message reaches the live region. The sidebar is named buttons a screen reader can activate.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const testApp = h.appPerFile();

const mirror = (page) => page.locator('#stempush-a11y');
const aria = (page) => mirror(page).ariaSnapshot();

// What has focus, as Chromium tells assistive technology (its accessibility tree through the
// DevTools protocol): {role, name, checked}.
const cdpSessions = new WeakMap();
async function focused(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.context().newCDPSession(page));
  const { nodes } = await cdpSessions.get(page).send('Accessibility.getFullAXTree');
  const prop = (n, name) => (n.properties || []).find((p) => p.name === name);
  const f = nodes.find((n) => !n.ignored && n.role && n.role.value !== 'RootWebArea' && prop(n, 'focused') && prop(n, 'focused').value.value);
  if (!f) return { role: '', name: '' };
  const checked = prop(f, 'checked');
  return { role: f.role.value, name: f.name ? f.name.value : '', checked: checked ? checked.value.value : undefined };
}

// A key, then wait until the app has drawn what it did (no pointer events, unlike h.settle).
async function press(page, key) {
  const start = await page.evaluate(() => window.stempushTest.frameCount());
  await page.keyboard.press(key);
  const token = `${Date.now()}-${Math.random()}`;
  await page.waitForFunction(({ start, token }) => {
    let s = window.stempushKeySettle;
    if (!s || s.token !== token) s = window.stempushKeySettle = { token, last: -1, still: 0 };
    const now = window.stempushTest.frameCount();
    s.still = now > start && now === s.last ? s.still + 1 : 0;
    s.last = now;
    return s.still >= 3;
  }, { start, token }, { polling: 'raf', timeout: 20000 });
}

async function tabTo(page, role, name) {
  for (let i = 0; i < 25; ++i) {
    const f = await focused(page);
    if (f.role === role && f.name === name) return;
    await press(page, 'Tab');
  }
  assert.fail(`Tab never reached ${role} "${name}"; focus is on ${JSON.stringify(await focused(page))}\n${await aria(page)}`);
}

// Waits until the mirror holds an element whose role and name match (as the tree writes them:
// `button "English"`), then returns the accessibility tree's snapshot.
async function waitForAria(page, pattern) {
  const found = await page.waitForFunction(({ source, flags }) => {
    const lines = [...document.querySelectorAll('#stempush-a11y [data-item]')].map((el) =>
      `${el.getAttribute('role') || 'text'} "${el.getAttribute('aria-label') || el.textContent}"`);
    return new RegExp(source, flags).test(lines.join('\n'));
  }, { source: pattern.source, flags: pattern.flags }, { timeout: 20000 }).then(() => true, () => false);
  if (!found) assert.fail(`not in the accessibility tree: ${pattern}\n${await aria(page)}`);
  return aria(page);
}

// Staff set the PIN and start the belonging kiosk (a staff page, with the pointer); the pointer
// then leaves the canvas so that only the keyboard drives what follows.
async function startKiosk(page) {
  await h.openPage(page, 'Ecological belonging', 'belonging');
  await h.click(page, 'Collect the survey');
  await h.click(page, 'Kiosk mode');
  await h.click(page, 'Staff PIN');
  await page.keyboard.type('2468');
  await h.settle(page);
  await h.click(page, 'Set the PIN');
  await h.click(page, 'Start kiosk mode');
  await page.mouse.move(0, 0);
}

test('a student finishes the kiosk survey with the keyboard and the accessibility tree alone', async (t) => {
  const session = await testApp.fresh(t);
  const { page } = session;
  // Staff set the kiosk up (a staff page, with the pointer).
  await startKiosk(page);

  // The student: keys only, every target found by role and name.
  let snap = await waitForAria(page, /button "English"/);
  assert.match(snap, /button "Español"/);
  assert.match(snap, /Choose your language/);
  await tabTo(page, 'button', 'English');
  await press(page, 'Enter');
  snap = await waitForAria(page, /Type your anonymous code/);
  // The code field has the keyboard, under its name (the hidden text input carries it).
  assert.deepEqual(await focused(page), { role: 'textbox', name: 'Your code', checked: undefined });
  await page.keyboard.type('k9-777');
  await press(page, 'Enter');

  let questions = 0;
  let total = 0;
  for (;;) {
    snap = await waitForAria(page, /Question \d+ of \d+|Thank you/);
    const m = snap.match(/Question (\d+) of (\d+)/);
    if (!m) break;
    total = Number(m[2]);
    assert.equal(Number(m[1]), questions + 1, 'one answer moves on exactly one question');
    // Focus is on the first answer, a radio that is not chosen yet.
    const first = await focused(page);
    assert.equal(first.role, 'radio', `focus on an answer: ${JSON.stringify(first)}\n${snap}`);
    assert.match(snap, /radio "Agree"/);
    if (questions === 0) await h.screenshot(page, 'a11y-kiosk-question-focus.png');
    // Arrow keys between the answers: side by side, or stacked when there are many.
    for (let i = 0; i < 8 && (await focused(page)).name !== 'Agree'; ++i) {
      const was = (await focused(page)).name;
      await press(page, 'ArrowRight');
      if ((await focused(page)).name === was) await press(page, 'ArrowDown');
    }
    assert.equal((await focused(page)).name, 'Agree');
    await press(page, questions % 2 ? 'Enter' : 'Space');
    questions += 1;
  }
  assert.equal(questions, total);
  assert.match(snap, /Thank you! Please hand the device to the next student\./);
  assert.deepEqual(await focused(page), { role: 'button', name: 'Next student', checked: undefined });
  await h.waitForSaved(page);
  const pre = (await h.workspace(page)).sections.belonging.data.pre;
  assert.equal(pre.length, 1);
  assert.equal(pre[0].code, 'K9-777');
  assert.equal(Object.keys(pre[0].answers).length, total, 'every question answered once');
  await h.screenshot(page, 'a11y-kiosk-thank-you.png');

  // A screen reader's "activate" (a click on the element, not a key) clicks the item in the app.
  await mirror(page).getByRole('button', { name: 'Next student' }).dispatchEvent('click');
  await waitForAria(page, /button "English"/);

  // Staff leave with the keyboard too; the status message reaches the live region.
  await tabTo(page, 'button', 'Staff: exit');
  await press(page, 'Enter');
  await waitForAria(page, /Staff PIN/);
  assert.equal((await focused(page)).name, 'Staff PIN');
  await page.keyboard.type('2468');
  await press(page, 'Enter');
  await page.waitForFunction(() => window.stempushTest.currentPage() === 'belonging' &&
    !window.stempushTest.items().some((i) => i.label === 'Staff: exit'), null, { timeout: 20000 });
  const messages = await h.messages(page);
  const status = page.locator('#stempush-a11y-status');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.equal(await status.textContent(), messages[messages.length - 1]);
  assert.match(await status.ariaSnapshot(), /status/);
});

// A belonging workspace whose survey has one question of each kind, imported as staff would.
async function importMixedSurvey(page) {
  const doc = await h.workspace(page);
  const text = (en, es) => ({ en, es });
  doc.sections.belonging.data.items = [
    { id: 'welcome', type: 'scale', subscale: '', ...text('I felt welcome.', 'Me sentí bienvenido.'), custom: true,
      points: 4, reverse: false,
      labels: [text('Strongly disagree', 'Muy en desacuerdo'), text('Disagree', 'En desacuerdo'), text('Agree', 'De acuerdo'),
        text('Strongly agree', 'Muy de acuerdo')] },
    { id: 'grade', type: 'single', subscale: '', ...text('Your grade', 'Tu grado'), custom: true,
      options: [{ id: 'g9', ...text('9th grade', 'Noveno grado') }, { id: 'g10', ...text('10th grade', 'Décimo grado') }] },
    { id: 'liked', type: 'multiple', subscale: '', ...text('What did you like?', '¿Qué te gustó?'), custom: true,
      options: [{ id: 'talks', ...text('Talks', 'Charlas') }, { id: 'lab', ...text('Lab work', 'Laboratorio') },
        { id: 'food', ...text('Food', 'Comida') }] },
    { id: 'idea', type: 'text', subscale: '', ...text('One idea for next time', 'Una idea para la próxima vez'), custom: true },
  ];
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Workspace');
  await h.click(page, 'Import from a file…');
  await (await chooser).setFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await h.waitForItem(page, /^Replace with the imported file$/);
  await h.click(page, 'Replace with the imported file');
  await page.waitForFunction(() => JSON.parse(window.stempushTest.workspace()).sections.belonging.data.items.length === 4,
    null, { timeout: 20000 });
}

// Moves the keyboard focus with the arrow keys until it is on `name` (answers side by side or stacked).
async function arrowTo(page, name) {
  for (let i = 0; i < 10 && (await focused(page)).name !== name; ++i) {
    const was = (await focused(page)).name;
    await press(page, 'ArrowRight');
    if ((await focused(page)).name === was) await press(page, 'ArrowDown');
  }
  assert.equal((await focused(page)).name, name);
}

test('single choice, multiple choice and short text questions answered with the keyboard alone', async (t) => {
  const session = await testApp.fresh(t);
  const { page } = session;
  await importMixedSurvey(page);
  await startKiosk(page);

  await waitForAria(page, /button "English"/);
  await tabTo(page, 'button', 'English');
  await press(page, 'Enter');
  await waitForAria(page, /Type your anonymous code/);
  await page.keyboard.type('k9-778');
  await press(page, 'Enter');

  // A scale: radios; Space chooses and moves on.
  await waitForAria(page, /Question 1 of 4/);
  await arrowTo(page, 'Agree');
  await press(page, 'Space');
  // A single choice: radios too; Enter chooses and moves on.
  let snap = await waitForAria(page, /Question 2 of 4/);
  assert.match(snap, /radio "10th grade"/);
  await arrowTo(page, '10th grade');
  await press(page, 'Enter');
  // A multiple choice: checkboxes that Space ticks and unticks; Next moves on.
  snap = await waitForAria(page, /Question 3 of 4/);
  assert.match(snap, /checkbox "Talks"/);
  assert.equal((await focused(page)).role, 'checkbox');
  await arrowTo(page, 'Talks');
  await press(page, 'Space');
  assert.deepEqual(await focused(page), { role: 'checkbox', name: 'Talks', checked: 'true' });
  await arrowTo(page, 'Lab work');
  await press(page, 'Space');
  await press(page, 'Space');  // ticked and unticked
  assert.deepEqual(await focused(page), { role: 'checkbox', name: 'Lab work', checked: 'false' });
  await arrowTo(page, 'Food');
  await press(page, 'Space');
  await h.screenshot(page, 'a11y-kiosk-multiple-choice.png');
  await tabTo(page, 'button', 'Next');
  await press(page, 'Enter');
  // A short text: the field has the keyboard under its name; Tab to Next.
  await waitForAria(page, /Question 4 of 4/);
  assert.deepEqual(await focused(page), { role: 'textbox', name: 'Your answer', checked: undefined });
  await page.keyboard.type('Más laboratorio');
  await tabTo(page, 'button', 'Next');
  await press(page, 'Enter');
  await waitForAria(page, /Thank you/);

  await h.waitForSaved(page);
  const pre = (await h.workspace(page)).sections.belonging.data.pre;
  assert.equal(pre.length, 1);
  assert.deepEqual(pre[0].answers, { welcome: 3, grade: 'g10', liked: ['talks', 'food'], idea: 'Más laboratorio' });
});

test('the sidebar and the menus are named buttons; a screen reader opens a page; idle costs nothing', async (t) => {
  const session = await testApp.fresh(t);
  const { page } = session;
  const snap = await waitForAria(page, /button "Ecological belonging"/);
  for (const name of ['Home', 'Program profile', 'Ecological belonging'])
    assert.match(snap, new RegExp(`button "${name}"`), `${name} in the tree:\n${snap}`);
  // A menu is a button that says whether it is open.
  assert.equal(await mirror(page).getByRole('button', { name: 'Workspace', expanded: false }).count(), 1);
  // The mirror is off screen, never display:none (its elements can hold focus).
  const box = await mirror(page).evaluate((el) => { const s = getComputedStyle(el); return { display: s.display, w: el.getBoundingClientRect().width }; });
  assert.notEqual(box.display, 'none');
  assert.ok(box.w <= 1);

  await mirror(page).getByRole('button', { name: 'Ecological belonging', exact: true }).dispatchEvent('click');
  await page.waitForFunction(() => window.stempushTest.currentPage() === 'belonging', null, { timeout: 20000 });
  await waitForAria(page, /Collect the survey/);

  // Idle: the mirror is not rebuilt when nothing changes (its elements stay the same nodes).
  await h.settle(page);
  await page.evaluate(() => { window.stempushA11yMark = document.querySelector('#stempush-a11y [data-item]'); });
  const before = await page.evaluate(() => ({ ticks: window.stempushTest.loopTicks(), at: performance.now() }));
  // An idle stretch is the thing measured: 1.5 s of the page's own clock, as the shell's idle test.
  await page.waitForFunction((at) => performance.now() - at >= 1500, before.at, { polling: 250, timeout: 60000 });
  const ticks = (await page.evaluate(() => window.stempushTest.loopTicks())) - before.ticks;
  assert.ok(ticks <= 6, `the loop ticked ${ticks} times in 1.5 idle seconds`);
  assert.ok(await page.evaluate(() => window.stempushA11yMark.isConnected), 'same elements while idle');
});
