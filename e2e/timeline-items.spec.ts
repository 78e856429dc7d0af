/**
 * A large dataset's single items: once the timeline's window holds few enough events, each one is an item again
 * (src/timeline/itemLayer.ts draws them). They keep the contract of the small datasets' items (docs/automation.md):
 * `.vis-item[data-event-id]`, `.vis-selected`, a click selects, the pointer highlights; stacked without overlaps, in
 * rows tall enough for their stacks.
 */
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { syntheticDataset } from './data'

const DAY = 86_400_000
const CATEGORIES = ['a', 'b', 'c']

/** 3,000 point events over two years, and every 50th a range of 4–12 days. */
function largeDataset() {
  const dataset = syntheticDataset({ count: 3000, days: 730, categories: CATEGORIES, place: (k) => ({ name: `Place ${k % 7}`, lat: 45 + (k % 7), lon: 10 + (k % 5) * 3 }) })
  for (const [k, event] of dataset.events.entries()) {
    if (k % 50 !== 0) continue
    const start = Date.parse(event.start)
    Object.assign(event, { end: new Date(start + (4 + (k % 9)) * DAY).toISOString().slice(0, 16) + 'Z', title: `Long range ${k}` })
  }
  return dataset
}

type Automation = { setWindow(a: number, b: number): Promise<void>; state(): { window: { start: number; end: number } | null; selectedId: string | null } }
const automation = (page: Page) => ({
  setWindow: (a: number, b: number) => page.evaluate(({ a, b }) => (window as unknown as { chronomap: Automation }).chronomap.setWindow(a, b), { a, b }),
  state: () => page.evaluate(() => (window as unknown as { chronomap: Automation }).chronomap.state()),
})

interface Box {
  id: string
  left: number
  right: number
  top: number
  bottom: number
  /** the box of the row (vis's group) the item is drawn in */
  row: { top: number; bottom: number }
}

/** Every drawn item's box, its label included, and its row's box, read in one go. */
function itemBoxes(items: Locator): Promise<Box[]> {
  return items.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect()
      const label = element.querySelector('.vis-item-content')!.getBoundingClientRect()
      const row = element.closest('.vis-group')!.getBoundingClientRect()
      return { id: element.getAttribute('data-event-id')!, left: Math.min(box.left, label.left), right: Math.max(box.right, label.right), top: box.top, bottom: box.bottom, row: { top: row.top, bottom: row.bottom } }
    }),
  )
}

/** What is wrong with the stacks: items out of their row, items on top of each other (none: []). */
function stackingProblems(boxes: readonly Box[]): string[] {
  const problems: string[] = []
  // inside its row: the row grew for the stack
  for (const box of boxes) if (box.top < box.row.top - 0.5 || box.bottom > box.row.bottom + 0.5) problems.push(`${box.id} outside its row`)
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      const [x, y] = [boxes[a]!, boxes[b]!]
      const apart = x.right <= y.left + 0.5 || y.right <= x.left + 0.5 || x.bottom <= y.top + 0.5 || y.bottom <= x.top + 0.5
      if (!apart) problems.push(`${x.id} and ${y.id} overlap`)
    }
  }
  return problems
}

test.beforeEach(async ({ app, page }) => {
  await page.route('**/many.json', (route) => route.fulfill({ json: largeDataset() }))
  await app.open({ data: '/many.json' })
  await expect(app.timeline.locator('.vis-item.cm-bin').first()).toBeVisible()
  // every record loaded
  await expect(app.alerts).toHaveCount(0)
})

test('zoomed in, a large dataset\'s events are items again: stacked without overlaps, in a row tall enough', async ({ app, page }) => {
  const { setWindow } = automation(page)
  await setWindow(Date.UTC(2022, 5, 1), Date.UTC(2022, 5, 11))
  const items = app.timeline.locator('.vis-item[data-event-id]')
  await expect(items.first()).toBeVisible()
  await expect(app.timeline.locator('.vis-item.cm-bin')).toHaveCount(0)
  const boxes = await itemBoxes(items)
  expect(boxes.length).toBeGreaterThan(15)
  // enough of them to need several lanes
  expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBeGreaterThan(3)
  expect(stackingProblems(boxes)).toEqual([])

  // a row per category: each item in its category's row, and each row as tall as its own stack
  await page.getByTestId('timeline-rows').click()
  await expect(app.timeline.locator('.vis-foreground .vis-group.cm-row')).toHaveCount(CATEGORIES.length)
  await expect(items.first()).toBeVisible()
  const byRow = await itemBoxes(items)
  expect(new Set(byRow.map((box) => box.row.top)).size).toBe(CATEGORIES.length)
  expect(stackingProblems(byRow)).toEqual([])
})

