/** Building blocks shared by the importers: safe property access, ids, categories, places, sources. */
import type { LoadProblem } from '../model'
import { isHttpUrl } from '../../lib/url'
import { convertTime, normaliseOffset, type ConvertedTime } from './time'

/** The colour-blind-safe cycle given to imported categories, in order. */
export const CATEGORY_COLORS = [
  '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7B3294', '#5F5F5F', '#A6761D', '#000000',
] as const

export const DEFAULT_TITLE = 'Imported events'
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/
const MAX_TEXT = 20_000
const MAX_SHORT = 500
const MAX_SOURCES = 200
const MAX_TAGS = 100

/** A native event under construction: only keys the importer writes, never user keys. */
export interface RawEvent {
  id: string
  title: string
  summary?: string
  start?: string
  end?: string
  precision?: string
  endPrecision?: string
  timeNote?: string
  category: string
  place?: { name: string; lat: number; lon: number; approximate?: boolean }
  geometry?: unknown
  sources: RawSource[]
  tags: string[]
}

export interface RawSource {
  publisher: string
  title?: string
  url?: string
}

export interface RawCategory {
  id: string
  label: string
  color: string
}

export interface RawDataset {
  format: 'chronomap'
  version: 1
  title: string
  description?: string
  categories: RawCategory[]
  events: unknown[]
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own property only: `obj.__proto__` or `obj.constructor` never reach the prototype. */
export function own(obj: unknown, key: string): unknown {
  if (!isRecord(obj) || !Object.hasOwn(obj, key)) return undefined
  const descriptor = Object.getOwnPropertyDescriptor(obj, key)
  // a getter could run code or throw; JSON never makes one
  return descriptor && 'value' in descriptor ? descriptor.value : undefined
}

/** Own keys looked up case-insensitively; the first spelling in the object wins. */
export function keyMap(obj: unknown): Map<string, { key: string; value: unknown }> {
  const map = new Map<string, { key: string; value: unknown }>()
  if (!isRecord(obj)) return map
  for (const key of Object.keys(obj)) {
    const lower = key.toLowerCase()
    if (!map.has(lower)) map.set(lower, { key, value: own(obj, key) })
  }
  return map
}

/** The first of `names` that is present and not empty. */
export function pick(map: Map<string, { key: string; value: unknown }>, names: readonly string[]): { key: string; value: unknown } | undefined {
  for (const name of names) {
    const hit = map.get(name)
    if (hit && hit.value !== undefined && hit.value !== null && !(typeof hit.value === 'string' && hit.value.trim() === '')) return hit
  }
  return undefined
}

/** Text from a string or a number; anything else is not text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const t = value.trim()
    return t === '' ? undefined : t
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  return `${text.slice(0, max - 1).trimEnd()}…`
}

export function fileTitle(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const stem = base.replace(/\.[^.]*$/, '').trim()
  return stem === '' ? undefined : stem
}

/** A title for the dataset that the envelope check always accepts. */
export function datasetTitle(fromFile: string | undefined, fileName: string | undefined): string {
  return clip(fromFile?.trim() || fileTitle(fileName) || DEFAULT_TITLE, MAX_SHORT)
}

export function datasetDescription(text: string | undefined): string | undefined {
  const t = text?.trim()
  return t ? clip(t, MAX_TEXT) : undefined
}

/** Collects problems of one record with its position and id. */
export class Problems {
  readonly list: LoadProblem[] = []

  dataset(severity: LoadProblem['severity'], field: string, reason: string): void {
    this.list.push({ severity, section: 'dataset', field, reason })
  }

  event(severity: LoadProblem['severity'], record: number, id: string | undefined, field: string, reason: string): void {
    const problem: LoadProblem = { severity, section: 'events', record, field, reason }
    if (id !== undefined) problem.id = id
    this.list.push(problem)
  }
}

/**
 * An id the native format accepts. A value that is not one is changed (spaces and other
 * characters become '-') and the change is reported; nothing usable → the fallback.
 */
export function eventId(value: unknown, fallback: string, record: number, problems: Problems, label: string): string {
  const text = textOf(value)
  if (text === undefined) return fallback
  if (ID_PATTERN.test(text)) return text
  const fixed = text
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 128)
  const id = ID_PATTERN.test(fixed) ? fixed : fallback
  problems.event('warning', record, id, 'id', `${label} "${clip(text, 60)}" is not a valid id (letters, digits and . _ : -, at most 128); used "${id}"`)
  return id
}

