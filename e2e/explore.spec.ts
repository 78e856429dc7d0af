import type { Locator } from '@playwright/test'
import { test, expect } from './fixtures'
import { bundledDataset } from './data'
import { applyFilters, EMPTY_FILTERS } from '../src/store/filters'
import { selectVisibleEventIds } from '../src/store/selectors'
import { ChronomapPage } from './pages/ChronomapPage'

const dataset = bundledDataset()

async function idsOf(locator: Locator) {
  return locator.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''))
}

test('a combination of filters reduces the map, the timeline and the list to the same set', async ({ app, page }) => {
  await app.open()
  await page.getByTestId('search').fill('kyiv')
  await app.legend.locator('li[data-category="infrastructure"] input').uncheck()
  await page.locator('.filters-more summary').click()
  await page.getByTestId('filter-to').fill('2022-10-12')

  const expected = applyFilters(dataset.events, {
    ...EMPTY_FILTERS,
    search: 'kyiv',
    categories: dataset.categories.map((c) => c.id).filter((id) => id !== 'infrastructure'),
    to: Date.UTC(2022, 9, 13) - 1,
  }).map((e) => e.id)
  expect(expected.length).toBeGreaterThan(1)
  expect(expected.length).toBeLessThan(dataset.events.length / 2)

  await expect(app.listRows()).toHaveCount(expected.length)
  expect(new Set(await idsOf(app.listRows()))).toEqual(new Set(expected))
  expect(new Set(await idsOf(app.timelineItems()))).toEqual(new Set(expected))
  const placed = dataset.events.filter((e) => e.place && expected.includes(e.id)).map((e) => e.id)
  expect(new Set(await app.placedEventIds())).toEqual(new Set(placed))
  const inWindow = selectVisibleEventIds(dataset.events.filter((e) => expected.includes(e.id)), null).size
  await expect(app.visibleCount).toHaveText(`${inWindow} of ${dataset.events.length} events`)

  // the category counts show what each category would add under the other filters
  await expect(app.legend.locator('li[data-category="infrastructure"] .legend-count')).not.toHaveText('0')

  // one click clears everything
  await page.getByTestId('clear-filters').click()
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect(page.getByTestId('search')).toHaveValue('')
  await expect(app.visibleCount).toHaveText(`${dataset.events.length} of ${dataset.events.length} events`)
  await expect(page.getByTestId('clear-filters')).toBeDisabled()
})

test("each category's count is what it would show under the other filters, whatever the categories chosen", async ({ app, page }) => {
  await app.open()
  const expectCounts = async (search: string) => {
    const passing = applyFilters(dataset.events, { ...EMPTY_FILTERS, search })
    for (const category of dataset.categories) {
      const count = passing.filter((e) => e.category === category.id).length
      await expect(app.legend.locator(`li[data-category="${category.id}"] .legend-count`)).toHaveText(String(count))
    }
  }
  await page.getByTestId('search').fill('ukraine')
  await expectCounts('ukraine')
  // a category filter changes the shown events, not the counts; nor does taking it back
  await app.legend.locator('li[data-category="infrastructure"] input').uncheck()
  await expectCounts('ukraine')
  // a search made while a category is left out still counts that category
  await page.getByTestId('search').fill('kyiv')
  await expectCounts('kyiv')
  await app.legend.locator('li[data-category="infrastructure"] input').check()
  await expectCounts('kyiv')
  await page.getByTestId('search').fill('strike')
  await expectCounts('strike')
})

test('tags filter all views', async ({ app, page }) => {
  await app.open()
  await page.locator('.filters-more summary').click()
  const tag = page.locator('.tag[data-tag="nato"]')
  await tag.click()
  await expect(tag).toHaveAttribute('aria-pressed', 'true')
  const expected = dataset.events.filter((e) => e.tags.includes('nato')).map((e) => e.id)
  expect(expected.length).toBeGreaterThan(1)
  expect(new Set(await idsOf(app.listRows()))).toEqual(new Set(expected))
  await expect(app.timelineItems()).toHaveCount(expected.length)
})

