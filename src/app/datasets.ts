/**
 * Which dataset is shown: the bundled one (or a deployment's own default), one the user
 * imported (kept in IndexedDB), or one named by ?data=. Nothing the user had is lost:
 * a dataset from a link replaces the user's own imported data only after they accept it.
 */
import bundledUrl from '../../data/events-2022-10.json?url'
import { fetchDataset } from '../data/load'
import { keepLoadedDataset, loadDataset, prewarmLoader, type LoadSource } from '../data/loader'
import type { LoadOutcome, LoadStage } from '../data/pipeline'
import { checkDataUrl, fetchDatasetBytes } from '../data/remote'
import type { ValidationResult } from '../data/validate'
import { BUNDLED_ID, useAppStore, type DatasetInfo } from '../store/appStore'
import * as db from '../store/datasetsDb'
import { EMPTY_FILTERS } from '../store/filters'
import type { UrlState } from '../store/url'
import { mark } from '../lib/marks'

const BUNDLED: DatasetInfo = { id: BUNDLED_ID, name: '', origin: 'bundled', eventCount: 0 }
export const DATA_PARAM = 'data'

function store() {
  return useAppStore.getState()
}

/** The progress bar's state; it changes (and the page re-renders) at most once per stage and whole percent. */
function setProgress(stage: LoadStage | null, fraction = 0) {
  const current = useAppStore.getState().loadProgress
  if (stage && current && current.stage === stage && Math.floor(current.fraction * 100) === Math.floor(fraction * 100)) return
  useAppStore.setState({ loadProgress: stage ? { stage, fraction } : null })
}

async function storedList(): Promise<DatasetInfo[]> {
  try {
    return (await db.listDatasets()).map((d) => ({ id: d.id, name: d.name, origin: 'imported', eventCount: d.eventCount }))
  } catch {
    store().addNotice({ key: 'storage.unavailable' })
    return []
  }
}

async function refreshList(activeId?: string) {
  const bundledCount = activeId === BUNDLED_ID ? (store().dataset?.events.length ?? 0) : (store().datasetList.find((d) => d.id === BUNDLED_ID)?.eventCount ?? 0)
  store().setDatasetList([{ ...BUNDLED, eventCount: bundledCount }, ...(await storedList())], activeId)
}

function show(result: ValidationResult, id: string, reset: boolean) {
  if (reset) useAppStore.setState({ filters: EMPTY_FILTERS, window: null, selectedId: null })
  store().setLoadResult(result)
  useAppStore.setState({ activeDatasetId: id })
  mark('data-shown')
}

/**
 * checkDataUrl lets same-origin addresses through by comparing with the page's origin;
 * a relative address resolves against the page itself (the app may live in a folder).
 */
function checkLink(text: string): ReturnType<typeof checkDataUrl> {
  let absolute = text
  try {
    absolute = new URL(text, window.location.href).href
  } catch {
    // left as it is: checkDataUrl says why it is no address
  }
  return checkDataUrl(absolute, window.location.origin)
}

/** The deployment's default dataset: `data` in a config.json beside index.html, else the bundled file. */
async function defaultDatasetUrl(): Promise<string> {
  try {
    const response = await fetch('config.json', { credentials: 'omit' })
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return bundledUrl
    const config = (await response.json()) as { data?: unknown }
    if (typeof config.data === 'string') {
      const checked = checkLink(config.data)
      if ('url' in checked) return checked.url.href
      store().addNotice({ key: 'config.badData', params: { reason: checked.error } })
    }
  } catch {
    // no config.json: the bundled dataset it is
  }
  return bundledUrl
}

function fetchDefaultDataset(): Promise<ValidationResult> {
  return defaultDatasetUrl().then(fetchDataset)
}

export async function showBundled(reset = false, prefetched?: Promise<ValidationResult>): Promise<void> {
  const result = await (prefetched ?? fetchDefaultDataset())
  show(result, BUNDLED_ID, reset)
  await db.setActiveId(null).catch(() => undefined)
  await refreshList(BUNDLED_ID)
}

async function showStored(id: string, reset: boolean): Promise<boolean> {
  let record: db.StoredDataset | null
  try {
    record = await db.readDataset(id)
  } catch {
    record = null
  }
  if (!record) return false
  const outcome = await loadDataset({ kind: 'text', text: record.json, fileName: `${record.name}.json` }).promise.catch(() => null)
  // validated again on read: a record that no longer validates is not shown
  if (!outcome?.dataset) return false
  show({ dataset: outcome.dataset, problems: outcome.problems }, id, reset)
  await db.setActiveId(id).catch(() => undefined)
  await refreshList(id)
  return true
}

/** Keeps an accepted dataset in IndexedDB and shows it. */
export async function acceptImport(outcome: LoadOutcome, name: string, origin: string, id = `import-${Date.now()}`): Promise<void> {
  const dataset = outcome.dataset
  if (!dataset) return
  // a file or pasted text replaces what a link showed: a reload must not bring the link's data back
  if (!id.startsWith('url:')) dropDataParam()
  // shown first; kept in IndexedDB right after, off the path to a drawn page
  show({ dataset, problems: outcome.problems }, id, true)
  try {
    const record = { id, name, origin, importedAt: Date.now(), recordVersion: db.RECORD_VERSION }
    // the worker that loaded it serialises and stores it; only if it cannot, this thread does
    if (!(await keepLoadedDataset(outcome.keepId, record))) {
      const { toNativeJson } = await import('../data/export')
      await db.saveDataset({ ...record, eventCount: dataset.events.length, json: toNativeJson(dataset) })
    }
    await db.setActiveId(id)
  } catch {
    store().addNotice({ key: 'storage.unavailable' })
  }
  await refreshList(id)
}

