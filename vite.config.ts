/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { siteUrlPlugin } from './scripts/site-url.mjs'
import { contentSecurityPolicy } from './scripts/csp.mjs'
import { precacheManifestPlugin } from './scripts/precache-manifest.mjs'
import { earlyEntryPlugin } from './scripts/early-entry.mjs'

const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

export default defineConfig({
  plugins: [react(), siteUrlPlugin(process.env['CHRONOMAP_SITE_URL']), precacheManifestPlugin(), earlyEntryPlugin()],
  // relative URLs throughout: the build runs from any folder of any static host (docs/deploy.md)
  base: './',
  // ES module workers: the loader worker's entry stays small and loads the rest on demand (docs/adr/0009)
  worker: { format: 'es' },
  build: {
    // vis-timeline + leaflet + react make one large vendor chunk; see docs/performance.md
    chunkSizeWarningLimit: 1500,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // the production policy; docs/security.md explains each directive and how to send it from static hosts
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
})
