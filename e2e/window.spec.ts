import { test, expect } from './fixtures'
import { bundledDataset } from './data'
import { selectVisibleEventIds } from '../src/store/selectors'
import { parseUrlDate } from '../src/lib/time'
import type { ChronomapPage } from './pages/ChronomapPage'

const dataset = bundledDataset()

/** The map's undimmed markers and the count must match the window the URL now holds. */
async function expectMapFollowsWindow(app: ChronomapPage) {
  const start = parseUrlDate((await app.urlParam('from')) ?? '')
  const end = parseUrlDate((await app.urlParam('to')) ?? '')
  expect(start).not.toBeNull()
  expect(end).not.toBeNull()
  const expected = selectVisibleEventIds(dataset.events, { start: start!, end: end! })
  await expect(app.visibleCount).toHaveText(`${expected.size} of ${dataset.events.length} events`)
  // single markers are dimmed exactly when outside; a group is dimmed when none of its events is inside
  const marks = await app.map.locator('.leaflet-marker-icon[data-event-id], .cm-cluster[data-event-ids]:not(.is-expanded)').evaluateAll((els) =>
    els.map((el) => ({ ids: (el.getAttribute('data-event-id') ?? el.getAttribute('data-event-ids') ?? '').split(' '), outside: el.classList.contains('is-outside') })),
  )
  expect(marks.length).toBeGreaterThan(0)
  for (const mark of marks) expect(mark.outside, mark.ids.join()).toBe(!mark.ids.some((id) => expected.has(id)))
  return expected
}

test('a window from the URL filters the map and sets the count', async ({ app }) => {
  await app.open({ from: '2022-10-11', to: '2022-10-12' })
  const expected = await expectMapFollowsWindow(app)
  expect(expected.size).toBeGreaterThan(3)
  expect(expected.size).toBeLessThan(dataset.events.length)
  // Steadfast Noon (from 17 Oct) is outside: dimmed on the map, still there
  await expect(app.listRow('steadfast-noon-2022')).toHaveClass(/is-outside/)
  await expect(await app.revealMarker('steadfast-noon-2022')).toHaveClass(/is-outside/)
})

test('zooming and panning the timeline filters the map and updates the count', async ({ app, page }) => {
  await app.open()
  const before = await app.visibleCount.textContent()
  const box = (await app.timeline.boundingBox())!
  await page.mouse.move(box.x + box.width * 0.3, box.y + 60)
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400)
  await expect(app.visibleCount).not.toHaveText(before ?? '')
  const zoomed = await expectMapFollowsWindow(app)
  expect(zoomed.size).toBeLessThan(dataset.events.length)

  // drag the axis: the window moves and the map follows
  const fromBefore = await app.urlParam('from')
  await page.mouse.move(box.x + box.width * 0.5, box.y + 20)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.1, box.y + 20, { steps: 8 })
  await page.mouse.up()
  await expect.poll(() => app.urlParam('from')).not.toBe(fromBefore)
  await expectMapFollowsWindow(app)
})

test('a selection outside the window brings it into view on the timeline', async ({ app }) => {
  await app.open({ from: '2022-10-11', to: '2022-10-12' })
  await app.listRow('g20-bali-summit-2022').click()
  await app.expectSelected('g20-bali-summit-2022')
  await expect(app.timelineItem('g20-bali-summit-2022')).toBeVisible()
})
