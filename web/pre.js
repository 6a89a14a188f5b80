// Emscripten --pre-js: runs inside the module before main(). Mounts the workspace folder on
// IndexedDB and fills it before main() reads it, and gives the C++ side what only the browser
// can do (sync to IndexedDB, download, file picker, a text field for accented input).
/* global Module, FS, IDBFS, addRunDependency, removeRunDependency, HEAPU8 */
// Start-up phases for bench/web/web_bench.js (the rest are set by main.cpp, web/perf_marks.hpp).
function stempushMark(phase) {
  if (self.performance && performance.mark) performance.mark('stempush:' + phase);
}
stempushMark('js-start');
// The saved workspace goes into /data before main() reads it. web/loader.js has been reading it
// from IndexedDB while the WebAssembly module downloads; here (preInit: app.js has run, FS
// exists) the files it read are stored with IDBFS's own storeLocalEntry, as IDBFS.syncfs would,
// and IDBFS keeps the loader's connection for saving. When the loader could not read, or names
// another database than this IDBFS uses, IDBFS reads it itself. main() waits for either.
Module.preInit = Module.preInit || [];
Module.preInit.push(function () {
  stempushMark('idb-start');
  addRunDependency('stempush-idbfs');
  FS.mkdir('/data');
  FS.mount(IDBFS, {}, '/data');
  function read(err, source, files) {
    if (err) console.error('stempush: could not read saved data from IndexedDB', err);
    Module.stempushStorageRead = { source: source, files: files };  // for the browser tests
    stempushMark('idb-done');
    removeRunDependency('stempush-idbfs');
  }
  const where = Module.stempushSavedWhere;
  const same = !!where && where.name === '/data' && where.version === IDBFS.DB_VERSION && where.store === IDBFS.DB_STORE_NAME;
  function idbfsReads() { FS.syncfs(true, function (err) { read(err, 'idbfs', -1); }); }
  Promise.resolve(Module.stempushSaved).then(function (saved) {
    Module.stempushSaved = null;  // the files' bytes belong to /data from here on
    if (saved && !same) {
      // Another database than this IDBFS uses (a newer Emscripten): IDBFS opens it itself, and
      // the loader's connection would block the upgrade it may need.
      if (saved.db) saved.db.close();
      saved = null;
    }
    if (!saved) {
      idbfsReads();
      return;
    }
    // Nothing read: before the first save, look whether a database has appeared since
    // (Module.stempushSyncfs).
    stempushCheckBeforeFirstSave = !saved.db;
    if (saved.db) IDBFS.dbs[where.name] = saved.db;
    // Folders before what they hold, as IDBFS.reconcile orders them.
    const paths = Object.keys(saved.entries).sort();
    let failed = null;
    paths.forEach(function (path) {
      IDBFS.storeLocalEntry(path, saved.entries[path], function (err) { failed = failed || err; });
    });
    if (!failed) {
      read(null, 'loader', paths.length);
      return;
    }
    // A file the loader read could not be stored: IDBFS reads them all again (what is stored
    // already, with the same time, it skips), so that no saved file is missing from /data when
    // the next save makes IndexedDB match /data.
    console.warn('stempush: IDBFS reads the saved data again:', failed);
    idbfsReads();
  }, function (err) {
    console.warn('stempush: the loader could not read the saved data; IDBFS reads it:', err);
    idbfsReads();
  });
});
Module.preRun = Module.preRun || [];
Module.preRun.push(function () { stempushMark('runtime'); });

function stempushDescribeSyncError(err) {
  const name = (err && (err.name || (err.target && err.target.error && err.target.error.name))) || String(err);
  if (/Quota/i.test(name)) {
    return 'The browser has no room left to save your work. Export the workspace now (Workspace > Export) and free some space.';
  }
  return 'The browser could not save your work (' + name + '). Export the workspace (Workspace > Export) to keep a copy.';
}

// True when the loader found no saved work (web/loader.js: no database, or none it could read
// without making it). A save makes IndexedDB match /data, deleting what /data lacks; so before the
// first one, IDBFS looks whether a database with files has appeared since (another window of the
// toolkit saving at the same time, or a browser whose list of databases was wrong). If it has,
// nothing is saved and the user is told how to keep both.
let stempushCheckBeforeFirstSave = false;
const stempushSavedElsewhere = 'Work was saved in this browser by another window of the toolkit after this one opened, ' +
  'so this window did not save over it. Export your work here (Workspace > Export), then reload the page and merge it in.';
