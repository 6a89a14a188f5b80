// The shell browser test (tests/web/shell.test.js), unchanged, on the release zip unpacked under
// a sub-path of a static host, as a Network member would put it online: every URL in the page
// and the service worker's scope must be relative for it to pass.
// Run by tests/release/smoke.sh: STEMPUSH_RELEASE_HOST is the folder served at "/", and the
// zip is unpacked in its STEMPUSH_RELEASE_PATH ("tools/stempush/").
'use strict';
const HOST = process.env.STEMPUSH_RELEASE_HOST;
const SUBPATH = process.env.STEMPUSH_RELEASE_PATH;
if (!HOST || !SUBPATH) throw new Error('STEMPUSH_RELEASE_HOST and STEMPUSH_RELEASE_PATH must be set (tests/release/smoke.sh)');
// The browser helpers open every page at the sub-path (their STEMPUSH_SITE_PATH): the shell
// test's check that no request leaves the app then also fails on any request outside it.
process.env.STEMPUSH_SITE = HOST;
process.env.STEMPUSH_SITE_PATH = SUBPATH;
const h = require('../web/helpers');
if (h.SITE_PATH !== SUBPATH) throw new Error('tests/web/helpers.js was loaded before the sub-path was set');
require('../web/shell.test.js');
