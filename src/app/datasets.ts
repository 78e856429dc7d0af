/**
 * Which dataset is shown: the bundled one (or a deployment's own default), one the user
 * imported (kept in IndexedDB), or one named by ?data=. Nothing the user had is lost:
 * a dataset from a link replaces the user's own imported data only after they accept it.
 */
import { keepLoadedDataset, loadDataset, type LoadSource } from '../data/loader'
import type { LoadOutcome, LoadStage } from '../data/pipeline'
import type { ValidationResult } from '../data/validate'
import { BUNDLED_ID, useAppStore, type DatasetInfo } from '../store/appStore'
import * as db from '../store/datasetsDb'
import { EMPTY_FILTERS, isFiltering } from '../store/filters'
import type { LinkView, UrlState } from '../store/url'
import { mark } from '../lib/marks'
import { startClusterBuild } from '../map/useClusterIndex'
import { seedTimeIndex } from '../store/timeIndex'
import { whenQuiet, whenSettled } from './settled'
import { applyDataDependentView } from './linkView'
import { DATA_PARAM, fetchDefaultDataset, startInitialData, type DefaultData, type LinkLoad } from './initialData'

const BUNDLED: DatasetInfo = { id: BUNDLED_ID, name: '', origin: 'bundled', eventCount: 0 }

function store() {
  return useAppStore.getState()
}

/** From this many events, a link's dataset is kept in IndexedDB only once the reader pauses (acceptImport). */
export const KEEP_WHEN_QUIET_FROM = 40_000
const KEEP_QUIET_MS = 1_500
const KEEP_QUIET_LATEST_MS = 20_000

/** The progress bar's state; it changes (and the page re-renders) at most once per stage and whole percent. */
function setProgress(stage: LoadStage | null, fraction = 0) {
  const current = useAppStore.getState().loadProgress
  if (stage && current && current.stage === stage && Math.floor(current.fraction * 100) === Math.floor(fraction * 100)) return
  useAppStore.setState({ loadProgress: stage ? { stage, fraction } : null })
}

/** `listed`: the list already asked for (the first visit's, src/app/initialData.ts) */
async function storedList(listed?: Promise<db.StoredDatasetInfo[]>): Promise<DatasetInfo[]> {
  try {
    return (await (listed ?? db.listDatasets())).map((d) => ({ id: d.id, name: d.name, origin: 'imported', eventCount: d.eventCount }))
  } catch (error) {
    store().addNotice({ key: error instanceof db.StorageBlocked ? 'storage.blocked' : 'storage.unavailable' })
    return []
  }
}

/**
 * Imports that could not be kept in IndexedDB (no storage in this browser, or another tab blocks it), held in
 * memory for this visit: choosing another dataset does not lose them, only closing or reloading the page does.
 */
const thisVisitOnly = new Map<string, { info: DatasetInfo; result: ValidationResult }>()

async function refreshList(activeId?: string, listed?: Promise<db.StoredDatasetInfo[]>) {
  const bundledCount = activeId === BUNDLED_ID ? (store().dataset?.events.length ?? 0) : (store().datasetList.find((d) => d.id === BUNDLED_ID)?.eventCount ?? 0)
  const stored = await storedList(listed)
  const unsaved = [...thisVisitOnly.values()].map(({ info }) => info).filter((d) => !stored.some((s) => s.id === d.id))
  // the dataset on screen stays listed while it is being kept
  const active = activeId ?? store().activeDatasetId
  const imports = [...stored, ...unsaved]
  const showing = active === BUNDLED_ID || imports.some((d) => d.id === active) ? undefined : store().datasetList.find((d) => d.id === active)
  store().setDatasetList([{ ...BUNDLED, eventCount: bundledCount }, ...imports, ...(showing ? [showing] : [])], activeId)
}

function show(result: ValidationResult, id: string, reset: boolean) {
  if (reset) useAppStore.setState({ filters: EMPTY_FILTERS, window: null, selectedId: null })
  store().setLoadResult(result)
  useAppStore.setState({ activeDatasetId: id })
  mark('data-shown')
}

/** The default dataset, with config.json's notice (if any) shown. */
async function defaultResult(prefetched?: Promise<DefaultData>): Promise<ValidationResult> {
  const { result, notice } = await (prefetched ?? fetchDefaultDataset())
  if (notice) store().addNotice(notice)
  return result
}

