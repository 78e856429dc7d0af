// Finds a Chromium for Playwright: $CHROMIUM_PATH, else the system /usr/bin/chromium
// (Debian's package), else Playwright's own download. Fails with a clear message when none exists.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`)
    return fromEnv
  }
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path))
  if (system) return system
  let bundled
  try {
    bundled = chromium.executablePath()
  } catch {
    bundled = undefined
  }
  if (bundled && existsSync(bundled)) return bundled
  throw new Error(
    'No Chromium found for the browser tests. Set CHROMIUM_PATH to a Chromium or Chrome binary, ' +
      'install Debian\'s package (apt-get install -y chromium), or run "npx playwright install chromium".',
  )
}

/** Launch options for chromium.launch() and Playwright's `use.launchOptions`. */
export function resolveChromium() {
  return { executablePath: findChromium(), args: CHROMIUM_ARGS }
}
