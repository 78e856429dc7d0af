import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ChronoEvent } from '../data/model'
import { isInWindow } from './selectors'
import { countInWindow, eventsInWindow, histogram, timeIndexOf } from './timeIndex'

const event = (id: string, spanStart: number, spanEnd: number) => ({ id, spanStart, spanEnd }) as ChronoEvent

describe('time index', () => {
  it('agrees with a linear scan for any events and window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 300 })), { maxLength: 60 }),
        fc.integer({ min: -100, max: 1100 }),
        fc.integer({ min: 0, max: 500 }),
        (spans, a, length) => {
          const events = spans.map(([s, d], i) => event(String(i), s, s + d))
          const window = { start: a, end: a + length }
          const expected = events.filter((e) => isInWindow(e, window)).map((e) => e.id).sort()
          const index = timeIndexOf(events)
          expect(countInWindow(index, window)).toBe(expected.length)
          expect(eventsInWindow(index, window).map((e) => e.id).sort()).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })
  it('counts every event without a window and bins a window', () => {
    const events = [event('a', 0, 10), event('b', 5, 5), event('c', 50, 60)]
    const index = timeIndexOf(events)
    expect(countInWindow(index, null)).toBe(3)
    expect(histogram(index, { start: 0, end: 60 }, 3).map((b) => b.count)).toEqual([2, 0, 1])
  })
  it('is built once per array', () => {
    const events = [event('a', 0, 1)]
    expect(timeIndexOf(events)).toBe(timeIndexOf(events))
  })
})
