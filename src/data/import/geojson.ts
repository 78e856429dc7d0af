/**
 * GeoJSON (RFC 7946) FeatureCollection → native dataset. Event fields come from each
 * feature's `properties`; the time from the common conventions (Leaflet.timeline
 * start/end, Leaflet.TimeDimension time/times, kepler.gl timestamps, USGS epoch ms,
 * OGC JSON-FG `time`, geojson-events / Linked Places `when`).
 */
import { GeometrySchema, type GeometryRecord } from '../schema'
import {
  Categories, clip, datasetDescription, datasetTitle, eventId, isRecord, keyMap, own, pick, textOf,
  type Problems, type RawDataset, type RawEvent,
} from './common'
import { Sources, makeTags, setTimes } from './fields'

/** Keys read as the start, in order; `updated`, `created` and the like are not a start. */
export const GEOJSON_START_KEYS = [
  'start', 'start_date', 'startdate', 'start_time', 'starttime', 'begin', 'time', 'times', 'date', 'datetime',
  'timestamp', 'event_date', 'eventdate',
] as const
export const GEOJSON_END_KEYS = ['end', 'end_date', 'enddate', 'end_time', 'endtime', 'until', 'stop'] as const
const TITLE_KEYS = ['title', 'name', 'headline'] as const
const SUMMARY_KEYS = ['description', 'summary', 'desc', 'notes'] as const
const URL_KEYS = ['url', 'link', 'source_url', 'href', 'website'] as const
const CATEGORY_KEYS = ['category', 'type'] as const

const MISSING_START =
  'no time found: expected properties.start, time, date or timestamp (ISO 8601 or epoch milliseconds), or a JSON-FG "time" member'

interface TimeHit {
  value: unknown
  label: string
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value
}

const TIME_OF_DAY = /^(\d{1,2})(:\d{2}(?::\d{2})?)$/

/** A time of day ("time": "8:15") beside a date ("date": "2022-10-10") is read as one instant. */
function withDate(props: ReturnType<typeof keyMap>, hit: { key: string; value: unknown }): TimeHit | undefined {
  if (typeof hit.value !== 'string') return undefined
  const m = TIME_OF_DAY.exec(hit.value.trim())
  const date = pick(props, ['date', 'event_date'])
  if (!m || !date || typeof date.value !== 'string') return undefined
  return { value: `${date.value.trim()} ${(m[1] ?? '').padStart(2, '0')}${m[2] ?? ''}`, label: `properties.${date.key} + properties.${hit.key}` }
}

/** Start and end of a feature, from its properties or feature-level time members. */
function featureTimes(feature: Record<string, unknown>, props: ReturnType<typeof keyMap>): { start?: TimeHit; end?: TimeHit } {
  const start = pick(props, GEOJSON_START_KEYS)
  const end = pick(props, GEOJSON_END_KEYS)
  if (start) {
    const out: { start?: TimeHit; end?: TimeHit } = { start: withDate(props, start) ?? { value: first(start.value), label: `properties.${start.key}` } }
    if (end) out.end = { value: end.value, label: `properties.${end.key}` }
    else if (Array.isArray(start.value) && start.value.length > 1) {
      out.end = { value: start.value[start.value.length - 1], label: `properties.${start.key}` }
    }
    return out
  }
  // OGC JSON-FG: "time": {"date" | "timestamp" | "interval": [start, end]} ('..' = open)
  const time = own(feature, 'time')
  if (typeof time === 'string' || typeof time === 'number') return { start: { value: time, label: 'time' } }
  if (isRecord(time)) {
    const interval = own(time, 'interval')
    if (Array.isArray(interval)) {
      const [s, e] = interval as unknown[]
      const out: { start?: TimeHit; end?: TimeHit } = {}
      if (s !== undefined && s !== '..') out.start = { value: s, label: 'time.interval[0]' }
      if (e !== undefined && e !== '..') out.end = { value: e, label: 'time.interval[1]' }
      return out
    }
    const timestamp = own(time, 'timestamp')
    if (timestamp !== undefined) return { start: { value: timestamp, label: 'time.timestamp' } }
    const date = own(time, 'date')
    if (date !== undefined) return { start: { value: date, label: 'time.date' } }
  }
  // geojson-events "when": {start, end}; Linked Places "when": {timespans: [{start: {in|earliest}, end: {in|latest}}]}
  const when = own(feature, 'when')
  if (isRecord(when)) {
    const span = first(own(when, 'timespans'))
    if (isRecord(span)) {
      const s = own(span, 'start')
      const e = own(span, 'end')
      const out: { start?: TimeHit; end?: TimeHit } = {}
      const sv = isRecord(s) ? (own(s, 'in') ?? own(s, 'earliest')) : s
      const ev = isRecord(e) ? (own(e, 'in') ?? own(e, 'latest')) : e
      if (sv !== undefined) out.start = { value: sv, label: 'when.timespans[0].start' }
      if (ev !== undefined) out.end = { value: ev, label: 'when.timespans[0].end' }
      return out
    }
    const s = own(when, 'start')
    const e = own(when, 'end')
    const out: { start?: TimeHit; end?: TimeHit } = {}
    if (s !== undefined) out.start = { value: s, label: 'when.start' }
    if (e !== undefined) out.end = { value: e, label: 'when.end' }
    return out
  }
  return {}
}

