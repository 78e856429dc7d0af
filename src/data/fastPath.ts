/**
 * A hand-written check for event records that are plainly valid, as a fast path in
 * front of the zod schema (which runs jitless under the strict CSP and manages about
 * 6,000 records a second; this manages several hundred thousand).
 *
 * It is conservative: it returns the event exactly as `toEvent(EventSchema.parse(value))`
 * (validate.ts) would make it, or null whenever it is not sure — anything unusual (a
 * geometry, text with surrounding blanks near a length limit, a value of an unexpected
 * type) goes to the zod schema, which then decides and explains. It checks and
 * normalises in one pass, so a record is copied once, not twice. fastPath.test.ts and
 * validate.property.test.ts check the equivalence on arbitrary input.
 */
import { PRECISIONS, parseInstant, periodEnd, type Precision } from '../lib/time'
import { isHttpUrl } from '../lib/url'
import type { ChronoEvent, EventTime, LocalizedText, Place, Source } from './model'
import { RELATIONS, type Relation } from './schema'

const MAX_TEXT = 20_000
const MAX_SHORT = 500
const MAX_ID = 128
const MAX_URL = 2048

/** Thrown inside the fast path to give up; caught once per record. */
const UNSURE = Symbol('unsure')

function unsure(): never {
  throw UNSURE
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

// The character checks below read what the schema's regexps match, without a regexp per value: they run for
// several values of every record. fastPath.test.ts holds each against its regexp.

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isLetterOrDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/ */
export function isId(text: string): boolean {
  const length = text.length
  if (length === 0 || length > MAX_ID || !isLetterOrDigit(text.charCodeAt(0))) return false
  for (let i = 1; i < length; i++) {
    const c = text.charCodeAt(i)
    // . : _ -
    if (!isLetterOrDigit(c) && c !== 46 && c !== 58 && c !== 95 && c !== 45) return false
  }
  return true
}

/** /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/ */
export function isLanguageTag(text: string): boolean {
  const length = text.length
  let i = 0
  while (i < length && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++
  if (i < 2 || i > 3) return false
  if (i === length) return true
  const subtag = length - i - 1
  if (text.charCodeAt(i) !== 45 || subtag < 2 || subtag > 8) return false
  for (i++; i < length; i++) if (!isLetterOrDigit(text.charCodeAt(i))) return false
  return true
}

/** /^\d{4}(-\d{2}(-\d{2})?)?$/ */
export function isSourceDate(text: string): boolean {
  const length = text.length
  if (length !== 4 && length !== 7 && length !== 10) return false
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    if (i === 4 || i === 7 ? c !== 45 : !isDigit(c)) return false
  }
  return true
}

/**
 * True only for addresses `new URL` (isHttpUrl, the schema's check) certainly takes: "http://" or "https://", a
 * host of dot-separated ASCII labels whose last starts with a letter, then nothing or a path, query or fragment of
 * printable ASCII. Under the WHATWG URL standard such a host never fails (no IPv4 reading, which a numeric last
 * label would start; no punycode, which "xn--" would; no port, user or percent sign), and a path, query or fragment
 * never makes parsing fail. Anything else is left to `new URL`, which costs about a microsecond.
 */
export function isPlainHttpUrl(text: string): boolean {
  const length = text.length
  let i = text.startsWith('https://') ? 8 : text.startsWith('http://') ? 7 : 0
  if (i === 0) return false
  const hostStart = i
  let labelStart = i
  for (; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c === 46) {
      if (!isPlainLabel(text, labelStart, i)) return false
      labelStart = i + 1
    } else if (c === 47 || c === 63 || c === 35) break
    else if (!isLetterOrDigit(c) && c !== 45) return false
  }
  const lastLabel = text.charCodeAt(labelStart) | 0x20
  if (!isPlainLabel(text, labelStart, i) || lastLabel < 97 || lastLabel > 122 || i - hostStart > 253) return false
  // "/", "?" or "#" and the rest: printable ASCII without backslash (which special URLs read as a slash)
  for (; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c < 33 || c > 126 || c === 92) return false
  }
  return true
}

/** A DNS label of letters, digits and hyphens, not an "xn--" punycode label. */
function isPlainLabel(text: string, start: number, end: number): boolean {
  if (end - start < 1 || end - start > 63) return false
  return !(end - start >= 4 && text.charCodeAt(start + 2) === 45 && text.charCodeAt(start + 3) === 45 && (text.charCodeAt(start) | 0x20) === 120 && (text.charCodeAt(start + 1) | 0x20) === 110)
}

function id(value: unknown): string {
  return typeof value === 'string' && isId(value) ? value : unsure()
}

/** An optional boolean as the event keeps it: false when not given. */
function flag(value: unknown): boolean {
  if (value === undefined) return false
  return typeof value === 'boolean' ? value : unsure()
}

function precision(value: unknown): Precision {
  return (PRECISIONS as readonly unknown[]).includes(value) ? (value as Precision) : unsure()
}

function time(value: unknown, precision: Precision): EventTime {
  if (typeof value !== 'string') unsure()
  const parsed = parseInstant(value)
  if ('error' in parsed) unsure()
  return { iso: value, ms: parsed.ms, offsetMinutes: parsed.offsetMinutes, precision }
}

