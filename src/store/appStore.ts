/** The single source of truth. Views read narrow selectors and talk back only through actions. */
import { create } from 'zustand'
import type { ChronoEvent, Dataset, LoadProblem } from '../data/model'
import type { ValidationResult } from '../data/validate'
import type { LoadOutcome, LoadStage } from '../data/pipeline'
import type { Lang, MessageKey } from '../i18n'
import { applyFilters, EMPTY_FILTERS, prepareSearchTexts, type Filters } from './filters'
import { eventLookup, LazyEventIndex, windowFollowingSelection, type EventLookup, type TimeWindow } from './selectors'
import { noteSubset } from './subsets'
import { drawsWindowOnly } from '../timeline/density'
import { whenIdle } from '../lib/idle'
import type { LinkView } from './url'
import { createPresentSlice, type PresentSlice } from './present'
import type { Basemap, MapView, ViewState } from './url'

export type { Basemap, MapView }

const MINUTE = 60_000
/** the id of the dataset that ships with the app */
export const BUNDLED_ID = 'bundled'

/** A window in whole minutes, as in the URL: a shared link then shows exactly the same events. */
function wholeMinutes({ start, end }: TimeWindow): TimeWindow {
  return { start: Math.round(start / MINUTE) * MINUTE, end: Math.round(end / MINUTE) * MINUTE }
}

export interface DatasetInfo {
  id: string
  name: string
  origin: 'bundled' | 'imported'
  eventCount: number
  /** held in memory for this visit only: this browser could not keep it (src/app/datasets.ts) */
  unsaved?: true
}

export interface PendingImport {
  /** where the data comes from, shown to the user */
  origin: string
  outcome: LoadOutcome
  /** what the rest of the link says of the view (filters, window, event), for its data once accepted */
  view?: LinkView
}

export type LoadStatus = 'loading' | 'loaded' | 'error'
export type SelectionSource = 'map' | 'timeline' | 'list' | 'detail' | 'url' | 'history' | 'keyboard' | 'present'
export type View = 'map' | 'timeline'

export interface Notice {
  key: MessageKey
  params?: Record<string, string>
}

export interface AppState extends PresentSlice {
  // data
  loadStatus: LoadStatus
  dataset: Dataset | null
  eventsById: EventLookup
  problems: LoadProblem[]
  /** bumps on every new dataset, so views can say which one they have drawn */
  datasetVersion: number
  drawn: Record<View, number>
  // view
  selectedId: string | null
  selectionSource: SelectionSource | null
  hoveredId: string | null
  window: TimeWindow | null
  lang: Lang
  basemap: Basemap
  reducedMotion: boolean
  notices: Notice[]
  filters: Filters
  /** the bundled dataset and every imported one; the active one is shown */
  datasetList: DatasetInfo[]
  activeDatasetId: string
  /** a dataset read from a link, waiting for the user to accept it */
  pendingImport: PendingImport | null
  /** a large dataset on its way in */
  loadProgress: { stage: LoadStage; fraction: number } | null
  timelineRows: 'single' | 'category'
  collapsedRows: readonly string[]
  /** the map's centre and zoom as the user left them (null until the map has settled) */
  mapView: MapView | null
  /** the page was opened with a map view in its link: a linked selection must not move the map */
  mapViewFromLink: boolean

  setLoadResult: (result: ValidationResult) => void
  selectEvent: (id: string | null, source: SelectionSource) => void
  hoverEvent: (id: string | null) => void
  setWindow: (window: TimeWindow) => void
  setLang: (lang: Lang) => void
  setBasemap: (basemap: Basemap) => void
  markDrawn: (view: View, version: number) => void
  addNotice: (notice: Notice) => void
  dismissNotices: () => void
  setDatasetList: (list: DatasetInfo[], activeId?: string) => void
  setPendingImport: (pending: PendingImport | null) => void
  setFilters: (patch: Partial<Filters>) => void
  clearFilters: () => void
  setMapView: (view: MapView) => void
  /** applies a view from a link or from the browser's history in one update */
  applyView: (view: Partial<ViewState>) => void
  setTimelineRows: (mode: 'single' | 'category') => void
  toggleRow: (categoryId: string) => void
}