Module.stempushSyncfs = function () {
  function done(message) {
    Module.ccall('stempush_sync_done', null, ['string'], [message]);
    Module.stempushLoop.wake();  // the status bar shows "Saved" or why not
  }
  function sync() {
    FS.syncfs(false, function (err) { done(err ? stempushDescribeSyncError(err) : ''); });
  }
  if (!stempushCheckBeforeFirstSave) {
    sync();
    return;
  }
  IDBFS.getRemoteSet(FS.lookupPath('/data').node.mount, function (err, remote) {
    if (!err && Object.keys(remote.entries).length > 0) {
      done(stempushSavedElsewhere);
      return;
    }
    stempushCheckBeforeFirstSave = false;
    sync();  // reports an error of its own, if the database cannot be opened
  });
};

// The frame loop's sleep (main.cpp pauses it while nothing can change on screen). Any input wakes
// it at once: these listeners run before SDL's, which then queue the event for the next frame.
// When its timer fires, the app looks without an animation frame (stempush_idle_look) and the
// loop resumes only if a frame is due: an idle tab asks the browser for no rendering at all.
Module.stempushLoop = (function () {
  let sleeping = false;
  let timer = null;
  function wake() {
    if (!sleeping) return;
    sleeping = false;
    clearTimeout(timer);
    timer = null;
    Module.ccall('stempush_resume_loop', null, [], []);
  }
  function look() {
    timer = null;
    if (!sleeping) return;
    const seconds = Module.ccall('stempush_idle_look', 'number', [], []);
    if (seconds > 0 && sleeping) timer = setTimeout(look, seconds * 1000);
    else wake();
  }
  ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown', 'keyup', 'touchstart', 'touchmove', 'touchend',
    'resize', 'focus', 'dragenter', 'dragover', 'drop', 'paste'].forEach(function (type) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  });
  return {
    sleep: function (seconds) {
      sleeping = true;
      clearTimeout(timer);
      timer = setTimeout(look, seconds * 1000);
    },
    wake: wake,
  };
})();

Module.stempushDownload = function (name, mime, ptr, len) {
  const bytes = HEAPU8.slice(ptr, ptr + len);
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 2000);
};

Module.stempushPickFile = function (id, accept) {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.style.display = 'none';
  input.addEventListener('change', async function () {
    const file = input.files && input.files[0];
    input.remove();
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const ptr = Module._malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, ptr);
    Module.ccall('stempush_file_picked', null, ['number', 'string', 'number', 'number'], [id, file.name, ptr, bytes.length]);
    Module._free(ptr);
    Module.stempushLoop.wake();
  });
  document.body.appendChild(input);
  input.click();
};

// Files dropped on the page: SDL's browser port has no drop events, so the page takes them
// (dragover must be cancelled, or the browser opens the file in place of the app) and hands each
// one to the app as the native window's SDL_DROPFILE does: a workspace to open, or, while the
// merge dialog is open, one more file to merge.
window.addEventListener('dragover', function (e) {
  if (!e.dataTransfer || !Array.from(e.dataTransfer.types || []).includes('Files')) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
});
window.addEventListener('drop', async function (e) {
  if (!e.dataTransfer || !e.dataTransfer.files || e.dataTransfer.files.length === 0) return;
  e.preventDefault();
  if (!Module.calledRun) return;  // still starting: nothing to hand the file to yet
  for (const file of Array.from(e.dataTransfer.files)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const ptr = Module._malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, ptr);
    Module.ccall('stempush_file_dropped', null, ['string', 'number', 'number'], [file.name, ptr, bytes.length]);
    Module._free(ptr);
  }
  Module.stempushLoop.wake();
});

