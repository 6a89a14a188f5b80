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

  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').catch(function (e) { console.warn('service worker not registered', e); });
  }
})();
