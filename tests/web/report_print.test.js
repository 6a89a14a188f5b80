// Print preview of every HTML report the plugins write, at A4 and at Letter, in Chromium.
//
// The reports come from the native unit tests that check them (tests/unit/report_check.hpp):
// `unit_tests "[report]"` with STEMPUSH_REPORT_SAMPLES set writes each report it checks into a
// folder, so this file prints exactly what those tests built from their fixtures (English and
// Spanish). For each report and paper size:
//   - the PDF (page.pdf with that format) is read back by pdf-lib: its pages have the paper's size;
//   - the summary fits on page 1: printed with the appendix hidden, it is one page; printed whole
//     with an appendix, the appendix starts on a later page (the summary ends with a page break);
//   - nothing is cut: laid out for print at the paper's printable width (the page minus the
//     report's @page margins), no element reaches past the right edge and nothing scrolls sideways;
//   - no word is split across two lines (a narrow table column wraps at spaces, never mid-word).
// Screenshots of two reports as they print: tests/web/out/report-*.png.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { chromium } = require('playwright-core');
const { PDFDocument } = require('pdf-lib');

const ROOT = path.resolve(__dirname, '../..');
const UNIT_TESTS = process.env.STEMPUSH_UNIT_TESTS || path.join(ROOT, 'build', 'tests', 'unit_tests');
const OUT = process.env.STEMPUSH_TEST_OUT || path.join(__dirname, 'out');
fs.mkdirSync(OUT, { recursive: true });

const MM = 72 / 25.4;  // PDF points per millimetre
const PAPERS = {
  A4: { width: 210 * MM, height: 297 * MM },
  Letter: { width: 8.5 * 72, height: 11 * 72 },
};
const CSS_PX_PER_PT = 96 / 72;

// The reports, written by the native tests that check them.
function writeReports() {
  assert.ok(fs.existsSync(UNIT_TESTS), `${UNIT_TESTS} is missing: build the native target first (scripts/build.sh native)`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stempush-reports-'));
  execFileSync(UNIT_TESTS, ['[report]'], { env: { ...process.env, STEMPUSH_REPORT_SAMPLES: folder }, stdio: 'pipe' });
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.html')).sort();
  return { folder, files };
}

// A CSS length in points ("13mm", "0.4in", "12px", "1cm").
function points(length) {
  const m = /^([\d.]+)(mm|cm|in|px|pt)?$/.exec(length.trim());
  if (!m) return null;
  const v = Number(m[1]);
  return { mm: v * MM, cm: v * 10 * MM, in: v * 72, px: v * 0.75, pt: v }[m[2] || 'px'];
}

// The left + right page margins the report asks for: the last @page rule with a margin.
function horizontalMargins(html) {
  let left = 13 * MM, right = 13 * MM;
  for (const rule of html.matchAll(/@page\s*\{([^}]*)\}/g)) {
    const margin = /margin\s*:\s*([^;}]+)/.exec(rule[1]);
    if (!margin) continue;
    const parts = margin[1].trim().split(/\s+/).map(points);
    if (parts.some((p) => p === null)) continue;
    right = parts.length > 1 ? parts[1] : parts[0];
    left = parts.length > 3 ? parts[3] : right;
  }
  return left + right;
}

test('every report prints at A4 and Letter: the summary on page 1, nothing cut', async (t) => {
  const { folder, files } = writeReports();
  // Every plugin's reports are among them (English and Spanish).
  for (const name of ['self-study-report', 'belonging-report', 'improvement-storyboard', 'improvement-diagram',
    'recruitment-funnel', 'staff-discussion-summary', 'guest-speaker-brief', 'guest-speaker-visit-report',
    'guest-speaker-interests', 'self-study-report-es', 'belonging-report-es'])
    assert.ok(files.includes(`${name}.html`), `${name}.html was not written (files: ${files.join(', ')})`);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  t.after(() => browser.close());
  const context = await browser.newContext();
  const page = await context.newPage();

  for (const file of files) {
    const html = fs.readFileSync(path.join(folder, file), 'utf8');
    const landscape = /@page\s*\{[^}]*size\s*:\s*landscape/.test(html);
    for (const [format, paper] of Object.entries(PAPERS)) {
      const where = `${file} at ${format}${landscape ? ' landscape' : ''}`;
      const pageWidth = landscape ? paper.height : paper.width;
      const pageHeight = landscape ? paper.width : paper.height;
      const printable = Math.floor((pageWidth - horizontalMargins(html)) * CSS_PX_PER_PT);

      // Nothing wider than the printable width, laid out as it prints.
      await page.setViewportSize({ width: printable, height: Math.floor(pageHeight * CSS_PX_PER_PT) });
      await page.setContent(html);
      await page.emulateMedia({ media: 'print' });
      const overflow = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth + 1;
        const wide = [];
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > limit || r.left < -1))
            wide.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className : ''} (${Math.round(r.left)}..${Math.round(r.right)} of ${limit - 1})`);
        }
        return { wide: wide.slice(0, 5), scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth };
      });
      assert.deepEqual(overflow.wide, [], `${where}: elements wider than the printable width`);
      // No word is split across lines ("Scal" / "e" in a narrow column): each word of the text a
      // person reads lies on one line box. A break at a hyphen or dash is a line break between
      // words; web addresses may break anywhere (they are longer than any column), and so may a
      // run of over 30 characters with no space at the break opportunities the core gives it
      // (U+200B, report::escape_text).
      const split = await page.evaluate(() => {
        const found = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => (n.parentElement.closest('svg, style, title') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.data.matchAll(/[^\s\-\u2010-\u2015\/\u200b]+/g)) {
            if (/^(https?:|mailto:|www\.)|@/.test(m[0])) continue;
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) found.push(`"${m[0]}" in <${node.parentElement.tagName.toLowerCase()}>`);
          }
        }
        return found.slice(0, 8);
      });
      assert.deepEqual(split, [], `${where}: words split across lines`);
      assert.ok(overflow.scroll <= overflow.width + 1, `${where}: the page scrolls sideways (${overflow.scroll} > ${overflow.width})`);

      // The whole report as a PDF: pages of the paper's size; an appendix starts after page 1.
      const whole = await PDFDocument.load(await page.pdf({ format, landscape, printBackground: true }));
      const first = whole.getPage(0).getSize();
      assert.ok(Math.abs(first.width - pageWidth) < 2 && Math.abs(first.height - pageHeight) < 2,
        `${where}: page size ${first.width} x ${first.height}`);
      const hasAppendix = await page.locator('#appendix').count() > 0;
      if (hasAppendix) assert.ok(whole.getPageCount() >= 2, `${where}: the appendix should start on a new page`);

      // The summary alone fits on one page.
      await page.addStyleTag({ content: '#appendix { display: none !important; }' });
      const summary = await PDFDocument.load(await page.pdf({ format, landscape, printBackground: true }));
      assert.equal(summary.getPageCount(), 1, `${where}: the summary takes ${summary.getPageCount()} pages`);
    }
  }

  // Two reports as they print (A4 width), to look at.
  for (const [file, png] of [['self-study-report.html', 'report-self-study-print.png'],
    ['belonging-report.html', 'report-belonging-print.png'], ['recruitment-funnel.html', 'report-recruitment-print.png']]) {
    await page.setViewportSize({ width: Math.floor((PAPERS.A4.width - 26 * MM) * CSS_PX_PER_PT), height: 1000 });
    await page.setContent(fs.readFileSync(path.join(folder, file), 'utf8'));
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(OUT, png), fullPage: true });
  }
  fs.rmSync(folder, { recursive: true, force: true });
});
