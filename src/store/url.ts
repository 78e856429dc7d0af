/** The whole view as URL parameters (docs/automation.md), as pure functions. */
import { isLang, type Lang } from '../i18n'
import { parseUrlDate } from '../lib/time'
import { EMPTY_FILTERS, type Filters } from './filters'
import type { TimeWindow } from './selectors'

export type Basemap = 'offline' | 'osm'
export type TimelineRows = 'single' | 'category'

export interface MapView {
  lat: number
  lon: number
  zoom: number
}

/** Present mode's place in the story: `?present=<step>`, 1-based. */
export interface PresentPosition {
  step: number
}

/** Everything a shared link reproduces. */
export interface ViewState {
  selectedId: string | null
  window: TimeWindow | null
  lang: Lang
  filters: Filters
  mapView: MapView | null
  basemap: Basemap
  timelineRows: TimelineRows
  collapsedRows: readonly string[]
  present: PresentPosition | null
}

export interface UrlState extends Partial<Omit<ViewState, 'filters'>> {
  filters: Filters
  /** the name of every parameter that was present but unusable */
  invalid: string[]
  e2e: boolean
  /** `embed=1`: the app inside someone else's page (no header, a link to the full view) */
  embed: boolean
  /** `notes=1` beside `present`: this window is the speaker's, showing the notes large */
  speakerView?: boolean
}

/** What a link says of the view of its data: the part of UrlState a ?data= link's dataset is shown with. */
export type LinkView = Pick<UrlState, 'selectedId' | 'filters' | 'window'>

const DAY = 86_400_000
const list = (value: string | null) => (value ? value.split(',').map((v) => v.trim()).filter(Boolean) : [])

function parseMapView(value: string): MapView | null {
  const parts = value.split(',').map(Number)
  const [lat, lon, zoom] = parts
  if (parts.length !== 3 || lat === undefined || lon === undefined || zoom === undefined) return null
  if (![lat, lon, zoom].every(Number.isFinite) || Math.abs(lat) > 90 || Math.abs(lon) > 540 || zoom < 0 || zoom > 20) return null
  return { lat, lon, zoom }
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search)
  const state: UrlState = { e2e: params.get('e2e') === '1', embed: params.get('embed') === '1', invalid: [], filters: EMPTY_FILTERS }
  const invalid = (name: string) => state.invalid.push(name)

  const event = params.get('event')
  if (event) state.selectedId = event
  const lang = params.get('lang')
  if (lang !== null) {
    if (isLang(lang)) state.lang = lang
    else invalid('lang')
  }
  const from = params.get('from')
  const to = params.get('to')
  if (from !== null || to !== null) {
    const start = from === null ? null : parseUrlDate(from)
    const end = to === null ? null : parseUrlDate(to)
    if (start !== null && end !== null && end > start) state.window = { start, end }
    else invalid('from/to')
  }

  const filters: { -readonly [K in keyof Filters]: Filters[K] } = { ...EMPTY_FILTERS }
  filters.categories = list(params.get('cat'))
  filters.tags = list(params.get('tag'))
  filters.search = params.get('q') ?? ''
  const dfrom = params.get('dfrom')
  if (dfrom !== null) {
    filters.from = /^\d{4}-\d{2}-\d{2}$/.test(dfrom) ? parseUrlDate(dfrom) : null
    if (filters.from === null) invalid('dfrom')
  }
  const dto = params.get('dto')
  if (dto !== null) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(dto) ? parseUrlDate(dto) : null
    filters.to = day === null ? null : day + DAY - 1
    if (day === null) invalid('dto')
  }
  state.filters = filters.categories.length || filters.tags.length || filters.search || filters.from !== null || filters.to !== null ? filters : EMPTY_FILTERS

  const map = params.get('map')
  if (map !== null) {
    const view = parseMapView(map)
    if (view) state.mapView = view
    else invalid('map')
  }
  const basemap = params.get('basemap')
  if (basemap !== null) {
    if (basemap === 'osm' || basemap === 'offline') state.basemap = basemap
    else invalid('basemap')
  }
  const rows = params.get('rows')
  if (rows !== null) {
    if (rows === 'category' || rows === 'single') state.timelineRows = rows
    else invalid('rows')
  }
  const collapsed = list(params.get('collapsed'))
  if (collapsed.length) state.collapsedRows = collapsed
  const present = params.get('present')
  if (present !== null) {
    if (/^[1-9]\d{0,5}$/.test(present)) {
      state.present = { step: Number(present) }
      if (params.get('notes') === '1') state.speakerView = true
    } else invalid('present')
  }
  return state
}

/** "2022-10-10" for a UTC midnight, else "2022-10-10T08:15Z". */
export function formatUrlDate(ms: number): string {
  const iso = new Date(ms).toISOString()
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10)
  return `${iso.slice(0, 16)}Z`
}

const OWNED = ['event', 'from', 'to', 'lang', 'cat', 'tag', 'q', 'dfrom', 'dto', 'map', 'basemap', 'rows', 'collapsed', 'present']
const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** Writes the view into the query string; defaults are left out, other parameters are kept. */
export function writeUrlState(search: string, view: ViewState): string {
  const params = new URLSearchParams(search)
  for (const name of OWNED) params.delete(name)
  if (view.selectedId) params.set('event', view.selectedId)
  if (view.window) {
    params.set('from', formatUrlDate(Math.round(view.window.start / 60_000) * 60_000))
    params.set('to', formatUrlDate(Math.round(view.window.end / 60_000) * 60_000))
  }
  params.set('lang', view.lang)
  const { filters } = view
  if (filters.categories.length) params.set('cat', filters.categories.join(','))
  if (filters.tags.length) params.set('tag', filters.tags.join(','))
  if (filters.search) params.set('q', filters.search)
  if (filters.from !== null) params.set('dfrom', new Date(filters.from).toISOString().slice(0, 10))
  if (filters.to !== null) params.set('dto', new Date(filters.to).toISOString().slice(0, 10))
  if (view.mapView) params.set('map', `${round(view.mapView.lat, 4)},${round(view.mapView.lon, 4)},${round(view.mapView.zoom, 2)}`)
  if (view.basemap !== 'offline') params.set('basemap', view.basemap)
  if (view.timelineRows !== 'single') params.set('rows', view.timelineRows)
  if (view.collapsedRows.length) params.set('collapsed', view.collapsedRows.join(','))
  if (view.present) params.set('present', String(view.present.step))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The same view as a full page: what an embed's "open full view" link and a shared link carry. */
export function fullViewSearch(search: string): string {
  const params = new URLSearchParams(search)
  params.delete('embed')
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The same view for an iframe. */
export function embedSearch(search: string): string {
  const params = new URLSearchParams(search)
  params.set('embed', '1')
  return `?${params}`
}

/** Whether going from one view to the next deserves its own history entry (Back undoes it). */
export function isHistoryStep(previous: ViewState, next: ViewState): boolean {
  // Starting and leaving present mode are steps; the steps of a presentation replace each other, so autoplay does
  // not fill the history, a second window stays in step, and Back leaves the presentation in one go.
  if (previous.present && next.present) return false
  const f = previous.filters
  const g = next.filters
  return (
    (previous.present === null) !== (next.present === null) ||
    previous.selectedId !== next.selectedId ||
    f.categories.join() !== g.categories.join() ||
    f.tags.join() !== g.tags.join() ||
    f.from !== g.from ||
    f.to !== g.to ||
    (f.search === '') !== (g.search === '') ||
    previous.basemap !== next.basemap ||
    previous.timelineRows !== next.timelineRows ||
    previous.collapsedRows.join() !== next.collapsedRows.join()
  )
}
