/**
 * The production build as a deployer would serve it (docs/deploy.md): from a plain static server, under a
 * sub-path, with the recommended Content Security Policy. The server is scripts/serve-static.mjs, started here
 * on a free port over the build Playwright's web server made (PW_DIST).
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { ChronomapPage } from './pages/ChronomapPage'
import { startStaticServer, type StaticServer } from '../scripts/serve-static.mjs'

const DIST = process.env['PW_DIST'] ?? 'dist'
const BASE = '/history/chronomap/'
// the optional deployment config (docs/deploy.md); a host without one answers 404, and that is fine
const OPTIONAL = [/\/config\.json$/]
const TILE = readFileSync(new URL('../public/favicon.svg', import.meta.url))
// a first load from a cold cache parses the whole bundle and basemap; give a busy machine time for it
const FIRST_LOAD = { timeout: 20_000 }

let server: StaticServer

test.beforeAll(async () => {
  server = await startStaticServer({ dir: DIST, base: BASE, port: 0, frameAncestors: "'self'" })
})
test.afterAll(async () => {
  await server?.close()
})

interface Problems {
  violations: string[]
  failed: string[]
  console: string[]
  requested: string[]
}

/** Collects CSP violations (from every frame), failed or refused requests and console errors. */
async function watch(page: Page): Promise<Problems> {
  const problems: Problems = { violations: [], failed: [], console: [], requested: [] }
  await page.exposeFunction('reportCspViolation', (text: string) => problems.violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`)
    })
  })
  const optional = (url: string) => OPTIONAL.some((pattern) => pattern.test(new URL(url).pathname))
  // the page's and its workers' (the loader worker downloads the datasets)
  page.on('request', (request) => problems.requested.push(request.url()))
  page.on('requestfailed', (request) => problems.failed.push(`${request.url()}: ${request.failure()?.errorText}`))
  page.on('response', (response) => {
    if (response.status() >= 400 && !optional(response.url())) problems.failed.push(`${response.url()}: ${response.status()}`)
  })
  page.on('pageerror', (error) => problems.console.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const source = message.location().url
    if (source && optional(source)) return
    problems.console.push(message.text())
  })
  return problems
}

test('the build runs under a sub-path with the recommended CSP: no violations, no failed requests', async ({ page, externalRequests }) => {
  const problems = await watch(page)
  await page.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ body: TILE, contentType: 'image/svg+xml' }))
  const app = new ChronomapPage(page)

  const response = await page.goto(`${server.url}?e2e=1&lang=en&event=strike-kyiv-2022-10-10`)
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  await expect(app.root).toHaveAttribute('data-state', 'ready', FIRST_LOAD)
  await app.expectSelected('strike-kyiv-2022-10-10')
  expect(new URL(page.url()).pathname).toBe(BASE)

  // use it: the styles, the map, the timeline, a dialog and the online basemap all run under the policy
  await app.listRows().first().click()
  await page.getByTestId('lang-de').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await page.getByTestId('share-button').click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByTestId('basemap-select').selectOption('osm')
  await expect.poll(() => page.locator('.leaflet-tile-loaded').count()).toBeGreaterThan(0)
  await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap')

  // everything came from below the sub-path (or the tile host)
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
  const ownRequests = [...new Set([...resources, ...problems.requested])].filter((url) => !url.startsWith('data:'))
  for (const url of ownRequests) {
    if (!url.startsWith('https://tile.openstreetmap.org/')) expect(url.startsWith(server.url), url).toBe(true)
  }
  // the bundled data and basemap were among them
  expect(ownRequests.some((url) => /\/assets\/events-[\w-]+\.json$/.test(url))).toBe(true)
  expect(ownRequests.some((url) => /\/assets\/countries-[\w-]+\.json$/.test(url))).toBe(true)

  expect(problems.violations, 'CSP violations').toEqual([])
  expect(problems.failed, 'failed requests').toEqual([])
  expect(problems.console, 'console errors').toEqual([])
  expect(externalRequests).toEqual([])
})

test('the published files resolve under the sub-path: schema, link-preview image, favicon', async ({ page, request }) => {
  await page.goto(`${server.url}?e2e=1`)
  const head = await page.evaluate(() => ({
    image: document.querySelector<HTMLMetaElement>('meta[property="og:image"]')?.content ?? '',
    twitter: document.querySelector<HTMLMetaElement>('meta[name="twitter:card"]')?.content ?? '',
    title: document.querySelector<HTMLMetaElement>('meta[property="og:title"]')?.content ?? '',
    description: document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? '',
    icon: document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '',
  }))
  expect(head.title).toContain('chronomap')
  expect(head.description.length).toBeGreaterThan(40)
  expect(head.twitter).toBe('summary_large_image')

  const image = await request.get(new URL(head.image, server.url).href)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/png')
  const png = await image.body()
  // PNG header: width and height at bytes 16–23
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])

  expect((await request.get(head.icon)).status()).toBe(200)
  const schema = await request.get(`${server.url}schema/events.schema.json`)
  expect(schema.status()).toBe(200)
  expect(((await schema.json()) as { $schema?: string }).$schema).toContain('json-schema.org')

  // without its trailing slash the folder redirects, so relative asset URLs keep working
  const bare = await request.get(server.url.replace(/\/$/, '') + '?e2e=1', { maxRedirects: 0 })
  expect(bare.status()).toBe(301)
  expect(bare.headers()['location']).toBe(`${BASE}?e2e=1`)
})

test('embedding follows frame-ancestors: allowed on the same site, refused on another', async ({ browser }) => {
  // its own context: the refusal below is a CSP report, which the suite's CSP watch would count as a failure
  const context = await browser.newContext()
  const page = await context.newPage()
  const problems = await watch(page)
  const hostPage = `<!doctype html><title>Host</title><iframe src="${server.url}?embed=1&e2e=1" width="400" height="480" title="chronomap"></iframe>`

  // a page of the same site, as frame-ancestors 'self' allows
  await page.route(`${server.origin}/host.html`, (route) => route.fulfill({ contentType: 'text/html', body: hostPage }))
  await page.goto(`${server.origin}/host.html`)
  await expect(page.frameLocator('iframe').getByTestId('app')).toHaveAttribute('data-state', 'ready', FIRST_LOAD)
  expect({ violations: problems.violations, failed: problems.failed, console: problems.console }).toEqual({ violations: [], failed: [], console: [] })

  // a page of another site (another port is another origin); a real server, so the browser's checks on local
  // addresses treat it like the app's own
  const other = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage))
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done))
  const { port } = other.address() as AddressInfo
  try {
    await page.goto(`http://127.0.0.1:${port}/host.html`)
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/)
    await expect.poll(() => problems.console.join('\n')).toContain('frame-ancestors')
    await expect(page.frameLocator('iframe').getByTestId('app')).toHaveCount(0)
  } finally {
    other.closeAllConnections()
    await new Promise((done) => other.close(done))
    await context.close()
  }
})
