// node bench/threads.mjs <base URL> <bundled|events> [thread name]
// Where the processor time goes on the way to data-state="ready": a Chrome trace of one visit (the bundled dataset,
// or /bench-data/events-<N>.json as `npm run bench` writes it, served under <base URL>), and per thread the
// thread time (CPU, not wall time) of its top-level tasks from navigation to ready, in total and per 500 ms. With a
// thread name (for example CrRendererMain, DedicatedWorker, ThreadPoolForeground), also what that thread's time
// went to, by trace event. On two cores, the sum over threads is what a change has to shrink (docs/performance.md).
import { chromium } from '@playwright/test'
import { resolveChromium } from '../e2e/browser.mjs'

const [base, size, focus] = process.argv.slice(2)
if (!base || !size) {
  console.error('usage: node bench/threads.mjs <base URL> <bundled|events> [thread name]')
  process.exit(2)
}
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask'])
const BUCKET = 500_000

const browser = await chromium.launch(resolveChromium())
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
await browser.startTracing(page, {
  categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata', 'blink.user_timing', 'loading', 'v8.execute', 'v8', 'disabled-by-default-v8.gc'],
})
await page.goto(size === 'bundled' ? `${base}/?e2e=1` : `${base}/?e2e=1&data=${encodeURIComponent(`/bench-data/events-${size}.json`)}`)
await page.waitForSelector('[data-state="ready"]', { timeout: 120_000 })
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents
await browser.close()

const threads = new Map()
const processes = new Map()
for (const e of events) {
  if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name)
  if (e.name === 'process_name') processes.set(e.pid, e.args.name)
}
const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('e2e=1'))?.ts
const ready = events.find((e) => e.name === 'chronomap:ready')?.ts
if (start === undefined || ready === undefined) throw new Error('no navigation or no chronomap:ready mark in the trace')
const within = (e) => e.ph === 'X' && e.ts >= start && e.ts <= ready
const cpu = (e) => e.tdur ?? e.dur

// top-level tasks only: a task inside another is not counted twice
const tasks = new Map()
for (const e of events) {
  if (!within(e) || !TASKS.has(e.name)) continue
  const key = `${e.pid}:${e.tid}`
  if (!tasks.has(key)) tasks.set(key, [])
  tasks.get(key).push(e)
}
const rows = []
for (const [key, list] of tasks) {
  list.sort((a, b) => a.ts - b.ts)
  const row = { name: `${processes.get(Number(key.split(':')[0])) ?? '?'} / ${threads.get(key) ?? '?'} ${key.split(':')[1]}`, total: 0, buckets: [] }
  let end = 0
  for (const e of list) {
    if (e.ts < end) continue
    end = e.ts + e.dur
    row.total += cpu(e)
    const b = Math.floor((e.ts - start) / BUCKET)
    row.buckets[b] = (row.buckets[b] ?? 0) + cpu(e)
  }
  rows.push(row)
}
const columns = Math.ceil((ready - start) / BUCKET)
const all = rows.reduce((sum, row) => sum + row.total, 0)
console.log(`ready at ${Math.round((ready - start) / 1000)} ms; thread time of all threads ${Math.round(all / 1000)} ms`)
console.log('thread time (ms) per thread, then per 500 ms since navigation')
for (const row of rows.sort((a, b) => b.total - a.total).filter((r) => r.total >= 20_000)) {
  const buckets = Array.from({ length: columns }, (_, i) => String(Math.round((row.buckets[i] ?? 0) / 1000)).padStart(5)).join('')
  console.log(`${String(Math.round(row.total / 1000)).padStart(6)}  ${row.name.padEnd(48)}${buckets}`)
}
if (focus) {
  const byName = new Map()
  for (const e of events) {
    if (!within(e) || TASKS.has(e.name) || !(threads.get(`${e.pid}:${e.tid}`) ?? '').includes(focus)) continue
    byName.set(e.name, (byName.get(e.name) ?? 0) + cpu(e))
  }
  console.log(`\n${focus}: thread time by trace event (nested events are counted in their parents too)`)
  for (const [name, time] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${String(Math.round(time / 1000)).padStart(6)}  ${name}`)
}
