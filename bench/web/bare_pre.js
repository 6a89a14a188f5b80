// --pre-js of the bare page: the start-up marks it shares with the app (web/pre.js sets the same
// ones), read by web_bench.js. The bare page has nothing to wait for but the module, so the
// module is ready and the runtime starts at the same moment.
performance.mark('stempush:js-start');
Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  performance.mark('stempush:wasm-ready');
  performance.mark('stempush:runtime');
});
