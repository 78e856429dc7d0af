/**
 * A dataset too large for single timeline items: the timeline draws density bins, one histogram per row with its
 * bars on one baseline, and single items again once the window holds few enough events (src/timeline/density.ts).
 */
import type { Locator } from '@playwright/test'
import type { ChronomapPage } from './pages/ChronomapPage'
import { test, expect } from './fixtures'
import { syntheticDataset } from './data'

const CATEGORIES = ['a', 'b', 'c']

/** 3,000 events over two years, three categories, a few places. */
const largeDataset = () =>
  syntheticDataset({ count: 3000, days: 730, categories: CATEGORIES, place: (k) => ({ name: `Place ${k % 7}`, lat: 45 + (k % 7), lon: 10 + (k % 5) * 3 }) })

/** Each bar's box, read in one go. */
async function boxes(bins: Locator) {
  return bins.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })))
}

test('a large dataset is a histogram of density bins on one baseline, and single items when zoomed in', async ({ app, page }) => {
  await page.route('**/many.json', (route) => route.fulfill({ json: largeDataset() }))
  await app.open({ data: '/many.json' })
  const bins = app.timeline.locator('.vis-item.cm-bin')
  await expect(bins.first()).toBeVisible()
  expect(await app.timeline.locator('.vis-item[data-event-id]').count()).toBe(0)

  // one row of bars: side by side, not stacked on rows of their own, every bar rising from the same baseline
  const single = await boxes(bins.locator('.cm-bin-bar'))
  expect(single.length).toBeGreaterThan(10)
  const baseline = single[0]!.bottom
  for (const bar of single) expect(Math.abs(bar.bottom - baseline)).toBeLessThanOrEqual(1)
  const byLeft = [...single].sort((a, b) => a.left - b.left)
  for (let k = 1; k < byLeft.length; k++) expect(byLeft[k]!.left).toBeGreaterThanOrEqual(byLeft[k - 1]!.right - 1)

  // a row per category: one baseline per row
  await page.getByTestId('timeline-rows').click()
  await expect(app.timeline.locator('.vis-foreground .vis-group.cm-row')).toHaveCount(CATEGORIES.length)
  const rows = await boxes(bins.locator('.cm-bin-bar'))
  const baselines = new Set(rows.map((bar) => Math.round(bar.bottom)))
  expect(baselines.size).toBeGreaterThanOrEqual(CATEGORIES.length)
  expect(baselines.size).toBeLessThanOrEqual(CATEGORIES.length * 2)

  // a window of a few days holds few enough events to draw each one
  await page.evaluate(() => (window as unknown as { chronomap: { setWindow(a: number, b: number): Promise<void> } }).chronomap.setWindow(Date.UTC(2022, 5, 1), Date.UTC(2022, 5, 4)))
  await expect(app.timeline.locator('.vis-item[data-event-id]').first()).toBeVisible()
  await expect(bins).toHaveCount(0)
})

test('a click on a density bin zooms into its slice of time; a drag that starts on one pans, and the selection stays', async ({ app, page }) => {
  await page.route('**/many.json', (route) => route.fulfill({ json: largeDataset() }))
  await app.open({ data: '/many.json' })
  const bins = app.timeline.locator('.vis-item.cm-bin')
  await expect(bins.nth(6)).toBeVisible()
  await app.listRow('e0').click()
  await expect(app.detail).toHaveAttribute('data-event-id', 'e0')
  type Window = { start: number; end: number }
  const windowOf = () => page.evaluate(() => (window as unknown as { chronomap: { state(): { window: Window | null } } }).chronomap.state().window)
  const before = (await windowOf())!

  // dragged from a bin: the window moves and keeps its width
  const box = (await bins.nth(6).boundingBox())!
  const [x, y] = [box.x + box.width / 2, box.y + box.height - 4]
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x - 120, y, { steps: 6 })
  await page.mouse.up()
  await expect.poll(async () => (await windowOf())!.start).toBeGreaterThan(before.start)
  const panned = (await windowOf())!
  expect(Math.abs(panned.end - panned.start - (before.end - before.start))).toBeLessThan(60_000)

  // clicked: the window is that bin's slice, a small part of what it was
  const bin = (await bins.nth(6).boundingBox())!
  await page.mouse.click(bin.x + bin.width / 2, bin.y + bin.height - 4)
  await expect.poll(async () => { const w = (await windowOf())!; return w.end - w.start }).toBeLessThan((panned.end - panned.start) / 10)
  await expect(app.detail).toHaveAttribute('data-event-id', 'e0')
  await expect(page).toHaveURL(/[?&]event=e0(&|$)/)
})

type AppState = { window: { start: number; end: number } | null; selectedId: string | null }
type Automation = { state(): AppState; setWindow(a: number, b: number): Promise<void> }

/** The large dataset from a link, drawn as bins; `state` and `setWindow` through window.chronomap. */
async function openLarge(app: ChronomapPage) {
  const { page } = app
  await page.route('**/many.json', (route) => route.fulfill({ json: largeDataset() }))
  await app.open({ data: '/many.json' })
  await expect(app.timeline.locator('.vis-item.cm-bin').first()).toBeVisible()
  return {
    state: () => page.evaluate(() => (window as unknown as { chronomap: Automation }).chronomap.state()),
    setWindow: (a: number, b: number) => page.evaluate(({ a, b }) => (window as unknown as { chronomap: Automation }).chronomap.setWindow(a, b), { a, b }),
  }
}