function forEachPosition(geometry: GeometryRecord, visit: (lon: number, lat: number) => void): void {
  const line = (positions: number[][]) => {
    for (const p of positions) visit(p[0] ?? 0, p[1] ?? 0)
  }
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0)
      break
    case 'MultiPoint':
    case 'LineString':
      line(geometry.coordinates)
      break
    case 'MultiLineString':
    case 'Polygon':
      for (const part of geometry.coordinates) line(part)
      break
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) line(ring)
      break
  }
}

/** The centre of the geometry's bounding box. */
export function bboxCentre(geometry: GeometryRecord): { lat: number; lon: number } {
  let minLon = Infinity
  let maxLon = -Infinity
  let minLat = Infinity
  let maxLat = -Infinity
  forEachPosition(geometry, (lon, lat) => {
    if (lon < minLon) minLon = lon
    if (lon > maxLon) maxLon = lon
    if (lat < minLat) minLat = lat
    if (lat > maxLat) maxLat = lat
  })
  return { lat: (minLat + maxLat) / 2, lon: (minLon + maxLon) / 2 }
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'])

function placeAndGeometry(
  geometry: unknown,
  name: string,
  at: { record: number; id: string; problems: Problems },
): { place?: RawEvent['place']; geometry?: GeometryRecord } {
  if (geometry === undefined || geometry === null) return {}
  const warn = (reason: string) => at.problems.event('warning', at.record, at.id, 'geometry', `${reason}; the event is kept without a place`)
  const type = own(geometry, 'type')
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) {
    warn(
      type === 'GeometryCollection'
        ? 'a GeometryCollection is not supported'
        : `not a GeoJSON geometry (type ${typeof type === 'string' ? `"${clip(type, 40)}"` : 'missing'})`,
    )
    return {}
  }
  const parsed = GeometrySchema.safeParse(geometry)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue?.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('') ?? ''
    warn(`geometry${path}: ${issue?.message ?? 'invalid'}`)
    return {}
  }
  const data = parsed.data
  if (data.type === 'Point') {
    return { place: { name, lat: data.coordinates[1] ?? 0, lon: data.coordinates[0] ?? 0 } }
  }
  const centre = bboxCentre(data)
  return { place: { name, lat: centre.lat, lon: centre.lon, approximate: true }, geometry: data }
}

