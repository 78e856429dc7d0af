/**
 * The current (filtered) events out again: native JSON, GeoJSON and CSV. Native JSON and
 * GeoJSON read back into exactly the same events; CSV keeps one language and local dates.
 */
import Papa from 'papaparse'
import type { ChronoEvent, Dataset, LocalizedText } from './model'

type Json = Record<string, unknown>

/** Plain text back to its file form: {"und": t} was a plain string. */
function textOut(text: LocalizedText): string | Record<string, string> {
  const keys = Object.keys(text)
  return keys.length === 1 && keys[0] === 'und' ? (text['und'] ?? '') : { ...text }
}

export function toNativeEvent(event: ChronoEvent): Json {
  const out: Json = { id: event.id, title: textOut(event.title) }
  if (event.summary) out['summary'] = textOut(event.summary)
  out['start'] = event.start.iso
  if (event.end) out['end'] = event.end.iso
  out['precision'] = event.start.precision
  if (event.end && event.end.precision !== event.start.precision) out['endPrecision'] = event.end.precision
  if (event.timeApproximate) out['timeApproximate'] = true
  if (event.timeNote) out['timeNote'] = textOut(event.timeNote)
  out['category'] = event.category
  if (event.place) {
    const place: Json = { name: textOut(event.place.name), lat: event.place.lat, lon: event.place.lon }
    if (event.place.detail) place['detail'] = textOut(event.place.detail)
    if (event.place.approximate) place['approximate'] = true
    out['place'] = place
  }
  if (event.geometry) out['geometry'] = event.geometry
  if (event.geometryApproximate) out['geometryApproximate'] = true
  out['sources'] = event.sources.map((s) => {
    const source: Json = { publisher: s.publisher }
    if (s.title !== undefined) source['title'] = s.title
    if (s.date !== undefined) source['date'] = s.date
    if (s.url !== undefined) source['url'] = s.url
    if (s.note) source['note'] = textOut(s.note)
    return source
  })
  if (event.tags.length) out['tags'] = [...event.tags]
  if (event.related.length) out['related'] = event.related.map((r) => ({ ...r }))
  if (event.verificationNotes.length) out['verificationNotes'] = event.verificationNotes.map(textOut)
  return out
}

function header(dataset: Dataset): Json {
  const head: Json = { format: 'chronomap', version: 1, title: textOut(dataset.title) }
  if (dataset.description) head['description'] = textOut(dataset.description)
  head['categories'] = dataset.categories.map((c) => ({ id: c.id, label: textOut(c.label), color: c.color, shape: c.shape }))
  return head
}

export function toNativeJson(dataset: Dataset, events: readonly ChronoEvent[] = dataset.events): string {
  const ids = new Set(events.map((e) => e.id))
  // a relation to an event that is not exported would only produce a warning on import
  const records = events.map((e) => {
    const record = toNativeEvent(e)
    if (Array.isArray(record['related'])) {
      const kept = (record['related'] as { id: string }[]).filter((r) => ids.has(r.id))
      if (kept.length) record['related'] = kept
      else delete record['related']
    }
    return record
  })
  // the story (present mode's order and speaker notes) goes along, for the steps whose events are exported
  const story = dataset.story
    ?.filter((step) => ids.has(step.eventId))
    .map((step) => (step.notes ? { event: step.eventId, notes: textOut(step.notes) } : { event: step.eventId }))
  return `${JSON.stringify({ ...header(dataset), events: records, ...(story?.length ? { story } : {}) }, null, 2)}\n`
}

export function toGeoJson(dataset: Dataset, events: readonly ChronoEvent[] = dataset.events, lang = 'en'): string {
  const native = JSON.parse(toNativeJson(dataset, events)) as { events: Json[] }
  const features = events.map((event, i) => ({
    type: 'Feature',
    id: event.id,
    geometry: event.geometry ?? (event.place ? { type: 'Point', coordinates: [event.place.lon, event.place.lat] } : null),
    properties: {
      // flat fields for other tools
      title: event.title[lang] ?? Object.values(event.title)[0] ?? '',
      description: event.summary ? (event.summary[lang] ?? Object.values(event.summary)[0] ?? '') : '',
      start: event.start.iso,
      end: event.end?.iso ?? null,
      category: event.category,
      place: event.place ? (event.place.name[lang] ?? Object.values(event.place.name)[0] ?? '') : null,
      url: event.sources.find((s) => s.url)?.url ?? null,
      // the full record, read back by chronomap's importer
      chronomap: native.events[i],
    },
  }))
  return `${JSON.stringify({ type: 'FeatureCollection', chronomap: header(dataset), features }, null, 2)}\n`
}

/**
 * Spreadsheets run cells that start with = + - @ (and tab or carriage return) as formulas:
 * such cells get a leading apostrophe (OWASP "CSV injection").
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

function localDate(event: ChronoEvent): string {
  const local = new Date(event.start.ms + event.start.offsetMinutes * 60_000).toISOString()
  return local.slice(0, 10)
}

export function toCsv(events: readonly ChronoEvent[], lang = 'en'): string {
  const pick = (text: LocalizedText | undefined) => (text ? (text[lang] ?? text['und'] ?? Object.values(text)[0] ?? '') : '')
  const rows = events.map((event) => ({
    id: event.id,
    title: pick(event.title),
    // a day-precision date stays a date; a clock time keeps its offset
    start: event.start.precision === 'minute' || event.start.precision === 'hour' ? event.start.iso : localDate(event),
    end: event.end?.iso ?? '',
    latitude: event.place?.lat ?? '',
    longitude: event.place?.lon ?? '',
    place: pick(event.place?.name),
    category: event.category,
    description: pick(event.summary),
    url: event.sources.find((s) => s.url)?.url ?? '',
    tags: event.tags.join(';'),
  }))
  const safe = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? neutraliseCell(v) : v])))
  return `\ufeff${Papa.unparse(safe, { newline: '\r\n' })}\r\n`
}
