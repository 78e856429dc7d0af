/**
 * CSV with a header row → native dataset. Columns are recognised by common names
 * in English or German (case-insensitive; spaces and hyphens count as '_'), or taken from a mapping the
 * user chose. Parsing is papaparse's, in array mode: no object is ever keyed by a
 * column name from the file.
 */
import Papa from 'papaparse'
import { plural } from '../../lib/text'
import { Categories, clip, datasetTitle, eventId, type Problems, type RawDataset, type RawEvent } from './common'
import { Sources, makePlace, makeTags, setTimes } from './fields'

import { CSV_FIELDS, type CsvField, type CsvMapping } from './csvFields'

export { CSV_FIELDS, type CsvField, type CsvMapping }

/** Column names recognised for each field, best first. */
export const CSV_ALIASES: Readonly<Record<CsvField, readonly string[]>> = {
  id: ['id', 'event_id', 'event_id_cnty', 'unique_id', 'uid'],
  title: ['title', 'headline', 'name', 'event_name', 'titel', 'überschrift'],
  start: ['start', 'start_date', 'date', 'event_date', 'start_time', 'datetime', 'timestamp', 'time', 'begin', 'datum', 'beginn', 'startdatum'],
  end: ['end', 'end_date', 'end_time', 'until', 'ende', 'enddatum'],
  lat: ['lat', 'latitude', 'breite', 'breitengrad'],
  lon: ['lon', 'lng', 'long', 'longitude', 'länge', 'laenge', 'längengrad'],
  place: ['place', 'location', 'place_name', 'ort'],
  category: ['category', 'type', 'event_type', 'group', 'kategorie', 'typ'],
  description: ['description', 'notes', 'summary', 'text', 'details', 'beschreibung', 'notizen'],
  source: ['source_url', 'url', 'source', 'link', 'sources', 'quelle', 'quellen'],
  tags: ['tags', 'keywords', 'schlagwörter', 'schlagworte'],
}

export interface CsvInfo {
  /** the header row; empty names become "column N", repeated names get " (2)", " (3)" */
  columns: string[]
  mapping: CsvMapping
  /** columns that feed no field */
  unmapped: string[]
}

const MAX_PARSE_PROBLEMS = 20

export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_')
}

/**
 * The delimiter of the header row: ',' or ';', whichever occurs more often outside
 * quotes (ties go to ','). Also honours an Excel "sep=;" first line. null when the
 * first line has neither.
 */
export function sniffDelimiter(text: string): { delimiter: ',' | ';'; body: string } | null {
  let i = 0
  while (i < text.length && (text[i] === '\n' || text[i] === '\r')) i++
  const sep = /^sep=([,;])[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(i, i + 10))
  if (sep) return { delimiter: sep[1] as ',' | ';', body: text.slice(i + sep[0].length) }
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && ch === ',') commas++
    else if (!quoted && ch === ';') semicolons++
  }
  if (commas === 0 && semicolons === 0) return null
  return { delimiter: semicolons > commas ? ';' : ',', body: text }
}

function uniqueColumns(header: readonly string[]): string[] {
  const seen = new Set<string>()
  return header.map((cell, i) => {
    const base = clip(cell.trim(), 200) || `column ${i + 1}`
    let name = base
    for (let n = 2; seen.has(name); n++) name = `${base} (${n})`
    seen.add(name)
    return name
  })
}

/** The mapping recognised from the column names. */
export function guessMapping(columns: readonly string[]): CsvMapping {
  const byName = new Map<string, string>()
  for (const column of columns) {
    const key = normaliseHeader(column)
    if (!byName.has(key)) byName.set(key, column)
  }
  const mapping: CsvMapping = {}
  const used = new Set<string>()
  for (const field of CSV_FIELDS) {
    for (const alias of CSV_ALIASES[field]) {
      const column = byName.get(alias)
      if (column !== undefined && !used.has(column)) {
        mapping[field] = column
        used.add(column)
        break
      }
    }
  }
  return mapping
}

/** A user's mapping, checked against the columns; unknown fields and columns are left out and reported. */
function checkMapping(given: CsvMapping, columns: readonly string[], problems: Problems): CsvMapping {
  const exact = new Set(columns)
  const loose = new Map<string, string>()
  for (const column of columns) if (!loose.has(normaliseHeader(column))) loose.set(normaliseHeader(column), column)
  const mapping: CsvMapping = {}
  for (const field of CSV_FIELDS) {
    const value = Object.hasOwn(given, field) ? given[field] : undefined
    if (value === undefined || value === '') continue
    if (typeof value !== 'string') {
      problems.dataset('warning', `csvMapping.${field}`, 'a column must be given by its name')
      continue
    }
    const column = exact.has(value) ? value : loose.get(normaliseHeader(value))
    if (column === undefined) problems.dataset('warning', `csvMapping.${field}`, `there is no column "${clip(value, 60)}"`)
    else mapping[field] = column
  }
  return mapping
}

