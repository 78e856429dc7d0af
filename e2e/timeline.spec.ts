import { test, expect } from './fixtures'
import { bundledDataset } from './data'

const dataset = bundledDataset()
const DAY = 86_400_000

test('a date known to the day covers its whole local day; a minute is a point', async ({ app }) => {
  // five days across the timeline: 9 Oct 00:00 UTC to 14 Oct 00:00 UTC
  await app.open({ from: '2022-10-09', to: '2022-10-14' })
  const center = (await app.timeline.locator('.vis-panel.vis-center').boundingBox())!
  const pxPerMs = center.width / (5 * DAY)

  // Biden's statement: 10 Oct in Washington (UTC−4), so 04:00 UTC on 10 Oct to 04:00 UTC on 11 Oct
  const day = app.timelineItem('biden-statement-2022-10-10')
  await expect(day).toHaveClass(/vis-range/)
  await expect(day).toHaveClass(/is-period/)
  await expect(day).not.toHaveClass(/is-approx/)
  const dayBox = (await day.boundingBox())!
  expect(Math.abs(dayBox.width - DAY * pxPerMs)).toBeLessThan(3)
  expect(Math.abs(dayBox.x - (center.x + (DAY + 4 * 3_600_000) * pxPerMs))).toBeLessThan(3)

  // the defence ministers met on 12–13 Oct: a true range of two days, drawn twice as wide and not as a period
  const twoDays = app.timelineItem('nato-defence-ministers-2022-10-12')
  await expect(twoDays).toHaveClass(/vis-range/)
  await expect(twoDays).not.toHaveClass(/is-period/)
  const twoDaysBox = (await twoDays.boundingBox())!
  expect(dayBox.width / twoDaysBox.width).toBeGreaterThan(0.45)
  expect(dayBox.width / twoDaysBox.width).toBeLessThan(0.55)

  // the strike on Kyiv is known to the minute, though only roughly: a point, marked approximate
  const minute = app.timelineItem('strike-kyiv-2022-10-10')
  await expect(minute).toHaveClass(/vis-point/)
  await expect(minute).not.toHaveClass(/vis-range|is-period/)
  await expect(minute).toHaveClass(/is-approx/)

  // a short item's label runs on beyond its bar, uncovered: the end of the label is the label
  const label = day.locator('.cm-item-label')
  const labelBox = (await label.boundingBox())!
  expect(labelBox.x + labelBox.width).toBeGreaterThan(dayBox.x + dayBox.width + 20)
  const atLabelEnd = await app.page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.vis-item')?.getAttribute('data-event-id'),
    [labelBox.x + labelBox.width - 4, labelBox.y + labelBox.height / 2],
  )
  expect(atLabelEnd).toBe('biden-statement-2022-10-10')
})

test('the timeline shows one row per category, each collapsible, and goes back to one row', async ({ app, page }) => {
  await app.open()
  const rowsToggle = page.getByTestId('timeline-rows')
  const rowLabels = app.timeline.locator('.vis-label [data-category]')
  const row = (id: string) => app.timeline.locator(`.vis-label [data-category="${id}"]`)
  await expect(rowsToggle).toHaveAttribute('aria-pressed', 'false')
  await expect(rowLabels).toHaveCount(0)

  await rowsToggle.click()
  await expect(rowsToggle).toHaveAttribute('aria-pressed', 'true')
  await expect(rowLabels).toHaveCount(dataset.categories.length)
  expect(await rowLabels.evaluateAll((els) => els.map((el) => el.getAttribute('data-category')))).toEqual(dataset.categories.map((c) => c.id))
  for (const category of dataset.categories) {
    const count = dataset.events.filter((e) => e.category === category.id).length
    await expect(row(category.id)).toContainText(category.label['en']!)
    await expect(row(category.id).locator('.cm-row-count')).toHaveText(String(count))
    await expect(row(category.id)).toHaveAttribute('aria-expanded', 'true')
  }
  // the first row's items sit inside its band
  const strikes = dataset.events.filter((e) => e.category === 'missile-strike')
  const band = (await app.timeline.locator('.vis-label', { has: page.locator('[data-category="missile-strike"]') }).boundingBox())!
  const first = (await app.timelineItem(strikes[0]!.id).boundingBox())!
  expect(first.y).toBeGreaterThanOrEqual(band.y)
  expect(first.y + first.height).toBeLessThanOrEqual(band.y + band.height)

  // collapsing a row hides its items on the timeline only
  const placedBefore = new Set(await app.placedEventIds())
  await row('missile-strike').click()
  await expect(row('missile-strike')).toHaveAttribute('aria-expanded', 'false')
  await expect(row('missile-strike')).toContainText('▸')
  await expect(row('missile-strike').locator('.cm-row-count')).toHaveText(String(strikes.length))
  for (const event of strikes) await expect(app.timelineItem(event.id)).toHaveCount(0)
  expect(new Set(await app.placedEventIds())).toEqual(placedBefore)
  for (const event of strikes) await expect(app.listRow(event.id)).toHaveCount(1)
  await expect(app.listRows()).toHaveCount(dataset.events.length)
  await expect(app.visibleCount).toHaveText(`${dataset.events.length} of ${dataset.events.length} events`)
  // the rows below move up: the sabotage row's items are drawn in its band
  const sabotage = dataset.events.filter((e) => e.category === 'sabotage')
  for (const event of sabotage) await expect(app.timelineItem(event.id)).toBeVisible()

  // expanding brings them back
  await row('missile-strike').click()
  await expect(row('missile-strike')).toHaveAttribute('aria-expanded', 'true')
  await expect(row('missile-strike')).toContainText('▾')
  for (const event of strikes.slice(0, 3)) await expect(app.timelineItem(event.id)).toBeVisible()

  // row labels follow the language
  await page.getByTestId('lang-de').click()
  await expect(row('missile-strike')).toContainText(dataset.categories[0]!.label['de']!)
  await page.getByTestId('lang-en').click()

  // a single row again: no labels, every item, even those of a row that was collapsed
  await row('sabotage').click()
  await expect(row('sabotage')).toHaveAttribute('aria-expanded', 'false')
  await rowsToggle.click()
  await expect(rowsToggle).toHaveAttribute('aria-pressed', 'false')
  await expect(rowLabels).toHaveCount(0)
  await expect(app.timelineItems()).toHaveCount(dataset.events.length)
})

