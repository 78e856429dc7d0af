import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { bundledDataset } from './data'

const dataset = bundledDataset()
const placed = dataset.events.filter((e) => e.place)

test('first load shows every event on the map, the timeline and the list', async ({ app, page }) => {
  await app.open()
  // every placed event is on the map once: as a marker or inside a group with a count
  expect(await app.placedEventCount()).toBe(placed.length)
  await expect(app.timelineItems()).toHaveCount(dataset.events.length)
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect(app.visibleCount).toHaveText(`${dataset.events.length} of ${dataset.events.length} events`)
  // one timeline instance, despite React's StrictMode double mount
  await expect(page.locator('[data-testid=timeline] > .vis-timeline')).toHaveCount(1)
  await expect(app.alerts).toHaveCount(0)
  await expect(app.root).not.toHaveAttribute('data-view-error')
})

test('the bundled dataset renders every one of its events, each in the right views', async ({ app }) => {
  await app.open()
  const markerIds = await app.placedEventIds()
  expect(markerIds).toHaveLength(placed.length)
  const itemIds = await app.timelineItems().evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')))
  const rowIds = await app.listRows().evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')))
  expect(new Set(markerIds)).toEqual(new Set(placed.map((e) => e.id)))
  expect(new Set(itemIds)).toEqual(new Set(dataset.events.map((e) => e.id)))
  expect(rowIds).toEqual(dataset.events.map((e) => e.id))
  // an event without a place is on the timeline and in the list, never a pin
  const placeless = dataset.events.filter((e) => !e.place)
  expect(placeless.length).toBeGreaterThan(0)
  for (const event of placeless) {
    await expect(app.marker(event.id)).toHaveCount(0)
    await expect(app.listRow(event.id)).toContainText('no place')
  }
})

const BASEMAP = '.leaflet-basemap-pane canvas.cm-basemap'
/** the country fill (src/map/OfflineBasemap.tsx) */
const LAND = [238, 240, 230, 255]

/** The basemap canvas's colour at a point of the page, read from the canvas itself (markers above it do not count). */
function basemapPixel(page: Page, x: number, y: number): Promise<number[]> {
  return page.locator(BASEMAP).evaluate(
    (canvas: HTMLCanvasElement, [px = 0, py = 0]) => {
      const box = canvas.getBoundingClientRect()
      const ratio = canvas.width / box.width
      const data = canvas.getContext('2d')?.getImageData(Math.round((px - box.left) * ratio), Math.round((py - box.top) * ratio), 1, 1).data
      return data ? [...data] : []
    },
    [x, y],
  )
}

async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('map').locator('.leaflet-container').boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

test('the offline basemap draws the countries without any tile server', async ({ app, page }) => {
  await app.open()
  await expect(page.locator(BASEMAP)).toHaveAttribute('data-resolution', '110m')
  expect(Number(await page.locator(BASEMAP).getAttribute('data-shapes'))).toBeGreaterThan(150)
  await expect(page.locator('.leaflet-tile')).toHaveCount(0)
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth')
})

test('the basemap draws coarse outlines for the world and detailed ones once zoomed in', async ({ app, page }) => {
  await app.open()
  await expect(page.locator(BASEMAP)).toHaveAttribute('data-resolution', '110m')
  // zoomed to a region (zoom 6 over Kyiv): the 1:50m ones replace them
  await app.open({ map: '50.45,30.52,6' })
  await expect(page.locator(BASEMAP)).toHaveAttribute('data-resolution', '50m')
  expect(Number(await page.locator(BASEMAP).getAttribute('data-shapes'))).toBeGreaterThan(150)
})

test('the basemap lies where Leaflet puts places, and follows the map when it is dragged', async ({ app, page }) => {
  // the middle of the Black Sea: no country under the map's centre
  await app.open({ map: '43.2,34,6' })
  const centre = await mapCentre(page)
  await expect.poll(() => basemapPixel(page, centre.x, centre.y)).toEqual([0, 0, 0, 0])
  // Kyiv, on land, and again after a drag: the canvas is redrawn over the whole map, Kyiv moved with the drag
  await app.open({ map: '50.45,30.52,6' })
  await expect.poll(() => basemapPixel(page, centre.x, centre.y)).toEqual(LAND)
  await page.mouse.move(centre.x, centre.y)
  await page.mouse.down()
  await page.mouse.move(centre.x + 80, centre.y + 60, { steps: 4 })
  await page.mouse.move(centre.x + 160, centre.y + 120, { steps: 4 })
  await page.mouse.up()
  const map = (await page.getByTestId('map').locator('.leaflet-container').boundingBox())!
  await expect.poll(async () => page.locator(BASEMAP).evaluate((canvas) => [canvas.getBoundingClientRect().left, canvas.getBoundingClientRect().top])).toEqual([map.x, map.y])
  await expect.poll(() => basemapPixel(page, centre.x + 160, centre.y + 120)).toEqual(LAND)
})