/** lowercase, [a-z0-9-], at most 60 characters; '' when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/** Distinct category values → categories with unique slug ids and cycling colours. */
export class Categories {
  private readonly byLabel = new Map<string, RawCategory>()
  private readonly used = new Set<string>()
  /** next suffix to try per slug, so that many labels with one slug stay linear */
  private readonly nextSuffix = new Map<string, number>()

  constructor(private readonly fallbackLabel: string) {}

  /** The category id for a value; an empty value gets the fallback category. */
  idFor(value: unknown): string {
    const label = clip(textOf(value) ?? this.fallbackLabel, MAX_SHORT)
    const known = this.byLabel.get(label)
    if (known) return known.id
    const base = slugify(label) || 'uncategorised'
    let id = base
    let n = this.nextSuffix.get(base) ?? 2
    while (this.used.has(id)) {
      const suffix = `-${n++}`
      id = `${base.slice(0, 60 - suffix.length).replace(/-+$/, '')}${suffix}`
    }
    this.nextSuffix.set(base, n)
    const category = { id, label, color: CATEGORY_COLORS[this.byLabel.size % CATEGORY_COLORS.length] as string }
    this.byLabel.set(label, category)
    this.used.add(id)
    return id
  }

  /** At least one category, so that the envelope check passes even without events. */
  list(): RawCategory[] {
    if (this.byLabel.size === 0) this.idFor(undefined)
    return [...this.byLabel.values()]
  }
}

/**
 * A coordinate from a number or text; a decimal comma ("50,45") is read as a decimal
 * point. Empty → undefined; anything else that is not a plain decimal → NaN.
 */
export function coordinate(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return Number.NaN
  const t = value.trim().replace(/^\u2212/, '-')
  if (t === '') return undefined
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return Number.NaN
  return Number(t.replace(',', '.'))
}

/**
 * A place from latitude and longitude, or a warning and no place. A place is never
 * made from a missing or broken coordinate: nothing is put at 0,0.
 */
export function makePlace(
  latValue: unknown,
  lonValue: unknown,
  name: string,
  labels: { lat: string; lon: string },
  at: { record: number; id: string; problems: Problems },
): RawEvent['place'] | undefined {
  const lat = coordinate(latValue)
  const lon = coordinate(lonValue)
  if (lat === undefined && lon === undefined) return undefined
  const warn = (field: string, reason: string) => {
    at.problems.event('warning', at.record, at.id, field, `${reason}; the event is kept without a place`)
  }
  if (lat === undefined || lon === undefined) {
    warn(lat === undefined ? 'place.lat' : 'place.lon', `${lat === undefined ? labels.lat : labels.lon} is missing`)
    return undefined
  }
  // never String(v) on an object: its toString comes from the file and may not be callable
  const show = (v: unknown) => (typeof v === 'string' ? `"${clip(v, 60)}"` : typeof v === 'number' ? String(v) : `a value of type ${v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v}`)
  if (!Number.isFinite(lat)) return warn('place.lat', `${labels.lat}: ${show(latValue)} is not a number`), undefined
  if (!Number.isFinite(lon)) return warn('place.lon', `${labels.lon}: ${show(lonValue)} is not a number`), undefined
  if (lat < -90 || lat > 90) return warn('place.lat', `${labels.lat}: ${lat} is out of range (−90 … 90)`), undefined
  if (lon < -180 || lon > 180) return warn('place.lon', `${labels.lon}: ${lon} is out of range (−180 … 180)`), undefined
  return { name: clip(name, MAX_SHORT), lat, lon }
}

/** Sources without duplicates, within the format's limits. */
export class Sources {
  readonly list: RawSource[] = []
  private readonly urls = new Set<string>()
  /** addresses left out because they are not http(s) */
  private readonly rejected: string[] = []
  private dropped = 0

  /** An http(s) address → {publisher (default: its host), url}; other addresses are noted and left out. */
  addUrl(url: unknown, publisher?: string, title?: string): boolean {
    const text = textOf(url)
    if (text === undefined) return false
    if (text.length > 2048 || !isHttpUrl(text)) {
      this.rejected.push(text)
      return false
    }
    if (this.urls.has(text)) return true
    this.urls.add(text)
    const source: RawSource = { publisher: clip(publisher?.trim() || new URL(text).hostname, MAX_SHORT), url: text }
    if (title?.trim()) source.title = clip(title.trim(), MAX_SHORT)
    this.push(source)
    return true
  }

