// Emscripten --pre-js: runs inside the module before main(). Mounts the workspace folder on
// IndexedDB and fills it before main() reads it, and gives the C++ side what only the browser
// can do (sync to IndexedDB, download, file picker, a text field for accented input).
/* global Module, FS, IDBFS, addRunDependency, removeRunDependency, HEAPU8 */
Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  FS.mkdir('/data');
  FS.mount(IDBFS, {}, '/data');
  addRunDependency('stempush-idbfs');
  FS.syncfs(true, function (err) {
    if (err) console.error('stempush: could not read saved data from IndexedDB', err);
    removeRunDependency('stempush-idbfs');
  });
});

function stempushDescribeSyncError(err) {
  const name = (err && (err.name || (err.target && err.target.error && err.target.error.name))) || String(err);
  if (/Quota/i.test(name)) {
    return 'The browser has no room left to save your work. Export the workspace now (Workspace > Export) and free some space.';
  }
  return 'The browser could not save your work (' + name + '). Export the workspace (Workspace > Export) to keep a copy.';
}

Module.stempushSyncfs = function () {
  FS.syncfs(false, function (err) {
    Module.ccall('stempush_sync_done', null, ['string'], [err ? stempushDescribeSyncError(err) : '']);
    Module.stempushLoop.wake();  // the status bar shows "Saved" or why not
  });
};

// The frame loop's sleep (main.cpp pauses it while nothing can change on screen). Any input wakes
// it at once: these listeners run before SDL's, which then queue the event for the next frame.
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
  ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown', 'keyup', 'touchstart', 'touchmove', 'touchend',
    'resize', 'focus', 'dragenter', 'dragover', 'drop', 'paste'].forEach(function (type) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  });
  return {
    sleep: function (seconds) {
      sleeping = true;
      clearTimeout(timer);
      timer = setTimeout(wake, seconds * 1000);
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
      if (on && document.activeElement !== a) a.focus({ preventScroll: true });
      if (!on && document.activeElement === a) a.blur();
    },
  };
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