test('a selection is marked on the density bins, and one outside the window brings the window to it', async ({ app, page }) => {
  const { state, setWindow } = await openLarge(app)
  const mark = app.timeline.locator('.cm-selection-mark')
  await expect(mark).toHaveCount(0)

  // chosen in the list: no item to select while bins are drawn, so its time is marked over them
  await app.listRow('e0').click()
  await expect(mark).toBeVisible()
  await expect(mark).toHaveAttribute('data-selected-id', 'e0')
  const centre = await app.timeline.locator('.vis-panel.vis-center').boundingBox()
  const box = (await mark.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(centre!.x)
  expect(box.x + box.width).toBeLessThanOrEqual(centre!.x + centre!.width)

  // the first weeks only (still bins); the last event, chosen with End in the list, lies far outside
  await setWindow(Date.UTC(2022, 0, 1), Date.UTC(2022, 2, 1))
  await expect(app.timeline.locator('.vis-item.cm-bin').first()).toBeVisible()
  const before = (await state()).window!
  await app.list.focus()
  await page.keyboard.press('End')
  const last = (await state()).selectedId!
  expect(last).not.toBe('e0')
  const time = Date.parse((await app.listRow(last).locator('time').getAttribute('datetime'))!)
  await expect.poll(async () => {
    const w = (await state()).window!
    return w.start <= time && time <= w.end
  }).toBe(true)
  const after = (await state()).window!
  // the same width: the timeline moved, it did not zoom
  expect(Math.abs(after.end - after.start - (before.end - before.start))).toBeLessThan(60_000)
  await expect(mark).toHaveAttribute('data-selected-id', last)
  await expect(mark).toBeVisible()

  // cleared with the selection
  await page.keyboard.press('Escape')
  await expect(mark).toHaveCount(0)
})

test('Back restores the window an entry was left with, though the selected event lies outside it', async ({ app, page }) => {
  const { state, setWindow } = await openLarge(app)

  await app.listRow('e0').click()
  await expect(app.detail).toHaveAttribute('data-event-id', 'e0')
  // the reader pans to a stretch of time without e0 (1 Jan 2022), then chooses another event there
  await setWindow(Date.UTC(2023, 5, 1), Date.UTC(2023, 7, 1))
  await expect(page).toHaveURL(/from=2023-06-01/)
  await app.list.focus()
  await page.keyboard.press('End')
  await expect(page).not.toHaveURL(/event=e0\b/)

  await page.goBack()
  await expect(app.detail).toHaveAttribute('data-event-id', 'e0')
  await expect.poll(async () => (await state()).window?.start).toBe(Date.UTC(2023, 5, 1))
  // and it stays there: the timeline does not move to e0 after the fact (a move came up to a few frames later;
  // nothing to wait for when nothing moves, hence the pause)
  await page.waitForTimeout(500)
  expect((await state()).window?.start).toBe(Date.UTC(2023, 5, 1))
})

test('by category, the row of the selection is scrolled into the timeline\'s sight', async ({ app, page }) => {
  const categories = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
  await page.route('**/rows.json', (route) => route.fulfill({ json: syntheticDataset({ count: 2400, days: 730, categories, place: () => ({ name: 'P', lat: 50, lon: 10 }) }) }))
  await app.open({ data: '/rows.json' })
  await page.getByTestId('timeline-rows').click()
  await expect(app.timeline.locator('.vis-foreground .vis-group.cm-row')).toHaveCount(categories.length)
  const centre = (await app.timeline.locator('.vis-panel.vis-center').boundingBox())!
  const lastRow = app.timeline.locator('.vis-foreground .vis-group.cm-row').last()
  // eight rows of bars do not fit: the last one starts below the timeline's lower edge
  expect((await lastRow.boundingBox())!.y).toBeGreaterThan(centre.y + centre.height)

  // e7 is in the last category (h); chosen elsewhere (here through window.chronomap), its mark comes into sight
  await page.evaluate(() => (window as unknown as { chronomap: { select(id: string): Promise<void> } }).chronomap.select('e7'))
  const mark = app.timeline.locator('.cm-selection-mark[data-selected-id="e7"]')
  await expect(mark).toHaveCount(1)
  await expect.poll(async () => {
    const box = (await mark.boundingBox())!
    return box.y >= centre.y && box.y + box.height <= centre.y + centre.height
  }).toBe(true)

  // the reader drags the rows back up at once: they stay where the reader left them, the selection is not pulled
  // back into sight (it was, for a second after the selection, at every redraw)
  await page.evaluate(() => (window as unknown as { chronomap: { select(id: string | null): Promise<void> } }).chronomap.select(null))
  await page.evaluate(() => (window as unknown as { chronomap: { select(id: string): Promise<void> } }).chronomap.select('e7'))
  await page.mouse.move(centre.x + centre.width / 2, centre.y + 20)
  await page.mouse.down()
  await page.mouse.move(centre.x + centre.width / 2, centre.y + centre.height - 10, { steps: 8 })
  await page.mouse.up()
  const firstRow = app.timeline.locator('.vis-foreground .vis-group.cm-row').first()
  await expect.poll(async () => (await firstRow.boundingBox())!.y).toBeGreaterThanOrEqual(centre.y - 1)
  // nothing to wait for when nothing moves, hence the pause: past the second in which the reveal used to recheck
  await page.waitForTimeout(1200)
  expect((await firstRow.boundingBox())!.y).toBeGreaterThanOrEqual(centre.y - 1)
  expect((await mark.boundingBox())!.y).toBeGreaterThan(centre.y + centre.height)
})
