/**
 * Categories differ by shape as well as colour (Okabe–Ito colours plus eight shapes), so a reader who cannot tell
 * the colours apart still tells the categories apart: on the map, in the legend, the list, the detail panel, the
 * timeline's category rows, the presenter's card and the handout's maps.
 */
import { test, expect } from './fixtures'
import { bundledDataset } from './data'
import type { Category } from '../src/data/model'

const dataset = bundledDataset()
const categoryOf = new Map(dataset.categories.map((c) => [c.id, c]))
/** corners of each drawn outline (src/lib/markShapes.ts); 0 = a circle */
const CORNERS: Record<Category['shape'], number> = { circle: 0, square: 4, diamond: 4, triangle: 3, 'triangle-down': 3, pentagon: 5, hexagon: 6, star: 10 }

function expected(category: Category) {
  return { shape: category.shape, color: category.color.toLowerCase(), corners: CORNERS[category.shape] }
}

test('the legend draws each category in its own shape and colour', async ({ app }) => {
  await app.open()
  // eight shapes: every category has one of its own until there are more than eight
  const shapes = new Set(dataset.categories.map((c) => c.shape))
  expect(shapes.size).toBe(Math.min(8, dataset.categories.length))
  for (const category of dataset.categories) {
    await expect(app.legendMark(category.id)).toBeVisible()
    expect(await app.markLook(app.legendMark(category.id)), category.id).toEqual(expected(category))
  }
  // the shapes look different, not only named differently: outlines with different corners or directions
  const looks = await Promise.all(dataset.categories.slice(0, 8).map((c) => app.legendMark(c.id).locator('path').getAttribute('d')))
  expect(new Set(looks).size).toBe(Math.min(8, dataset.categories.length))
})

test("every marker on the map has its category's shape and colour, selected or not", async ({ app, page }) => {
  // zoomed in on Europe: single markers of several categories
  await app.open({ map: '51,20,5' })
  const markers = await app.markers().all()
  expect(markers.length).toBeGreaterThan(3)
  const seen = new Set<string>()
  for (const marker of markers) {
    const id = (await marker.getAttribute('data-event-id'))!
    const category = categoryOf.get(dataset.events.find((e) => e.id === id)!.category)!
    expect(await app.markLook(marker), id).toEqual(expected(category))
    seen.add(category.shape)
  }
  expect(seen.size).toBeGreaterThan(2)

  // one event of each category, selected from the list: the selected event always has its own marker
  for (const category of dataset.categories) {
    const event = dataset.events.find((e) => e.category === category.id && e.place)
    if (!event) continue
    await app.listRow(event.id).click()
    const marker = app.marker(event.id)
    await expect(marker).toHaveClass(/is-selected/)
    expect(await app.markLook(marker), category.id).toEqual(expected(category))
    // the list row and the detail panel show the same mark
    expect(await app.markLook(app.listRow(event.id).locator('.category-mark'))).toEqual(expected(category))
    expect(await app.markLook(app.detail.locator('.category-mark'))).toEqual(expected(category))
  }
  await expect(page.locator('.cm-marker:not([data-shape])')).toHaveCount(0)
})

test("the timeline's category rows carry their category's shape", async ({ app, page }) => {
  await app.open({ rows: 'category' })
  for (const category of dataset.categories) {
    const mark = page.locator(`.cm-row-toggle[data-category="${category.id}"] .cm-item-mark`)
    expect(await app.markLook(mark), category.id).toEqual(expected(category))
  }
})

test("every timeline item shows its category's shape beside its title", async ({ app }) => {
  await app.open()
  for (const category of dataset.categories) {
    const event = dataset.events.find((e) => e.category === category.id)
    if (!event) continue
    const mark = app.timelineItem(event.id).locator('.cm-item-mark')
    expect(await app.markLook(mark), event.id).toEqual(expected(category))
  }
})

test("the presenter's card and the handout's maps show the category's shape", async ({ app, page }) => {
  await app.open({ present: '1' })
  const id = (await page.getByTestId('presenter').getAttribute('data-event-id'))!
  const category = categoryOf.get(dataset.events.find((e) => e.id === id)!.category)!
  expect(await app.markLook(page.getByTestId('present-card').locator('.category-mark'))).toEqual(expected(category))

  await page.getByTestId('handout-button').click()
  const handout = page.getByTestId('handout')
  const marks = handout.locator('svg.minimap path.minimap-dot')
  await expect(marks.first()).toBeVisible()
  for (const mark of await marks.all()) {
    const eventId = (await mark.evaluate((el) => el.closest('li')?.getAttribute('data-event-id')))!
    const own = categoryOf.get(dataset.events.find((e) => e.id === eventId)!.category)!
    expect(await app.markLook(mark), eventId).toEqual(expected(own))
  }
})
