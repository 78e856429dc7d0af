import { describe, expect, it } from 'vitest'
import type { ChronoEvent } from '../data/model'
import { BIN_COUNT, MAX_ITEMS, timelineSource } from './density'

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
})
