// Starts the app: checks for WebAssembly (with its exception instructions) and says plainly when
// it is missing (WebGL2 is asked for by main(), which calls stempushNoWebGL2 without it); starts
// fetching and compiling app.wasm and reading the saved work from IndexedDB at once; shows a
// loading note while the module loads (Emscripten reports progress only for .data packages, which
// the app has none of, and a Module.setStatus would delay main() by two timer ticks); and
// registers the service worker for offline use once the first frame is drawn.
(function () {
  'use strict';
  if (self.performance && performance.mark) performance.mark('stempush:loader');  // bench/web/web_bench.js
  const loading = document.getElementById('loading');
  function fatal(message) {
    loading.hidden = true;
    document.getElementById('problem-text').textContent = message;
    document.getElementById('problem').hidden = false;
  }
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fatal('This browser does not run WebAssembly, which the toolkit needs.');
    return;
  }
  // The module handles C++ exceptions (a damaged file read by nlohmann_json) with WebAssembly's
  // own exception instructions (-fwasm-exceptions, CMakeLists.txt): Chrome and Edge 95, Firefox
  // 100, Safari 15.2 and later. An older browser would fail to compile app.wasm with a message
  // nobody understands, so ask first: does it accept a function holding a try / catch_all?
  const eh = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);
  let exceptions = false;
  try { exceptions = WebAssembly.validate(eh); } catch (e) { exceptions = false; }
  if (!exceptions) {
    fatal('This browser is too old for the toolkit: it needs Chrome or Edge 95, Firefox 100, Safari 15.2 or newer.');
    return;
  }
  // The saved work, read from IndexedDB while app.wasm downloads and compiles, in one
  // transaction (Emscripten's IDBFS, which keeps /data in this database and saves it, would read
  // with a cursor, a round trip per file, and only once app.js runs). pre.js puts the files into
  // /data with IDBFS's own storeLocalEntry and hands IDBFS this connection. The names are IDBFS's
  // (library_idbfs.js of the pinned Emscripten: the database is named after the mount point, at
  // DB_VERSION, store DB_STORE_NAME); pre.js checks them against IDBFS before using the result.
  // Resolves to { db, entries: { path: entry } }, or null when this read failed or the database
  // needs IDBFS to upgrade it: pre.js then lets IDBFS read.
  const IDB = { name: '/data', version: 21, store: 'FILE_DATA' };
  const NOTHING_SAVED = { db: null, entries: {} };
  function readSavedWork() {
    // In a page without an origin (a sandboxed frame) even looking at indexedDB throws.
    try {
      if (typeof indexedDB === 'undefined') return Promise.resolve(null);
    } catch (e) {
      return Promise.resolve(null);
    }
    // A first visit has no database, and indexedDB.databases() says so without opening one:
    // opening (in a fresh profile, the browser makes its storage then) was the slowest step
    // before the first frame. The database is made by IDBFS at the first save.
    let listed = Promise.resolve(null);
    try {
      if (typeof indexedDB.databases === 'function') {
        // An answer that never comes must not stop the start: after two seconds the database is
        // opened instead, which answers the same question.
        listed = Promise.race([indexedDB.databases().catch(function () { return null; }),
          new Promise(function (resolve) { setTimeout(function () { resolve(null); }, 2000); })]);
      }
    } catch (e) {
      listed = Promise.resolve(null);
    }
    return listed.then(function (databases) {
      if (databases && !databases.some(function (d) { return d.name === IDB.name; })) return NOTHING_SAVED;
      return new Promise(openAndRead);
    });
  }
  function openAndRead(resolve) {
    let request = null;
    try {
      request = indexedDB.open(IDB.name, IDB.version);
    } catch (e) {
      request = null;
    }
    if (!request) {
      resolve(null);
      return;
    }
    request.onerror = function (event) {
      event.preventDefault();
      resolve(null);
    };
    request.onupgradeneeded = function (event) {
      // No database yet (a browser without databases()), or an older one: not made or changed
      // here; IDBFS does that.
      const absent = event.oldVersion === 0;
      request.onerror = function (e) {
        e.preventDefault();
        resolve(absent ? NOTHING_SAVED : null);
      };
      request.transaction.abort();
    };
    request.onsuccess = function () {
      const db = request.result;
      const failed = function (e) {
        if (e && e.preventDefault) e.preventDefault();
        db.close();
        resolve(null);
      };
      try {
        const store = db.transaction([IDB.store], 'readonly').objectStore(IDB.store);
        const keys = store.getAllKeys();  // both in key order
        const values = store.getAll();
        keys.onerror = values.onerror = failed;
        values.onsuccess = function () {
          const entries = {};
          keys.result.forEach(function (key, i) { entries[key] = values.result[i]; });
          resolve({ db: db, entries: entries });
        };
      } catch (e) {
        failed(e);
      }
    };
  }
  const saved = readSavedWork();
  // The module's bytes are fetched and compiled from here on, while app.js downloads and runs,
  // and compiled as they arrive (streaming; a host that sends app.wasm with the wrong type gets
  // the slower way). Emscripten instantiates it through Module.instantiateWasm below.
  const fetchWasm = function () { return fetch('app.wasm', { credentials: 'same-origin' }); };
  const compiled = (typeof WebAssembly.compileStreaming === 'function'
    ? WebAssembly.compileStreaming(fetchWasm())
    : Promise.reject(new Error('no streaming compilation')))
    .catch(function () {
      return fetchWasm().then(function (response) {
        if (!response.ok) throw new Error('app.wasm: HTTP ' + response.status);
        return response.arrayBuffer();
      }).then(function (bytes) { return WebAssembly.compile(bytes); });
    });
  const unloadable = 'The toolkit files could not be loaded. If you are offline, open it once while online.';
  window.Module = {
    canvas: document.getElementById('canvas'),
    stempushSaved: saved,
    stempushSavedWhere: IDB,
    instantiateWasm: function (imports, receiveInstance) {
      compiled.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) {
          if (self.performance && performance.mark) performance.mark('stempush:wasm-ready');
          receiveInstance(instance, module);
        });
      }).catch(function (e) {
        console.error('stempush: the WebAssembly module could not start', e);
        fatal(unloadable);
      });
      return {};  // the exports arrive through receiveInstance
    },
    stempushFirstFrame: function () {
      window.stempushFirstFrameAt = performance.now();  // read by scripts/bench.sh
      loading.hidden = true;
      registerServiceWorker();
    },
    stempushFatal: fatal,
    // main() could not make a WebGL2 context (web/main.cpp).
    stempushNoWebGL2: function (why) {
      console.error('stempush: no WebGL2 context:', why);
      fatal('This browser has WebGL2 turned off or does not support it. The toolkit draws its screens with WebGL2.');
    },
    onAbort: function (what) { fatal('The toolkit stopped unexpectedly: ' + what + '. Your saved work is safe in this browser.'); },
    print: function (t) { console.log(t); },
    printErr: function (t) { console.error(t); },
  };
  const script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = function () { fatal(unloadable); };
  document.body.appendChild(script);

  // Updates: a new release on the host is fetched by the service worker in the background and
  // used from the next visit on; the data in IndexedDB is never touched by it. Both moments are
  // said in a line at the top of the page (window.stempushUpdate holds the state for tests).
  const VERSION = '__APP_VERSION__';
  const spanish = /^es\b/i.test(navigator.language || '');
  const words = spanish ? {
    ready: 'Hay una versión nueva del toolkit. Se abrirá la próxima vez que abra esta página; su trabajo sigue guardado en este navegador.',
    updated: 'El toolkit se actualizó a la versión ' + VERSION + '. Su trabajo guardado sigue aquí.',
  } : {
    ready: 'A new version of the toolkit is ready. It opens the next time you open this page; your work stays saved in this browser.',
    updated: 'The toolkit was updated to version ' + VERSION + '. Your saved work is still here.',
  };
  window.stempushUpdate = { version: VERSION, state: 'current', previous: null };
  function notice(state, text) {
    window.stempushUpdate.state = state;
    const bar = document.getElementById('update-notice');
    bar.querySelector('span').textContent = text;
    bar.hidden = false;
  }
  document.querySelector('#update-notice button').addEventListener('click', function () {
    document.getElementById('update-notice').hidden = true;
  });
  try {
    const previous = localStorage.getItem('stempush-version');
    window.stempushUpdate.previous = previous;
    if (previous && previous !== VERSION) notice('updated', words.updated);
    localStorage.setItem('stempush-version', VERSION);
  } catch (e) { /* storage blocked: no notice, nothing else depends on it */ }

  // Registered once the first frame is on screen: installing it downloads every file of the app
  // a second time (into its cache), which on a slow school connection would otherwise compete
  // with the first visit's own download of app.wasm.
  const workers = 'serviceWorker' in navigator && location.protocol !== 'file:';
  let registered = false;
  function registerServiceWorker() {
    if (registered || !workers) return;
    registered = true;
    // 'sw.js' is relative: the worker's scope is this page's folder, wherever the host puts it.
    navigator.serviceWorker.register('sw.js').catch(function (e) { console.warn('service worker not registered', e); });
  }
  if (workers) {
    // A page that already had a worker and gets another one: sw.js changed on the host (the
    // browser also looks for that by itself when the page opens), the new worker cached the new
    // version and took over (skipWaiting + clients.claim). This page still runs the version it
    // started with.
    const hadWorker = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (hadWorker) notice('ready', words.ready);
    });
  }
})();
