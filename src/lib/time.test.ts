import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ISO_WITH_OFFSET, PRECISIONS, formatOffset, parseInstant, parseUrlDate, periodEnd, type ParsedInstant, type Precision } from './time'

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

describe('parseInstant and periodEnd against their former versions (the regexp and the Date object)', () => {
  /** parseInstant as it was written first, with ISO_WITH_OFFSET and Number(): the reference for the hand-written reader */
  function regexpParseInstant(text: string): ParsedInstant | { error: string } {
    const m = ISO_WITH_OFFSET.exec(text)
    if (!m) return { error: 'expected ISO 8601 with UTC offset, e.g. 2022-10-10T08:15+03:00' }
    const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number]
    const s = m[6] ? Number(m[6]) : 0
    const frac = m[7] ? Number(m[7].padEnd(3, '0')) : 0
    const zone = m[8] ?? 'Z'
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 31
    if (mo < 1 || mo > 12) return { error: `month ${mo} does not exist` }
    if (d < 1 || d > days) return { error: `day ${d} does not exist in ${y}-${String(mo).padStart(2, '0')}` }
    if (h > 23 || mi > 59 || s > 59) return { error: 'time of day out of range' }
    let offsetMinutes = 0
    if (zone !== 'Z') {
      const sign = zone.startsWith('-') ? -1 : 1
      const oh = Number(zone.slice(1, 3))
      const om = Number(zone.slice(4, 6))
      if (oh > 14 || om > 59 || oh * 60 + om > 14 * 60) return { error: `UTC offset ${zone} out of range` }
      offsetMinutes = sign * (oh * 60 + om)
    }
    const date = new Date(0)
    date.setUTCFullYear(y, mo - 1, d)
    date.setUTCHours(h, mi, s, frac)
    return { ms: date.getTime() - offsetMinutes * 60_000, offsetMinutes }
  }

  /** periodEnd as it was written first, with a Date object for every precision */
  function datePeriodEnd(ms: number, offsetMinutes: number, precision: Precision): number {
    if (precision === 'minute') return ms
    const local = new Date(ms + offsetMinutes * 60_000)
    const utc = (y: number, mo: number, d: number, h = 0) => {
      const date = new Date(0)
      date.setUTCFullYear(y, mo - 1, d)
      date.setUTCHours(h, 0, 0, 0)
      return date.getTime()
    }
    const [y, mo, d, h] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours()]
    const endLocal = { hour: utc(y, mo, d, h + 1), day: utc(y, mo, d) + 86_400_000, month: utc(y, mo + 1, 1), year: utc(y + 1, 1, 1) }[precision]
    return endLocal - offsetMinutes * 60_000
  }

  const same = (text: string): void => {
    expect(parseInstant(text)).toStrictEqual(regexpParseInstant(text))
  }
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  /** instants in range, with and without seconds and fractions, and offsets around the limit */
  const validish = fc
    .record({
      date: fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })),
      time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })),
      seconds: fc.option(fc.tuple(fc.integer({ min: 0, max: 59 }), fc.option(fc.stringMatching(/^\d{1,3}$/)))),
      zone: fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 60 })).map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`)),
    })
    .map(({ date: [y, mo, d], time: [h, mi], seconds, zone }) => {
      const fraction = seconds?.[1] == null ? '' : `.${seconds[1]}`
      return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}${seconds ? `:${pad(seconds[0])}${fraction}` : ''}${zone}`
    })
  /** the right shape with arbitrary digits (so that every range check is reached) */
  const shaped = fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{0,4})?)?(Z|[+-]\d{2}:\d{2})$/)
  const instantLike = fc.oneof(validish, shaped)
  /** and a step off it */
  const nearChars = fc.constantFrom('0', '1', '2', '9', '-', '+', ':', '.', 'T', 'Z', 'z', 't', ' ', '\n', '\u0663', '\uff11', '')
  const edited = fc.tuple(instantLike, fc.nat(), nearChars, fc.boolean()).map(([text, at, char, insert]) => {
    const i = at % (text.length + 1)
    return text.slice(0, i) + char + text.slice(insert ? i : i + 1)
  })

  it('parseInstant reads exactly what the regexp read, to the same instant or the same reason', () => {
    fc.assert(fc.property(fc.oneof(instantLike, edited, fc.string({ maxLength: 30 })), same), { numRuns: 20_000 })
    for (const text of ['2022-10-10T08:15-00:00', '2022-10-10T08:15:30.123Z', '2022-10-10T08:15:30.1234Z', '2022-10-10T08:15:30.Z', '2022-10-10T08:15:.5Z', '0000-01-01T00:00+14:00', '9999-12-31T23:59:59.999-14:00', '2022-10-10T08:15+14:01', '2022-10-10T08:15+13:60', '2022-10-10T08:15Z\n']) {
      same(text)
    }
  })

  it('periodEnd gives what the Date object gave, for any instant, offset and precision', () => {
    const ms = fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: -1e13, max: 1e13 }), fc.double(), fc.constantFrom(0, -0, 8.64e15, -8.64e15, 8.64e15 - 3_600_000, 8.64e15 - 3_600_001, 0.5, -0.5))
    const offset = fc.oneof(fc.integer({ min: -840, max: 840 }), fc.double({ min: -900, max: 900 }))
    fc.assert(
      fc.property(ms, offset, fc.constantFrom(...PRECISIONS), (at, offsetMinutes, precision) => {
        expect(periodEnd(at, offsetMinutes, precision)).toBe(datePeriodEnd(at, offsetMinutes, precision))
      }),
      { numRuns: 20_000 },
    )
  })
})