test('a copied link restores the same view in a fresh browser', async ({ app, page, browser }) => {
  await app.open({ lang: 'de' })
  await page.getByTestId('search').fill('Raketen')
  await app.legend.locator('li[data-category="missile-strike"] input').uncheck()
  await app.listRows().first().click()
  const selected = await app.detail.getAttribute('data-event-id')
  await page.getByTestId('basemap-select').selectOption('offline')
  const before = await app.urlParam('map')
  await app.map.getByRole('button', { name: 'Vergrößern' }).click()
  // the address has the zoomed view (it is written a frame after each change: the selection's view may come first),
  // and keeps it; the link and the view it names are read from the same address
  await expect.poll(() => app.urlParam('map')).not.toBe(before)
  await expect
    .poll(async () => {
      const address = page.url()
      await page.waitForTimeout(300)
      return page.url() === address
    })
    .toBe(true)
  const link = page.url()
  const mapParam = new URL(link).searchParams.get('map')
  expect(mapParam).not.toBeNull()
  const listed = await idsOf(app.listRows())
  const count = await app.visibleCount.innerText()

  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Berlin', viewport: page.viewportSize() })
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.fallback() : route.abort()))
  const fresh = new ChronomapPage(await context.newPage())
  await fresh.page.goto(link)
  await expect(fresh.root).toHaveAttribute('data-state', 'ready')
  await expect(fresh.page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(fresh.page.getByTestId('search')).toHaveValue('Raketen')
  await expect(fresh.legend.locator('li[data-category="missile-strike"] input')).not.toBeChecked()
  expect(await idsOf(fresh.listRows())).toEqual(listed)
  await expect(fresh.visibleCount).toHaveText(count)
  await fresh.expectSelected(selected!)
  // the same map view, to within a pixel (Leaflet snaps the centre to whole pixels)
  const [lat0, lon0, zoom0] = mapParam!.split(',').map(Number) as [number, number, number]
  const [lat1, lon1, zoom1] = (await fresh.urlParam('map'))!.split(',').map(Number) as [number, number, number]
  const pixel = 360 / (256 * 2 ** zoom0)
  expect(zoom1).toBe(zoom0)
  expect(Math.abs(lon1 - lon0)).toBeLessThanOrEqual(pixel)
  expect(Math.abs(lat1 - lat0)).toBeLessThanOrEqual(pixel)
  expect(await fresh.urlParam('from')).toBe(await app.urlParam('from'))
  await context.close()
})

test('Back undoes a filter step', async ({ app, page }) => {
  await app.open()
  await app.legend.locator('li[data-category="diplomacy"] input').uncheck()
  await expect(app.listRows()).toHaveCount(dataset.events.filter((e) => e.category !== 'diplomacy').length)
  await page.goBack()
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect(app.legend.locator('li[data-category="diplomacy"] input')).toBeChecked()
})

test('every event at the same place in Kyiv can be selected from the map', async ({ app }) => {
  await app.open()
  const kyiv = dataset.events.filter((e) => e.place && Math.abs(e.place.lat - 50.4547) < 1e-4 && Math.abs(e.place.lon - 30.5238) < 1e-4)
  expect(kyiv.length).toBeGreaterThan(4)
  for (const event of kyiv) {
    const marker = await app.revealMarker(event.id)
    await marker.click()
    await app.expectSelected(event.id)
  }
  // the open group shows every one of them at once, apart from each other
  const boxes = await Promise.all(kyiv.map(async (e) => (await app.marker(e.id).boundingBox())!))
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      const distance = Math.hypot(boxes[a]!.x - boxes[b]!.x, boxes[a]!.y - boxes[b]!.y)
      expect(distance).toBeGreaterThan(14)
    }
  }
})

test('a group opens with the keyboard', async ({ app, page }) => {
  await app.open()
  await expect.poll(() => app.urlParam('map')).not.toBeNull()
  const zoomBefore = Number((await app.urlParam('map'))!.split(',')[2])
  const group = app.clusterOf('strike-kyiv-2022-10-10').first()
  await expect(group).toHaveAttribute('role', 'button')
  await group.focus()
  await page.keyboard.press('Enter')
  // the map zoomed in on the group (or, at the deepest zoom, spread it out)
  await expect
    .poll(async () => Number((await app.urlParam('map'))!.split(',')[2]) > zoomBefore || (await app.map.locator('.cm-cluster.is-expanded').count()) > 0)
    .toBe(true)
})
