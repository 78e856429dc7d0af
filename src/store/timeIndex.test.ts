import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ChronoEvent } from '../data/model'
import { isInWindow } from './selectors'
import { countInWindow, eventsInWindow, histogram, positionOf, timeIndexOf } from './timeIndex'

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
          // in the file's order, and sorted by start as datasets come (the index then skips its own sorting)
          for (const list of [events, [...events].sort((x, y) => x.spanStart - y.spanStart)]) {
            const index = timeIndexOf(list)
            expect(countInWindow(index, window)).toBe(expected.length)
            expect(eventsInWindow(index, window).map((e) => e.id).sort()).toEqual(expected)
          }
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

describe('positionOf', () => {
  it('finds each event among equal starts, in sorted and unsorted arrays, and -1 for others', () => {
    const sorted = [event('a', 0, 1), event('b', 5, 9), event('c', 5, 5), event('d', 7, 8)]
    const unsorted = [sorted[3]!, sorted[0]!, sorted[2]!, sorted[1]!]
    for (const list of [sorted, unsorted]) {
      list.forEach((e, i) => expect(positionOf(list, e)).toBe(i))
      expect(positionOf(list, event('x', 5, 5))).toBe(-1)
    }
  })
})
