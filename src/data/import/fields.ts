/**
 * An event's fields made from the loose values other formats carry: a place from two coordinates, sources, tags,
 * and start and end times with the user's default offset. Shared by the importers; each reports what it could not
 * use to the record's problems and never invents a value (no place at 0,0, no time from nothing).
 */
import { isHttpUrl } from '../../lib/url'
import { convertTime, normaliseOffset, type ConvertedTime } from './time'
import { MAX_SHORT, clip, textOf, type Problems, type RawEvent, type RawSource } from './common'

const MAX_SOURCES = 200
const MAX_TAGS = 100

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