test('during an animated zoom the basemap stays under the markers', async ({ app, page }) => {
  // without ?e2e=1 and with motion allowed, the map animates its zooms
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto('/?lang=en')
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  await expect(page.locator(BASEMAP)).toHaveAttribute('data-resolution', '110m')
  // the zoom animation's picture without its CSS transition: what it shows from its first frame to its last
  await page.locator('.leaflet-zoom-animated').evaluateAll((elements) => elements.forEach((element) => ((element as HTMLElement).style.transition = 'none')))
  const during = page.evaluate(
    () =>
      new Promise<{ washington: number[]; kyiv: number[]; atlantic: number[] }>((resolve) => {
        const pane = document.querySelector('.leaflet-map-pane') as HTMLElement
        const pixel = (x: number, y: number) => {
          const canvas = document.querySelector('canvas.cm-basemap') as HTMLCanvasElement
          const box = canvas.getBoundingClientRect()
          const data = canvas.getContext('2d')?.getImageData(Math.round(((x - box.left) * canvas.width) / box.width), Math.round(((y - box.top) * canvas.height) / box.height), 1, 1).data
          return data ? [...data] : []
        }
        const centre = (element: Element | null) => {
          const box = element!.getBoundingClientRect()
          return [box.left + box.width / 2, box.top + box.height / 2] as const
        }
        // once the animation has started: every layer has moved to where the new zoom puts it
        new MutationObserver((_, observer) => {
          if (!pane.classList.contains('leaflet-zoom-anim')) return
          observer.disconnect()
          const [wx, wy] = centre(document.querySelector('.leaflet-marker-icon[data-event-ids~="biden-statement-2022-10-10"], .leaflet-marker-icon[data-event-id="biden-statement-2022-10-10"]'))
          const [ex, ey] = centre(document.querySelector('.leaflet-marker-icon[data-event-ids~="strike-kyiv-2022-10-10"], .leaflet-marker-icon[data-event-id="strike-kyiv-2022-10-10"]'))
          // halfway from Washington to Kyiv, far out in the Atlantic
          resolve({ washington: pixel(wx, wy), kyiv: pixel(ex, ey), atlantic: pixel(wx + (ex - wx) / 3, wy + (ey - wy) / 3) })
        }).observe(pane, { attributes: true, attributeFilter: ['class'] })
      }),
  )
  await page.locator('.leaflet-control-zoom-in').click()
  const { washington, kyiv, atlantic } = await during
  // land (or a border on it) under both cities, nothing under the ocean
  expect(washington[3]).toBeGreaterThan(200)
  expect(kyiv[3]).toBeGreaterThan(200)
  expect(atlantic).toEqual([0, 0, 0, 0])
})

test("the bundled dataset is downloaded and validated in the loader worker, not on the page's thread", async ({ app, page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await app.open()
  const isDataset = (url: string) => /\/assets\/events-[\w-]+\.json$/.test(url)
  expect(requested.filter(isDataset)).toHaveLength(1)
  // the page's own requests are its resource timing entries; a worker's are not among them
  const pageRequests = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
  expect(pageRequests.filter(isDataset)).toEqual([])
})

test('markers are coloured by category and the legend names each category', async ({ app }) => {
  await app.open()
  await expect(app.legend.locator('li')).toHaveCount(dataset.categories.length)
  for (const category of dataset.categories) {
    const label = category.label['en'] ?? ''
    await expect(app.legend).toContainText(label)
    const count = dataset.events.filter((e) => e.category === category.id).length
    await expect(app.legend.locator(`li[data-category="${category.id}"] .legend-count`)).toHaveText(String(count))
  }
  // a single marker: open the group that holds Fleming's London event
  const single = await app.revealMarker('fleming-rusi-2022-10-11')
  const singleId = await single.getAttribute('data-event-id')
  const event = dataset.events.find((e) => e.id === singleId)!
  const color = dataset.categories.find((c) => c.id === event.category)!.color
  expect((await app.markLook(single)).color).toBe(color.toLowerCase())
})

test('range events are drawn as ranges on the timeline', async ({ app }) => {
  await app.open()
  const ranges = dataset.events.filter((e) => e.end)
  expect(ranges.map((e) => e.id)).toContain('steadfast-noon-2022')
  for (const event of ranges) await expect(app.timelineItem(event.id)).toHaveClass(/vis-range/)
  // widths follow the spans: Steadfast Noon covers 17–30 Oct (14 days), the ministers' meeting 12–13 Oct (2 days)
  const noon = (await app.timelineItem('steadfast-noon-2022').boundingBox())!
  const ministers = (await app.timelineItem('nato-defence-ministers-2022-10-12').boundingBox())!
  expect(noon.width / ministers.width).toBeGreaterThan(6)
  expect(noon.width / ministers.width).toBeLessThan(8)
})

test('the map fits all placed events on first load', async ({ app, page }) => {
  await app.open()
  const box = (await app.map.boundingBox())!
  for (const event of placed) {
    const marker = (await app.markerOrGroup(event.id).boundingBox())!
    expect(marker.x, event.id).toBeGreaterThanOrEqual(box.x)
    expect(marker.x + marker.width, event.id).toBeLessThanOrEqual(box.x + box.width)
    expect(marker.y, event.id).toBeGreaterThanOrEqual(box.y)
    expect(marker.y + marker.height, event.id).toBeLessThanOrEqual(box.y + box.height)
  }
  await expect(page.locator('.app')).toHaveClass(/no-motion/)
})
