// Starts the app: checks for WebAssembly (with its exception instructions) and WebGL2 and says plainly what is missing,
// shows a loading note while the module loads (Emscripten reports progress only for .data
// packages, which the app has none of, and a Module.setStatus would delay main() by two timer
// ticks), and registers the service worker for offline use once the first frame is drawn.
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
  // WebGL2 is asked for after app.js and app.wasm are on their way, in a task of its own: making
  // a context takes a while, and the module's compilation leaves the page idle long enough to
  // hide it. The module starts only once the answer is yes.
  const noWebGL2 = 'This browser has WebGL2 turned off or does not support it. The toolkit draws its screens with WebGL2.';
  const webgl2 = new Promise(function (resolve) {
    setTimeout(function () {
      let gl = null;
      try { gl = document.createElement('canvas').getContext('webgl2'); } catch (e) { gl = null; }
      const lose = gl && gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();  // only a question: the app makes its own on #canvas
      resolve(!!gl);
    }, 0);
  });
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
    instantiateWasm: function (imports, receiveInstance) {
      webgl2.then(function (ok) {
        if (!ok) {
          fatal(noWebGL2);
          return null;
        }
        return compiled;
      }).then(function (module) {
        if (!module) return null;
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
