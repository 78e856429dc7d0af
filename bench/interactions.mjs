// The benchmark's interactions, shared by bench/run.mjs and bench/compare.mjs: timeline window changes (zooms and
// pans over the synthetic datasets' two years) and selections, each timed from the call to window.chronomap (or
// the naive page's window.naive) until it resolves, i.e. until both views have drawn it (docs/automation.md).
import { SPAN_END, SPAN_START } from './generate.mjs'

/** `count` windows from a fixed seed: every run and every version gets the same ones. */
export function randomWindows(count, seed = 7) {
  let s = seed
  const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647)
  const span = SPAN_END - SPAN_START
  return Array.from({ length: count }, (_, i) => {
    // alternate zooms (from two years down to a day) and pans
    const width = i % 2 ? span / 2 ** Math.floor(rnd() * 9) : 86_400_000 * (1 + rnd() * 60)
    const start = SPAN_START + rnd() * (span - width)
    return [start, start + width]
  })
}

/**
 * Times `changes` window changes, then `selections` selections of events spread over a dataset of `n`, in ms; for
 * chronomap also `selections` selections in the window and `changes` window changes with a row per category.
 */
export async function timeInteractions(page, { api = 'chronomap', n, changes, selections }) {
  const windows = []
  for (const [a, b] of randomWindows(changes)) {
    windows.push(await page.evaluate(async ([api, a, b]) => { const t = performance.now(); await window[api].setWindow(a, b); return performance.now() - t }, [api, a, b]))
  }
  const selected = []
  // whether each selection also moved the timeline's window (an event outside it): read where the page says
  const moved = []
  for (let i = 0; i < selections; i++) {
    const id = `ev-${Math.floor((i * 7919) % n)}`
    const { ms, move } = await page.evaluate(async ([api, id]) => {
      const windowOf = () => JSON.stringify(window[api].state?.().window ?? null)
      const before = windowOf()
      const t = performance.now()
      await window[api].select(id)
      const ms = performance.now() - t
      return { ms, move: window[api].state ? windowOf() !== before : null }
    }, [api, id])
    selected.push(ms)
    moved.push(move)
  }
  // and, where the page says what is in its window (chronomap), selections of events in the window, as a click on a
  // marker or a row in view would make: the list's rows in view that are not dimmed, nearest the selection first
  const inWindow = []
  for (let i = 0; i < selections; i++) {
    const id = await page.evaluate((api) => {
      if (!window[api].state) return null
      const selected = window[api].state().selectedId
      const rows = [...document.querySelectorAll('[data-testid="event-list"] [role="option"][data-event-id]:not(.is-outside)')]
      const at = rows.findIndex((row) => row.getAttribute('data-event-id') === selected)
      const next = rows[at + 1] ?? rows[at - 1]
      return next?.getAttribute('data-event-id') ?? null
    }, api)
    if (id === null) break
    inWindow.push(await page.evaluate(async ([api, id]) => { const t = performance.now(); await window[api].select(id); return performance.now() - t }, [api, id]))
  }
  // and window changes with a row per category (chronomap's timeline has that layout too), over other windows
  const byCategory = []
  const rows = page.getByTestId('timeline-rows')
  if (api === 'chronomap' && (await rows.count()) === 1) {
    await rows.click()
    await page.waitForTimeout(500)
    for (const [a, b] of randomWindows(changes, 11)) {
      byCategory.push(await page.evaluate(async ([api, a, b]) => { const t = performance.now(); await window[api].setWindow(a, b); return performance.now() - t }, [api, a, b]))
    }
    await rows.click()
  }
  return { windows, selections: selected, moved, inWindow, byCategory }
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? NaN

/**
 * chronomap's filter changes, as a reader makes them in the filter panel: a category unticked and ticked again, a
 * search of one word, then of two, then cleared (each typed at once and confirmed with Enter). Each is timed from the change (made in the page, as the input's own
 * event) to two animation frames after it, like setWindow and select; `longest` is the longest main-thread task from
 * the change until the page has been quiet for a moment (the work a change leaves for later counts too).
 */
export async function timeFilterChanges(page) {
  const changes = [
    ['category off', { category: true }],
    ['category on', { category: true }],
    ['search "drone"', { search: 'drone' }],
    ['search "drone convoy"', { search: 'drone convoy' }],
    ['search cleared', { search: '' }],
  ]
  const out = []
  for (const [label, change] of changes) {
    await page.evaluate(() => { window.__longTasks = [] })
    const ms = await page.evaluate(async ({ category, search }) => {
      const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
      const t = performance.now()
      if (category) document.querySelector('[data-testid="legend"] li[data-category] input')?.click()
      else {
        const input = document.querySelector('[data-testid="search"]')
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, search)
        input.dispatchEvent(new Event('input', { bubbles: true }))
        // and Enter, which searches at once (from 20,000 events the field otherwise waits for a pause in typing)
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
      }
      await frames()
      return performance.now() - t
    }, change)
    await page.waitForTimeout(1500)
    const tasks = await page.evaluate(() => window.__longTasks)
    out.push({ label, ms, longest: tasks.length ? Math.max(...tasks) : 0 })
  }
  return out
}
