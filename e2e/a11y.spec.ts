/**
 * Accessibility: axe finds no serious or critical WCAG 2.1 A/AA violation on any screen, and the keyboard alone
 * reaches every control with a visible focus. Automated checks catch only part of the problems; the keyboard walk
 * covers what axe cannot.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { bundledDataset } from './data'

const dataset = bundledDataset()

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)
  expect(serious, `axe on ${screen}`).toEqual([])
}

test('axe: first load', async ({ app, page }) => {
  await app.open()
  await expectNoSeriousViolations(page, 'first load')
})

test('axe: an event selected', async ({ app, page }) => {
  await app.open()
  const id = dataset.events[4]!.id
  await app.listRow(id).click()
  await app.expectSelected(id)
  await expectNoSeriousViolations(page, 'selected')
})

test('axe: filtered by a search', async ({ app, page }) => {
  await app.open()
  await page.getByTestId('search').fill('Kyiv')
  await expect(app.listRows().first()).toBeVisible()
  await expectNoSeriousViolations(page, 'filtered')
})

test('axe: German interface', async ({ app, page }) => {
  await app.open({ lang: 'de' })
  await expectNoSeriousViolations(page, 'German')
})

test('axe: present mode', async ({ app, page }) => {
  await app.open({ present: '1' })
  await expect(page.getByTestId('presenter')).toBeVisible()
  await expectNoSeriousViolations(page, 'present mode')
})

test('axe: the import dialog', async ({ app, page }) => {
  await app.open()
  await page.getByTestId('import-open').click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoSeriousViolations(page, 'import dialog')
})

test('axe: the error state', async ({ page }) => {
  await page.route('**/assets/events-2022-10-*.json', (route) => route.fulfill({ body: '{"version": 1, "events": [' }))
  await page.goto('/?e2e=1')
  await expect(page.getByTestId('app')).toHaveAttribute('data-state', 'error')
  await expectNoSeriousViolations(page, 'error state')
})

/** Tabs forward until focus comes back round; returns a description of each stop. */
async function tabWalk(page: Page, max = 400): Promise<{ key: string; visibleFocus: boolean }[]> {
  const stops: { key: string; visibleFocus: boolean }[] = []
  await page.locator('body').click({ position: { x: 1, y: 1 } })
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const style = getComputedStyle(el)
      const visibleFocus =
        el.matches(':focus-visible') && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none')
      const id = el.getAttribute('data-testid') ?? el.getAttribute('data-event-id') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''
      const where = el.closest('[data-testid="map"]') ? 'map' : el.closest('.cm-timeline') ? 'timeline' : el.closest('header') ? 'header' : el.closest('[data-testid="filters"]') ? 'filters' : el.closest('[data-testid="event-list"]') ? 'list' : 'other'
      return { key: `${where}:${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''}:${id}`, visibleFocus }
    })
    if (!stop) continue
    if (stops.length > 0 && stop.key === stops[0]!.key) break
    stops.push(stop)
  }
  return stops
}

test('keyboard: Tab reaches every kind of control, each with a visible focus', async ({ app, page }) => {
  await app.open()
  const stops = await tabWalk(page)
  const keys = stops.map((s) => s.key)
  const reached = (pattern: RegExp) => expect(keys.some((k) => pattern.test(k)), `${pattern} in ${keys.join('\n')}`).toBe(true)
  reached(/^header:select:basemap-select/)
  reached(/^header:button\[button\]:lang-de/)
  reached(/^header:button\[button\]:lang-en/)
  reached(/^filters:input\[search\]:search/)
  reached(/^filters:input\[checkbox\]/)
  reached(/^list:/)
  reached(/^map:div:/) // markers and groups are focusable buttons
  reached(/^map:a:/) // the zoom controls
  reached(/^timeline:/)
  const invisible = stops.filter((s) => !s.visibleFocus).map((s) => s.key)
  expect(invisible, 'controls whose focus cannot be seen').toEqual([])
})

test('keyboard: the list, a marker and Escape work without a mouse', async ({ app, page }) => {
  await app.open()
  await app.list.focus()
  await page.keyboard.press('Home')
  const first = dataset.events[0]!.id
  await app.expectSelected(first)
  await page.keyboard.press('ArrowDown')
  await app.expectSelected(dataset.events[1]!.id)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('detail-empty')).toBeVisible()

  const placed = dataset.events.find((e) => e.place)!
  const marker = await app.revealMarker(placed.id)
  await expect(marker).toHaveAttribute('aria-label', /.+/)
  await marker.focus()
  await page.keyboard.press('Enter')
  await expect(app.detail).toHaveAttribute('data-event-id', placed.id)
})

test('markers, groups and timeline items have accessible names', async ({ app }) => {
  await app.open()
  const unnamedMarkers = await app.map
    .locator('.leaflet-marker-icon[role="button"]')
    .evaluateAll((els) => els.filter((el) => !(el.getAttribute('aria-label') ?? '').trim()).length)
  expect(unnamedMarkers).toBe(0)
  const items = await app.timelineItems().evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim()))
  expect(items.length).toBe(dataset.events.length)
  for (const name of items) expect(name.length).toBeGreaterThan(0)
})
