/**
 * A dataset large enough for the cluster index to be built off the page (src/map/clusterInput.ts, WORKER_FROM): the
 * loader worker builds it right after the result (docs/adr/0010), and the map shows every placed event once.
 */
import { test, expect } from './fixtures'
import { syntheticDataset } from './data'

const EVENTS = 40_000

/** 40,000 events over a year, a fifth of them without a place, the rest at 50 places in Europe and Africa. */
const largeDataset = () =>
  syntheticDataset({
    count: EVENTS,
    days: 365,
    categories: ['a', 'b', 'c', 'd'],
    place: (k) => (k % 5 === 0 ? undefined : { name: `Place ${k % 50}`, lat: 5 + ((k * 37) % 50), lon: -5 + ((k * 53) % 50) * 0.8 }),
  })

test('40,000 events from a link: the map groups them and counts every placed event once', async ({ app, page }) => {
  const data = largeDataset()
  await page.route('**/forty-thousand.json', (route) => route.fulfill({ json: data }))
  // what the dataset list shows the moment the views are ready
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-state="ready"]') === null) return
      const select = document.querySelector<HTMLSelectElement>('[data-testid="dataset-select"]')
      ;(window as unknown as { listedAtReady?: string }).listedAtReady = select?.selectedOptions[0]?.textContent ?? ''
      observer.disconnect()
    })
    observer.observe(document, { attributes: true, attributeFilter: ['data-state'], subtree: true })
  })
  await app.open({ data: '/forty-thousand.json' })
  expect(await page.evaluate(() => (window as unknown as { chronomap: { state(): { total: number } } }).chronomap.state().total)).toBe(EVENTS)
  // the dataset list names it as soon as it is shown, not only once it is kept in IndexedDB (seconds later at this size)
  expect(await page.evaluate(() => (window as unknown as { listedAtReady?: string }).listedAtReady)).toBe('forty-thousand.json (40,000 events)')
  await expect(app.clusters().first()).toBeVisible()
  await expect.poll(() => app.placedEventCount()).toBe((EVENTS * 4) / 5)
})

test("a large link's event is selected as its dataset is shown, not once it is kept", async ({ app, page }) => {
  await page.route('**/forty-thousand.json', (route) => route.fulfill({ json: largeDataset() }))
  // what the detail panel shows the moment the views are ready: keeping 40,000 events waits for the reader to pause
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-state="ready"]') === null) return
      ;(window as unknown as { detailAtReady?: string | null }).detailAtReady = document.querySelector('[data-testid="event-detail"]')?.getAttribute('data-event-id') ?? null
      observer.disconnect()
    })
    observer.observe(document, { attributes: true, attributeFilter: ['data-state'], subtree: true })
  })
  await app.open({ data: '/forty-thousand.json', event: 'e4' })
  expect(await page.evaluate(() => (window as unknown as { detailAtReady?: string | null }).detailAtReady)).toBe('e4')
  await expect(app.detail).toHaveAttribute('data-event-id', 'e4')
  await expect(app.listRow('e4')).toHaveAttribute('aria-selected', 'true')
  expect(await app.urlParam('event')).toBe('e4')
})

type Automation = { chronomap: { select(id: string): Promise<void>; state(): { total: number; selectedId: string | null } } }

test('a link whose file gives its categories again after the events shows what JSON says: the later ones', async ({ app, page }) => {
  // read while it downloads (src/data/streamLoad.ts), then again the usual way: the events sent meanwhile are dropped
  const later = [{ id: 'a', label: 'Later A', color: '#112233' }, { id: 'b', label: 'Later B', color: '#112233' }, { id: 'c', label: 'Later C', color: '#112233' }]
  const text = JSON.stringify(largeDataset()).replace(/}$/, `,"categories":${JSON.stringify(later)}}`)
  await page.route('**/late-categories.json', (route) => route.fulfill({ body: text, contentType: 'application/json' }))
  await app.open({ data: '/late-categories.json' })
  // category d is not among the later ones: its events (every fourth) are rejected
  expect(await page.evaluate(() => (window as unknown as Automation).chronomap.state().total)).toBe((EVENTS * 3) / 4)
  await expect(page.getByTestId('legend')).toContainText('Later A')
  await expect(page.getByTestId('legend')).not.toContainText('Category')
  await expect(page.getByTestId('load-problems')).toContainText('unknown category "d"')
  // e3 was one of them; e4 is in category a
  for (const [id, selected] of [['e3', null], ['e4', 'e4']] as const) {
    const state = await page.evaluate(async (id) => {
      const { chronomap } = window as unknown as Automation
      await chronomap.select(id)
      return chronomap.state()
    }, id)
    expect(state.selectedId).toBe(selected)
  }
})

