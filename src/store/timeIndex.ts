/**
 * Window queries in logarithmic time: the events' spans sorted by start and by end.
 * An event touches [a, b] when spanStart ≤ b and spanEnd ≥ a, so the number of such
 * events is (#starts ≤ b) − (#ends < a): every event ending before a also started before b.
 */
import type { ChronoEvent } from '../data/model'
import type { TimeWindow } from './selectors'

export interface TimeIndex {
  /** events sorted by spanStart */
  events: readonly ChronoEvent[]
  starts: Float64Array
  ends: Float64Array
  /** the longest span, to bound the scan for events that began before a window */
  longest: number
}

/** First position whose value is ≥ x (or > x when `strict`). */
function bound(sorted: Float64Array, x: number, strict: boolean): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const v = sorted[mid] as number
    if (v < x || (strict && v === x)) lo = mid + 1
    else hi = mid
  }
  return lo
}

const cache = new WeakMap<readonly ChronoEvent[], TimeIndex>()

export function timeIndexOf(events: readonly ChronoEvent[]): TimeIndex {
  let index = cache.get(events)
  if (!index) {
    const sorted = [...events].sort((a, b) => a.spanStart - b.spanStart)
    const starts = Float64Array.from(sorted, (e) => e.spanStart)
    const ends = Float64Array.from(events, (e) => e.spanEnd).sort()
    let longest = 0
    for (const e of sorted) longest = Math.max(longest, e.spanEnd - e.spanStart)
    index = { events: sorted, starts, ends, longest }
    cache.set(events, index)
  }
  return index
}

/** How many events touch the window. */
export function countInWindow(index: TimeIndex, window: TimeWindow | null): number {
  if (!window) return index.events.length
  return bound(index.starts, window.end, true) - bound(index.ends, window.start, false)
}

/** The events that touch the window, in start order. */
export function eventsInWindow(index: TimeIndex, window: TimeWindow): ChronoEvent[] {
  const out: ChronoEvent[] = []
  const from = bound(index.starts, window.start - index.longest, false)
  const to = bound(index.starts, window.end, true)
  for (let i = from; i < to; i++) {
    const event = index.events[i] as ChronoEvent
    if (event.spanEnd >= window.start) out.push(event)
  }
  return out
}

export interface Bin {
  start: number
  end: number
  count: number
}

/** Event counts in `n` equal slices of the window (an event touching two slices counts in both). */
export function histogram(index: TimeIndex, window: TimeWindow, n: number): Bin[] {
  const width = (window.end - window.start) / n
  return Array.from({ length: n }, (_, k) => {
    const start = window.start + k * width
    const end = start + width
    return { start, end, count: countInWindow(index, { start, end }) }
  })
}