// Composed text arrives through a hidden textarea, so that dead keys (é on a Spanish keyboard),
// input methods and on-screen keyboards work: SDL only turns plain key presses into text (and
// cancels those key presses, so they never reach the textarea twice). The C++ side asks for
// focus while an ImGui text field is active.
Module.stempushTextInput = (function () {
  let area = null;
  function send(text) {
    if (!text) return;
    Module.ccall('stempush_text_input', null, ['string'], [text]);
    Module.stempushLoop.wake();
  }
  function ensure() {
    if (area) return area;
    area = document.createElement('textarea');
    area.id = 'stempush-text-input';
    // Hidden from screen readers until a text field of the app has the keyboard (label()).
    area.setAttribute('aria-hidden', 'true');
    area.setAttribute('autocomplete', 'off');
    area.setAttribute('autocapitalize', 'off');
    area.setAttribute('spellcheck', 'false');
    area.addEventListener('input', function (e) {
      if (e.isComposing) return;
      if (e.inputType === 'insertText' || e.inputType === 'insertFromPaste' || e.inputType === 'insertReplacementText') send(area.value);
      area.value = '';
    });
    area.addEventListener('compositionend', function (e) { send(e.data); area.value = ''; });
    document.body.appendChild(area);
    return area;
  }
  return {
    want: function (on) {
      const a = ensure();
      if (on) a.removeAttribute('aria-hidden'); else a.setAttribute('aria-hidden', 'true');
      if (on && document.activeElement !== a) a.focus({ preventScroll: true });
      if (!on && document.activeElement === a) a.blur();
    },
    // The accessible name of the app's field that has the keyboard.
    label: function (name) { ensure().setAttribute('aria-label', name); },
  };
})();

// The accessible mirror: Dear ImGui draws on a canvas that assistive technology cannot read, so
// an off-screen (not display:none) copy of what is on screen lives in the DOM, one element per
// named item of the automation layer with its role, name and state (aria-checked,
// aria-expanded, aria-disabled). main.cpp calls update() only when that changed (never while
// idle). DOM focus follows Dear ImGui's keyboard focus so that a screen reader speaks it; the
// keys themselves still reach Dear ImGui through SDL's window listeners. The elements are divs
// with a role, not <button>s: a focused button would turn Enter and Space into a click as well
// (the action twice). A click on an element can only come from assistive technology (the mirror
// is never under the pointer), and is sent to the app as a click at the item's centre.
Module.stempushA11y = (function () {
  let root = null;
  let live = null;
  let messagesSeen = 0;
  const elements = new Map();  // item id -> element
  const roles = { button: 'button', radio: 'radio', checkbox: 'checkbox', expandable: 'button',
    menuitem: 'menuitem', textbox: 'textbox' };
  function ensure() {
    if (root) return;
    root = document.createElement('div');
    root.id = 'stempush-a11y';
    root.className = 'stempush-visually-hidden';
    root.setAttribute('role', 'region');
    root.setAttribute('aria-label', 'STEM PUSH Toolkit');
    root.addEventListener('click', function (e) {
      const el = e.target.closest && e.target.closest('[data-item]');
      if (!el) return;
      e.preventDefault();
      Module.ccall('stempush_a11y_click', 'number', ['number'], [Number(el.dataset.item)]);
      Module.stempushLoop.wake();
    });
    live = document.createElement('div');
    live.id = 'stempush-a11y-status';
    live.className = 'stempush-visually-hidden';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    document.body.appendChild(root);
    document.body.appendChild(live);
  }
  function element(item) {
    const tag = item.role === 'text' ? 'p' : 'div';
    let el = elements.get(item.id);
    if (!el || el.tagName.toLowerCase() !== tag) {
      el = document.createElement(tag);
      el.dataset.item = String(item.id);
      el.tabIndex = -1;  // focusable by the app and the screen reader, not by the browser's Tab
      elements.set(item.id, el);
    }
    const role = roles[item.role];
    if (role) el.setAttribute('role', role); else el.removeAttribute('role');
    if (el.textContent !== item.label) el.textContent = item.label;
    const checkable = item.role === 'radio' || item.role === 'checkbox';
    if (checkable) el.setAttribute('aria-checked', item.checked ? 'true' : 'false'); else el.removeAttribute('aria-checked');
    if (item.role === 'expandable') el.setAttribute('aria-expanded', item.expanded ? 'true' : 'false'); else el.removeAttribute('aria-expanded');
    if (item.role === 'textbox') el.setAttribute('aria-label', item.label); else el.removeAttribute('aria-label');
    if (item.disabled) el.setAttribute('aria-disabled', 'true'); else el.removeAttribute('aria-disabled');
    return el;
  }
  // The newest status message, when the app shows it as a toast: a locked kiosk shows staff
  // messages to nobody, so a screen reader is not told them either.
  function announce() {
    const messages = JSON.parse(Module.ccall('stempush_test_messages', 'string', [], []));
    if (messages.length <= messagesSeen) return;
    // A toast may appear a frame after its message (main.cpp updates when the windows change).
    if (!stempushState().windows.some(function (w) { return w.indexOf('##toast') === 0; })) return;
    live.textContent = messages[messages.length - 1];
    messagesSeen = messages.length;
  }
  function update() {
    ensure();
    const items = JSON.parse(Module.ccall('stempush_a11y_items', 'string', [], []));
    const hadFocus = root.contains(document.activeElement);
    const keep = new Set();
    let focused = null;
    let lastText = null;
    let next = root.firstChild;
    items.forEach(function (item) {
      if (keep.has(item.id)) return;  // one element per id
      keep.add(item.id);
      const el = element(item);
      // An answer is described by the question above it, so moving to it says both.
      if ((item.role === 'radio' || item.role === 'checkbox') && lastText) el.setAttribute('aria-describedby', lastText.id);
      else el.removeAttribute('aria-describedby');
      if (item.role === 'text') {
        el.id = 'stempush-a11y-' + item.id;
        lastText = el;
      }
      if (el !== next) root.insertBefore(el, next); else next = next.nextSibling;
      if (item.focused) focused = { item: item, el: el };
    });
    elements.forEach(function (el, id) {
      if (!keep.has(id)) { el.remove(); elements.delete(id); }
    });
    const area = document.getElementById('stempush-text-input');
    if (focused && focused.item.role === 'textbox') {
      // Typing goes to the hidden textarea (Module.stempushTextInput): it carries the field's name.
      Module.stempushTextInput.label(focused.item.label);
    } else if (focused) {
      if (document.activeElement !== focused.el) focused.el.focus({ preventScroll: true });
    } else if (hadFocus && !root.contains(document.activeElement) && document.activeElement !== area) {
      // What had focus is gone (a new screen after a click): start reading the new screen.
      const first = root.querySelector('p');
      if (first) first.focus({ preventScroll: true });
    }
    announce();
  }
  return { update: update };
})();

