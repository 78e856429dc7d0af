// npm run bench [-- --sizes 1000,10000,100000 --changes 20 --selections 10 --targets chronomap,naive --port 4190 --out dist-bench/app --visits 5]
// Builds the app and a naive baseline, generates synthetic datasets, drives both in headless
// Chromium through the automation contract (?data=, data-state, window.chronomap) and prints
// the figures with their ratios. Benchmarks print figures; they are not timed tests.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join, resolve } from 'node:path'
import os from 'node:os'
import { chromium } from '@playwright/test'
import { resolveChromium } from '../e2e/browser.mjs'
import { generateDataset } from './generate.mjs'
import { median, p95, timeFilterChanges, timeInteractions } from './interactions.mjs'
import { startStaticServer } from '../scripts/serve-static.mjs'

const args = new Map()
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1])
const SIZES = (args.get('sizes') ?? '1000,10000,100000').split(',').map(Number)
const CHANGES = Number(args.get('changes') ?? 20)
const SELECTIONS = Number(args.get('selections') ?? 10)
const TIMEOUT = Number(args.get('timeout') ?? 90_000)
// first visits with the bundled dataset; their median is printed (this machine's runs vary by ±0.15 s)
const BUNDLED_VISITS = Number(args.get('visits') ?? 5)
const PORT = Number(args.get('port') ?? 4190)
// --targets chronomap skips the naive page (which needs minutes at 100,000 events)
const TARGETS = (args.get('targets') ?? 'chronomap,naive').split(',')
// --out builds somewhere else (two benchmarks at once must not share a folder)
const OUT = args.get('out') ?? 'dist-bench/app'
const BASE = `http://127.0.0.1:${PORT}`

const log = (...a) => console.error('[bench]', ...a)
const run = (cmd, argv) => execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'inherit'] })

log('building the app and the naive baseline')
run('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'])
if (TARGETS.includes('naive')) run('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--outDir', resolve(OUT, 'naive')])
mkdirSync(join(OUT, 'bench-data'), { recursive: true })
for (const n of SIZES) {
  const text = JSON.stringify(generateDataset(n))
  writeFileSync(join(OUT, 'bench-data', `events-${n}.json`), text)
  log(`dataset ${n}: ${(text.length / 1048576).toFixed(1)} MB`)
}

/** gzip size of the JavaScript index.html loads before anything else */
function initialJsGzip() {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8')
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1])
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(OUT, file))).length, 0)
}

// A plain static server with the app's CSP (scripts/serve-static.mjs), not `vite preview`: vite preview
// compresses every response on the fly (brotli), which at 100,000 events (57 MB) costs the server over two
// seconds per request — a cost of that development server, not of chronomap or of a real static host.
const server = await startStaticServer({ dir: OUT, port: PORT })
const stopServer = () => server.close()

const launch = resolveChromium()
const browser = await chromium.launch({ ...launch, args: [...launch.args, '--enable-precise-memory-info', '--js-flags=--expose-gc'] })

const LONG_TASKS = `
  window.__longTasks = []
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration) }).observe({ type: 'longtask', buffered: true })
`

async function measure(target, n) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(LONG_TASKS)
  const api = target === 'chronomap' ? 'chronomap' : 'naive'
  const url =
    target === 'chronomap' ? `${BASE}/?e2e=1&data=${encodeURIComponent(`/bench-data/events-${n}.json`)}` : `${BASE}/naive/naive.html?data=/bench-data/events-${n}.json`
  const result = { target, n }
  try {
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => document.querySelector('[data-state="ready"]') !== null, null, { timeout: TIMEOUT, polling: 'raf' })
    result.readyMs = await page.evaluate(() => performance.now())
    if (target === 'chronomap') {
      // where the time went: the app's performance marks (docs/automation.md)
      result.stages = await page.evaluate(() => {
        const at = (name) => performance.getEntriesByName(`chronomap:${name}`)[0]
        const validated = at('data-validated')
        const rel = (absolute) => (absolute === undefined ? undefined : absolute - performance.timeOrigin)
        return {
          validated: validated?.startTime,
          worker: validated?.detail ?? null,
          workerStarted: rel(validated?.detail?.startedAt),
          workerPosted: rel(validated?.detail?.postedAt),
          shown: at('data-shown')?.startTime,
          ready: at('ready')?.startTime,
        }
      })
    }
    await page.evaluate(() => { window.__longTasks = [] })
    const { windows: changes, selections, moved, inWindow, byCategory } = await timeInteractions(page, { api, n, changes: CHANGES, selections: SELECTIONS })
    result.byCategory = byCategory
    result.windowMedian = median(changes)
    result.windowP95 = p95(changes)
    result.selectMedian = median(selections)
    if (!moved.includes(null)) {
      result.selectMoving = selections.filter((_, k) => moved[k])
      result.selectInWindow = [...selections.filter((_, k) => !moved[k]), ...inWindow]
    }
    const tasks = await page.evaluate(() => window.__longTasks)
    // the filter changes after them, with their own long tasks (the table's column counts both)
    if (target === 'chronomap') {
      result.filters = await timeFilterChanges(page)
      tasks.push(...result.filters.map((f) => f.longest).filter((d) => d > 0))
    }
    result.longTaskMax = tasks.length ? Math.max(...tasks) : 0
    result.longTasksOver200 = tasks.filter((d) => d > 200).length
    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    result.heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576
  } catch (error) {
    result.error = String(error.message ?? error).split('\n')[0]
  }
  await context.close()
  return result
}

/**
 * The bundled dataset on a first visit: navigation to data-state="ready" as the benchmark sees it (the frame after
 * ready, and a round trip, later), and the app's own "chronomap:ready" mark (the moment the views reported drawn).
 */
