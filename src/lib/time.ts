/** Strict ISO 8601 instants with a UTC offset, and the precision they are known to. */

export const PRECISIONS = ['minute', 'hour', 'day', 'month', 'year'] as const
export type Precision = (typeof PRECISIONS)[number]

export interface ParsedInstant {
  /** epoch milliseconds of the instant */
  ms: number
  /** the offset written in the source, in minutes east of UTC */
  offsetMinutes: number
}

/** YYYY-MM-DDTHH:MM[:SS[.fff]] followed by Z or ±HH:MM — nothing looser. */
export const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/

const MINUTE = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month of the proleptic Gregorian calendar (what Date uses), month 1–12. */
function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29
  return DAYS_IN_MONTH[month - 1] ?? 31
}

/** Epoch ms of a UTC wall time; safe for years below 100 (Date.UTC maps those to 19xx). */
function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  // Date.UTC is fast; only years 0–99 need the slower way round
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, s, ms)
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi, s, ms)
  return date.getTime()
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (what Date uses), month 1–12 and the day
 * in range: plain integer arithmetic (Howard Hinnant's days_from_civil), exact for every year parseInstant reads.
 */
function daysFromCivil(y: number, mo: number, d: number): number {
  const year = mo <= 2 ? y - 1 : y
  const era = Math.floor(year / 400)
  const yearOfEra = year - era * 400
  const dayOfYear = Math.floor((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) + d - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

const FORMAT_ERROR = 'expected ISO 8601 with UTC offset, e.g. 2022-10-10T08:15+03:00'
const DASH = 45
const PLUS = 43
const DOT = 46
const COLON = 58
const LETTER_T = 84
const LETTER_Z = 90

/** The ASCII digit at i as a number, or -1 (also past the end, where charCodeAt gives NaN). */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1
}

/** Two ASCII digits from i as a number, or -1. */
function twoDigitsAt(text: string, i: number): number {
  const a = digitAt(text, i)
  const b = digitAt(text, i + 1)
  return a < 0 || b < 0 ? -1 : a * 10 + b
}

/**
 * Returns the instant, or a reason the text is not a strict ISO 8601 instant with offset.
 *
 * It reads exactly what ISO_WITH_OFFSET matches, by hand rather than with the regexp and Number(): it runs for every
 * start and end of a file of 100,000 events. time.test.ts checks it against the regexp version on arbitrary text.
 */
export function parseInstant(text: string): ParsedInstant | { error: string } {
  const length = text.length
  if (length < 17 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(10) !== LETTER_T || text.charCodeAt(13) !== COLON) {
    return { error: FORMAT_ERROR }
  }
  const century = twoDigitsAt(text, 0)
  const yearOfCentury = twoDigitsAt(text, 2)
  const mo = twoDigitsAt(text, 5)
  const d = twoDigitsAt(text, 8)
  const h = twoDigitsAt(text, 11)
  const mi = twoDigitsAt(text, 14)
  if (century < 0 || yearOfCentury < 0 || mo < 0 || d < 0 || h < 0 || mi < 0) return { error: FORMAT_ERROR }
  const y = century * 100 + yearOfCentury
  let i = 16
  let s = 0
  let frac = 0
  if (text.charCodeAt(i) === COLON) {
    s = twoDigitsAt(text, i + 1)
    if (s < 0) return { error: FORMAT_ERROR }
    i += 3
    if (text.charCodeAt(i) === DOT) {
      const first = ++i
      while (i - first < 3 && digitAt(text, i) >= 0) frac = frac * 10 + digitAt(text, i++)
      if (i === first) return { error: FORMAT_ERROR }
      // ".5" is 500 ms, ".05" 50 ms
      frac *= i - first === 1 ? 100 : i - first === 2 ? 10 : 1
    }
  }
  const zone = text.charCodeAt(i)
  let oh = 0
  let om = 0
  if (zone === LETTER_Z) {
    if (length !== i + 1) return { error: FORMAT_ERROR }
  } else if ((zone === PLUS || zone === DASH) && length === i + 6 && text.charCodeAt(i + 3) === COLON) {
    oh = twoDigitsAt(text, i + 1)
    om = twoDigitsAt(text, i + 4)
    if (oh < 0 || om < 0) return { error: FORMAT_ERROR }
  } else {
    return { error: FORMAT_ERROR }
  }
  if (mo < 1 || mo > 12) return { error: `month ${mo} does not exist` }
  if (d < 1 || d > daysInMonth(y, mo)) return { error: `day ${d} does not exist in ${y}-${String(mo).padStart(2, '0')}` }
  if (h > 23 || mi > 59 || s > 59) return { error: 'time of day out of range' }
  let offsetMinutes = 0
  if (zone !== LETTER_Z) {
    if (oh > 14 || om > 59 || oh * 60 + om > 14 * 60) return { error: `UTC offset ${text.slice(i)} out of range` }
    offsetMinutes = (zone === DASH ? -1 : 1) * (oh * 60 + om)
  }
  const wallMs = daysFromCivil(y, mo, d) * DAY + h * HOUR + mi * MINUTE + s * 1000 + frac
  return { ms: wallMs - offsetMinutes * MINUTE, offsetMinutes }
}

/** The largest epoch ms a Date holds; Date.UTC gives NaN past it. */
const MAX_TIME = 8.64e15

/**
 * The last instant (exclusive) of the period a time stands for: a day-precision
 * date covers its whole local day, a month its month, and so on.
 */
export function periodEnd(ms: number, offsetMinutes: number, precision: Precision): number {
  if (precision === 'minute') return ms
  const localMs = ms + offsetMinutes * MINUTE
  // Days and hours have fixed lengths in UTC wall time (Date knows no leap seconds), so rounding up is all it
  // takes, without a Date object; fractions and the edges of Date's range go the Date way, for the same result.
  if ((precision === 'day' || precision === 'hour') && Number.isInteger(localMs) && Math.abs(localMs) <= MAX_TIME - HOUR) {
    const unit = precision === 'day' ? DAY : HOUR
    return Math.floor(localMs / unit) * unit + unit - offsetMinutes * MINUTE
  }
  const local = new Date(localMs)
  const y = local.getUTCFullYear()
  const mo = local.getUTCMonth() + 1
  let endLocal: number
  switch (precision) {
    case 'hour':
      endLocal = utcMs(y, mo, local.getUTCDate(), local.getUTCHours() + 1)
      break
    case 'day':
      endLocal = utcMs(y, mo, local.getUTCDate()) + DAY
      break
    case 'month':
      endLocal = utcMs(y, mo + 1, 1)
      break
    case 'year':
      endLocal = utcMs(y + 1, 1, 1)
      break
  }
  return endLocal - offsetMinutes * MINUTE
}

/** "UTC+3", "UTC−4", "UTC+5:30", "UTC" */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC'
  const sign = offsetMinutes > 0 ? '+' : '\u2212'
  const abs = Math.abs(offsetMinutes)
  const h = Math.floor(abs / 60)
  const m = abs % 60
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`
}

/** Parses a plain date or instant from a URL parameter (YYYY-MM-DD, or any strict ISO instant). */
export function parseUrlDate(text: string): number | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (day) {
    const parsed = parseInstant(`${text}T00:00Z`)
    return 'ms' in parsed ? parsed.ms : null
  }
  const parsed = parseInstant(text)
  return 'ms' in parsed ? parsed.ms : null
}
