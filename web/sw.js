// Offline support: the app is a handful of static files. Install caches them all; every
// request for them is answered from the cache first. The cache name carries the build's hash,
// so a new build installs a new cache and the old one is deleted on activate.
const CACHE = 'stempush-__BUILD_HASH__';
const FILES = ['./', 'index.html', 'style.css', 'loader.js', 'app.js', 'app.wasm', 'manifest.webmanifest', 'icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('stempush-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request)));
});
