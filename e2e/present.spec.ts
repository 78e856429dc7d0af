import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { bundledDataset } from './data'
import { ChronomapPage } from './pages/ChronomapPage'
import { parseUrlDate } from '../src/lib/time'

const dataset = bundledDataset()
const story = dataset.story ?? []
const storyIds = story.map((step) => step.eventId)
const total = storyIds.length
const eventById = new Map(dataset.events.map((e) => [e.id, e]))
const en = (text: Record<string, string> | undefined) => text?.['en'] ?? text?.['und'] ?? ''

function presenter(page: Page) {
  return page.getByTestId('presenter')
}

async function expectStep(app: ChronomapPage, step: number) {
  const id = storyIds[step - 1]!
  await expect(presenter(app.page)).toHaveAttribute('data-event-id', id)
  await expect(app.page.getByTestId('present-progress')).toHaveText(`Step ${step} of ${total}`)
  await expect(app.page).toHaveURL(new RegExp(`[?&]present=${step}(&|$)`))
  await expect(app.page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`))
}

/** Whether the event's timeline item lies within the visible rows (vis scrolls its rows itself). */
async function isInTimelineView(app: ChronomapPage, id: string): Promise<boolean> {
  const view = await app.timeline.locator('.vis-panel.vis-center').boundingBox()
  const item = await app.timelineItem(id).boundingBox()
  return view !== null && item !== null && item.y >= view.y - 1 && item.y + item.height <= view.y + view.height + 1
}

test('the bundled story follows the seed article', () => {
  expect(total).toBeGreaterThanOrEqual(10)
  expect(storyIds.slice(0, 3)).toEqual(['strikes-ukraine-2022-10-10', 'strike-kyiv-2022-10-10', 'strikes-ukraine-2022-10-11'])
  expect(storyIds.at(-1)).toBe('fleming-rusi-2022-10-11')
  for (const id of storyIds) expect(eventById.has(id), id).toBe(true)
})

test('the Present button starts at step 1, the keyboard walks every step in story order, Escape leaves', async ({ app, page }) => {
  // fourteen steps, each checked in every view
  test.slow()
  await app.open()
  await page.getByTestId('present-button').click()
  await expect(presenter(page)).toBeVisible()
  // the class view: no header, no list, no detail panel
  await expect(page.locator('.app-header')).toHaveCount(0)
  await expect(app.list).toHaveCount(0)
  await expectStep(app, 1)

  for (let step = 2; step <= total; step++) {
    await page.keyboard.press('ArrowRight')
    await expectStep(app, step)
    const id = storyIds[step - 1]!
    const event = eventById.get(id)!
    // the card shows the event, the timeline selects it inside a window centred on it
    await expect(presenter(page).locator('.present-title')).toHaveText(en(event.title))
    await expect(app.timelineItem(id)).toHaveClass(/vis-selected/)
    await expect.poll(() => isInTimelineView(app, id), { message: `${id} is scrolled into the timeline's view` }).toBe(true)
    const from = parseUrlDate((await app.urlParam('from'))!)!
    const to = parseUrlDate((await app.urlParam('to'))!)!
    expect(from).toBeLessThanOrEqual(event.spanStart)
    expect(to).toBeGreaterThanOrEqual(event.spanEnd)
    const centre = (event.spanStart + event.spanEnd) / 2
    expect(Math.abs((from + to) / 2 - centre)).toBeLessThanOrEqual(60_000)
  }
  // the end stays the end
  await page.keyboard.press('ArrowRight')
  await expectStep(app, total)

  await page.keyboard.press('Home')
  await expectStep(app, 1)
  await page.keyboard.press('Space')
  await expectStep(app, 2)
  await page.keyboard.press('Shift+Space')
  await expectStep(app, 1)
  await page.keyboard.press('End')
  await expectStep(app, total)
  await page.keyboard.press('ArrowLeft')
  await expectStep(app, total - 1)

  await page.keyboard.press('Escape')
  await expect(presenter(page)).toHaveCount(0)
  await expect(page.locator('.app-header')).toBeVisible()
  expect(await app.urlParam('present')).toBeNull()
  // the event on screen stays selected in the explore view
  await app.expectSelected(storyIds[total - 2]!)

  // starting was one history step, the steps replaced each other: Back returns to the presentation where it was left
  await page.goBack()
  await expect(presenter(page)).toHaveAttribute('data-event-id', storyIds[total - 2]!)
  await page.goBack()
  await expect(presenter(page)).toHaveCount(0)
})

test('Page Down and Page Up, as a presentation clicker sends them', async ({ app, page }) => {
  await app.open({ present: '1' })
  await expectStep(app, 1)
  await page.keyboard.press('PageDown')
  await expectStep(app, 2)
  await page.keyboard.press('PageDown')
  await expectStep(app, 3)
  await page.keyboard.press('PageUp')
  await expectStep(app, 2)
  await page.keyboard.press('PageUp')
  await page.keyboard.press('PageUp')
  await expectStep(app, 1)
})