export function importCsv(
  text: string,
  options: { fileName?: string; offset: string; mapping?: CsvMapping },
  problems: Problems,
): { raw: RawDataset | null; csv: CsvInfo } {
  const sniffed = sniffDelimiter(text)
  const delimiter = sniffed?.delimiter ?? ','
  const parsed = Papa.parse<string[]>(sniffed?.body ?? text, { header: false, delimiter, skipEmptyLines: 'greedy', quoteChar: '"' })
  parsed.errors.slice(0, MAX_PARSE_PROBLEMS).forEach((error) => {
    problems.dataset(
      'warning',
      '(file)',
      error.code === 'MissingQuotes'
        ? `a quoted field is not closed (from character ${error.index ?? '?'}); the rest of the file was read into it`
        : `CSV: ${error.message}${error.index === undefined ? '' : ` (at character ${error.index})`}`,
    )
  })
  if (parsed.errors.length > MAX_PARSE_PROBLEMS) {
    problems.dataset('warning', '(file)', `${parsed.errors.length - MAX_PARSE_PROBLEMS} more CSV parse problems not listed`)
  }
  const rows = parsed.data.filter((row): row is string[] => Array.isArray(row))
  const columns = uniqueColumns((rows[0] ?? []).map((cell) => String(cell)))
  const mapping = options.mapping ? checkMapping(options.mapping, columns, problems) : guessMapping(columns)
  const mappedColumns = new Set(Object.values(mapping))
  const csv: CsvInfo = { columns, mapping, unmapped: columns.filter((c) => !mappedColumns.has(c)) }

  if (columns.length === 0) {
    problems.dataset('error', '(file)', 'the CSV has no header row: its first line must name the columns')
    return { raw: null, csv }
  }
  if (mapping.start === undefined) {
    problems.dataset(
      'error',
      'csvMapping.start',
      `no column was recognised as the start date (looked for ${CSV_ALIASES.start.join(', ')}); choose the column that holds it`,
    )
    return { raw: null, csv }
  }

  const index = new Map<CsvField, number>()
  for (const field of CSV_FIELDS) {
    const column = mapping[field]
    if (column !== undefined) index.set(field, columns.indexOf(column))
  }
  const label = (field: CsvField) => `column "${clip(mapping[field] ?? field, 60)}"`
  const categories = new Categories('Uncategorised')
  const events: unknown[] = []
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? []
    const record = r
    const cell = (field: CsvField): string | undefined => {
      const at = index.get(field)
      const value = at === undefined ? undefined : row[at]
      if (typeof value !== 'string') return undefined
      const trimmed = value.trim()
      return trimmed === '' ? undefined : trimmed
    }
    const id = eventId(cell('id'), `row-${record}`, record, problems, label('id'))
    if (row.length !== columns.length) {
      problems.event(
        'warning',
        record,
        id,
        '(record)',
        `the row has ${plural(row.length, 'cell')} but the header has ${plural(columns.length, 'column')}; ` +
          (row.length > columns.length
            ? `the extra ${row.length - columns.length === 1 ? 'cell is' : 'cells are'} ignored`
            : `the missing ${columns.length - row.length === 1 ? 'cell is' : 'cells are'} read as empty`),
      )
    }
    const categoryText = cell('category')
    const placeText = cell('place')
    const description = cell('description')
    const title =
      cell('title') ??
      ([categoryText, placeText].filter((part) => part !== undefined).join(' \u2014 ') ||
        (description !== undefined ? clip(description, 120) : id))
    const event: RawEvent = { id, title, category: categories.idFor(categoryText), sources: [], tags: [] }
    if (description !== undefined) event.summary = description
    const startText = cell('start')
    const endText = cell('end')
    setTimes(
      event,
      startText === undefined ? undefined : { value: startText, label: label('start') },
      endText === undefined ? undefined : { value: endText, label: label('end') },
      options.offset,
      { record, problems },
      `${label('start')} is empty`,
    )
    const place = makePlace(cell('lat'), cell('lon'), placeText ?? title, { lat: label('lat'), lon: label('lon') }, { record, id, problems })
    if (place) event.place = place
    const sources = new Sources()
    sources.addText(cell('source'))
    sources.report({ record, id, problems }, label('source'))
    event.sources = sources.list
    event.tags = makeTags(cell('tags'))
    events.push(event)
  }
  return {
    raw: { format: 'chronomap', version: 1, title: datasetTitle(undefined, options.fileName), categories: categories.list(), events },
    csv,
  }
}