  /**
   * Free text: http(s) addresses in it become linked sources; text without any address
   * is a publisher; an address of another scheme (javascript:, data:, …) is left out.
   */
  addText(value: unknown): void {
    const text = textOf(value)
    if (text === undefined) return
    const urls = text.split(/[\s;|,]+/).filter((part) => /^https?:\/\//i.test(part))
    if (urls.length > 0) {
      for (const url of urls) this.addUrl(url)
      return
    }
    if (/^[a-z][a-z0-9+.-]*:[^\s]/i.test(text)) {
      this.rejected.push(text)
      return
    }
    this.push({ publisher: clip(text, MAX_SHORT) })
  }

  /** Warnings for what was left out since the last report, on the record's `sources` field. */
  report(at: { record: number; id: string; problems: Problems }, label: string): void {
    const rejected = this.rejected.splice(0)
    const dropped = this.dropped
    this.dropped = 0
    for (const text of rejected.slice(0, 5)) {
      at.problems.event('warning', at.record, at.id, 'sources', `${label}: "${clip(text, 60)}" is not an http(s) address; it is left out`)
    }
    if (rejected.length > 5) {
      const more = rejected.length - 5
      at.problems.event('warning', at.record, at.id, 'sources', `${label}: ${more} more ${more === 1 ? 'address that is not http(s) is' : 'addresses that are not http(s) are'} left out`)
    }
    if (dropped > 0) {
      at.problems.event('warning', at.record, at.id, 'sources', `only the first ${MAX_SOURCES} sources are kept; ${dropped} more ${dropped === 1 ? 'is' : 'are'} left out`)
    }
  }

  private push(source: RawSource): void {
    if (this.list.length < MAX_SOURCES) this.list.push(source)
    else this.dropped++
  }
}

/** Tags from an array of strings or a text separated by ; , or |. */
export function makeTags(value: unknown): string[] {
  const parts: string[] = []
  if (typeof value === 'string') parts.push(...value.split(/[;,|]/))
  else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string' || typeof item === 'number') parts.push(String(item))
  const tags = new Set<string>()
  for (const part of parts) {
    const tag = part.trim().slice(0, 80).trim()
    if (tag !== '') tags.add(tag)
    if (tags.size >= MAX_TAGS) break
  }
  return [...tags]
}

export interface TimeOptions {
  defaultOffset: string
}

/** Checks the user's default offset; a bad one is reported and 'Z' is used. */
export function resolveOffset(option: string | undefined, problems: Problems): string {
  if (option === undefined) return 'Z'
  const normal = typeof option === 'string' ? normaliseOffset(option) : null
  if (normal === null) {
    problems.dataset('warning', 'defaultOffset', `${typeof option === 'string' ? `"${clip(option, 20)}"` : typeof option} is not a UTC offset (Z or ±HH:MM); times without offset are read as UTC`)
    return 'Z'
  }
  return normal
}

/**
 * Sets start (and end) on an event from raw values. A value that cannot be read is
 * reported as an error on `start`/`end`; the record stays in place (so positions match
 * the file) with the text as written, and validateDataset rejects it too.
 */
export function setTimes(
  event: RawEvent,
  start: { value: unknown; label: string } | undefined,
  end: { value: unknown; label: string } | undefined,
  offset: string,
  at: { record: number; problems: Problems },
  missingStart: string,
): void {
  if (start === undefined) {
    at.problems.event('error', at.record, event.id, 'start', missingStart)
  } else {
    const converted = convertTimeLabelled(start, offset)
    if ('error' in converted) {
      at.problems.event('error', at.record, event.id, 'start', converted.error)
      if (typeof start.value === 'string') event.start = start.value
    } else {
      event.start = converted.iso
      event.precision = converted.precision
    }
  }
  if (end !== undefined) {
    const converted = convertTimeLabelled(end, offset)
    if ('error' in converted) {
      at.problems.event('error', at.record, event.id, 'end', converted.error)
      if (typeof end.value === 'string') event.end = end.value
    } else {
      event.end = converted.iso
      if (converted.precision !== (event.precision ?? 'minute')) event.endPrecision = converted.precision
    }
  }
}

function convertTimeLabelled(from: { value: unknown; label: string }, offset: string): ConvertedTime | { error: string } {
  const converted = convertTime(from.value, offset)
  return 'error' in converted ? { error: `${from.label}: ${converted.error}` } : converted
}
