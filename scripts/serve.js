#!/usr/bin/env node
// A static file server for the web build, on 127.0.0.1 only. Used by scripts/run.sh and by the
// browser tests. Usage: node scripts/serve.js DIR [PORT]
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

function serve(root, port, host = '127.0.0.1') {
  root = path.resolve(root);
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
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
