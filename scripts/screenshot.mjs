// Takes screenshots of the built app for a human look: node scripts/screenshot.mjs <url-path> <out.png> [width] [height]
import { chromium } from '@playwright/test'
import { resolveChromium } from '../e2e/browser.mjs'

const [, , path = '/', out = 'test-results/screenshot.png', width = '1440', height = '900'] = process.argv
const browser = await chromium.launch(resolveChromium())
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, timezoneId: 'Europe/Berlin', locale: 'en-GB' })
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`) })
page.on('pageerror', (e) => console.log(`[pageerror] ${e}`))
await page.goto(`${process.env.BASE ?? 'http://127.0.0.1:4173'}${path}`)
await page.locator('[data-testid=app][data-state=ready]').waitFor({ timeout: 15000 }).catch((e) => console.log('not ready', e.message))
await page.waitForTimeout(500)
await page.screenshot({ path: out })
console.log('state', await page.locator('[data-testid=app]').getAttribute('data-state'))
await browser.close()
