/**
 * A hand-written check for event records that are plainly valid, as a fast path in
 * front of the zod schema (which runs jitless under the strict CSP and manages about
 * 20,000 records a second; this manages several hundred thousand).
 *
 * It is conservative: it returns the same value `EventSchema.parse` would, or null
 * whenever it is not sure — anything unusual (a geometry, text with surrounding blanks
 * near a length limit, a value of an unexpected type) goes to the zod schema, which
 * then decides and explains. validate.property.test.ts checks the equivalence on
 * arbitrary input.
 */
import { PRECISIONS, parseInstant, type ParsedInstant, type Precision } from '../lib/time'
import { isHttpUrl } from '../lib/url'
import { RELATIONS, type EventRecord, type LocalizedTextInput, type Relation, type SourceRecord, type PlaceRecord } from './schema'

const MAX_TEXT = 20_000
const MAX_SHORT = 500
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/
const SOURCE_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/
const HTTP_START = /^https?:\/\//i

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

function id(value: unknown): string {
  return typeof value === 'string' && ID.test(value) ? value : unsure()
}

function bool(value: unknown): boolean {
  return typeof value === 'boolean' ? value : unsure()
}

function parse(value: unknown): ParsedInstant {
  if (typeof value !== 'string') unsure()
  const parsed = parseInstant(value)
  return 'error' in parsed ? unsure() : parsed
}

function precision(value: unknown): Precision {
  return (PRECISIONS as readonly unknown[]).includes(value) ? (value as Precision) : unsure()
}

function text(value: unknown): LocalizedTextInput {
  if (typeof value === 'string') {
    const trimmed = value.trim()
    return trimmed !== '' && value.length <= MAX_TEXT ? trimmed : unsure()
  }
  if (!isPlainObject(value)) unsure()
  const out: Record<string, string> = {}
  let some = false
  for (const key of Object.keys(value)) {
    const v = value[key]
    if (!LANGUAGE_TAG.test(key) || typeof v !== 'string' || v.length > MAX_TEXT) unsure()
    if (v.trim() !== '') some = true
    out[key] = v
  }
  return some ? out : unsure()
}

function list<T>(value: unknown, max: number, item: (value: unknown) => T): T[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.length > max) unsure()
  return value.map(item)
}

/** Copies an optional key as zod does: present in the output exactly when present in the input. */
function opt<T extends object, K extends keyof T & string>(target: T, input: Record<string, unknown>, key: K, parse: (value: unknown) => T[K]): void {
  if (!(key in input)) return
  const value = input[key]
  target[key] = value === undefined ? (undefined as T[K]) : parse(value)
}

function shortText(value: unknown): string {
  return typeof value === 'string' && value.length <= MAX_SHORT ? value : unsure()
}

function sourceDate(value: unknown): string {
  return typeof value === 'string' && SOURCE_DATE.test(value) ? value : unsure()
}

function url(value: unknown): string {
  return typeof value === 'string' && value.length <= 2048 && HTTP_START.test(value) && isHttpUrl(value) ? value : unsure()
}

function source(value: unknown): SourceRecord {
  if (!isPlainObject(value)) unsure()
  const publisher = value['publisher']
  if (typeof publisher !== 'string' || publisher.length > MAX_SHORT || publisher.trim() === '') unsure()
  const out: SourceRecord = { publisher: publisher.trim() }
  opt(out, value, 'title', shortText)
  opt(out, value, 'date', sourceDate)
  opt(out, value, 'url', url)
  opt(out, value, 'note', text)
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

function place(value: unknown): PlaceRecord {
  if (!isPlainObject(value)) unsure()
  const out: PlaceRecord = { name: text(value['name']), lat: coordinate(value['lat'], 90), lon: coordinate(value['lon'], 180) }
  opt(out, value, 'detail', text)
  opt(out, value, 'approximate', bool)
  return out
}

/** The record as `EventSchema.parse` would return it, or null when the schema must decide. */
export function fastEventRecord(value: unknown): EventRecord | null {
  return fastEvent(value)?.record ?? null
}

export interface FastEvent {
  record: EventRecord
  /** start and end as parsed while checking, so they are not parsed twice */
  start: ParsedInstant
  end: ParsedInstant | null
}

/**
 * The fields the fast path knows: a record with any other key goes to the schema (which drops unknown keys, or
 * reads a field added to the schema since). fastPath.test.ts checks this list against EventSchema's fields.
 */
export const FAST_PATH_FIELDS: ReadonlySet<string> = new Set([
  'id', 'title', 'summary', 'start', 'end', 'precision', 'endPrecision', 'timeApproximate', 'timeNote', 'category',
  'place', 'geometry', 'geometryApproximate', 'sources', 'tags', 'related', 'verificationNotes',
])

/** fastEventRecord, with the record's start and end already parsed. */
export function fastEvent(value: unknown): FastEvent | null {
  try {
    if (!isPlainObject(value) || value['geometry'] !== undefined) return null
    for (const key in value) if (!FAST_PATH_FIELDS.has(key)) return null
    const start = parse(value['start'])
    const out: EventRecord = {
      id: id(value['id']),
      title: text(value['title']),
      start: value['start'] as string,
      precision: value['precision'] === undefined ? 'minute' : precision(value['precision']),
      category: id(value['category']),
      sources: list(value['sources'], 200, source),
      tags: list(value['tags'], 100, tag),
      related: list(value['related'], 200, relation),
      verificationNotes: list(value['verificationNotes'], 100, text),
    }
    opt(out, value, 'summary', text)
    let end: ParsedInstant | null = null
    opt(out, value, 'end', (v) => {
      end = parse(v)
      return v as string
    })
    opt(out, value, 'endPrecision', precision)
    opt(out, value, 'timeApproximate', bool)
    opt(out, value, 'timeNote', text)
    opt(out, value, 'place', place)
    opt(out, value, 'geometryApproximate', bool)
    return { record: out, start, end }
  } catch (error) {
    if (error === UNSURE) return null
    throw error
  }
}