/** The text as toLocalizedText makes it: trimmed, a plain string under "und", blank languages left out. */
function text(value: unknown): LocalizedText {
  if (typeof value === 'string') {
    // the schema limits the trimmed length; within the untrimmed one it certainly holds
    if (value.length > MAX_TEXT) unsure()
    const trimmed = value.trim()
    // frozen as toLocalizedText's; a literal with its key written out is a third smaller than one with a computed key
    return trimmed === '' ? unsure() : Object.freeze({ und: trimmed })
  }
  if (!isPlainObject(value)) unsure()
  const out: Record<string, string> = {}
  let some = false
  // for…in rather than Object.keys, which makes an array per text; an inherited key (a polluted prototype) is not
  // the record's own, where zod looks, so the schema decides
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) unsure()
    const v = value[key]
    if (!isLanguageTag(key) || typeof v !== 'string' || v.length > MAX_TEXT) unsure()
    const trimmed = v.trim()
    if (trimmed !== '') {
      out[key] = trimmed
      some = true
    }
  }
  return some ? Object.freeze(out) : unsure()
}

function optionalText(value: unknown): LocalizedText | undefined {
  return value === undefined ? undefined : text(value)
}

function shortText(value: unknown): string {
  return typeof value === 'string' && value.length <= MAX_SHORT ? value : unsure()
}

function url(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_URL) unsure()
  return isPlainHttpUrl(value) || isHttpUrl(value) ? value : unsure()
}

/** A source as the schema returns it: an optional key is present exactly when present in the input. */
function source(value: unknown): Source {
  if (!isPlainObject(value)) unsure()
  const publisher = value['publisher']
  if (typeof publisher !== 'string' || publisher.length > MAX_SHORT) unsure()
  const trimmed = publisher.trim()
  if (trimmed === '') unsure()
  const title = value['title']
  const date = value['date']
  const link = value['url']
  if (date !== undefined && (typeof date !== 'string' || !isSourceDate(date))) unsure()
  // the usual source, written as one literal: a third smaller than one grown key by key
  if (title !== undefined && date !== undefined && link !== undefined && !('note' in value)) {
    return { publisher: trimmed, title: shortText(title), date, url: url(link) }
  }
  const out: Source = { publisher: trimmed }
  if ('title' in value) out.title = title === undefined ? undefined : shortText(title)
  if ('date' in value) out.date = date
  if ('url' in value) out.url = link === undefined ? undefined : url(link)
  if ('note' in value) out.note = optionalText(value['note'])
  return out
}

function relation(value: unknown): { id: string; relation: Relation } {
  if (!isPlainObject(value)) unsure()
  const kind = value['relation']
  if (!(RELATIONS as readonly unknown[]).includes(kind)) unsure()
  return { id: id(value['id']), relation: kind as Relation }
}

function tag(value: unknown): string {
  if (typeof value !== 'string' || value.length > 80) unsure()
  const trimmed = value.trim()
  return trimmed === '' ? unsure() : trimmed
}

function coordinate(value: unknown, limit: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= -limit && value <= limit ? value : unsure()
}

function place(value: unknown): Place | undefined {
  if (value === undefined) return undefined
  if (!isPlainObject(value)) unsure()
  return {
    name: text(value['name']),
    detail: optionalText(value['detail']),
    lat: coordinate(value['lat'], 90),
    lon: coordinate(value['lon'], 180),
    approximate: flag(value['approximate']),
  }
}

/**
 * An optional list. Sized up front, as push would leave room for 16 more items in every list kept; read by index,
 * not with map, so that a hole in a sparse array is an undefined item, as for zod.
 */
function list<T>(value: unknown, max: number, item: (value: unknown) => T): T[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.length > max) unsure()
  const out = new Array<T>(value.length)
  for (let i = 0; i < value.length; i++) out[i] = item(value[i])
  return out
}

/**
 * The fields the fast path knows: a record with any other key goes to the schema (which drops unknown keys, or
 * reads a field added to the schema since). fastPath.test.ts checks this list against EventSchema's fields.
 */
export const FAST_PATH_FIELDS: ReadonlySet<string> = new Set([
  'id', 'title', 'summary', 'start', 'end', 'precision', 'endPrecision', 'timeApproximate', 'timeNote', 'category',
  'place', 'geometry', 'geometryApproximate', 'sources', 'tags', 'related', 'verificationNotes',
])

/**
 * The event `toEvent(EventSchema.parse(value), record)` would make, or null when the schema must decide. The checks
 * across records (unique ids, known categories, end not before start) are the caller's, as on the schema's path.
 */
export function fastEvent(value: unknown, record: number): ChronoEvent | null {
  try {
    if (!isPlainObject(value) || value['geometry'] !== undefined) return null
    for (const key in value) if (!FAST_PATH_FIELDS.has(key)) return null
    const startPrecision = value['precision'] === undefined ? 'minute' : precision(value['precision'])
    // checked when given, even without an end, as the schema does
    const endPrecision = value['endPrecision'] === undefined ? startPrecision : precision(value['endPrecision'])
    const start = time(value['start'], startPrecision)
    const end = value['end'] === undefined ? undefined : time(value['end'], endPrecision)
    const last = end ?? start
    return {
      id: id(value['id']),
      record,
      title: text(value['title']),
      summary: optionalText(value['summary']),
      start,
      end,
      spanStart: start.ms,
      spanEnd: periodEnd(last.ms, last.offsetMinutes, last.precision),
      timeApproximate: flag(value['timeApproximate']),
      timeNote: optionalText(value['timeNote']),
      category: id(value['category']),
      place: place(value['place']),
      geometry: undefined,
      geometryApproximate: flag(value['geometryApproximate']),
      sources: list(value['sources'], 200, source),
      tags: list(value['tags'], 100, tag),
      related: list(value['related'], 200, relation),
      verificationNotes: list(value['verificationNotes'], 100, text),
    }
  } catch (error) {
    if (error === UNSURE) return null
    throw error
  }
}
