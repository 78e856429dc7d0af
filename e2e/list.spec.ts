/**
 * The event list of a large dataset: only the rows in view are in the DOM (src/ui/EventList.tsx, VIRTUAL_FROM).
 * A selection from any view brings its row into view; where the reader scrolls the list to is theirs to keep.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { syntheticDataset } from './data'

const COUNT = 5000
const data = syntheticDataset({ count: COUNT, days: 730, categories: ['a', 'b', 'c'], place: (k) => ({ name: `Place ${k % 7}`, lat: 45 + (k % 7), lon: 10 + (k % 5) * 3 }) })
/** the ids in the list's order: by start, then by position in the file */
const ordered = data.events.map((event, k) => ({ id: event.id, ms: Date.parse(event.start), k })).sort((a, b) => a.ms - b.ms || a.k - b.k).map((event) => event.id)

async function select(page: Page, id: string) {
  await page.evaluate((id) => (window as unknown as { chronomap: { select(id: string): Promise<void> } }).chronomap.select(id), id)
}

/** Where a row is against the list's visible box, read in one go: 'in view', 'clipped', 'out of view' or 'absent'. */
async function rowPlace(page: Page, id: string) {
  return page.evaluate((id) => {
    const list = document.querySelector('[data-testid="event-list"]')!
    const row = list.querySelector(`[data-event-id="${CSS.escape(id)}"]`)
    if (!row) return 'absent'
    const [r, l] = [row.getBoundingClientRect(), list.getBoundingClientRect()]
    if (r.top >= l.top - 0.5 && r.bottom <= l.bottom + 0.5) return 'in view'
    return r.bottom <= l.top || r.top >= l.bottom ? 'out of view' : 'clipped'
  }, id)
}

test.beforeEach(async ({ app, page }) => {
  await page.route('**/five-thousand.json', (route) => route.fulfill({ json: data }))
  await app.open({ data: '/five-thousand.json' })
  await expect(app.list).toHaveClass(/is-virtual/)
})

test('a selection far down the list is in view once the views have drawn it, with its row the active one', async ({ app, page }) => {
  // fewer rows than events in the DOM
  expect(await app.listRows().count()).toBeLessThan(200)
  for (const position of [4000, 1200, 4998]) {
    const id = ordered[position]!
    await select(page, id)
    // no waiting: chronomap.select resolves once every view has drawn the selection
    expect(await rowPlace(page, id)).toBe('in view')
    await expect(app.listRow(id)).toHaveAttribute('aria-selected', 'true')
    await expect(app.listRow(id)).toHaveAttribute('aria-posinset', String(position + 1))
    await expect(app.list).toHaveAttribute('aria-activedescendant', `list-${id}`)
  }
})

test('the list stays where the reader scrolled it, and the arrow keys bring the selection back into view', async ({ app, page }) => {
  const id = ordered[3000]!
  await select(page, id)
  expect(await rowPlace(page, id)).toBe('in view')

  // the reader scrolls back to the top; other views changing does not pull the list back to the selection
  await app.list.evaluate((list) => {
    list.scrollTop = 0
  })
  await expect(app.listRow(ordered[0]!)).toBeVisible()
  await page.evaluate(() => (window as unknown as { chronomap: { setWindow(a: string, b: string): Promise<void> } }).chronomap.setWindow('2022-03-01', '2022-05-01'))
  await app.listRow(ordered[1]!).hover()
  await expect(app.listRow(ordered[1]!)).toHaveClass(/is-hovered/)
  expect(await app.list.evaluate((list) => list.scrollTop)).toBe(0)
  expect(await rowPlace(page, id)).toBe('absent')

  // ArrowDown selects the next event: its row comes into view, as little scrolled as needed
  await app.list.focus()
  await page.keyboard.press('ArrowDown')
  await expect(app.listRow(ordered[3001]!)).toHaveAttribute('aria-selected', 'true')
  await expect(app.detail).toHaveAttribute('data-event-id', ordered[3001]!)
  expect(await rowPlace(page, ordered[3001]!)).toBe('in view')
  // the row above it is in view too: the list scrolled only as far as needed, so the new row is the last one shown
  await page.keyboard.press('ArrowUp')
  await expect(app.listRow(id)).toHaveAttribute('aria-selected', 'true')
  expect(await rowPlace(page, id)).toBe('in view')
  expect(await rowPlace(page, ordered[3001]!)).toBe('in view')
})

test('the rows a scroll brings into view are drawn in the frame that shows the scroll', async ({ page }) => {
  // A scroll event comes in the frame the browser is about to paint, before its animation-frame callbacks: the
  // rows must be rendered by then. Rendered in a task after that frame, a fast scroll showed empty list for a frame,
  // and a selection that scrolled the list showed its row a frame after the other views.
  const rendered = await page.evaluate(
    (top) =>
      new Promise<boolean[]>((resolve) => {
        const list = document.querySelector<HTMLElement>('[data-testid="event-list"]')!
        const seen: boolean[] = []
        const check = () => {
          const box = list.getBoundingClientRect()
          // the row at the middle of the list's box
          const row = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('[role="option"]')
          seen.push(Boolean(row))
        }
        list.addEventListener('scroll', () => requestAnimationFrame(check), { once: true })
        list.scrollTop = top
        // and a second scroll, made in a frame callback as a drag or a wheel would be: drawn in that frame too
        setTimeout(() => {
          list.addEventListener('scroll', () => requestAnimationFrame(() => { check(); resolve(seen) }), { once: true })
          requestAnimationFrame(() => { list.scrollTop = top / 2 })
        }, 100)
      }),
    32 * 3000,
  )
  expect(rendered).toEqual([true, true])
})

test("a selection far down the list renders its row in the selection's own update, before the list's scroll event", async ({ page }) => {
  // The rows for the selection's scroll position come in the render that shows the selection: rendered in the scroll
  // event that setting the position brings, they cost a second render of the list and a second style and layout
  // pass in the same frame (docs/performance.md, eleventh session).
  for (const position of [4000, 1200]) {
    const id = ordered[position]!
    const seen = await page.evaluate(async (id) => {
      const list = document.querySelector<HTMLElement>('[data-testid="event-list"]')!
      let scrolled = false
      list.addEventListener('scroll', () => (scrolled = true), { once: true })
      const done = (window as unknown as { chronomap: { select(id: string): Promise<void> } }).chronomap.select(id)
      // React renders the store's change in a microtask; the scroll event comes with the next frame, a task later
      for (let i = 0; i < 20; i++) await Promise.resolve()
      const row = list.querySelector(`[data-event-id="${CSS.escape(id)}"]`)
      const result = { scrolledFirst: scrolled, row: row?.getAttribute('aria-selected') ?? null }
      await done
      return result
    }, id)
    expect(seen).toEqual({ scrolledFirst: false, row: 'true' })
    expect(await rowPlace(page, id)).toBe('in view')
  }
})
