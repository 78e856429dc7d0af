/**
 * Turns the date and time notations found in other formats into chronomap's strict
 * instants (YYYY-MM-DDTHH:MM[:SS[.fff]] with Z or ±HH:MM) and the precision they are
 * known to. Pure and total: every input gives a result or a reason, nothing throws.
 *
 * Only the shape is checked here. A well-shaped value whose date does not exist
 * (31.02.2022) is converted anyway, so that validateDataset reports it with its own
 * precise reason ("day 31 does not exist in 2022-02").
 */
import type { Precision } from '../../lib/time'

export interface ConvertedTime {
  iso: string
  precision: Precision
}

export type TimeResult = ConvertedTime | { error: string }

/** What the conversion accepts, for messages. */
export const ACCEPTED_TIMES =
  'use YYYY-MM-DD, YYYY-MM-DDTHH:MM (optionally with Z or ±HH:MM), YYYY-MM, YYYY, DD.MM.YYYY, YYYY/MM/DD, "10 October 2022" or epoch milliseconds'

const MONTHS = new Map<string, number>(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may', 'may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap(([full, short], i) => [
    [full as string, i + 1],
    [short as string, i + 1],
  ]),
)
MONTHS.set('sept', 9)

const pad2 = (n: number) => String(n).padStart(2, '0')
const pad4 = (n: number) => String(n).padStart(4, '0')

/** 'Z', '+03:00', '-0400', '+03', 'UTC', 'GMT' → 'Z' or '±HH:MM'; null when not an offset. */
export function normaliseOffset(text: string): string | null {
  const t = text.trim()
  if (/^(z|utc|gmt)$/i.test(t)) return 'Z'
  const m = /^([+\-\u2212])(\d{2})(?::?(\d{2}))?$/.exec(t)
  if (!m) return null
  const sign = m[1] === '+' ? '+' : '-'
  const h = Number(m[2])
  const mi = Number(m[3] ?? '0')
  if (h > 14 || mi > 59 || h * 60 + mi > 14 * 60) return null
  return `${sign}${m[2]}:${m[3] ?? '00'}`
}

/** Epoch milliseconds → ISO in UTC; seconds and milliseconds are kept when not zero. */
export function epochToInstant(ms: number): TimeResult {
  if (!Number.isFinite(ms)) return { error: `${ms} is not a finite number of milliseconds` }
  const date = new Date(Math.trunc(ms))
  const year = date.getUTCFullYear()
  if (Number.isNaN(date.getTime()) || year < 0 || year > 9999) {
    return { error: `epoch milliseconds ${ms} fall outside the years 0–9999` }
  }
  const sec = date.getUTCSeconds()
  const milli = date.getUTCMilliseconds()
  const tail = sec === 0 && milli === 0 ? '' : `:${pad2(sec)}${milli === 0 ? '' : `.${String(milli).padStart(3, '0')}`}`
  const iso = `${pad4(year)}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}T${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}${tail}Z`
  // the native format's finest precision is the minute; the seconds stay in the text
  return { iso, precision: 'minute' }
}

/** Builds an instant from date parts; numbers must already be in range for the ISO shape. */
export function partsToInstant(
  parts: { year: number; month?: number; day?: number; hour?: number; minute?: number; second?: number; fraction?: string },
  offset: string,
): ConvertedTime {
  const { year, month, day, hour, minute, second, fraction } = parts
  const precision: Precision =
    month === undefined ? 'year' : day === undefined ? 'month' : hour === undefined ? 'day' : minute === undefined ? 'hour' : 'minute'
  const time =
    `${pad2(hour ?? 0)}:${pad2(minute ?? 0)}` +
    (second === undefined ? '' : `:${pad2(second)}${fraction ? `.${fraction.slice(0, 3)}` : ''}`)
  return { iso: `${pad4(year)}-${pad2(month ?? 1)}-${pad2(day ?? 1)}T${time}${offset}`, precision }
}

const ISO_LIKE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|UTC|GMT|[+\-\u2212]\d{2}(?::?\d{2})?)?)?)?)?$/
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/
const NAMED = /^(\d{1,2})\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/
const EPOCH_TEXT = /^-?\d{9,16}$/

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text)
}

function inRange(parts: { month?: number; day?: number; hour?: number; minute?: number; second?: number }): string | null {
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) return `month ${parts.month} does not exist`
  if (parts.day !== undefined && (parts.day < 1 || parts.day > 31)) return `day ${parts.day} does not exist`
  if (parts.hour !== undefined && parts.hour > 23) return `hour ${parts.hour} is out of range`
  if (parts.minute !== undefined && parts.minute > 59) return `minute ${parts.minute} is out of range`
  if (parts.second !== undefined && parts.second > 59) return `second ${parts.second} is out of range`
  return null
}

function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value
}

/**
 * Converts one time value: a string in one of the accepted notations, or a number of
 * epoch milliseconds. A value without offset gets `defaultOffset` ('Z' or '±HH:MM').
 */
export function convertTime(value: unknown, defaultOffset: string): TimeResult {
  if (typeof value === 'number') return epochToInstant(value)
  if (typeof value !== 'string') {
    return { error: `expected a date as text or epoch milliseconds, found ${value === null ? 'null' : typeof value}` }
  }
  const text = value.trim()
  if (text === '') return { error: 'the date is empty' }
  if (text.length > 100) return { error: `"${shown(text)}" is not a date chronomap reads; ${ACCEPTED_TIMES}` }
  let m = ISO_LIKE.exec(text)
  if (m) {
    const parts = {
      year: Number(m[1]),
      month: num(m[2]),
      day: num(m[3]),
      hour: num(m[4]),
      minute: num(m[5]),
      second: num(m[6]),
      fraction: m[7],
    }
    const bad = inRange(parts)
    if (bad) return { error: `"${shown(text)}": ${bad}` }
    let offset = defaultOffset
    if (m[8] !== undefined) {
      const normal = normaliseOffset(m[8])
      if (normal === null) return { error: `"${shown(text)}": UTC offset ${m[8]} is out of range` }
      offset = normal
    }
    return partsToInstant(parts, offset)
  }
  m = DOTTED.exec(text) ?? null
  if (m) {
    const parts = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]) }
    const bad = inRange(parts)
    if (bad) return { error: `"${shown(text)}": ${bad}` }
    return partsToInstant(parts, defaultOffset)
  }
  m = SLASHED.exec(text)
  if (m) {
    const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]) }
    const bad = inRange(parts)
    if (bad) return { error: `"${shown(text)}": ${bad}` }
    return partsToInstant(parts, defaultOffset)
  }
  m = NAMED.exec(text)
  if (m) {
    const month = MONTHS.get((m[2] ?? '').toLowerCase())
    if (month !== undefined) {
      const parts = { year: Number(m[3]), month, day: Number(m[1]) }
      const bad = inRange(parts)
      if (bad) return { error: `"${shown(text)}": ${bad}` }
      return partsToInstant(parts, defaultOffset)
    }
  }
  if (EPOCH_TEXT.test(text)) return epochToInstant(Number(text))
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}/.test(text)) {
    return { error: `"${shown(text)}" is ambiguous (day/month or month/day?); ${ACCEPTED_TIMES}` }
  }
  return { error: `"${shown(text)}" is not a date chronomap reads; ${ACCEPTED_TIMES}` }
}