test('a link to a step opens it with the map on its place, and a reload lands on the same step', async ({ app, page }) => {
  await app.open({ present: '5' })
  await expectStep(app, 5)
  const id = storyIds[4]!
  const place = eventById.get(id)!.place!
  await expect(app.markerOrGroup(id).first()).toHaveClass(/is-selected/)
  await expect.poll(() => app.urlParam('map')).not.toBeNull()
  const [lat, lon, zoom] = (await app.urlParam('map'))!.split(',').map(Number) as [number, number, number]
  expect(Math.abs(lat - place.lat)).toBeLessThan(0.1)
  expect(Math.abs(lon - place.lon)).toBeLessThan(0.1)
  expect(zoom).toBe(5)

  await page.reload()
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  await expectStep(app, 5)

  await page.keyboard.press('ArrowRight')
  await expectStep(app, 6)
  await page.reload()
  await expect(app.root).toHaveAttribute('data-state', 'ready')
  await expectStep(app, 6)
})

test('a step beyond the story shows the last step; a broken step is reported', async ({ app, page }) => {
  await app.open({ present: '999' })
  await expectStep(app, total)
  await app.open({ present: 'two' })
  await expect(page.getByTestId('url-notices')).toContainText('present')
  await expect(presenter(page)).toHaveCount(0)
})

test('German: the progress and the card speak German', async ({ app, page }) => {
  await app.open({ present: '4', lang: 'de' })
  await expect(page.getByTestId('present-progress')).toHaveText(`Schritt 4 von ${total}`)
  await expect(presenter(page).locator('.present-title')).toHaveText(eventById.get(storyIds[3]!)!.title['de']!)
})

test('autoplay moves on by itself at the chosen speed, and pauses', async ({ app, page }) => {
  // waits real seconds on purpose
  test.slow()
  await app.open({ present: '1' })
  await page.getByTestId('autoplay-seconds').selectOption('3')
  await page.getByTestId('autoplay-toggle').click()
  await expect(page.getByTestId('autoplay-toggle')).toHaveAttribute('aria-pressed', 'true')
  await expect(presenter(page)).toHaveAttribute('data-event-id', storyIds[1]!, { timeout: 6_000 })
  await expect(presenter(page)).toHaveAttribute('data-event-id', storyIds[2]!, { timeout: 6_000 })
  await page.getByTestId('autoplay-toggle').click()
  await expect(page.getByTestId('autoplay-toggle')).toHaveAttribute('aria-pressed', 'false')
  await page.waitForTimeout(3_800)
  await expectStep(app, 3)
})

test('time playback moves the timeline window across the span and the map shows events as they happen', async ({ app, page }) => {
  await app.open({ present: '1' })
  await page.getByTestId('playback-seconds').selectOption('15')
  const count = page.getByTestId('visible-count')
  await page.getByTestId('playback-toggle').click()
  await expect(page.getByTestId('playback-toggle')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('playback-time')).toBeVisible()

  // moving window: both ends move forward
  const first = { from: await app.urlParam('from'), to: await app.urlParam('to'), count: await count.innerText() }
  await expect.poll(() => app.urlParam('to'), { timeout: 5_000 }).not.toBe(first.to)
  await expect.poll(() => app.urlParam('from')).not.toBe(first.from)
  await expect.poll(() => count.innerText(), { timeout: 10_000 }).not.toBe(first.count)
  // events not yet reached are dimmed on the map; the last one happens at the very end
  await expect(app.markerOrGroup('przewodow-explosion-2022-11-15').first()).toHaveClass(/is-outside/)

  await page.getByTestId('playback-toggle').click()
  await expect(page.getByTestId('playback-toggle')).toHaveAttribute('aria-pressed', 'false')
  const paused = await app.urlParam('to')
  await page.waitForTimeout(600)
  expect(await app.urlParam('to')).toBe(paused)

  // growing window: the start stays put, the end moves on
  await page.getByTestId('playback-mode').selectOption('cumulative')
  await page.getByTestId('playback-toggle').click()
  const start = await app.urlParam('from')
  const end = await app.urlParam('to')
  await expect.poll(() => app.urlParam('to'), { timeout: 5_000 }).not.toBe(end)
  expect(await app.urlParam('from')).toBe(start)

  // a step taken by hand stops the playback and centres on its event
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('playback-toggle')).toHaveAttribute('aria-pressed', 'false')
  await expectStep(app, 2)
})