test('a click on an item selects its event, and the pointer on one highlights it', async ({ app, page }) => {
  const { setWindow, state } = automation(page)
  await setWindow(Date.UTC(2022, 5, 1), Date.UTC(2022, 5, 4))
  const items = app.timeline.locator('.vis-item[data-event-id]')
  await expect(items.first()).toBeVisible()
  const centre = (await app.timeline.locator('.vis-panel.vis-center').boundingBox())!
  // the first item wholly in sight
  const boxes = (await itemBoxes(items)).filter((box) => box.left >= centre.x && box.right <= centre.x + centre.width && box.bottom <= centre.y + centre.height)
  const target = boxes[0]!
  const item = app.timeline.locator(`.vis-item[data-event-id="${target.id}"]`)

  await page.mouse.move((target.left + target.right) / 2, (target.top + target.bottom) / 2)
  await expect(item).toHaveClass(/is-hovered/)
  await page.mouse.move(centre.x + 2, centre.y + centre.height - 2)
  await expect(item).not.toHaveClass(/is-hovered/)

  await item.click()
  await expect(app.detail).toHaveAttribute('data-event-id', target.id)
  await expect(item).toHaveClass(/vis-selected/)
  expect((await state()).selectedId).toBe(target.id)
  await expect(page).toHaveURL(new RegExp(`[?&]event=${target.id}(&|$)`))
  // the selected label is bold, so wider: still no overlaps
  await expect.poll(async () => stackingProblems(await itemBoxes(items))).toEqual([])

  // chosen elsewhere (Escape in the list clears it): the mark goes
  await app.list.focus()
  await page.keyboard.press('Escape')
  await expect(item).not.toHaveClass(/vis-selected/)
})

test('a drag pans the items with the timeline, and the items it brings into sight are drawn', async ({ app, page }) => {
  const { setWindow, state } = automation(page)
  await setWindow(Date.UTC(2022, 5, 1), Date.UTC(2022, 5, 8))
  const items = app.timeline.locator('.vis-item[data-event-id]')
  await expect(items.first()).toBeVisible()
  const centre = (await app.timeline.locator('.vis-panel.vis-center').boundingBox())!
  const before = (await state()).window!

  // an item in the left half, which the drag moves along
  const leftHalf = (await itemBoxes(items)).filter((box) => box.left > centre.x + 10 && box.left < centre.x + centre.width / 2)
  const follower = leftHalf[0]!
  const followerBox = async () => (await app.timeline.locator(`.vis-item[data-event-id="${follower.id}"]`).boundingBox())!

  // a drag to the left by a third of the width: later days come in from the right
  const y = centre.y + 12
  const dx = Math.round(centre.width / 3)
  await page.mouse.move(centre.x + centre.width * 0.8, y)
  await page.mouse.down()
  await page.mouse.move(centre.x + centre.width * 0.8 - dx, y, { steps: 8 })
  // still held: vis has moved its window, and the items with it, in the drag's own frames (the store hears of the
  // new window only 200 ms after the last move)
  expect(Math.abs((await followerBox()).x - (follower.left - dx))).toBeLessThan(3)
  const rightThird = () => itemBoxes(items).then((boxes) => boxes.filter((box) => box.left > centre.x + (centre.width * 2) / 3 && box.left < centre.x + centre.width))
  await expect.poll(async () => (await rightThird()).length).toBeGreaterThan(0)
  await page.mouse.up()
  await expect.poll(async () => (await state()).window!.start).toBeGreaterThan(before.start)
  await expect.poll(async () => (await rightThird()).length).toBeGreaterThan(0)
  expect(stackingProblems(await itemBoxes(items))).toEqual([])
})

test('a range that began before the window keeps its label in sight', async ({ app, page }) => {
  const { setWindow } = automation(page)
  const dataset = largeDataset()
  // a range of at least 8 days: the window starts 3 days after its start and is 3 days wide
  const range = dataset.events.find((event, k) => k % 50 === 0 && k % 9 >= 4 && Date.parse(event.start) > Date.UTC(2022, 1, 1))!
  const from = Date.parse(range.start) + 3 * DAY
  await setWindow(from, from + 3 * DAY)
  const item = app.timeline.locator(`.vis-item.vis-range[data-event-id="${range.id}"]`)
  await expect(item).toBeVisible()
  const centre = (await app.timeline.locator('.vis-panel.vis-center').boundingBox())!
  const box = (await item.boundingBox())!
  expect(box.x).toBeLessThan(centre.x)
  const label = (await item.locator('.cm-item-label').boundingBox())!
  expect(label.x).toBeGreaterThanOrEqual(centre.x)
  expect(label.x + label.width).toBeLessThanOrEqual(centre.x + centre.width)
  await expect(item.locator('.cm-item-label')).toHaveText(range.title)
})