export function importSource(source: LoadSource, options: Parameters<typeof loadDataset>[1] = {}) {
  return loadDataset(source, options)
}

export async function switchDataset(id: string): Promise<void> {
  dropDataParam()
  if (id === BUNDLED_ID || !(await showStored(id, true))) {
    if (id !== BUNDLED_ID) store().addNotice({ key: 'storage.corrupt' })
    await showBundled(true)
  }
}

export async function removeDataset(id: string): Promise<void> {
  await db.deleteDataset(id).catch(() => undefined)
  if (store().activeDatasetId === id) {
    // the link that brought it would bring it back on the next reload
    dropDataParam()
    await showBundled(true)
  } else await refreshList()
}

function dropDataParam() {
  const params = new URLSearchParams(window.location.search)
  if (!params.has(DATA_PARAM)) return
  params.delete(DATA_PARAM)
  const search = params.toString()
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`)
}

/** ?data=<url>: checked here, then fetched (no credentials, a size cap, a timeout), parsed and validated in the worker. */
function startLinkLoad(link: string): { href: string; name: string; outcome: Promise<LoadOutcome> } | { error: string } {
  const checked = checkLink(link)
  if ('error' in checked) return checked
  const href = checked.url.href
  const fileName = checked.url.pathname.split('/').pop()
  setProgress('read')
  prewarmLoader()
  // downloaded by this page (it starts at once; the worker takes a moment to start), parsed and validated in the
  // worker, which gets the bytes transferred, not copied
  const outcome = fetchDatasetBytes(checked.url, { onProgress: (fraction) => setProgress('read', fraction) }).then(
    (bytes) => loadDataset({ kind: 'bytes', bytes: bytes.buffer, fileName }, { onProgress: setProgress }).promise,
  )
  // handled where it is awaited, after IndexedDB has answered; not an unhandled rejection meanwhile
  outcome.catch(() => undefined)
  return { href, name: fileName || href, outcome }
}

async function loadFromLink(link: string, started: ReturnType<typeof startLinkLoad>, fallback: () => Promise<void>): Promise<void> {
  if ('error' in started) {
    store().addNotice({ key: 'data.linkFailed', params: { url: link, reason: started.error } })
    return fallback()
  }
  const { href, name } = started
  let outcome: LoadOutcome
  try {
    outcome = await started.outcome
    mark('data-validated', outcome.timings)
  } catch (error) {
    setProgress(null)
    store().addNotice({ key: 'data.linkFailed', params: { url: href, reason: error instanceof Error ? error.message : String(error) } })
    return fallback()
  } finally {
    setProgress(null)
  }
  const id = `url:${href}`
  const imported = store().datasetList.filter((d) => d.origin === 'imported' && d.id !== id)
  const activeId = await db.getActiveId().catch(() => null)
  const replacesOwnData = imported.length > 0 && activeId !== null && activeId !== id
  if (!outcome.dataset || replacesOwnData) {
    // show what the user had, and ask
    await fallback()
    store().setPendingImport({ origin: href, outcome })
    return
  }
  await acceptImport(outcome, name, href, id)
}

/** Accepts the dataset from the link that is waiting for an answer. */
export async function acceptPendingImport(): Promise<void> {
  const pending = store().pendingImport
  if (!pending?.outcome.dataset) return
  store().setPendingImport(null)
  await acceptImport(pending.outcome, new URL(pending.origin).pathname.split('/').pop() || pending.origin, pending.origin, `url:${pending.origin}`)
}

export function declinePendingImport(): void {
  store().setPendingImport(null)
  dropDataParam()
}

let initial: { link: string | null; started: ReturnType<typeof startLinkLoad> | null; bundled: Promise<ValidationResult> | undefined } | null = null

/**
 * Starts the first visit's downloads at once: the ?data= file in the worker, or else the default dataset (small;
 * fetched in case IndexedDB names no other). src/app/earlyStart.ts calls this before the rest of the app's modules
 * have even run; loadInitialDataset picks the results up.
 */
export function startInitialData(): NonNullable<typeof initial> {
  if (!initial) {
    const link = new URLSearchParams(window.location.search).get(DATA_PARAM)
    initial = { link, started: link ? startLinkLoad(link) : null, bundled: link ? undefined : fetchDefaultDataset() }
  }
  return initial
}

/** The first dataset of a visit: ?data=, else the one last shown, else the default. */
export async function loadInitialDataset(_url: UrlState): Promise<void> {
  const { link, started, bundled } = startInitialData()
  const [activeId] = await Promise.all([db.getActiveId().catch(() => null), refreshList()])
  const fallback = async () => {
    if (activeId && activeId !== BUNDLED_ID && (await showStored(activeId, false))) return
    if (activeId && activeId !== BUNDLED_ID) store().addNotice({ key: 'storage.corrupt' })
    await showBundled(false, bundled)
  }
  if (link && started) await loadFromLink(link, started, fallback)
  else await fallback()
}
