// Vite plugin: writes precache.json beside index.html, listing every file the build put in assets/.
// src/app/serviceWorker.ts hands the list to public/sw.js after the first visit, so that parts loaded only
// on demand (the exporters, the report download, the no-worker loader) work offline too, not just what the
// first visit happened to load.
export function precacheManifestPlugin() {
  return {
    name: 'chronomap-precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name.startsWith('assets/') && !name.endsWith('.map'))
        .sort()
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: `${JSON.stringify(files, null, 1)}\n` })
    },
  }
}