export async function showBundled(reset = false, prefetched?: Promise<DefaultData>): Promise<void> {
  const result = await defaultResult(prefetched)
  show(result, BUNDLED_ID, reset)
  await db.setActiveId(null).catch(() => undefined)
  await refreshList(BUNDLED_ID)
}

async function showStored(id: string, reset: boolean): Promise<boolean> {
  // read from IndexedDB by the loader worker, which validates it again: the page never deserialises the stored text
  const outcome = await loadDataset({ kind: 'stored', id }).promise.catch(() => null)
  // validated again on read: a record that no longer validates is not shown
  if (!outcome?.dataset) return false
  // kept filters would make the views index other events than these
  if (reset || !isFiltering(store().filters)) prepareViews(outcome)
  show({ dataset: outcome.dataset, problems: outcome.problems }, id, reset)
  await db.setActiveId(id).catch(() => undefined)
  await refreshList(id)
  return true
}

/**
 * Hands the indexes the loader worker made to the views, before the dataset is stored and rendered: the time
 * index, and the input of the cluster index, which starts building in its worker at once, while this thread asks
 * IndexedDB, stores and renders the dataset. Calling it again for the same dataset does nothing more.
 */
function prepareViews(outcome: LoadOutcome): void {
  const events = outcome.dataset?.events
  if (!events) return
  if (outcome.indexes?.time) seedTimeIndex(events, outcome.indexes.time)
  startClusterBuild(events, outcome.indexes?.cluster)
}

/**
 * Shows an accepted dataset and keeps it in IndexedDB (resolves once kept). It is shown with the filters, window and
 * selection reset, or, for a ?data= link's dataset, with the view the rest of the link gives (`view`), applied as
 * soon as it is shown.
 */
export async function acceptImport(outcome: LoadOutcome, name: string, origin: string, id = `import-${Date.now()}`, view?: LinkView): Promise<void> {
  const dataset = outcome.dataset
  if (!dataset) return
  // a file or pasted text replaces what a link showed: a reload must not bring the link's data back
  const fromLink = id.startsWith('url:')
  if (!fromLink) dropDataParam()
  prepareViews(outcome)
  // in the dataset list at once, under its name: it is kept in IndexedDB only once the views have drawn, which takes
  // seconds at 100,000 events, and the list would show no dataset meanwhile
  const others = store().datasetList.filter((d) => d.id !== id)
  store().setDatasetList([...others, { id, name, origin: 'imported', eventCount: dataset.events.length }])
  // shown first; kept in IndexedDB right after, off the path to a drawn page
  if (view) useAppStore.setState({ filters: view.filters, window: view.window ?? null, selectedId: null })
  show({ dataset, problems: outcome.problems }, id, !view)
  if (view) applyDataDependentView(view)
  try {
    const record = { id, name, origin, importedAt: Date.now(), recordVersion: db.RECORD_VERSION }
    // once drawn: serialising 100,000 events in the worker would compete with the drawing (and the cluster worker)
    await whenSettled(5_000)
    // a large dataset from a link, once the reader pauses: its keep takes the second core for a second or more, and
    // the link loads it again anyway if the page is closed first (an imported file is kept at once: it would be lost)
    if (fromLink && dataset.events.length >= KEEP_WHEN_QUIET_FROM) await whenQuiet(KEEP_QUIET_MS, KEEP_QUIET_LATEST_MS)
    // fails at once while another tab blocks the database; the loader worker, asked to keep it, would wait for ever
    await db.openStorage()
    // the worker that loaded it serialises and stores it; only if it cannot, this thread does
    if (!(await keepLoadedDataset(outcome.keepId, record))) {
      const { toNativeJson } = await import('../data/export')
      await db.saveDataset({ ...record, eventCount: dataset.events.length, json: toNativeJson(dataset) })
    }
    await db.setActiveId(id)
    thisVisitOnly.delete(id)
  } catch (error) {
    thisVisitOnly.set(id, { info: { id, name, origin: 'imported', eventCount: dataset.events.length, unsaved: true }, result: { dataset, problems: outcome.problems } })
    // the other tab is the cause then, not this browser
    store().addNotice({ key: error instanceof db.StorageBlocked ? 'storage.importBlocked' : 'storage.unavailable' })
  }
  await refreshList(id)
}

