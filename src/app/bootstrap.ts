/** Start-up: URL → store, the bundled dataset → store, store ⇄ URL and history. */
import { loadInitialDataset } from './datasets'
import { applyDataDependentView } from './linkView'
import { browserLang, isLang, type Lang } from '../i18n'
import { useAppStore, type AppState } from '../store/appStore'
import { EMPTY_FILTERS } from '../store/filters'
import { afterPaint } from '../lib/idle'
import { isHistoryStep, parseUrlState, writeUrlState, type UrlState, type ViewState } from '../store/url'

const LANG_KEY = 'chronomap.lang'

function storedLang(): Lang | null {
  try {
    const value = localStorage.getItem(LANG_KEY)
    return isLang(value) ? value : null
  } catch {
    return null
  }
}

export function viewOf(state: AppState): ViewState {
  return {
    selectedId: state.selectedId,
    window: state.window,
    lang: state.lang,
    filters: state.filters,
    mapView: state.mapView,
    basemap: state.basemap,
    timelineRows: state.timelineRows,
    collapsedRows: state.collapsedRows,
    present: state.present,
  }
}

/** The parts of a parsed URL that can be applied before the data is there. */
function viewFromUrl(url: UrlState): Partial<ViewState> {
  const view: Partial<ViewState> = { filters: url.filters }
  if (url.window) view.window = url.window
  if (url.lang) view.lang = url.lang
  if (url.mapView) view.mapView = url.mapView
  if (url.basemap) view.basemap = url.basemap
  if (url.timelineRows) view.timelineRows = url.timelineRows
  if (url.collapsedRows) view.collapsedRows = url.collapsedRows
  if (url.present) view.present = url.present
  return view
}

function reportInvalid(url: UrlState) {
  const store = useAppStore.getState()
  if (url.invalid.includes('from/to')) store.addNotice({ key: 'url.badWindow' })
  const others = url.invalid.filter((name) => name !== 'from/to')
  if (others.length) store.addNotice({ key: 'url.invalid', params: { names: others.join(', ') } })
}

export function initFromUrl(): UrlState {
  const url = parseUrlState(window.location.search)
  const reducedMotion = url.e2e || window.matchMedia('(prefers-reduced-motion: reduce)').matches
  useAppStore.setState({
    ...viewFromUrl(url),
    lang: url.lang ?? storedLang() ?? browserLang(navigator.languages),
    reducedMotion,
    mapViewFromLink: url.mapView !== undefined,
    speakerView: url.speakerView === true,
  })
  reportInvalid(url)
  return url
}

let historyReady = false

/** From now on a step the reader would want to undo gets its own history entry (before: the first view's own). */
export function markHistoryReady(): void {
  historyReady = true
}

export async function loadFirstDataset(url: UrlState): Promise<void> {
  // a ?data= link's view is for the link's dataset (datasets.ts, loadFromLink); otherwise for the dataset shown
  if (!(await loadInitialDataset(url))) applyDataDependentView(url)
  markHistoryReady()
}

/**
 * The URL follows the view. Steps a reader would want to undo (selection, filters, basemap,
 * timeline rows) get their own history entry; continuous changes (panning, zooming, typing)
 * replace the current one. Back and Forward restore the view of that entry.
 */
export function startUrlSync(): () => void {
  let applyingHistory = false
  // an iframe's history entries land in the host page's history: Back would step through the embed, not leave it
  const embedded = parseUrlState(window.location.search).embed
  /**
   * One write per interaction. A selection also moves the timeline's window and the map, each a store change of
   * its own, and every history write costs the page a few milliseconds: the changes of one task are written
   * together once it is over, against the view before the first of them (which decides push or replace). And
   * only after the browser has shown them: before the frame, the write delayed the frame that shows a selection
   * (docs/performance.md, eighth session).
   */
  let pending: { before: ViewState; wasLoaded: boolean } | null = null
  let cancelWrite: (() => void) | undefined
  const write = () => {
    cancelWrite = undefined
    const batch = pending
    pending = null
    const state = useAppStore.getState()
    if (!batch || state.loadStatus !== 'loaded') return
    const next = viewOf(state)
    // from the address as it is now: another writer (src/app/datasets.ts drops ?data=) may have changed it since
    const search = writeUrlState(window.location.search, next)
    if (search === window.location.search) return
    const url = `${window.location.pathname}${search}${window.location.hash}`
    if (historyReady && !embedded && batch.wasLoaded && isHistoryStep(batch.before, next)) window.history.pushState(null, '', url)
    else window.history.replaceState(window.history.state, '', url)
  }
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.lang !== previous.lang) {
      document.documentElement.lang = state.lang
      try {
        localStorage.setItem(LANG_KEY, state.lang)
      } catch {
        // private mode: the choice is simply not remembered
      }
    }
    if (state.loadStatus !== 'loaded' || applyingHistory) return
    pending ??= { before: viewOf(previous), wasLoaded: previous.loadStatus === 'loaded' }
    cancelWrite ??= afterPaint(write)
  })

  const onPopState = () => {
    // the address is the history entry's now: a write still pending would overwrite it
    cancelWrite?.()
    cancelWrite = undefined
    pending = null
    const url = parseUrlState(window.location.search)
    applyingHistory = true
    try {
      useAppStore.getState().applyView({
        ...viewFromUrl(url),
        filters: url.filters ?? EMPTY_FILTERS,
        selectedId: url.selectedId ?? null,
        basemap: url.basemap ?? 'offline',
        timelineRows: url.timelineRows ?? 'single',
        collapsedRows: url.collapsedRows ?? [],
        present: url.present ?? null,
      })
    } finally {
      applyingHistory = false
    }
  }
  window.addEventListener('popstate', onPopState)
  return () => {
    unsubscribe()
    cancelWrite?.()
    window.removeEventListener('popstate', onPopState)
  }
}
