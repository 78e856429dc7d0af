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

/** Returns the instant, or a reason the text is not a strict ISO 8601 instant with offset. */
export function parseInstant(text: string): ParsedInstant | { error: string } {
  const m = ISO_WITH_OFFSET.exec(text)
  if (!m) return { error: 'expected ISO 8601 with UTC offset, e.g. 2022-10-10T08:15+03:00' }
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const h = Number(m[4])
  const mi = Number(m[5])
  const s = m[6] ? Number(m[6]) : 0
  const frac = m[7] ? Number(m[7].padEnd(3, '0')) : 0
  const zone = m[8] ?? 'Z'
  if (mo < 1 || mo > 12) return { error: `month ${mo} does not exist` }
  if (d < 1 || d > daysInMonth(y, mo)) return { error: `day ${d} does not exist in ${y}-${String(mo).padStart(2, '0')}` }
  if (h > 23 || mi > 59 || s > 59) return { error: 'time of day out of range' }
  let offsetMinutes = 0
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const oh = Number(zone.slice(1, 3))
    const om = Number(zone.slice(4, 6))
    if (oh > 14 || om > 59 || oh * 60 + om > 14 * 60) return { error: `UTC offset ${zone} out of range` }
    offsetMinutes = sign * (oh * 60 + om)
  }
  return { ms: utcMs(y, mo, d, h, mi, s, frac) - offsetMinutes * MINUTE, offsetMinutes }
}

/**
 * The last instant (exclusive) of the period a time stands for: a day-precision
 * date covers its whole local day, a month its month, and so on.
 */
export function periodEnd(ms: number, offsetMinutes: number, precision: Precision): number {
  if (precision === 'minute') return ms
  const local = new Date(ms + offsetMinutes * MINUTE)
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