test('speaker notes are hidden from the class and shown on demand', async ({ app, page }) => {
  await app.open({ present: '4' })
  await expect(page.getByTestId('speaker-notes')).toHaveCount(0)
  await page.getByTestId('notes-toggle').click()
  await expect(page.getByTestId('notes-toggle')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('speaker-notes')).toContainText(en(story[3]!.notes))
  await expect(page.getByTestId('speaker-next')).toContainText(en(eventById.get(storyIds[4]!)!.title))
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('speaker-notes')).toContainText(en(story[4]!.notes))
  await page.getByTestId('notes-toggle').click()
  await expect(page.getByTestId('speaker-notes')).toHaveCount(0)
})

test('a second window shows the notes large and follows the presentation both ways', async ({ app, page }) => {
  // two windows
  test.slow()
  await app.open({ present: '2' })
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('notes-window').click()])
  const speaker = new ChronomapPage(popup)
  await expect(speaker.root).toHaveAttribute('data-state', 'ready')
  expect(new URL(popup.url()).searchParams.get('notes')).toBe('1')
  await expect(presenter(popup)).toHaveAttribute('data-event-id', storyIds[1]!)
  await expect(popup.getByTestId('speaker-notes')).toContainText(en(story[1]!.notes))
  // the class's screen still shows no notes
  await expect(page.getByTestId('speaker-notes')).toHaveCount(0)

  await page.keyboard.press('ArrowRight')
  await expect(presenter(popup)).toHaveAttribute('data-event-id', storyIds[2]!)
  await expect(popup.getByTestId('speaker-notes')).toContainText(en(story[2]!.notes))

  await popup.keyboard.press('PageDown')
  await expectStep(app, 4)
  await expect(presenter(popup)).toHaveAttribute('data-event-id', storyIds[3]!)
  await popup.close()
})

test('the handout lays out every story event for print: date, place, summary, sources with addresses, a map', async ({ app, page }) => {
  // draws fourteen maps and prints a PDF
  test.slow()
  await app.open({ present: '1' })
  await page.getByTestId('handout-button').click()
  const handout = page.getByTestId('handout')
  await expect(handout).toBeVisible()
  await expect(page.getByTestId('handout-close')).toBeFocused()
  const items = handout.locator('li.handout-event')
  await expect(items).toHaveCount(total)
  expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')))).toEqual(storyIds)
  // the maps are drawn from the bundled atlas
  const placed = storyIds.filter((id) => eventById.get(id)!.place)
  await expect(handout.locator('svg.minimap')).toHaveCount(placed.length)
  await expect(handout.locator('.minimap-empty')).toHaveCount(total - placed.length)
  await expect.poll(() => handout.locator('svg.minimap path.minimap-land').count()).toBeGreaterThan(placed.length)

  await page.emulateMedia({ media: 'print' })
  await expect(app.root).toBeHidden()
  await expect(handout).toBeVisible()
  await expect(page.getByTestId('handout-print')).toBeHidden()
  await expect(items.last()).toBeVisible()
  // what each entry says on paper, read in one go
  const printed = await items.evaluateAll((els) =>
    els.map((el) => ({
      title: el.querySelector('.handout-title')?.textContent ?? '',
      meta: el.querySelector('.handout-meta')?.textContent ?? '',
      summary: el.querySelector('.handout-summary')?.textContent ?? '',
      urls: [...el.querySelectorAll('.handout-url')].filter((a) => a.getBoundingClientRect().width > 0).map((a) => a.textContent),
    })),
  )
  for (const [i, id] of storyIds.entries()) {
    const event = eventById.get(id)!
    const entry = printed[i]!
    expect(entry.title).toContain(en(event.title))
    expect(entry.summary).toBe(event.summary ? en(event.summary) : '')
    expect(entry.meta).toContain(event.place ? en(event.place.name) : 'No place given')
    expect(entry.meta).toMatch(/2022/)
    expect(entry.urls).toEqual(event.sources.flatMap((s) => (s.url ? [s.url] : [])))
  }
  await page.screenshot({ path: test.info().outputPath('handout-print.png'), fullPage: true })
  await page.pdf({ path: test.info().outputPath('handout.pdf'), format: 'A4', printBackground: true })

  await page.emulateMedia({ media: 'screen' })
  await page.keyboard.press('Escape')
  await expect(handout).toHaveCount(0)
  await expect(presenter(page)).toBeVisible()
})

test('large type on a 1920×1080 projector', async ({ app, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await app.open({ present: '2' })
  const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(await size('body')).toBeGreaterThanOrEqual(24)
  expect(await size('.present-summary')).toBeGreaterThanOrEqual(24)
  expect(await size('.present-title')).toBeGreaterThan(await size('.present-summary'))
  // the card fits beside the map without a scrollbar
  const body = page.locator('.present-body')
  expect(await body.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true)
  await page.screenshot({ path: test.info().outputPath('present-1920.png') })
  await page.getByTestId('notes-toggle').click()
  await page.screenshot({ path: test.info().outputPath('present-1920-notes.png') })
})
