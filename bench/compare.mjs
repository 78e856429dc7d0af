// npm run bench:compare -- --base <git ref> [--sizes bundled,10000,100000] [--rounds 8] [--port 4290] [--interactions 1] [--filters 1] [--mbit 100]
// Time to data-state="ready" of two versions of chronomap, measured alternately in the same minutes: the working
// tree and a commit (built from a temporary git worktree). On a small shared machine the figures drift by tens of
// per cent from hour to hour (docs/performance.md), so a before/after taken at different times says little; taken
// in turns, round after round, it does. Each visit is a fresh browser context (a first visit). Prints medians.
// --interactions 1: after each visit with a synthetic dataset, the benchmark's window changes and selections too
// (bench/interactions.mjs), their medians over all rounds.
// --filters 1: after each visit with a synthetic dataset, the benchmark's filter changes (a category off and on, a
// search of one word and of two, cleared; bench/interactions.mjs), each one's median time and its longest task.
// --mbit N: the page's downloads throttled to N Mbit/s (with 20 ms latency), as over a network rather than from
// this machine's own server; through the DevTools protocol, which throttles the loader worker's download too.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { resolveChromium } from '../e2e/browser.mjs'
import { generateDataset } from './generate.mjs'
import { median, p95, timeFilterChanges, timeInteractions } from './interactions.mjs'
import { startStaticServer } from '../scripts/serve-static.mjs'

const args = new Map()
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1])
const BASE_REF = args.get('base')
if (!BASE_REF) {
  console.error('usage: npm run bench:compare -- --base <git ref> [--sizes bundled,10000] [--rounds 8] [--port 4290]')
  process.exit(2)
}
const SIZES = (args.get('sizes') ?? 'bundled,10000').split(',')
const ROUNDS = Number(args.get('rounds') ?? 8)
const PORT = Number(args.get('port') ?? 4290)
const TIMEOUT = Number(args.get('timeout') ?? 120_000)
const INTERACTIONS = args.get('interactions') === '1'
const FILTERS = args.get('filters') === '1'
const MBIT = args.has('mbit') ? Number(args.get('mbit')) : null
if (MBIT !== null && !(MBIT > 0)) {
  console.error('--mbit needs a positive number of Mbit/s')
  process.exit(2)
}
const OUT = resolve('dist-bench/compare')
const log = (...a) => console.error('[compare]', ...a)
const run = (cmd, argv, cwd) => execFileSync(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'inherit'] })

const commit = execFileSync('git', ['rev-parse', '--short', BASE_REF], { encoding: 'utf8' }).trim()
const sides = [
  { name: `base ${commit}`, dir: join(OUT, 'base'), port: PORT },
  { name: 'working tree', dir: join(OUT, 'head'), port: PORT + 1 },
]

log(`building the working tree`)
run('npx', ['vite', 'build', '--outDir', sides[1].dir, '--emptyOutDir', '--logLevel', 'warn'])
log(`building ${BASE_REF} (${commit}) in a temporary worktree`)
const tree = mkdtempSync(join(tmpdir(), 'chronomap-compare-'))
try {
  run('git', ['worktree', 'add', '--detach', tree, commit])
  symlinkSync(resolve('node_modules'), join(tree, 'node_modules'), 'dir')
  run('npx', ['vite', 'build', '--outDir', sides[0].dir, '--emptyOutDir', '--logLevel', 'warn'], tree)
} finally {
  if (existsSync(tree)) run('git', ['worktree', 'remove', '--force', tree])
}

for (const size of SIZES.filter((s) => s !== 'bundled')) {
  const text = JSON.stringify(generateDataset(Number(size)))
  for (const side of sides) {
    mkdirSync(join(side.dir, 'bench-data'), { recursive: true })
    writeFileSync(join(side.dir, 'bench-data', `events-${size}.json`), text)
  }
}

const servers = await Promise.all(sides.map((side) => startStaticServer({ dir: side.dir, port: side.port })))
const launch = resolveChromium()
const browser = await chromium.launch(launch)

