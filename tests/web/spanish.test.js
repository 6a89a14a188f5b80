// The app in Spanish in headless Chromium, with real clicks: the Quality Standards on the rating
// page, a framework file missing translations (English tagged "(EN)"), and the Help page's guide
// to a package (screenshots in out/).
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const testApp = h.appPerFile();
const fresh = testApp.fresh;

async function startCycle(page) {
  await h.openPage(page, 'Self-study', 'self_study');
  await h.click(page, 'Cycle name');
  await page.keyboard.type('Otoño 2026');
  await h.click(page, 'Date (YYYY-MM-DD)');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2026-10-15');
  await h.click(page, 'Who takes part');
  await page.keyboard.type('Ana Núñez, Directora');
  await h.settle(page);
  await h.click(page, 'Start the cycle');
}

async function toSpanish(page) {
  await h.click(page, 'View');
  await h.click(page, 'Español');
  await h.waitForItem(page, /^Ayuda$/);
}

const labels = async (page) => (await h.items(page)).map((i) => i.label);

test('the standards and a package guide in Spanish (screenshots)', async (t) => {
  const { page } = await fresh(t);
  await startCycle(page);
  await toSpanish(page);
  await h.waitForItem(page, /^Metas del programa$/);
  const rate = await labels(page);
  assert.ok(rate.includes('Indicador goals.1.a'));
  assert.ok(rate.some((l) => l.startsWith('Nuestras metas por escrito nombran a quienes existimos para servir')),
    'the indicator on the detail pane is in Spanish');
  assert.ok(rate.includes('Sólido y en mejora (4)'));
  assert.ok(!rate.some((l) => l.includes('(EN)')), 'the default file has Spanish for everything');
  await h.screenshot(page, 'spanish-rate.png');

  // Help, from the self-study page: its guide, in Spanish.
  await h.click(page, 'Ayuda');
  await h.click(page, 'Guías de los paquetes');
  assert.equal(await h.currentPage(page), '#help');
  const help = await labels(page);
  assert.ok(help.some((l) => l.startsWith('1. En Inicio del autoestudio, comience un ciclo')), help.join(' | '));
  assert.ok(help.includes('Guía: Pertenencia ecológica'));
  await h.screenshot(page, 'spanish-help.png');
});

test('a framework file missing translations shows that text in English, tagged (EN) (screenshot)', async (t) => {
  const { page } = await fresh(t);
  await h.openPage(page, 'Self-study', 'self_study');
  const framework = {
    format: 'stempush-self-study-framework', format_version: 2, id: 'partial', version: '1',
    title: 'Partly translated', i18n: { es: { title: 'Traducido en parte' } },
    scale: { meets_level: 2, levels: [
      { value: 1, label: 'Not yet', description: 'Not happening.', i18n: { es: { label: 'Todavía no', description: 'No ocurre.' } } },
      { value: 2, label: 'In place', description: 'Mostly.' }] },
    domains: [
      { id: 'A', title: 'Domain A', i18n: { es: { title: 'Dimensión A' } }, standards: [
        { id: 'A1', title: 'Standard A1', i18n: { es: { title: 'Estándar A1' } }, indicators: [
          { id: 'a1', text: 'Indicator a1, not translated yet' },
          { id: 'a2', text: 'Indicator a2', i18n: { es: { text: 'Indicador a2' } } }] }] },
      { id: 'B', title: 'Domain B', standards: [
        { id: 'B1', title: 'Standard B1', indicators: [{ id: 'b1', text: 'Indicator b1' }] }] }],
  };
  const chooser = page.waitForEvent('filechooser');
  await h.click(page, 'Load another framework file…');
  await (await chooser).setFiles({ name: 'partial.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(framework, null, 1)) });
  await h.waitForMessage(page, /Partly translated/);
  await startCycle(page);
  await toSpanish(page);
  await h.waitForItem(page, /^Dimensión A$/);
  const now = await labels(page);
  assert.ok(now.includes('Domain B (EN)'), now.join(' | '));
  assert.ok(now.includes('Indicator a1, not translated yet (EN)'), 'the untranslated indicator carries the tag');
  assert.ok(now.includes('In place (EN) (2)'));
  assert.ok(now.includes('Todavía no (1)'));
  await h.screenshot(page, 'spanish-fallback.png');
  const stored = (await h.workspace(page)).sections.self_study.data.framework;
  assert.equal(stored.id, 'partial');
  assert.ok(!JSON.stringify(stored).includes('(EN)'), 'the tag is never stored');
});

test('a page reopened in Spanish (the saved setting) shows Spanish; switching back shows English (screenshot)', async (t) => {
  // Only the language on screen is parsed at start (web/main.cpp); the other one on the switch.
  const { page } = await fresh(t);
  await toSpanish(page);
  await h.waitForSaved(page);
  await page.reload();
  await h.waitForApp(page);
  const reopened = await labels(page);
  assert.ok(reopened.includes('Ayuda') && !reopened.includes('Help'), reopened.join(' | '));
  assert.ok(reopened.includes('Pertenencia ecológica'), 'a package\'s own catalog is in Spanish too');
  await h.click(page, 'Ver');
  await h.click(page, 'English');
  await h.waitForItem(page, /^Help$/);
  const english = await labels(page);
  assert.ok(!english.includes('Ayuda'), english.join(' | '));
  assert.ok(english.includes('Ecological belonging'));
  await h.openPage(page, 'Self-study', 'self_study');
  await h.screenshot(page, 'spanish-reopened-then-english.png');
});
