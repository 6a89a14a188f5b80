// Starts the app: checks for WebAssembly and WebGL2 first and says plainly what is missing,
// shows progress while the module loads, and registers the service worker for offline use.
(function () {
  'use strict';
  const loading = document.getElementById('loading');
  const loadingText = document.getElementById('loading-text');
  function fatal(message) {
    loading.hidden = true;
    document.getElementById('problem-text').textContent = message;
    document.getElementById('problem').hidden = false;
  }
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fatal('This browser does not run WebAssembly, which the toolkit needs.');
    return;
  }
  let gl = null;
  try { gl = document.createElement('canvas').getContext('webgl2'); } catch (e) { gl = null; }
  if (!gl) {
    fatal('This browser has WebGL2 turned off or does not support it. The toolkit draws its screens with WebGL2.');
    return;
  }
  window.Module = {
    canvas: document.getElementById('canvas'),
    setStatus: function (text) {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (m) loadingText.textContent = 'Loading the STEM PUSH Toolkit… ' + Math.round(100 * m[1] / m[2]) + '%';
    },
    stempushFirstFrame: function () {
      window.stempushFirstFrameAt = performance.now();  // read by scripts/bench.sh
      loading.hidden = true;
    },
    stempushFatal: fatal,
    onAbort: function (what) { fatal('The toolkit stopped unexpectedly: ' + what + '. Your saved work is safe in this browser.'); },
    print: function (t) { console.log(t); },
    printErr: function (t) { console.error(t); },
  };
  const script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = function () { fatal('The toolkit files could not be loaded. If you are offline, open it once while online.'); };
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

  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    // 'sw.js' is relative: the worker's scope is this page's folder, wherever the host puts it.
    // A page that already had a worker and gets another one: sw.js changed on the host, the new
    // worker cached the new version and took over (skipWaiting + clients.claim). This page still
    // runs the version it started with.
    const hadWorker = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (hadWorker) notice('ready', words.ready);
    });
    navigator.serviceWorker.register('sw.js').catch(function (e) { console.warn('service worker not registered', e); });
  }
})();
