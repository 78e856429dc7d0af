/**
 * Offline: after one visit, the app, its bundled basemap and the bundled dataset work with no network
 * (public/sw.js, registered by src/app/serviceWorker.ts). The rest of the suite blocks service workers.
 */
import { test, expect } from './fixtures'
import { bundledDataset } from './data'

test.use({ serviceWorkers: 'allow' })

const dataset = bundledDataset()

test('after one visit the app, its basemap and its data load with no network', async ({ app, page, context }) => {
  await app.open()
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  await page.reload()
  await expect(app.root).toHaveAttribute('data-state', 'ready')

  await context.setOffline(true)
  await page.reload()
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect.poll(async () => Number(await page.locator('.leaflet-basemap-pane canvas.cm-basemap').getAttribute('data-shapes'))).toBeGreaterThan(150)
  const id = dataset.events[3]!.id
  await app.listRow(id).click()
  await app.expectSelected(id)
  // parts that load only on demand were cached too (precache.json): the exporter was never used online
  await page.getByTestId('export-open').click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()])
  expect(download.suggestedFilename()).toMatch(/\.json$/)
  // and present mode, whose code loads when it first starts
  await page.getByTestId('present-button').click()
  await expect(page.getByTestId('presenter')).toBeVisible()
  await expect(page.getByTestId('present-progress')).toContainText('Step 1 of')
  await context.setOffline(false)
})

test('the service worker leaves other hosts alone: OpenStreetMap tiles are not cached', async ({ page }) => {
  await page.goto('/?e2e=1')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys()
    const urls: string[] = []
    for (const key of keys) for (const request of await (await caches.open(key)).keys()) urls.push(request.url)
    return { keys, urls }
  })
  expect(cached.keys.every((key) => /^chronomap-v\d+$/.test(key))).toBe(true)
  for (const url of cached.urls) expect(new URL(url).origin).toBe(new URL(page.url()).origin)
})