export function importSource(source: LoadSource, options: Parameters<typeof loadDataset>[1] = {}) {
  return loadDataset(source, options)
}

export async function switchDataset(id: string): Promise<void> {
  dropDataParam()
  const held = thisVisitOnly.get(id)
  if (held) {
    show(held.result, id, true)
    // a reload cannot bring it back: the one shown last that can is the bundled one
    await db.setActiveId(null).catch(() => undefined)
    return refreshList(id)
  }
  if (id === BUNDLED_ID || !(await showStored(id, true))) {
    if (id !== BUNDLED_ID) store().addNotice({ key: 'storage.corrupt' })
    await showBundled(true)
  }
}

export async function removeDataset(id: string): Promise<void> {
  thisVisitOnly.delete(id)
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

/**
 * ?data=<url>: checked, then fetched (no credentials, a size cap, a timeout), parsed and validated in the worker; the
 * first dataset of the visit. True when the rest of the link (`view`) was seen to: applied to the link's
 * dataset as it is shown, or kept for it while the user is asked; false when the link failed and the dataset shown
 * instead is the one it applies to (the link stays in the address, to be tried again).
 */
async function loadFromLink(link: string, started: LinkLoad | { error: string }, fallback: () => Promise<void>, view: LinkView): Promise<boolean> {
  if ('error' in started) {
    store().addNotice({ key: 'data.linkFailed', params: { url: link, reason: started.error } })
    await fallback()
    return false
  }
  const { href, name } = started
  started.onProgress(setProgress)
  let outcome: LoadOutcome
  try {
    outcome = await started.outcome
    mark('data-validated', outcome.timings)
    prepareViews(outcome)
  } catch (error) {
    setProgress(null)
    store().addNotice({ key: 'data.linkFailed', params: { url: href, reason: error instanceof Error ? error.message : String(error) } })
    await fallback()
    return false
  } finally {
    setProgress(null)
  }
  const id = `url:${href}`
  const imported = store().datasetList.filter((d) => d.origin === 'imported' && d.id !== id)
  const activeId = await db.getActiveId().catch(() => null)
  const replacesOwnData = imported.length > 0 && activeId !== null && activeId !== id
  if (!outcome.dataset || replacesOwnData) {
    // show what the user had, as they left it, and ask: the rest of the link is for the link's data, if accepted
    useAppStore.setState({ filters: EMPTY_FILTERS, window: null, selectedId: null })
    await fallback()
    store().setPendingImport({ origin: href, outcome, view })
    return true
  }
  // straight in, with the rest of the link; kept in IndexedDB meanwhile (at 100,000 events once the reader pauses),
  // which the first view does not wait for
  void acceptImport(outcome, name, href, id, view)
  return true
}

/** Accepts the dataset from the link that is waiting for an answer. */
export async function acceptPendingImport(): Promise<void> {
  const pending = store().pendingImport
  if (!pending?.outcome.dataset) return
  store().setPendingImport(null)
  await acceptImport(pending.outcome, new URL(pending.origin).pathname.split('/').pop() || pending.origin, pending.origin, `url:${pending.origin}`, pending.view)
}

export function declinePendingImport(): void {
  store().setPendingImport(null)
  dropDataParam()
}

/**
 * The first dataset of a visit: ?data=, else the one last shown, else the default. True when the rest of the URL (its
 * view) was seen to here (a ?data= link's), false when it is the caller's to apply to the dataset shown.
 */
export async function loadInitialDataset(url: UrlState): Promise<boolean> {
  const initial = startInitialData()
  const { link, started, bundled } = initial
  const [activeId] = await Promise.all([initial.activeId, refreshList(undefined, initial.stored)])
  const fallback = async () => {
    if (activeId && activeId !== BUNDLED_ID && (await showStored(activeId, false))) return
    if (activeId && activeId !== BUNDLED_ID) store().addNotice({ key: 'storage.corrupt' })
    await showBundled(false, bundled)
  }
  if (link && started) return loadFromLink(link, started, fallback, url)
  await fallback()
  return false
}
