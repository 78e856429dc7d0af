import { describe, expect, it } from 'vitest'
import type { ChronoEvent } from '../data/model'
import { alignedBins, BIN_COUNT, eventSpan, eventsByCategory, MAX_ITEMS, timelineSource } from './density'
import { timeIndexOf } from '../store/timeIndex'

const HOUR = 3_600_000
const events = (n: number, category = 'a') =>
  Array.from({ length: n }, (_, i) => ({ id: `e${i}`, category, spanStart: i * HOUR, spanEnd: i * HOUR }) as ChronoEvent)

describe('timelineSource', () => {
  it('draws every event while there are few', () => {
    const few = events(MAX_ITEMS)
    expect(timelineSource(few, { start: 0, end: HOUR }, 'single', [])).toEqual({ mode: 'items', events: few })
  })
  it('draws the events around a narrow window of a large dataset', () => {
    const source = timelineSource(events(10_000), { start: 1000 * HOUR, end: 1010 * HOUR }, 'single', [])
    expect(source.mode).toBe('items')
    if (source.mode !== 'items') return
    // the window plus half a window on each side
    expect(source.events.map((e) => e.id)).toEqual(Array.from({ length: 21 }, (_, i) => `e${995 + i}`))
  })
  it('draws bins, not thousands of items, before the timeline has a window', () => {
    expect(timelineSource(events(10_000), null, 'single', []).mode).toBe('bins')
  })
  it('draws density bins for a wide window, with class levels and no event ids', () => {
    const source = timelineSource(events(10_000), { start: 0, end: 10_000 * HOUR }, 'single', [])
    expect(source.mode).toBe('bins')
    if (source.mode !== 'bins') return
    expect(source.bins.length).toBeLessThanOrEqual(BIN_COUNT)
    expect(source.bins.reduce((sum, b) => sum + (b.count ?? 0), 0)).toBeGreaterThanOrEqual(10_000)
    for (const bin of source.bins) {
      expect(bin.className).toMatch(/^cm-bin lvl-[1-8]$/)
      expect(bin['event-id']).toBeUndefined()
    }
  })
  it('bins per category row, leaving collapsed rows out', () => {
    const mixed = [...events(5000, 'a'), ...events(5000, 'b')]
    const source = timelineSource(mixed, { start: 0, end: 5000 * HOUR }, 'category', ['b'])
    expect(source.mode).toBe('bins')
    if (source.mode === 'bins') expect(new Set(source.bins.map((b) => b.group))).toEqual(new Set(['a']))
  })
  it('follows the collapsed rows of each call for the same events, each row binning only its own events', () => {
    const mixed = [...events(5000, 'a'), ...events(3000, 'b')]
    const window = { start: 0, end: 5000 * HOUR }
    const binsOf = (source: ReturnType<typeof timelineSource>, group: string) => (source.mode === 'bins' ? source.bins.filter((b) => b.group === group) : [])
    const total = (bins: ReturnType<typeof binsOf>) => bins.reduce((sum, b) => sum + (b.count ?? 0), 0)
    const both = timelineSource(mixed, window, 'category', [])
    expect(total(binsOf(both, 'a'))).toBeGreaterThan(total(binsOf(both, 'b')))
    const onlyB = timelineSource(mixed, window, 'category', ['a'])
    expect(binsOf(onlyB, 'a')).toEqual([])
    expect(binsOf(onlyB, 'b').map((b) => b.count)).toEqual(binsOf(both, 'b').map((b) => b.count))
    // row b alone, binned as the single row would bin its events
    const alone = timelineSource(events(3000, 'b'), window, 'single', [])
    expect(binsOf(onlyB, 'b').map((b) => b.count)).toEqual(alone.mode === 'bins' ? alone.bins.map((b) => b.count) : null)
    expect(binsOf(timelineSource(mixed, window, 'category', []), 'a')).toEqual(binsOf(both, 'a'))
  })
  it('keeps the same bins, ids and contents alike, when the window pans at the same zoom', () => {
    const many = events(10_000)
    const before = timelineSource(many, { start: 2000 * HOUR, end: 4000 * HOUR }, 'single', [])
    const after = timelineSource(many, { start: 2100 * HOUR, end: 4100 * HOUR }, 'single', [])
    if (before.mode !== 'bins' || after.mode !== 'bins') throw new Error('expected bins')
    const earlier = new Map(before.bins.map((b) => [b.id, b]))
    const shared = after.bins.filter((b) => earlier.has(b.id))
    // most bins are still there, unchanged: the timeline only draws the few new ones
    expect(shared.length).toBeGreaterThan(after.bins.length * 0.8)
    for (const bin of shared) expect(bin).toEqual(earlier.get(bin.id))
  })
})

describe('alignedBins', () => {
  it('covers the span with at most BIN_COUNT bins on multiples of their width', () => {
    for (const [start, end] of [[0, 1], [12_345, 98_765_432], [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)], [-5e11, 5e12]] as const) {
      const bins = alignedBins({ start, end })
      expect(Math.abs(bins.start % bins.width)).toBe(0)
      expect(bins.start).toBeLessThanOrEqual(start)
      expect(bins.start + bins.count * bins.width).toBeGreaterThanOrEqual(end)
      expect(bins.count).toBeLessThanOrEqual(BIN_COUNT)
    }
  })
})

describe('eventSpan', () => {
  it("runs from the earliest start to the latest end, whichever events they belong to", () => {
    const list = [
      { id: 'a', category: 'a', spanStart: 5 * HOUR, spanEnd: 6 * HOUR },
      // starts first, but a later event ends last
      { id: 'b', category: 'a', spanStart: 2 * HOUR, spanEnd: 3 * HOUR },
      { id: 'c', category: 'a', spanStart: 4 * HOUR, spanEnd: 9 * HOUR },
    ] as ChronoEvent[]
    expect(eventSpan(list)).toEqual({ start: 2 * HOUR, end: 9 * HOUR })
  })
  it('is never empty, and null without events', () => {
    expect(eventSpan(events(1))).toEqual({ start: 0, end: 1 })
    expect(eventSpan([])).toBeNull()
  })
})

describe('eventsByCategory', () => {
  it('lists each category in spanStart order, so its time index needs no sorting, even when the events are not', () => {
    // a dataset's order is by start; a day-precision event's span starts before a timed event of the same day
    const out = [
      { id: 'x1', category: 'a', spanStart: 10 * HOUR, spanEnd: 11 * HOUR },
      { id: 'x2', category: 'b', spanStart: 2 * HOUR, spanEnd: 26 * HOUR },
      { id: 'x3', category: 'a', spanStart: 0, spanEnd: 24 * HOUR },
      { id: 'x4', category: 'b', spanStart: 30 * HOUR, spanEnd: 31 * HOUR },
      { id: 'x5', category: 'a', spanStart: 5 * HOUR, spanEnd: 5 * HOUR },
    ] as ChronoEvent[]
    const byCategory = eventsByCategory(out)
    expect(byCategory.get('a')?.map((event) => event.id)).toEqual(['x3', 'x5', 'x1'])
    expect(byCategory.get('b')?.map((event) => event.id)).toEqual(['x2', 'x4'])
    for (const list of byCategory.values()) expect(timeIndexOf(list).events).toBe(list)
    // made once per list of events
    expect(eventsByCategory(out)).toBe(byCategory)
  })
})
