/**
 * Importers: other formats → a native chronomap dataset object (version 1), to be
 * handed to validateDataset. Pure and DOM-free (they run in a Web Worker), and total:
 * no input makes them throw.
 *
 * Positions: `raw.events` has exactly one entry per record of the file (feature, CSV
 * data row, TimelineJS slide), in order, so the record numbers in the importer's
 * problems and in validateDataset's problems are the same. A record the importer could
 * not convert at all is kept as `null` at its position.
 */
import type { LoadProblem } from '../model'
import { Problems, clip, isRecord, own } from './common'
import { resolveOffset } from './fields'
import { importCsv, sniffDelimiter, type CsvInfo, type CsvMapping } from './csv'
import { carriesNativeDataset, importGeoJson } from './geojson'
import { importTimelineJs } from './timelinejs'

export type { CsvField, CsvInfo, CsvMapping } from './csv'
export { CSV_ALIASES, CSV_FIELDS, guessMapping } from './csv'
export { CATEGORY_COLORS, slugify } from './common'
export { convertTime } from './time'
export { htmlToText } from './html'

export type ImportFormat = 'chronomap' | 'geojson' | 'csv' | 'timelinejs'

export interface ImportOptions {
  fileName?: string
  /** for CSV: which column feeds which field; replaces the recognised mapping */
  csvMapping?: CsvMapping
  /** UTC offset for times written without one: 'Z' (default) or '±HH:MM' */
  defaultOffset?: string
}

export interface ImportResult {
  /** null: not a format chronomap reads */
  format: ImportFormat | null
  /** a native dataset object (version 1) for validateDataset, or null */
  raw: unknown | null
  /** conversion problems: per record in section 'events'; about the whole file in section 'dataset' */
  problems: LoadProblem[]
  /** for CSV: the columns, the mapping used and the columns it leaves out */
  csv?: CsvInfo
  /**
   * The categories were made from the records' values (a CSV column, TimelineJS groups, GeoJSON properties), not
   * read from the file: the loader leaves out those that no accepted event has (a rejected row's category).
   */
  derivedCategories?: boolean
}

export const UNKNOWN_FORMAT =
  'not a format chronomap reads: expected chronomap JSON, GeoJSON FeatureCollection, TimelineJS JSON or CSV with a header row'

type Detected =
  | { format: 'chronomap' | 'geojson' | 'timelinejs'; json: Record<string, unknown> }
  | { format: 'csv' }
  | { format: null; reason: string }

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function isTimelineSlide(item: unknown): boolean {
  return isRecord(item) && own(item, 'start_date') !== undefined
}

function classifyJson(json: unknown): Detected {
  if (!isRecord(json)) return { format: null, reason: `${UNKNOWN_FORMAT} (the JSON is ${Array.isArray(json) ? 'an array' : json === null ? 'null' : `a ${typeof json}`}, not an object)` }
  const events = own(json, 'events')
  const native = own(json, 'format') === 'chronomap' || Array.isArray(own(json, 'categories'))
  if (own(json, 'version') !== undefined && (Array.isArray(events) || native)) return { format: 'chronomap', json }
  const type = own(json, 'type')
  if (type === 'FeatureCollection' || type === 'Feature') return { format: 'geojson', json }
  if (Array.isArray(events)) {
    const title = own(json, 'title')
    if (events.some(isTimelineSlide) || (isRecord(title) && own(title, 'text') !== undefined)) return { format: 'timelinejs', json }
  }
  if (own(json, 'format') === 'chronomap') return { format: 'chronomap', json }
  return { format: null, reason: UNKNOWN_FORMAT }
}

function detect(input: string, fileName?: string): Detected {
  const text = stripBom(input)
  const head = text.trimStart()
  if (head === '') return { format: null, reason: `the file is empty; ${UNKNOWN_FORMAT.replace('not a format chronomap reads: ', '')}` }
  const looksJson = head.startsWith('{') || head.startsWith('[') || /\.(geo)?json$/i.test(fileName ?? '')
  if (looksJson) {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      if (head.startsWith('{') || head.startsWith('[')) {
        return { format: null, reason: `not valid JSON: ${clip(error instanceof Error ? error.message : String(error), 200)}` }
      }
      json = undefined
    }
    if (json !== undefined) return classifyJson(json)
  }
  if (sniffDelimiter(text) !== null) return { format: 'csv' }
  return { format: null, reason: UNKNOWN_FORMAT }
}

/** Which format the text is in; null when chronomap does not read it. */
export function detectFormat(text: string, fileName?: string): ImportFormat | null {
  try {
    return detect(String(text), fileName).format
  } catch {
    return null
  }
}

function convert(input: string, options: ImportOptions): ImportResult {
  const problems = new Problems()
  const text = stripBom(input)
  const detected = detect(text, options.fileName)
  if (detected.format === null) {
    problems.dataset('error', '(file)', detected.reason)
    return { format: null, raw: null, problems: problems.list }
  }
  const offset = resolveOffset(options.defaultOffset, problems)
  switch (detected.format) {
    case 'chronomap':
      return { format: 'chronomap', raw: detected.json, problems: problems.list }
    case 'geojson': {
      const raw = importGeoJson(detected.json, { fileName: options.fileName, offset }, problems)
      return { format: 'geojson', raw, problems: problems.list, derivedCategories: !carriesNativeDataset(detected.json) }
    }
    case 'timelinejs':
      return { format: 'timelinejs', raw: importTimelineJs(detected.json, { fileName: options.fileName, offset }, problems), problems: problems.list, derivedCategories: true }
    case 'csv': {
      const { raw, csv } = importCsv(text, { fileName: options.fileName, offset, mapping: options.csvMapping }, problems)
      return { format: 'csv', raw, problems: problems.list, csv, derivedCategories: true }
    }
  }
}

/** Converts a file's text into a native dataset object; never throws. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  try {
    return convert(String(text), isRecord(options) ? options : {})
  } catch (error) {
    // last line of defence: a bug must not take the app down with it
    return {
      format: null,
      raw: null,
      problems: [
        {
          severity: 'error',
          section: 'dataset',
          field: '(file)',
          reason: `the file could not be imported: ${clip(error instanceof Error ? error.message : String(error), 200)}`,
        },
      ],
    }
  }
}

/**
 * The importer's and the validator's problems as one list. Where the importer has
 * already rejected a record's field (or the whole record) with an error, the
 * validator's problems on that same field (or record) repeat it less clearly and are
 * left out. Dataset problems come first, then records in order.
 */
export function mergeProblems(conversion: readonly LoadProblem[], validation: readonly LoadProblem[]): LoadProblem[] {
  const covered = new Set<string>()
  const whole = new Set<string>()
  for (const p of conversion) {
    if (p.severity !== 'error' || p.record === undefined) continue
    if (p.field === '(record)') whole.add(`${p.section}:${p.record}`)
    else covered.add(`${p.section}:${p.record}:${p.field}`)
  }
  const kept = validation.filter(
    (p) => p.record === undefined || (!whole.has(`${p.section}:${p.record}`) && !covered.has(`${p.section}:${p.record}:${p.field}`)),
  )
  const rank = { dataset: 0, categories: 1, events: 2, story: 3 } as const
  return [...conversion, ...kept]
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => rank[a.problem.section] - rank[b.problem.section] || (a.problem.record ?? 0) - (b.problem.record ?? 0) || a.order - b.order)
    .map(({ problem }) => problem)
}
