import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatOffset, parseInstant, parseUrlDate, periodEnd } from './time'

describe('parseInstant', () => {
  it('reads an instant with its offset', () => {
    const parsed = parseInstant('2022-10-10T08:15+03:00')
    expect(parsed).toEqual({ ms: Date.UTC(2022, 9, 10, 5, 15), offsetMinutes: 180 })
  })
  it('reads Z, seconds, fractions and negative offsets', () => {
    expect(parseInstant('2022-10-10T08:15:30.5Z')).toEqual({ ms: Date.UTC(2022, 9, 10, 8, 15, 30, 500), offsetMinutes: 0 })
    expect(parseInstant('2022-10-10T00:00-04:00')).toEqual({ ms: Date.UTC(2022, 9, 10, 4), offsetMinutes: -240 })
  })
  it('handles years before 100 without mapping them to the 1900s', () => {
    const parsed = parseInstant('0079-08-24T13:00Z')
    expect('ms' in parsed && new Date(parsed.ms).getUTCFullYear()).toBe(79)
  })
  it.each([
    ['2022-10-10', 'expected ISO 8601'],
    ['2022-10-10T08:15', 'expected ISO 8601'],
    ['10/10/2022 08:15+03:00', 'expected ISO 8601'],
    ['2022-02-30T00:00Z', 'day 30 does not exist'],
    ['2023-02-29T00:00Z', 'day 29 does not exist'],
    ['2022-13-01T00:00Z', 'month 13'],
    ['2022-10-10T24:00Z', 'time of day'],
    ['2022-10-10T08:60Z', 'time of day'],
    ['2022-10-10T08:00+15:00', 'offset'],
    [' 2022-10-10T08:00Z', 'expected ISO 8601'],
  ])('rejects %s', (text, reason) => {
    const parsed = parseInstant(text)
    expect('error' in parsed && parsed.error).toContain(reason)
  })
  it('accepts 29 February in a leap year', () => {
    expect('ms' in parseInstant('2024-02-29T00:00Z')).toBe(true)
  })
})

describe('periodEnd', () => {
  const tenOctKyiv = parseInstant('2022-10-10T00:00+03:00') as { ms: number }
  it('a day covers its local day', () => {
    expect(periodEnd(tenOctKyiv.ms, 180, 'day')).toBe(Date.UTC(2022, 9, 10, 21))
  })
  it('a minute is an instant', () => {
    expect(periodEnd(tenOctKyiv.ms, 180, 'minute')).toBe(tenOctKyiv.ms)
  })
  it('months and years run to the next one', () => {
    const oct = parseInstant('2022-10-01T00:00Z') as { ms: number }
    expect(periodEnd(oct.ms, 0, 'month')).toBe(Date.UTC(2022, 10, 1))
    expect(periodEnd(oct.ms, 0, 'year')).toBe(Date.UTC(2023, 0, 1))
    expect(periodEnd(oct.ms, 0, 'hour')).toBe(Date.UTC(2022, 9, 1, 1))
  })
})

describe('formatOffset', () => {
  it.each([
    [180, 'UTC+3'],
    [-240, 'UTC\u22124'],
    [330, 'UTC+5:30'],
    [0, 'UTC'],
  ])('%i minutes → %s', (minutes, label) => expect(formatOffset(minutes)).toBe(label))
})

describe('parseUrlDate', () => {
  it('reads plain dates as UTC midnight and instants exactly', () => {
    expect(parseUrlDate('2022-10-10')).toBe(Date.UTC(2022, 9, 10))
    expect(parseUrlDate('2022-10-10T08:15Z')).toBe(Date.UTC(2022, 9, 10, 8, 15))
  })
  it('returns null for anything else', () => {
    expect(parseUrlDate('yesterday')).toBeNull()
    expect(parseUrlDate('2022-02-31')).toBeNull()
  })
})

describe('parseInstant against the Date object (every year 0000–9999)', () => {
  /** the reference: Date's own calendar, safe for years below 100 */
  function reference(y: number, mo: number, d: number, h: number, mi: number): number | null {
    const date = new Date(0)
    date.setUTCFullYear(y, mo - 1, d)
    date.setUTCHours(h, mi, 0, 0)
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date.getTime() : null
  }
  it('accepts exactly the days that exist, at the same instant', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (y, mo, d, h, mi) => {
        const parsed = parseInstant(`${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}Z`)
        const expected = reference(y, mo, d, h, mi)
        if (expected === null) expect(parsed).toHaveProperty('error')
        else expect(parsed).toEqual({ ms: expected, offsetMinutes: 0 })
      }),
      { numRuns: 3000 },
    )
    // the leap-year rules at their edges
    expect(parseInstant('2000-02-29T00:00Z')).not.toHaveProperty('error')
    expect(parseInstant('1900-02-29T00:00Z')).toHaveProperty('error')
    expect(parseInstant('0004-02-29T00:00Z')).not.toHaveProperty('error')
  })
})
