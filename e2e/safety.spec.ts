import { test, expect } from './fixtures'
import { bundledDataset, bundledRaw } from './data'

const dataset = bundledDataset()

test('source links are http(s) only, open safely and show their host', async ({ app, page }) => {
  await app.open()
  for (const event of dataset.events.filter((e) => e.sources.some((s) => s.url)).slice(0, 12)) {
    await app.listRow(event.id).click()
    const links = page.getByTestId('detail-sources').locator('a')
    await expect(links).toHaveCount(event.sources.filter((s) => s.url).length)
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href')) ?? ''
      expect(href).toMatch(/^https?:\/\//)
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
      await expect(link).toHaveAttribute('target', '_blank')
      const host = new URL(href).hostname
      await expect(link.locator('xpath=..')).toContainText(host)
    }
  }
})

const PAYLOAD = '<img src=x onerror="window.__pwned=1">'

test('bad records are listed with position, field and reason; the rest loads; data never becomes HTML', async ({ app, page }) => {
  const raw = bundledRaw()
  const events = raw.events
  events[0] = { ...events[0], title: { en: `${PAYLOAD} hostile`, de: `${PAYLOAD} feindlich` } }
  events.push({ ...events[1], id: 'bad-date', start: '2022-02-30T10:00+03:00' })
  events.push({ ...events[1], id: 'bad-link', sources: [{ publisher: 'X', url: 'javascript:window.__pwned=1' }] })
  events.push({ ...events[1], id: 'zero-island', place: { name: 'Nowhere', lat: 'NaN', lon: 0 } })
  events.push({ ...events[2] })
  await page.route('**/assets/events-2022-10-*.json', (route) => route.fulfill({ json: raw }))
  await app.open()

  const problems = page.getByTestId('load-problems')
  await expect(problems).toHaveAttribute('role', 'alert')
  await expect(problems).toContainText('4 records could not be loaded')
  const n = dataset.events.length
  await expect(problems.locator(`[data-record="${n + 1}"]`)).toContainText('start')
  await expect(problems.locator(`[data-record="${n + 1}"]`)).toContainText('day 30 does not exist')
  await expect(problems.locator(`[data-record="${n + 2}"]`)).toContainText('sources[0].url')
  await expect(problems.locator(`[data-record="${n + 3}"]`)).toContainText('place.lat')
  await expect(problems.locator(`[data-record="${n + 4}"]`)).toContainText('duplicate id')

  // the rest loads: every good event is there, the hostile title as plain text
  await expect(app.listRows()).toHaveCount(n)
  const id = String(events[0]!['id'])
  await expect(app.listRow(id)).toContainText(`${PAYLOAD} hostile`)
  await expect(app.timelineItem(id)).toContainText(`${PAYLOAD} hostile`)
  await app.listRow(id).click()
  await expect(app.detail.locator('h2')).toContainText(`${PAYLOAD} hostile`)
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  // nothing was pinned at 0,0 for the record with a broken coordinate
  await expect(app.marker('zero-island')).toHaveCount(0)
})

test('a file with no valid event shows the reason and the error state', async ({ page, consoleErrors }) => {
  await page.route('**/assets/events-2022-10-*.json', (route) => route.fulfill({ body: '{"version": 1, "events": [' }))
  await page.goto('/?e2e=1')
  await expect(page.getByTestId('app')).toHaveAttribute('data-state', 'error')
  await expect(page.getByRole('alert')).toContainText('not valid JSON')
  expect(consoleErrors).toEqual([])
})