/** Time to ready of one first visit; with --interactions, the interactions' times go into `interactions`. */
async function visit(side, size, interactions) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  if (MBIT !== null) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: (MBIT * 1e6) / 8, uploadThroughput: (MBIT * 1e6) / 8 })
  }
  if (FILTERS) {
    await page.addInitScript(() => {
      window.__longTasks = []
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration) }).observe({ type: 'longtask', buffered: true })
    })
  }
  const query = size === 'bundled' ? '?e2e=1' : `?e2e=1&data=${encodeURIComponent(`/bench-data/events-${size}.json`)}`
  try {
    await page.goto(`http://127.0.0.1:${side.port}/${query}`, { waitUntil: 'commit' })
    await page.waitForFunction(() => document.querySelector('[data-state="ready"]') !== null, null, { timeout: TIMEOUT, polling: 'raf' })
    const ready = await page.evaluate(() => performance.now())
    if (INTERACTIONS && size !== 'bundled') {
      const { windows, selections, inWindow } = await timeInteractions(page, { n: Number(size), changes: 20, selections: 10 })
      interactions.windows.push(...windows)
      interactions.selections.push(...selections)
      interactions.inWindow.push(...inWindow)
    }
    if (FILTERS && size !== 'bundled') {
      // a quiet moment first: the page's work after ready (idle-time indexes) is not the filter's
      await page.waitForTimeout(3000)
      for (const { label, ms, longest } of await timeFilterChanges(page)) {
        interactions.filters[label] ??= { ms: [], longest: [] }
        interactions.filters[label].ms.push(ms)
        interactions.filters[label].longest.push(longest)
      }
    }
    return ready
  } finally {
    await context.close()
  }
}

const rows = []
for (const size of SIZES) {
  const times = sides.map(() => [])
  const interactions = sides.map(() => ({ windows: [], selections: [], inWindow: [], filters: {} }))
  for (let round = 0; round < ROUNDS; round++) {
    // the order alternates too, so neither version always goes first
    const order = round % 2 ? [1, 0] : [0, 1]
    for (const k of order) times[k].push(await visit(sides[k], size, interactions[k]))
    log(`${size}: round ${round + 1} of ${ROUNDS}`)
  }
  rows.push({ size, times, interactions })
}
await browser.close()
await Promise.all(servers.map((server) => server.close()))

const fmt = (ms) => Math.round(ms).toLocaleString('en-GB')
console.log(`chronomap compare — ${new Date().toISOString()} — navigation to data-state="ready", ms, median of ${ROUNDS} alternating rounds${MBIT === null ? '' : `, downloads at ${MBIT} Mbit/s`}`)
console.log('')
console.log(`| events | ${sides[0].name} | ${sides[1].name} | change |`)
console.log('|---|---:|---:|---:|')
for (const { size, times } of rows) {
  const [a, b] = times.map(median)
  const change = ((b - a) / a) * 100
  console.log(`| ${size === 'bundled' ? 'bundled (first visit)' : size} | ${fmt(a)} | ${fmt(b)} | ${change > 0 ? '+' : ''}${change.toFixed(1)} % |`)
}
if (INTERACTIONS) {
  const ms = (x) => x.toFixed(1)
  console.log('')
  console.log(`Interactions (ms, over all rounds: 20 window changes, 10 selections and 10 more in the window per visit): window change median / p95; selection median / p95; in the window median / p95`)
  console.log('')
  console.log(`| events | ${sides[0].name} | ${sides[1].name} |`)
  console.log('|---|---:|---:|')
  for (const { size, interactions } of rows) {
    if (size === 'bundled') continue
    const cell = ({ windows, selections, inWindow }) =>
      `${ms(median(windows))} / ${ms(p95(windows))}; ${ms(median(selections))} / ${ms(p95(selections))}; ${ms(median(inWindow))} / ${ms(p95(inWindow))}`
    console.log(`| ${size} | ${cell(interactions[0])} | ${cell(interactions[1])} |`)
  }
}
if (FILTERS) {
  console.log('')
  console.log('Filter changes (ms from the change to two frames after it, median over all rounds; in brackets the longest task it caused, median / max):')
  console.log('')
  console.log(`| events | change | ${sides[0].name} | ${sides[1].name} |`)
  console.log('|---|---|---:|---:|')
  for (const { size, interactions } of rows) {
    if (size === 'bundled') continue
    for (const label of Object.keys(interactions[0].filters)) {
      const cell = (side) => {
        const f = side.filters[label]
        return f ? `${fmt(median(f.ms))} (${fmt(median(f.longest))} / ${fmt(Math.max(...f.longest))})` : '–'
      }
      console.log(`| ${size} | ${label} | ${cell(interactions[0])} | ${cell(interactions[1])} |`)
    }
  }
}
console.log('')
for (const { size, times } of rows) console.log(`${size}: ${sides.map((side, k) => `${side.name} [${times[k].map(fmt).join(', ')}]`).join('; ')}`)
rmSync(OUT, { recursive: true, force: true })
