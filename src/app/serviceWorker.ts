/**
 * Registers public/sw.js (offline support, docs/security.md "Offline") in the production build. Service workers
 * need a secure context: https, or http on localhost / 127.0.0.1.
 */
import { whenSettled } from './settled'

/** The build's files from precache.json (scripts/precache-manifest.mjs); none if it cannot be read. */
async function buildFiles(): Promise<string[]> {
  try {
    const response = await fetch('precache.json', { credentials: 'omit' })
    const files: unknown = response.ok ? await response.json() : []
    return Array.isArray(files) ? files.filter((file): file is string => typeof file === 'string').map((file) => new URL(file, location.href).href) : []
  } catch {
    return []
  }
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return
  const register = () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(async (registration) => {
        // what this first visit loaded before the worker was in control (scripts, styles, basemap, dataset), and
        // every other file of the build, listed in precache.json (parts that load on demand); the page itself
        // is cached by the worker's install step
        const loaded = performance.getEntriesByType('resource').map((entry) => entry.name)
        const urls = [...loaded, ...(await buildFiles())].filter((url) => new URL(url).origin === location.origin)
        registration.active?.postMessage({ type: 'cache-urls', urls: [...new Set(urls)] })
      })
      .catch((error: unknown) => {
        // no offline support (e.g. blocked by the browser); the app works as before
        console.warn('offline support is not available', error)
      })
  }
  // installing the worker (its thread, its script, the first files it caches) would compete with the first visit
  const afterLoad = () => void whenSettled(10_000).then(register)
  if (document.readyState === 'complete') afterLoad()
  else window.addEventListener('load', afterLoad, { once: true })
}