test('row labels work from the keyboard and keep the focus', async ({ app, page }) => {
  await app.open()
  await page.getByTestId('timeline-rows').click()
  // the tall first row is folded away, so the sabotage row is in view
  await app.timeline.locator('.vis-label [data-category="missile-strike"]').click()
  const sabotage = app.timeline.locator('.vis-label [data-category="sabotage"]')
  const items = dataset.events.filter((e) => e.category === 'sabotage')
  await expect(app.timelineItem(items[0]!.id)).toBeVisible()
  await sabotage.focus()
  await page.keyboard.press('Enter')
  await expect(sabotage).toHaveAttribute('aria-expanded', 'false')
  await expect(sabotage).toBeFocused()
  for (const event of items) await expect(app.timelineItem(event.id)).toHaveCount(0)
  await page.keyboard.press('Space')
  await expect(sabotage).toHaveAttribute('aria-expanded', 'true')
  await expect(sabotage).toBeFocused()
  await expect(app.timelineItem(items[0]!.id)).toBeVisible()

  // the first row open again pushes the last one out of view: focusing its label scrolls label and row together
  await app.timeline.locator('.vis-label [data-category="missile-strike"]').click()
  const last = dataset.categories.at(-1)!.id
  await app.timeline.locator(`.vis-label [data-category="${last}"]`).focus()
  const offset = await app.timeline.evaluate((root, id) => {
    const labels = [...root.querySelectorAll('.vis-labelset .vis-label')]
    const label = labels.find((el) => el.querySelector(`[data-category="${id}"]`))!
    const row = root.querySelectorAll('.vis-foreground .vis-group')[labels.indexOf(label)]!
    return label.getBoundingClientRect().top - row.getBoundingClientRect().top
  }, last)
  expect(Math.abs(offset)).toBeLessThan(2)
  await expect(app.timeline.locator(`.vis-label [data-category="${last}"]`)).toBeInViewport()
})

test('a selection survives collapsing and expanding its row', async ({ app, page }) => {
  await app.open({ event: 'nord-stream-2-explosion-2022-09-26' })
  await page.getByTestId('timeline-rows').click()
  await app.timeline.locator('.vis-label [data-category="missile-strike"]').click()
  await expect(app.timelineItem('nord-stream-2-explosion-2022-09-26')).toHaveClass(/vis-selected/)
  const sabotage = app.timeline.locator('.vis-label [data-category="sabotage"]')
  await sabotage.click()
  await expect(app.timelineItem('nord-stream-2-explosion-2022-09-26')).toHaveCount(0)
  await expect(app.detail).toHaveAttribute('data-event-id', 'nord-stream-2-explosion-2022-09-26')
  await sabotage.click()
  await app.expectSelected('nord-stream-2-explosion-2022-09-26')
})
