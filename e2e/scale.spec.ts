/**
 * A dataset large enough for the cluster index to be built off the page (src/map/clusterInput.ts, WORKER_FROM): the
 * loader worker builds it right after the result (docs/adr/0010), and the map shows every placed event once.
 */
import { test, expect } from './fixtures'

const EVENTS = 40_000
const CATEGORIES = ['a', 'b', 'c', 'd']

/** 40,000 events over a year, a fifth of them without a place, the rest at 50 places in Europe and Africa. */
function largeDataset() {
  const start = Date.UTC(2022, 0, 1)
  return {
    format: 'chronomap',
    version: 1,
    title: 'Forty thousand events',
    categories: CATEGORIES.map((id, k) => ({ id, label: `Category ${id}`, color: ['#D55E00', '#0072B2', '#009E73', '#E69F00'][k] })),
    events: Array.from({ length: EVENTS }, (_, k) => ({
      id: `e${k}`,
      title: `Event ${k}`,
      start: new Date(start + ((k * 7919) % 365) * 86_400_000 + (k % 24) * 3_600_000).toISOString().slice(0, 16) + 'Z',
      category: CATEGORIES[k % CATEGORIES.length],
      ...(k % 5 === 0 ? {} : { place: { name: `Place ${k % 50}`, lat: 5 + ((k * 37) % 50), lon: -5 + ((k * 53) % 50) * 0.8 } }),
    })),
  }
}

test('40,000 events from a link: the map groups them and counts every placed event once', async ({ app, page }) => {
  const data = largeDataset()
  await page.route('**/forty-thousand.json', (route) => route.fulfill({ json: data }))
  await app.open({ data: '/forty-thousand.json' })
  expect(await page.evaluate(() => (window as unknown as { chronomap: { state(): { total: number } } }).chronomap.state().total)).toBe(EVENTS)
  await expect(app.clusters().first()).toBeVisible()
  await expect.poll(() => app.placedEventCount()).toBe((EVENTS * 4) / 5)
})