/** Converts one feature; null when it is not a feature at all. */
function toEvent(feature: unknown, record: number, offset: string, categories: Categories, problems: Problems): RawEvent | null {
  if (!isRecord(feature) || (own(feature, 'type') !== 'Feature' && own(feature, 'type') !== undefined)) {
    problems.event('error', record, undefined, '(record)', 'expected a GeoJSON Feature object ({"type": "Feature", "geometry": …, "properties": {…}})')
    return null
  }
  const props = keyMap(own(feature, 'properties'))
  const idValue = own(feature, 'id') ?? pick(props, ['id'])?.value
  const id = eventId(idValue, `feature-${record}`, record, problems, 'feature id')
  const placeText = textOf(pick(props, ['place'])?.value) ?? textOf(pick(props, ['location'])?.value)
  const title = clip(textOf(pick(props, TITLE_KEYS)?.value) ?? placeText ?? textOf(idValue) ?? id, 20_000)
  const event: RawEvent = { id, title, category: categories.idFor(pick(props, CATEGORY_KEYS)?.value), sources: [], tags: [] }
  const summary = textOf(pick(props, SUMMARY_KEYS)?.value)
  if (summary !== undefined) event.summary = summary
  const times = featureTimes(feature, props)
  setTimes(event, times.start, times.end, offset, { record, problems }, MISSING_START)
  const where = placeAndGeometry(own(feature, 'geometry'), placeText ?? title, { record, id, problems })
  if (where.place) event.place = where.place
  if (where.geometry) event.geometry = where.geometry
  const sources = new Sources()
  for (const key of URL_KEYS) sources.addUrl(props.get(key)?.value)
  sources.addText(pick(props, ['source'])?.value)
  sources.report({ record, id, problems }, 'properties')
  event.sources = sources.list
  event.tags = makeTags(pick(props, ['tags', 'keywords'])?.value)
  return event
}

/** chronomap's own GeoJSON export: the dataset's title and categories ride along in a foreign member. */
export function carriesNativeDataset(json: Record<string, unknown>): boolean {
  const native = own(json, 'chronomap')
  return isRecord(native) && Array.isArray(own(native, 'categories'))
}

export function importGeoJson(json: Record<string, unknown>, options: { fileName?: string; offset: string }, problems: Problems): RawDataset | null {
  const type = own(json, 'type')
  let features: unknown[]
  if (type === 'Feature') features = [json]
  else {
    const list = own(json, 'features')
    if (!Array.isArray(list)) {
      problems.dataset('error', 'features', 'a GeoJSON FeatureCollection needs a "features" array')
      return null
    }
    features = list
  }
  // chronomap's own GeoJSON export carries each native record in properties.chronomap and
  // the dataset's title and categories in a foreign member: read those back as they were
  const native = own(json, 'chronomap')
  if (carriesNativeDataset(json) && isRecord(native)) {
    const events = features.map((feature, i) => {
      const record = own(own(feature, 'properties'), 'chronomap')
      return isRecord(record) ? record : toEvent(feature, i + 1, options.offset, new Categories('feature'), problems)
    })
    return { format: 'chronomap', version: 1, title: own(native, 'title') as RawDataset['title'], categories: own(native, 'categories') as RawDataset['categories'], events }
  }
  const categories = new Categories('feature')
  const events: unknown[] = []
  // one entry per feature, in order, so that positions match the file
  for (let i = 0; i < features.length; i++) events.push(toEvent(features[i], i + 1, options.offset, categories, problems))
  const props = keyMap(own(json, 'properties'))
  const fromFile =
    textOf(own(json, 'name')) ??
    textOf(own(json, 'title')) ??
    textOf(own(own(json, 'metadata'), 'title')) ??
    textOf(pick(props, ['name', 'title'])?.value)
  const raw: RawDataset = {
    format: 'chronomap',
    version: 1,
    title: datasetTitle(type === 'Feature' ? undefined : fromFile, options.fileName),
    categories: categories.list(),
    events,
  }
  const description = datasetDescription(textOf(own(json, 'description')) ?? textOf(pick(props, ['description'])?.value))
  if (description !== undefined) raw.description = description
  return raw
}
