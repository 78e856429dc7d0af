/**
 * Phone-sized screens (the `mobile` project, 390×844, touch): map and timeline stacked, main controls large enough
 * to touch (44×44 CSS px, WCAG 2.5.5), and nothing wider than the screen.
 */
import type { Locator } from '@playwright/test'
import { test, expect } from './fixtures'
import { bundledDataset } from './data'

const dataset = bundledDataset()
const TOUCH = 44

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error(`${locator} has no box`)
  return b
}

test('map above timeline, both full width', async ({ app, page }) => {
  await app.open()
  const viewport = page.viewportSize()!
  const map = await box(app.map)
  const timeline = await box(page.locator('.cm-timeline'))
  expect(map.y + map.height).toBeLessThanOrEqual(timeline.y + 1)
  for (const b of [map, timeline]) {
    expect(b.x).toBeGreaterThanOrEqual(0)
    expect(b.x + b.width).toBeLessThanOrEqual(viewport.width + 0.5)
    expect(b.width).toBeGreaterThan(viewport.width * 0.9)
    expect(b.height).toBeGreaterThan(150)
  }
})

test('no horizontal scrolling, on first load and with an event selected', async ({ app, page }) => {
  await app.open()
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(await overflow()).toBeLessThanOrEqual(0)
  const id = dataset.events[4]!.id
  await app.listRow(id).scrollIntoViewIfNeeded()
  await app.listRow(id).tap()
  await expect(app.detail).toHaveAttribute('data-event-id', id)
  expect(await overflow()).toBeLessThanOrEqual(0)
})

test('the main controls are at least 44×44 px', async ({ app, page }) => {
  await app.open()
  const controls = page.locator(
    [
      'header button:visible',
      'header select:visible',
      '[data-testid="search"]',
      '[data-testid="clear-filters"]',
      '[data-testid="timeline-rows"]',
      '.leaflet-control-zoom a',
    ].join(', '),
  )
  const count = await controls.count()
  expect(count).toBeGreaterThan(5)
  const small: string[] = []
  for (const control of await controls.all()) {
    const b = await box(control)
    if (b.width < TOUCH - 0.5 || b.height < TOUCH - 0.5) {
      small.push(`${await control.evaluate((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('data-testid') ?? el.className}`)}: ${b.width.toFixed(0)}×${b.height.toFixed(0)}`)
    }
  }
  expect(small, 'controls smaller than a fingertip').toEqual([])
})

test('a tap on a list row selects the event in every view', async ({ app }) => {
  await app.open()
  const id = dataset.events[2]!.id
  await app.listRow(id).scrollIntoViewIfNeeded()
  await app.listRow(id).tap()
  await app.expectSelected(id)
})
