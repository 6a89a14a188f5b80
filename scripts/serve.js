#!/usr/bin/env node
// A static file server for the web build, on 127.0.0.1 only. Used by scripts/run.sh and by the
// browser tests. Usage: node scripts/serve.js DIR [PORT]
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

// The text and wasm types a real host compresses (gzip), when `options.gzip` asks for it: the
// benchmarks measure downloads as a user gets them; the tests do without.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.data']);

function serve(root, port, host = '127.0.0.1', options = {}) {
  root = path.resolve(root);
  const gzipped = new Map();  // file -> { mtimeMs, body }
  const gzipOf = (file, data) => {
    const mtimeMs = fs.statSync(file).mtimeMs;
    const hit = gzipped.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.body;
    const body = zlib.gzipSync(data, { level: 9 });
    gzipped.set(file, { mtimeMs, body });
    return body;
  };
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      const headers = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (options.gzip && COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        data = gzipOf(file, data);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      res.writeHead(200, headers);
      res.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { serve };

if (require.main === module) {
  const [dir, port = '8080'] = process.argv.slice(2);
  if (!dir) { console.error('usage: node scripts/serve.js DIR [PORT]'); process.exit(2); }
  serve(dir, Number(port)).then(() => console.log(`STEM PUSH Toolkit: http://127.0.0.1:${port}/  (Ctrl+C to stop)`))
    .catch((e) => { console.error(`cannot serve on port ${port}: ${e.message}`); process.exit(1); });
}
