/**
 * Registers public/sw.js (offline support, docs/security.md "Offline") in the production build. Service workers
 * need a secure context: https, or http on localhost / 127.0.0.1.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return
  const register = () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // what this first visit loaded before the worker was in control: the scripts, styles, basemap, dataset
        // (the page itself is cached by the worker's install step)
        const urls = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => new URL(url).origin === location.origin)
        registration.active?.postMessage({ type: 'cache-urls', urls })
      })
      .catch((error: unknown) => {
        // no offline support (e.g. blocked by the browser); the app works as before
        console.warn('offline support is not available', error)
      })
  }
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
