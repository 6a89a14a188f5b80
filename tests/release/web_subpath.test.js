// The shell browser test (tests/web/shell.test.js), unchanged, on the release zip unpacked under
// a sub-path of a static host, as a Network member would put it online: every URL in the page
// and the service worker's scope must be relative for it to pass.
// Run by tests/release/smoke.sh: STEMPUSH_RELEASE_HOST is the folder served at "/", and the
// zip is unpacked in its STEMPUSH_RELEASE_PATH ("tools/stempush/").
'use strict';
const HOST = process.env.STEMPUSH_RELEASE_HOST;
const SUBPATH = process.env.STEMPUSH_RELEASE_PATH;
if (!HOST || !SUBPATH) throw new Error('STEMPUSH_RELEASE_HOST and STEMPUSH_RELEASE_PATH must be set (tests/release/smoke.sh)');
process.env.STEMPUSH_SITE = HOST;
const h = require('../web/helpers');

// The shell test opens app.url: point it at the sub-path. Its check that no request leaves the
// app then also fails on any request outside the sub-path.
const startAtRoot = h.start;
h.start = async (options) => {
  const app = await startAtRoot(options);
  app.url += SUBPATH;
  return app;
};
require('../web/shell.test.js');
