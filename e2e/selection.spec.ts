import { test, expect } from './fixtures'
import { bundledDataset } from './data'

const dataset = bundledDataset()

test('selection syncs map → timeline → list → map', async ({ app, page }) => {
  await app.open()
  // from the map: open the group around London, as a reader would
  await (await app.revealMarker('fleming-rusi-2022-10-11')).click()
  await app.expectSelected('fleming-rusi-2022-10-11')

  // from the timeline
  await app.timelineItem('steadfast-noon-2022').click()
  await app.expectSelected('steadfast-noon-2022')
  await expect(app.markerOrGroup('fleming-rusi-2022-10-11')).not.toHaveClass(/is-selected/)

  // from the list
  await app.listRow('przewodow-explosion-2022-11-15').click()
  await app.expectSelected('przewodow-explosion-2022-11-15')

  // the map pans to the selection: the marker sits inside the map's box
  const mapBox = (await app.map.boundingBox())!
  const markerBox = (await app.marker('przewodow-explosion-2022-11-15').boundingBox())!
  expect(markerBox.x).toBeGreaterThan(mapBox.x)
  expect(markerBox.x).toBeLessThan(mapBox.x + mapBox.width)

  // back to the map: Lviv, next door, holds two events at one place
  await (await app.revealMarker('lviv-blackout-2022-10-11')).click()
  await app.expectSelected('lviv-blackout-2022-10-11')
  await expect(page.getByTestId('detail-time')).toContainText('11 Oct 2022')
})

test('hovering highlights the same event in both views', async ({ app }) => {
  await app.open()
  await app.timelineItem('steadfast-noon-2022').hover()
  await expect(app.markerOrGroup('steadfast-noon-2022')).toHaveClass(/is-hovered/)
  await expect(app.listRow('steadfast-noon-2022')).toHaveClass(/is-hovered/)
  await (await app.revealMarker('g20-bali-summit-2022')).hover()
  await expect(app.timelineItem('g20-bali-summit-2022')).toHaveClass(/is-hovered/)
  await expect(app.listRow('g20-bali-summit-2022')).toHaveClass(/is-hovered/)
  await expect(app.timelineItem('steadfast-noon-2022')).not.toHaveClass(/is-hovered/)
})

test('the detail panel shows time with its precision and zone, place, summary, notes and relations', async ({ app, page }) => {
  await app.open({ event: 'strike-kyiv-2022-10-10' })
  await expect(app.detail).toContainText('Missile')
  await expect(page.getByTestId('detail-time')).toContainText('10 Oct 2022, 08:15')
  await expect(page.getByTestId('detail-time')).toContainText('(Kyiv, UTC+3)')
  await expect(page.getByTestId('detail-time')).toContainText('approximate time')

  // a day-only date never shows a clock time
  await app.listRow('biden-statement-2022-10-10').click()
  await expect(page.getByTestId('detail-time')).toHaveText(/^10 Oct 2022 \(Washington, D\.C\., UTC−4\)/)
  await expect(page.getByTestId('detail-time')).not.toContainText('00:00')
  const biden = dataset.events.find((e) => e.id === 'biden-statement-2022-10-10')!
  await expect(page.getByTestId('detail-notes')).toContainText(biden.verificationNotes[0]!['en']!.slice(0, 40))

  // related events are links that select them
  const related = biden.related[0]!
  await app.detail.locator(`a[data-related-id="${related.id}"]`).click()
  await app.expectSelected(related.id)
})

test('an event without a place says so and still selects on the timeline', async ({ app, page }) => {
  await app.open()
  await app.timelineItem('strikes-ukraine-2022-10-11').click()
  await app.expectSelected('strikes-ukraine-2022-10-11')
  await expect(page.getByTestId('detail-place')).toContainText('No place given')
})

test('Escape clears the selection everywhere', async ({ app, page }) => {
  await app.open({ event: 'kherson-liberation-2022-11-11' })
  await app.expectSelected('kherson-liberation-2022-11-11')
  await page.keyboard.press('Escape')
  await expect(app.detail).toHaveCount(0)
  await expect(page.getByTestId('detail-empty')).toBeVisible()
  await expect(app.timeline.locator('.vis-selected')).toHaveCount(0)
  await expect(app.map.locator('.is-selected')).toHaveCount(0)
  await expect(app.list.locator('[aria-selected="true"]')).toHaveCount(0)
  expect(await app.urlParam('event')).toBeNull()
})

test('an event selected while its group is closed is drawn above the group, which still opens on a click', async ({ app }) => {
  await app.open()
  const id = 'strike-kyiv-2022-10-10'
  // the world view: Kyiv's events sit in a closed group
  const group = app.clusterOf(id).first()
  await expect(group).toBeVisible()
  await app.listRow(id).click()
  await app.expectSelected(id)
  const marker = app.marker(id)
  await expect(marker).toBeVisible()
  await expect(group).toHaveClass(/is-selected/)
  // Leaflet stacks markers by their inline z-index: the selected event's marker is drawn over its group
  const z = (locator: typeof marker) => locator.evaluate((el) => Number((el as HTMLElement).style.zIndex))
  expect(await z(marker)).toBeGreaterThan(await z(group))
  // and does not take the group's clicks: a click on the group's middle opens it (or zooms in on it)
  const box = (await group.boundingBox())!
  const zoomBefore = Number((await app.urlParam('map'))!.split(',')[2])
  await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect
    .poll(async () => Number((await app.urlParam('map'))!.split(',')[2]) > zoomBefore || (await app.map.locator('.cm-cluster.is-expanded').count()) > 0)
    .toBe(true)
  await app.expectSelected(id)
})
