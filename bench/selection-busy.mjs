// node bench/selection-busy.mjs <N> <selections> <rounds> <base URL> [<base URL> ...]
// The page's main-thread time per selection that moves the timeline's window: a Chrome trace of `selections`
// selections per visit, the main thread's tasks summed between each call to window.chronomap.select and its
// answer. Visits alternate between the builds served at the base URLs (each with /bench-data/events-<N>.json
// beside it, as `npm run bench` writes it), `rounds` visits each. Thread time varies less than the wall time the
// benchmark prints (docs/performance.md, eleventh session): use it to compare two versions of the selection path.
// The trace itself adds to the figures, so compare its figures only with each other.
import { chromium } from '@playwright/test'
import { resolveChromium } from '../e2e/browser.mjs'

const [n, count, rounds, ...bases] = process.argv.slice(2)
if (!n || !count || !rounds || bases.length === 0) {
  console.error('usage: node bench/selection-busy.mjs <N> <selections> <rounds> <base URL> [<base URL> ...]')
  process.exit(2)
}
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])
const browser = await chromium.launch(resolveChromium())
const busy = bases.map(() => [])
for (let round = 0; round < Number(rounds); round++) {
  for (let b = 0; b < bases.length; b++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${bases[b]}/?e2e=1&data=${encodeURIComponent(`/bench-data/events-${n}.json`)}`)
    await page.waitForSelector('[data-state="ready"]', { timeout: 120_000 })
    // a window of 19 days: the selections below are of events spread over the dataset's two years, almost all
    // outside the window the previous one left, so almost every one moves it
    await page.evaluate(() => window.chronomap.setWindow('2023-03-01', '2023-03-20'))
    await page.waitForTimeout(300)
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] })
    for (let i = 1; i <= Number(count); i++) {
      const id = `ev-${(i * 7919 + round * 31) % Number(n)}`
      await page.evaluate(async (id) => {
        performance.mark('selection-start')
        await window.chronomap.select(id)
        performance.mark('selection-end')
      }, id)
      await page.waitForTimeout(100)
    }
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents
    const starts = events.filter((e) => e.name === 'selection-start').map((e) => e.ts)
    const ends = events.filter((e) => e.name === 'selection-end').map((e) => e.ts)
    const main = events.find((e) => e.name === 'selection-start')?.tid
    const tasks = events.filter((e) => e.tid === main && e.ph === 'X' && TASKS.has(e.name))
    starts.forEach((start, k) => {
      let sum = 0
      for (const task of tasks) sum += Math.max(0, Math.min(task.ts + task.dur, ends[k]) - Math.max(task.ts, start))
      busy[b].push(sum / 1000)
    })
    await page.close()
  }
}
await browser.close()
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
bases.forEach((base, b) => console.log(`${base}: main-thread time per selection, median ${median(busy[b]).toFixed(1)} ms over ${busy[b].length} selections`))
