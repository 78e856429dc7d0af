import { defineConfig, devices } from '@playwright/test'
import { resolveChromium } from './e2e/browser.mjs'

// PW_PORT / PW_DIST let several checkouts or people run the suite side by side
const PORT = Number(process.env['PW_PORT'] ?? 4173)
const DIST = process.env['PW_DIST'] ?? 'dist'

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: {
    timeout: 7_000,
    // e2e/visual.spec.ts: rendering noise passes, a changed layout does not. Measured here: at most 6 pixels
    // differ between runs (anti-aliasing of timeline items at sub-pixel positions); 0.2 % is ~2600 of 1440×900.
    toHaveScreenshot: { maxDiffPixelRatio: 0.002, threshold: 0.2, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  // baselines without the platform in their names: CI runs the same system Chromium on the same platform
  snapshotPathTemplate: '{testDir}/{testFilePath}-snapshots/{arg}-{projectName}{ext}',
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: resolveChromium(),
    // the offline service worker would answer requests that tests route themselves; e2e/offline.spec.ts allows it
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', testIgnore: ['**/mobile.spec.ts', '**/visual-mobile.spec.ts'], use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
    // a phone-sized touch screen (docs/security.md#mobile): only the mobile checks and the phone screenshots run here
    {
      name: 'mobile',
      testMatch: ['**/mobile.spec.ts', '**/visual-mobile.spec.ts'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: {
    // the suite runs against the production build
    command: `npx vite build --outDir ${DIST} --emptyOutDir && npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
