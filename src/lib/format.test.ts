import { describe, expect, it } from 'vitest'
import type { EventTime } from '../data/model'
import { formatEventSpan, formatEventTime, formatShortDate } from './format'
import { parseInstant, type Precision } from './time'

function time(iso: string, precision: Precision): EventTime {
  const parsed = parseInstant(iso)
  if ('error' in parsed) throw new Error(parsed.error)
  return { iso, ...parsed, precision }
}

describe('formatEventTime', () => {
  it('shows the local clock time at the event, not the viewer’s', () => {
    expect(formatEventTime(time('2022-10-10T08:15+03:00', 'minute'), 'en')).toBe('10 Oct 2022, 08:15')
    expect(formatEventTime(time('2022-10-10T08:15+03:00', 'minute'), 'de')).toBe('10. Okt. 2022, 08:15 Uhr')
  })
  it('never shows 00:00 for a day-only date', () => {
    const text = formatEventTime(time('2022-10-10T00:00-04:00', 'day'), 'en')
    expect(text).toBe('10 Oct 2022')
    expect(text).not.toContain('00:00')
  })
  it('formats months and years to their precision', () => {
    expect(formatEventTime(time('2022-10-01T00:00Z', 'month'), 'en')).toBe('October 2022')
    expect(formatEventTime(time('2022-10-01T00:00Z', 'month'), 'de')).toBe('Oktober 2022')
    expect(formatEventTime(time('2022-01-01T00:00Z', 'year'), 'de')).toBe('2022')
  })
  it('uses the 24-hour clock in both languages', () => {
    expect(formatEventTime(time('2022-10-10T17:30+03:00', 'minute'), 'en')).toContain('17:30')
  })
})

describe('formatEventSpan', () => {
  it('formats a day range compactly', () => {
    const text = formatEventSpan(time('2022-10-17T00:00+02:00', 'day'), time('2022-10-30T00:00+02:00', 'day'), 'en')
    expect(text).toMatch(/^17\s?[–-]\s?30 Oct 2022$/)
  })
  it('formats a same-day clock range with one clock word in German', () => {
    const text = formatEventSpan(time('2022-10-10T17:00+03:00', 'minute'), time('2022-10-10T22:00+03:00', 'minute'), 'de')
    expect(text).toMatch(/^10\. Okt\. 2022, 17:00\s?[–-]\s?22:00 Uhr$/)
  })
  it('joins ends of different precision', () => {
    const text = formatEventSpan(time('2022-11-15T09:00+08:00', 'minute'), time('2022-11-16T00:00+08:00', 'day'), 'en')
    expect(text).toBe('15 Nov 2022, 09:00 – 16 Nov 2022')
  })
})

describe('formatShortDate', () => {
  it('drops the time', () => {
    expect(formatShortDate(time('2022-10-10T08:15+03:00', 'minute'), 'en')).toBe('10 Oct 2022')
  })
})
