import { describe, expect, it } from 'vitest'
import { parseInstant } from '../../lib/time'
import { convertTime, epochToInstant, normaliseOffset } from './time'

describe('convertTime: accepted notations', () => {
  it.each([
    ['2022-10-10', 'Z', '2022-10-10T00:00Z', 'day'],
    ['2022-10-10', '+03:00', '2022-10-10T00:00+03:00', 'day'],
    ['2022-10', 'Z', '2022-10-01T00:00Z', 'month'],
    ['2022', 'Z', '2022-01-01T00:00Z', 'year'],
    ['2022-10-10T08:15', '+03:00', '2022-10-10T08:15+03:00', 'minute'],
    ['2022-10-10 08:15', 'Z', '2022-10-10T08:15Z', 'minute'],
    ['2022-10-10T08:15:30', 'Z', '2022-10-10T08:15:30Z', 'minute'],
    ['2022-10-10T08:15:30.123456Z', '+03:00', '2022-10-10T08:15:30.123Z', 'minute'],
    ['2022-10-10T08:15+0300', 'Z', '2022-10-10T08:15+03:00', 'minute'],
    ['2022-10-10T08:15-04', 'Z', '2022-10-10T08:15-04:00', 'minute'],
    ['2022-10-10T08:15z', '+01:00', '2022-10-10T08:15Z', 'minute'],
    ['2022-10-10 08:15 UTC', '+01:00', '2022-10-10T08:15Z', 'minute'],
    ['10.10.2022', 'Z', '2022-10-10T00:00Z', 'day'],
    ['1.2.2022', 'Z', '2022-02-01T00:00Z', 'day'],
    ['10.10.2022 14:30', '+02:00', '2022-10-10T14:30+02:00', 'minute'],
    ['2022/10/10', 'Z', '2022-10-10T00:00Z', 'day'],
    ['2022/1/5 07:05:09', 'Z', '2022-01-05T07:05:09Z', 'minute'],
    ['10 October 2022', 'Z', '2022-10-10T00:00Z', 'day'],
    ['3 Sept. 2022', 'Z', '2022-09-03T00:00Z', 'day'],
    [' 2022-10-10 ', 'Z', '2022-10-10T00:00Z', 'day'],
    ['1665390917123', '+03:00', '2022-10-10T08:35:17.123Z', 'minute'],
  ])('%s (default offset %s) → %s, %s', (input, offset, iso, precision) => {
    const result = convertTime(input, offset)
    expect(result).toEqual({ iso, precision })
    expect('error' in parseInstant(iso)).toBe(false)
  })

  it('reads numbers as epoch milliseconds in UTC, keeping seconds at minute precision', () => {
    expect(convertTime(1665390917123, '+03:00')).toEqual({ iso: '2022-10-10T08:35:17.123Z', precision: 'minute' })
    expect(convertTime(1665392400000, 'Z')).toEqual({ iso: '2022-10-10T09:00Z', precision: 'minute' })
    expect(convertTime(0, 'Z')).toEqual({ iso: '1970-01-01T00:00Z', precision: 'minute' })
  })

  it('leaves the calendar check to the validator: 31.02.2022 converts, parseInstant rejects it', () => {
    const result = convertTime('31.02.2022', 'Z')
    expect(result).toEqual({ iso: '2022-02-31T00:00Z', precision: 'day' })
    expect(parseInstant('2022-02-31T00:00Z')).toEqual({ error: 'day 31 does not exist in 2022-02' })
  })
})

describe('convertTime: reasons for what it cannot read', () => {
  it.each([
    ['yesterday', 'is not a date chronomap reads'],
    ['', 'empty'],
    ['10/11/2022', 'ambiguous'],
    ['2022-13-01', 'month 13 does not exist'],
    ['2022-10-10T25:00', 'hour 25 is out of range'],
    ['2022-10-10T08:15+15:00', 'UTC offset +15:00 is out of range'],
    ['x'.repeat(10_000), 'is not a date'],
  ])('%s', (input, reason) => {
    const result = convertTime(input, 'Z')
    expect('error' in result && result.error).toContain(reason)
  })
  it.each([
    [null, 'found null'],
    [true, 'found boolean'],
    [{ year: 2022 }, 'found object'],
    [Number.NaN, 'not a finite number'],
    [Infinity, 'not a finite number'],
    [8.64e15, 'outside the years 0–9999'],
    [-1e14, 'outside the years 0–9999'],
  ])('%s', (input, reason) => {
    const result = convertTime(input, 'Z')
    expect('error' in result && result.error).toContain(reason)
  })
})

describe('offsets', () => {
  it.each([
    ['Z', 'Z'],
    ['utc', 'Z'],
    ['+03:00', '+03:00'],
    ['+0530', '+05:30'],
    ['-04', '-04:00'],
    ['\u221202:00', '-02:00'],
    ['+15:00', null],
    ['+14:30', null],
    ['03:00', null],
    ['Europe/Kyiv', null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseOffset(input)).toBe(expected)
  })
  it('epoch conversion never gives an offset other than Z', () => {
    const result = epochToInstant(1_000_000_000_000)
    expect('iso' in result && result.iso.endsWith('Z')).toBe(true)
  })
})