// Calls into the module only once main() has run (before that the exports are not ready).
function stempushCall(name, ret, fallback) {
  return Module.calledRun ? Module.ccall(name, ret, [], []) : fallback;
}

// The automation surface used by the browser tests (read-only). Tests wait on this state (the
// page on screen, saved, frames drawn) instead of sleeping.
function stempushState() {
  return JSON.parse(stempushCall('stempush_test_state', 'string', '{"page":"","saved":false,"frames":0,"windows":[],"storage_error":""}'));
}
window.stempushTest = {
  items: function () { return JSON.parse(stempushCall('stempush_test_items', 'string', '[]')); },
  workspace: function () { return stempushCall('stempush_test_workspace', 'string', ''); },
  frameCount: function () { return stempushCall('stempush_test_frame_count', 'number', 0); },
  // Calls of the frame loop, drawn or not (an idle tab's loop sleeps).
  loopTicks: function () { return stempushCall('stempush_test_loop_ticks', 'number', 0); },
  // The sleeping loop's looks without an animation frame (its timer: at most one a second).
  idleLooks: function () { return stempushCall('stempush_test_idle_looks', 'number', 0); },
  messages: function () { return JSON.parse(stempushCall('stempush_test_messages', 'string', '[]')); },
  storageError: function () { return stempushCall('stempush_test_storage_error', 'string', ''); },
  // "#home", "#profile" or a plugin id.
  currentPage: function () { return stempushState().page; },
  // Every edit is in IndexedDB: nothing unsaved, no sync pending, no storage error.
  saved: function () { return stempushState().saved; },
  // Names of the windows on screen (dialogs; toasts are "##toast...").
  windows: function () { return stempushState().windows || []; },
  state: stempushState,
};

function stempushPageHidden() {
  if (Module.calledRun) Module.ccall('stempush_page_hidden', null, [], []);
}
document.addEventListener('visibilitychange', function () {
  if (document.visibilityState === 'hidden') stempushPageHidden();
});
window.addEventListener('pagehide', stempushPageHidden);

if (navigator.storage && navigator.storage.persist) {
  navigator.storage.persist().then(function (granted) {
    Module.stempushPersistent = granted;
    Module.stempushLoop.wake();
  });
}