async function measureBundled() {
  const seen = []
  const marked = []
  for (let i = 0; i < BUNDLED_VISITS; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${BASE}/?e2e=1`, { waitUntil: 'commit' })
    await page.waitForFunction(() => document.querySelector('[data-state="ready"]') !== null, null, { timeout: TIMEOUT, polling: 'raf' })
    const [now, mark] = await page.evaluate(() => [performance.now(), performance.getEntriesByName('chronomap:ready')[0]?.startTime])
    seen.push(now)
    if (mark !== undefined) marked.push(mark)
    await context.close()
  }
  return { seen: median(seen), marked: marked.length ? median(marked) : undefined }
}

log('measuring the bundled dataset (first visit)')
const bundledReady = await measureBundled()
const results = []
for (const n of SIZES) {
  for (const target of TARGETS) {
    log(`measuring ${target} with ${n} events`)
    results.push(await measure(target, n))
  }
}
await browser.close()
await stopServer()

const fmt = (v, digits = 0) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits))
const js = initialJsGzip()
const lines = []
lines.push(`chronomap benchmark — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium headless`)
lines.push(`initial JavaScript (gzip): ${(js / 1024).toFixed(1)} kB`)
lines.push(
  `bundled dataset, first visit, navigation to ready: ${fmt(bundledReady.seen)} ms as seen by the benchmark, the app's ready mark at ${fmt(bundledReady.marked)} ms (medians of ${BUNDLED_VISITS})`,
)
lines.push('')
lines.push('| events | page | ready (ms) | window change median / p95 (ms) | selection median (ms) | longest task (ms) | tasks > 200 ms | heap (MB) |')
lines.push('|---:|---|---:|---:|---:|---:|---:|---:|')
for (const r of results) {
  const row = r.error
    ? `| ${r.n} | ${r.target} | failed: ${r.error} | | | | | |`
    : `| ${r.n} | ${r.target} | ${fmt(r.readyMs)} | ${fmt(r.windowMedian, 1)} / ${fmt(r.windowP95, 1)} | ${fmt(r.selectMedian, 1)} | ${fmt(r.longTaskMax)} | ${r.longTasksOver200} | ${fmt(r.heapMB, 0)} |`
  lines.push(row)
}
lines.push('')
lines.push('Selections (chronomap) of an event outside the window, which the window then moves to, and of one in it')
lines.push(`(the table's selections, and ${SELECTIONS} more of events in the window, each a row next to the last one selected):`)
for (const r of results) {
  if (r.target !== 'chronomap' || r.error || !r.selectMoving) continue
  const part = (xs) => (xs.length ? `${xs.length}, median ${fmt(median(xs), 1)} ms` : 'none')
  lines.push(`- ${r.n}: moving the window ${part(r.selectMoving)}; in the window ${part(r.selectInWindow)}`)
}
lines.push('')
lines.push(`Window changes (chronomap) with a row per category, ${CHANGES} other windows:`)
for (const r of results) {
  if (r.target !== 'chronomap' || r.error || !r.byCategory?.length) continue
  lines.push(`- ${r.n}: median ${fmt(median(r.byCategory), 1)} / p95 ${fmt(p95(r.byCategory), 1)} ms`)
}
lines.push('')
lines.push('Filter changes (chronomap) in the filter panel: ms from the change to two frames after it; longest task from the')
lines.push('change until the page is quiet (the table\'s longest-task column includes these):')
for (const r of results) {
  if (r.target !== 'chronomap' || r.error || !r.filters?.length) continue
  lines.push(`- ${r.n}: ${r.filters.map((f) => `${f.label} ${fmt(f.ms)} ms (task ${fmt(f.longest)})`).join('; ')}`)
}
lines.push('')
lines.push('Ratios (naive ÷ chronomap; above 1 means chronomap is faster or smaller):')
for (const n of SIZES) {
  const c = results.find((r) => r.n === n && r.target === 'chronomap')
  const v = results.find((r) => r.n === n && r.target === 'naive')
  if (!c || !v || c.error) continue
  if (v.error) {
    lines.push(`- ${n}: naive page failed (${v.error})`)
    continue
  }
  lines.push(`- ${n}: ready ×${fmt(v.readyMs / c.readyMs, 1)}, window change ×${fmt(v.windowMedian / c.windowMedian, 1)}, selection ×${fmt(v.selectMedian / c.selectMedian, 1)}, heap ×${fmt(v.heapMB / c.heapMB, 1)}`)
}
lines.push('')
lines.push('Where the time to ready goes (chronomap; ms since navigation, worker stages in ms):')
lines.push('')
lines.push('| events | worker starts the download | worker: read (download, with parsing and validating during it) / parse / validate | worker done (last batch sent) | page has every event | shown (store set) | ready |')
lines.push('|---:|---:|---:|---:|---:|---:|---:|')
for (const r of results) {
  if (r.target !== 'chronomap' || !r.stages) continue
  const w = r.stages.worker ?? {}
  lines.push(`| ${r.n} | ${fmt(r.stages.workerStarted)} | ${fmt(w.read)} / ${fmt(w.parse)} / ${fmt(w.validate)} | ${fmt(r.stages.workerPosted)} | ${fmt(r.stages.validated)} | ${fmt(r.stages.shown)} | ${fmt(r.stages.ready)} |`)
}
const report = lines.join('\n')
console.log(report)
mkdirSync('bench-results', { recursive: true })
writeFileSync(join('bench-results', `bench-${Date.now()}.json`), JSON.stringify({ results, initialJsGzip: js, bundledReady }, null, 2))
const failed = results.filter((r) => r.target === 'chronomap' && r.error)
if (failed.length) {
  console.error(`chronomap failed: ${failed.map((r) => `${r.n}: ${r.error}`).join('; ')}`)
  process.exit(1)
}

