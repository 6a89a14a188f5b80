// Emscripten --pre-js: the presenter's audience window on the web. A second browser window
// opened from the user's click or key (window.open of about:blank, so no request leaves the
// page and it works offline), into which this page writes a small DOM: the step, its
// count-down (amber in the last minute, red when over, and said in words) and the projected
// text, large, white on near-black (the colours of core/include/stempush/ui/audience.hpp).
// Nothing runs inside it: the page's Content-Security-Policy, which about:blank inherits, is
// respected by building elements and setting their style through the DOM. Keys pressed in it
// (arrows, Page Up/Down, Space) go to the app, Esc closes it; when it closes, the app is woken
// to return to its single-window layout.
/* global Module */
Module.stempushAudience = (function () {
  const COLORS = { background: '#111418', text: '#ffffff', muted: '#c9ced6', last_minute: '#ffc44d', over: '#ff8a80' };
  const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', ' '];
  let win = null;
  let parts = null;
  let poll = null;

  function isOpen() { return !!win && !win.closed; }

  function closed() {
    if (poll) clearInterval(poll);
    poll = null;
    win = null;
    parts = null;
    Module.stempushLoop.wake();  // the main window returns to its single layout
  }

  function el(doc, tag, id, style, parent) {
    const e = doc.createElement(tag);
    if (id) e.id = id;
    Object.assign(e.style, style);
    parent.appendChild(e);
    return e;
  }

  // Shrinks the projected text until it fits the space under the header.
  function fit() {
    if (!parts) return;
    let vh = 9;
    parts.projected.style.fontSize = vh + 'vh';
    while (vh > 3 && parts.main.scrollHeight > parts.main.clientHeight + 1) {
      vh *= 0.9;
      parts.projected.style.fontSize = vh.toFixed(2) + 'vh';
    }
    parts.attribution.style.fontSize = (vh * 0.65).toFixed(2) + 'vh';
  }

  function build(w, title) {
    const doc = w.document;
    doc.title = title;
    const body = doc.body || doc.documentElement.appendChild(doc.createElement('body'));
    body.replaceChildren();
    Object.assign(doc.documentElement.style, { height: '100%', background: COLORS.background });
    Object.assign(body.style, {
      margin: '0', height: '100%', boxSizing: 'border-box', padding: '4vh 4vw', display: 'flex',
      flexDirection: 'column', background: COLORS.background, color: COLORS.text,
      fontFamily: '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', lineHeight: '1.25',
      overflow: 'hidden',
    });
    const header = el(doc, 'header', '', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: '4vw' }, body);
    const left = el(doc, 'div', '', { flex: '1 1 auto', minWidth: '0' }, header);
    const stepOf = el(doc, 'p', 'stempush-audience-step-of', { margin: '0', fontSize: '4.5vh', color: COLORS.muted }, left);
    const heading = el(doc, 'h1', 'stempush-audience-title', { margin: '1vh 0 0', fontSize: '9vh', fontWeight: '700' }, left);
    const right = el(doc, 'div', '', { flex: '0 0 auto', textAlign: 'right' }, header);
    const clock = el(doc, 'div', 'stempush-audience-clock', { fontSize: '20vh', fontWeight: '700', lineHeight: '1', fontVariantNumeric: 'tabular-nums' }, right);
    clock.setAttribute('role', 'timer');
    const caption = el(doc, 'p', 'stempush-audience-caption', { margin: '1vh 0 0', fontSize: '4.5vh' }, right);
    const main = el(doc, 'main', '', { flex: '1 1 auto', minHeight: '0', display: 'flex', flexDirection: 'column', justifyContent: 'center', alignItems: 'center', textAlign: 'center', overflow: 'hidden' }, body);
    const projected = el(doc, 'p', 'stempush-audience-projected', { margin: '0', maxWidth: '92vw' }, main);
    const attribution = el(doc, 'p', 'stempush-audience-attribution', { margin: '2vh 0 0', color: COLORS.muted }, main);
    parts = { doc, stepOf, heading, clock, caption, main, projected, attribution };
  }

  function open(title) {
    if (isOpen()) { win.focus(); return true; }
    const w = window.open('', 'stempush-audience', 'popup,width=1024,height=640');
    if (!w) return false;  // blocked
    win = w;
    build(w, title);
    w.addEventListener('pagehide', closed);
    w.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { e.preventDefault(); w.close(); closed(); return; }
      if (KEYS.indexOf(e.key) < 0) return;
      e.preventDefault();
      if (!e.repeat) Module.ccall('stempush_audience_key', null, ['string'], [e.key === ' ' ? 'Space' : e.key]);
      Module.stempushLoop.wake();
    });
    w.addEventListener('resize', fit);
    // A window closed without pagehide (some browsers when the user closes it): look twice a second.
    poll = setInterval(function () { if (!isOpen()) closed(); }, 500);
    return true;
  }

  function show(json) {
    if (!isOpen() || !parts) return;
    const f = JSON.parse(json);
    parts.doc.documentElement.lang = f.language;
    parts.stepOf.textContent = f.step_of;
    parts.heading.textContent = f.step_title;
    parts.clock.textContent = f.clock;
    const color = COLORS[f.urgency] || COLORS.text;
    parts.clock.style.color = color;
    parts.caption.style.color = color;
    parts.caption.textContent = f.clock_caption;
    parts.clock.dataset.urgency = f.urgency;
    parts.projected.textContent = f.projected;
    parts.projected.lang = f.projected_language;
    parts.attribution.textContent = f.attribution;
    parts.attribution.lang = f.projected_language;
    parts.attribution.hidden = !f.attribution;
    fit();
  }

  function close() {
    if (isOpen()) win.close();
    if (win || poll) closed();
  }

  // The page going away takes its audience window with it.
  window.addEventListener('pagehide', close);
  return { open: open, show: show, close: close, isOpen: isOpen };
})();