test("a filter that leaves 40,000 events or more: the map's groups are made from the dataset's own, and hold the right events", async ({ app, page }) => {
  // 50,000 events at 800 places; the date filter below keeps ~90 % of them, so the filtered events' cluster index is
  // built in the worker from the dataset's cluster input (src/map/clusterInput.ts, subsetClusterInput)
  const count = 50_000
  const data = syntheticDataset({
    count,
    days: 365,
    categories: ['a', 'b', 'c', 'd'],
    // a grid of places 1.2° apart, 50 events at each
    place: (k) => (k % 5 === 0 ? undefined : { name: `Place ${k % 1000}`, lat: 5 + ((k % 1000) % 40) * 1.2, lon: -5 + Math.floor((k % 1000) / 40) * 1.6 }),
  })
  await page.route('**/fifty-thousand.json', (route) => route.fulfill({ json: data }))
  const to = Date.UTC(2022, 10, 27)
  const kept = data.events.filter((e) => Date.parse(e.start) < to)
  expect(kept.length).toBeGreaterThanOrEqual(40_000)
  const target = kept.filter((e) => e.place).at(-1)!
  // the map close to the target's place, where the groups are small enough to list their events
  await app.open({ data: '/fifty-thousand.json', map: `${target.place!.lat},${target.place!.lon},9` })
  await page.locator('.filters-more summary').click()
  await page.getByTestId('filter-to').fill('2022-11-26')
  await expect(page.getByTestId('visible-count')).toHaveText(`${kept.length.toLocaleString('en-US')} of ${count.toLocaleString('en-US')} events`)
  // once the filtered events' index is in (the map keeps the previous one meanwhile), the group at the target's place
  // holds exactly the kept events there: the points name the right events
  const here = kept.filter((e) => e.place?.name === target.place!.name).map((e) => e.id).sort()
  await expect
    .poll(async () => ((await app.clusterOf(target.id).first().getAttribute('data-event-ids', { timeout: 1000 }).catch(() => '')) ?? '').split(' ').sort(), { timeout: 15_000 })
    .toEqual(here)
  // and opening it shows the target's own marker, which selects it
  const marker = await app.revealMarker(target.id)
  await marker.click()
  await expect(app.detail).toHaveAttribute('data-event-id', target.id)
})

test('searching 40,000 events: the letters show as they are typed, and the search applies once typing pauses', async ({ app, page }) => {
  const data = largeDataset()
  await page.route('**/forty-thousand.json', (route) => route.fulfill({ json: data }))
  await app.open({ data: '/forty-thousand.json' })
  const count = page.getByTestId('visible-count')
  await expect(count).toHaveText('40,000 of 40,000 events')
  // every change of the count while typing: "1", "12" and "123" each match a different number of titles
  await count.evaluate((el) => {
    const seen: string[] = []
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true })
    ;(window as unknown as { countsSeen: string[] }).countsSeen = seen
  })
  const search = page.getByTestId('search')
  await search.pressSequentially('123', { delay: 40 })
  await expect(search).toHaveValue('123')
  const expected = data.events.filter((e) => e.title.includes('123')).length
  await expect(count).toHaveText(`${expected.toLocaleString('en-US')} of 40,000 events`)
  expect(new Set(await page.evaluate(() => (window as unknown as { countsSeen: string[] }).countsSeen))).toEqual(new Set([`${expected.toLocaleString('en-US')} of 40,000 events`]))
  await expect(page).toHaveURL(/[?&]q=123(&|$)/)
  // Enter searches at once; Clear all empties the field, even with a search still waiting for a pause
  await search.fill('1234')
  await search.press('Enter')
  await expect(count).toHaveText(`${data.events.filter((e) => e.title.includes('1234')).length} of 40,000 events`)
  /** Types a letter and clicks Clear all before the pause: the field is empty, and stays so past the pause. */
  const typeThenClear = async (letter: string) => {
    await search.pressSequentially(letter, { delay: 0 })
    await page.getByTestId('clear-filters').click()
    await expect(search).toHaveValue('')
    await page.waitForTimeout(400)
    await expect(search).toHaveValue('')
    await expect(count).toHaveText('40,000 of 40,000 events')
  }
  await typeThenClear('5')
  // letters still waiting for the pause are something to clear too
  await expect(page.getByTestId('clear-filters')).toBeDisabled()
  await typeThenClear('7')
  await expect(page.getByTestId('clear-filters')).toBeDisabled()
})
