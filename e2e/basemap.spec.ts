import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'

// A local stand-in for map tiles: the test answers tile requests itself, nothing leaves the machine.
const TILE = readFileSync(new URL('../public/favicon.svg', import.meta.url))

test('OpenStreetMap tiles are off by default and can be switched on, with attribution', async ({ app, page }) => {
  const tileRequests: string[] = []
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    tileRequests.push(route.request().url())
    return route.fulfill({ body: TILE, contentType: 'image/svg+xml' })
  })
  await app.open()
  await expect(page.locator('.leaflet-tile')).toHaveCount(0)
  expect(tileRequests).toEqual([])

  await page.getByTestId('basemap-select').selectOption('osm')
  await expect.poll(() => page.locator('.leaflet-tile').count()).toBeGreaterThan(0)
  await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap')
  expect(tileRequests.length).toBeGreaterThan(0)

  await page.getByTestId('basemap-select').selectOption('offline')
  await expect(page.locator('.leaflet-tile')).toHaveCount(0)
})
