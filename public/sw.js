/*
 * chronomap's service worker: after one visit, the app shell, the bundled basemap and the bundled dataset work
 * with no network (docs/security.md, "Offline"). Hand-made rather than generated: it caches only this origin,
 * never map tiles from other hosts (the OpenStreetMap tile policy forbids bulk caching) and never `?data=` URLs.
 *
 * - pages: network first, the cached shell when offline (so a new deploy is picked up at once);
 * - everything else from this origin: cache first (Vite's assets carry a content hash, so they never go stale).
 * Bump VERSION when this file's caching rules change: old caches are dropped on activation.
 */
const VERSION = 1
const CACHE = `chronomap-v${VERSION}`
const SHELL = './'

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(SHELL))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('chronomap-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

function sameOrigin(url) {
  try {
    return new URL(url, self.location.href).origin === self.location.origin
  } catch {
    return false
  }
}

function worthKeeping(response) {
  return response && response.ok && response.type === 'basic'
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE)
  // ignoreVary: `vite preview` and many hosts send `Vary: Origin`, and module scripts (crossorigin) carry an Origin
  const cached = await cache.match(request, { ignoreVary: true })
  if (cached) return cached
  const response = await fetch(request)
  if (worthKeeping(response)) await cache.put(request, response.clone())
  return response
}

async function networkFirstPage(request) {
  const cache = await caches.open(CACHE)
  try {
    const response = await fetch(request)
    if (worthKeeping(response)) await cache.put(SHELL, response.clone())
    return response
  } catch (error) {
    const cached = (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ?? (await cache.match(SHELL))
    if (cached) return cached
    throw error
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET' || !sameOrigin(request.url)) return
  if (request.mode === 'navigate') event.respondWith(networkFirstPage(request))
  else event.respondWith(cacheFirst(request))
})

// the page lists what it loaded before this worker took control (src/app/serviceWorker.ts)
self.addEventListener('message', (event) => {
  const data = event.data
  if (!data || data.type !== 'cache-urls' || !Array.isArray(data.urls)) return
  const urls = data.urls.filter((url) => typeof url === 'string' && sameOrigin(url))
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        urls.map((url) =>
          cache.match(url, { ignoreVary: true }).then((hit) =>
            hit
              ? undefined
              : fetch(url, { credentials: 'same-origin' })
                  .then((response) => (worthKeeping(response) ? cache.put(url, response) : undefined))
                  .catch(() => undefined),
          ),
        ),
      ),
    ),
  )
})