export const useAppStore = create<AppState>()((set, get, api) => ({
  ...createPresentSlice(set, get, api),
  loadStatus: 'loading',
  dataset: null,
  eventsById: new LazyEventIndex([]),
  problems: [],
  datasetVersion: 0,
  drawn: { map: 0, timeline: 0 },
  selectedId: null,
  selectionSource: null,
  hoveredId: null,
  window: null,
  lang: 'en',
  basemap: 'offline',
  reducedMotion: false,
  notices: [],
  filters: EMPTY_FILTERS,
  datasetList: [],
  // none until the first dataset is shown
  activeDatasetId: '',
  pendingImport: null,
  loadProgress: null,
  timelineRows: 'single',
  collapsedRows: [],
  mapView: null,
  mapViewFromLink: false,

  setLoadResult: ({ dataset, problems }) => {
    const eventsById = eventLookup(dataset?.events ?? [])
    // indexed while the page waits (for the cluster worker, say), or on the first lookup if that comes sooner
    whenIdle(() => eventsById.warm())
    if (dataset) prepareSearchTexts(dataset.events)
    set((state) => ({
      loadStatus: dataset ? 'loaded' : 'error',
      dataset,
      eventsById,
      problems,
      datasetVersion: state.datasetVersion + 1,
      selectedId: null,
      selectionSource: null,
      hoveredId: null,
    }))
  },

  selectEvent: (id, source) => {
    const state = get()
    if (id === state.selectedId) return
    const event = id === null ? undefined : state.eventsById.get(id)
    if (id !== null && !event) return
    // a large dataset's timeline draws only the window's events (or bins): the window moves to the event with it
    const follow =
      event &&
      windowFollowingSelection(event, state.window, {
        large: drawsWindowOnly(selectFilteredEvents(state)),
        keepsWindow: source === 'history' || source === 'present',
      })
    const window = follow && wholeMinutes(follow)
    set({ selectedId: id, selectionSource: id === null ? null : source, ...(window && { window }) })
  },

  hoverEvent: (id) => {
    if (id !== get().hoveredId) set({ hoveredId: id })
  },

  setWindow: ({ start, end }) => {
    const window = wholeMinutes({ start, end })
    const current = get().window
    if (current && current.start === window.start && current.end === window.end) return
    set({ window })
  },

  setLang: (lang) => set({ lang }),
  setBasemap: (basemap) => set({ basemap }),

  markDrawn: (view, version) => {
    if (get().drawn[view] !== version) set((state) => ({ drawn: { ...state.drawn, [view]: version } }))
  },

  // the same message twice says nothing more (a storage problem is met at every list refresh)
  addNotice: (notice) =>
    set((state) => (state.notices.some((n) => n.key === notice.key && JSON.stringify(n.params) === JSON.stringify(notice.params)) ? state : { notices: [...state.notices, notice] })),
  dismissNotices: () => set({ notices: [] }),
  setDatasetList: (datasetList, activeId) => set(activeId === undefined ? { datasetList } : { datasetList, activeDatasetId: activeId }),
  setPendingImport: (pendingImport) => set({ pendingImport }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  clearFilters: () => {
    if (get().filters !== EMPTY_FILTERS) set({ filters: EMPTY_FILTERS })
  },
  setMapView: (view) => {
    const current = get().mapView
    if (current && current.lat === view.lat && current.lon === view.lon && current.zoom === view.zoom) return
    set({ mapView: view })
  },
  applyView: (view) => {
    const { eventsById } = get()
    const patch: Partial<AppState> = { ...view }
    if (view.selectedId !== undefined) {
      patch.selectedId = view.selectedId !== null && eventsById.has(view.selectedId) ? view.selectedId : null
      patch.selectionSource = patch.selectedId ? 'history' : null
    }
    set(patch)
  },
  setTimelineRows: (mode) => {
    if (get().timelineRows !== mode) set({ timelineRows: mode })
  },
  toggleRow: (categoryId) =>
    set((state) => ({
      collapsedRows: state.collapsedRows.includes(categoryId)
        ? state.collapsedRows.filter((id) => id !== categoryId)
        : [...state.collapsedRows, categoryId],
    })),
}))

const NO_EVENTS: readonly ChronoEvent[] = Object.freeze([])
let filteredCache: { events: readonly ChronoEvent[]; filters: Filters; result: readonly ChronoEvent[] } | null = null

/** The events every view shows: the dataset after the filter panel. Memoised on identity. */
export function selectFilteredEvents(state: AppState): readonly ChronoEvent[] {
  const events = state.dataset?.events ?? NO_EVENTS
  if (filteredCache?.events !== events || filteredCache.filters !== state.filters) {
    const result = applyFilters(events, state.filters)
    noteSubset(result, events)
    filteredCache = { events, filters: state.filters, result }
  }
  return filteredCache.result
}

/** "ready" once data is loaded and both views have drawn this very dataset. */
export function selectAppState(state: AppState): 'loading' | 'ready' | 'error' {
  if (state.loadStatus === 'error') return 'error'
  if (state.loadStatus === 'loading') return 'loading'
  const v = state.datasetVersion
  return state.drawn.map === v && state.drawn.timeline === v ? 'ready' : 'loading'
}

export function selectSelectedEvent(state: AppState): ChronoEvent | null {
  return state.selectedId === null ? null : (state.eventsById.get(state.selectedId) ?? null)
}
