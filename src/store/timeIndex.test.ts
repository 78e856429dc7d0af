import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ChronoEvent } from '../data/model'
import { isInWindow } from './selectors'
import { countInWindow, eventsInWindow, histogram, orderedTimeArrays, positionOf, seedTimeIndex, timeIndexOf } from './timeIndex'
import { noteSubset } from './subsets'

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
  it("takes a filtered array's index from its parent's: the same as sorting the filtered events themselves", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 30 }), fc.boolean(), fc.boolean()), { maxLength: 60 }), (spans) => {
        const unordered = spans.map(([s, d], i) => event(String(i), s, s + d))
        // a parent in spanStart order (the usual case: its index is read by position) and one in no order
        for (const events of [[...unordered].sort((a, b) => a.spanStart - b.spanStart), unordered]) {
          const keep = new Set(spans.flatMap(([, , k], i) => (k ? [String(i)] : [])))
          const subset = events.filter((e) => keep.has(e.id))
          const alone = timeIndexOf([...subset])
          noteSubset(subset, events)
          const derived = timeIndexOf(subset)
          expect(derived.events.map((e) => e.id)).toEqual(alone.events.map((e) => e.id))
          expect([...derived.starts]).toEqual([...alone.starts])
          expect([...derived.ends]).toEqual([...alone.ends])
          expect(derived.longest).toBe(alone.longest)
          // and a subset of the subset (a timeline row of the filtered events)
          const row = derived.events.filter((_, i) => spans[i]?.[3])
          noteSubset(row, derived.events)
          const rowAlone = timeIndexOf([...row])
          expect([...timeIndexOf(row).ends]).toEqual([...rowAlone.ends])
          expect([...timeIndexOf(row).starts]).toEqual([...rowAlone.starts])
          expect(timeIndexOf(row).longest).toBe(rowAlone.longest)
        }
      }),
      { numRuns: 300 },
    )
    // and it does take it from the parent: a parent's index (here a stand-in) decides the order
    const parent = [event('a', 5, 5), event('b', 1, 1), event('c', 3, 3)]
    const subset = [parent[0]!, parent[2]!]
    seedTimeIndex(parent, { starts: new Float64Array([5, 1, 3]), ends: new Float64Array([1, 3, 5]), longest: 0 })
    noteSubset(subset, parent)
    // the seeded index is not a real one (it claims parent's own order is sorted): the subset follows it
    expect(timeIndexOf(subset).events.map((e) => e.id)).toEqual(['a', 'c'])
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

describe('orderedTimeArrays and seedTimeIndex', () => {
  const events = [event('a', 0, 50), event('b', 10, 20), event('c', 10, 90), event('d', 30, 31)]

  it('gives the sorted starts and ends of events in start order, and nothing for others', () => {
    expect(orderedTimeArrays(events)).toEqual({ starts: Float64Array.of(0, 10, 10, 30), ends: Float64Array.of(20, 31, 50, 90), longest: 80 })
    expect(orderedTimeArrays([events[1]!, events[0]!])).toBeNull()
  })

  it('lets the page use arrays made elsewhere for the same events, and ignores ones that do not fit', () => {
    const seeded = [...events]
    const arrays = orderedTimeArrays(seeded)!
    seedTimeIndex(seeded, arrays)
    expect(timeIndexOf(seeded).starts).toBe(arrays.starts)
    expect(countInWindow(timeIndexOf(seeded), { start: 25, end: 29 })).toBe(2)

    const other = [...events]
    const wrong = orderedTimeArrays(other.slice(1))!
    seedTimeIndex(other, wrong)
    expect(timeIndexOf(other).starts).not.toBe(wrong.starts)
    expect(timeIndexOf(other).starts).toEqual(arrays.starts)
  })
})
