/**
 * Window queries in logarithmic time: the events' spans sorted by start and by end.
 * An event touches [a, b] when spanStart ≤ b and spanEnd ≥ a, so the number of such
 * events is (#starts ≤ b) − (#ends < a): every event ending before a also started before b.
 */
import type { ChronoEvent } from '../data/model'
import type { TimeWindow } from './selectors'
import { parentOf, positionsInParent } from './subsets'

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
const positions = new WeakMap<readonly ChronoEvent[], Map<string, number>>()

/** A time index without its events: typed arrays, which a worker can make and send. */
export type TimeArrays = Omit<TimeIndex, 'events'>

/**
 * The starts, the ends (each sorted) and the longest span of events that are in spanStart order; null when they
 * are not. Plain loops: typed-array from() with a mapping function is several times slower.
 */
export function orderedTimeArrays(events: readonly ChronoEvent[]): TimeArrays | null {
  const n = events.length
  const starts = new Float64Array(n)
  const ends = new Float64Array(n)
  let longest = 0
  let endsOrdered = true
  for (let i = 0; i < n; i++) {
    const e = events[i] as ChronoEvent
    if (i > 0 && e.spanStart < (starts[i - 1] as number)) return null
    if (i > 0 && e.spanEnd < (ends[i - 1] as number)) endsOrdered = false
    starts[i] = e.spanStart
    ends[i] = e.spanEnd
    if (e.spanEnd - e.spanStart > longest) longest = e.spanEnd - e.spanStart
  }
  if (!endsOrdered) ends.sort()
  return { starts, ends, longest }
}

/**
 * The events in spanStart order. Those of a filtered array (src/store/subsets.ts) are taken from its parent's index,
 * not sorted again: at 100,000 events in no such order, that was ~75 ms of a filter change.
 */
function sortedBySpanStart(events: readonly ChronoEvent[]): readonly ChronoEvent[] {
  const parent = parentOf(events)
  if (parent) {
    // the parent's events in spanStart order, kept where they are members: the order a stable sort would give,
    // ties in the events' own order
    const members = new Set(events)
    return timeIndexOf(parent).events.filter((event) => members.has(event))
  }
  return [...events].sort((a, b) => a.spanStart - b.spanStart)
}

/** Per position, the events' spanEnd (an index keeps its ends sorted, not by position); a subset's from its parent's. */
const endsByPosition = new WeakMap<readonly ChronoEvent[], Float64Array>()

function spanEndsOf(events: readonly ChronoEvent[]): Float64Array {
  let ends = endsByPosition.get(events)
  if (!ends) {
    const parent = parentOf(events)
    const at = positionsInParent(events)
    ends = new Float64Array(events.length)
    if (parent && at) {
      const from = spanEndsOf(parent)
      for (let p = 0; p < at.length; p++) {
        const i = at[p] as number
        if (i >= 0) ends[i] = from[p] as number
      }
    } else for (let i = 0; i < events.length; i++) ends[i] = (events[i] as ChronoEvent).spanEnd
    endsByPosition.set(events, ends)
  }
  return ends
}

/**
 * The index of a subset whose parent is in spanStart order (the usual case: datasets come sorted by start), from
 * the parent's starts and ends by position, without reading an event: at 100,000 events a filter change's index
 * took ~60 ms of reading events, this a few. Null when the subset's parent is not known or not in that order.
 */
function subsetIndex(events: readonly ChronoEvent[]): TimeIndex | null {
  const parent = parentOf(events)
  const at = positionsInParent(events)
  if (!parent || !at) return null
  const whole = timeIndexOf(parent)
  if (whole.events !== parent) return null
  const parentEnds = spanEndsOf(parent)
  const starts = new Float64Array(events.length)
  const ends = new Float64Array(events.length)
  let longest = 0
  let endsOrdered = true
  let last = -Infinity
  for (let p = 0; p < at.length; p++) {
    const i = at[p] as number
    if (i < 0) continue
    const start = whole.starts[p] as number
    const end = parentEnds[p] as number
    starts[i] = start
    ends[i] = end
    if (end < last) endsOrdered = false
    last = end
    if (end - start > longest) longest = end - start
  }
  if (!endsOrdered) ends.sort()
  return { events, starts, ends, longest }
}

export function timeIndexOf(events: readonly ChronoEvent[]): TimeIndex {
  let index = cache.get(events)
  if (!index) {
    index = subsetIndex(events) ?? indexFromEvents(events)
    cache.set(events, index)
  }
  return index
}

function indexFromEvents(events: readonly ChronoEvent[]): TimeIndex {
  // datasets come sorted by start (src/data/validate.ts), mostly in spanStart order too: then the events need no
  // sorting anew, which at 100,000 events is a good part of the first render
  const arrays = orderedTimeArrays(events)
  if (arrays) return { events, ...arrays }
  const sorted = sortedBySpanStart(events)
  return { events: sorted, ...(orderedTimeArrays(sorted) as TimeArrays) }
}

/**
 * Takes a time index the loader worker made for these events (orderedTimeArrays of the same events, in the same
 * order), so the page need not read 100,000 events to make it. One that does not fit their first and last
 * starts is ignored.
 */
export function seedTimeIndex(events: readonly ChronoEvent[], arrays: TimeArrays): void {
  const n = events.length
  if (cache.has(events) || arrays.starts.length !== n || arrays.ends.length !== n) return
  if (n > 0 && (arrays.starts[0] !== events[0]?.spanStart || arrays.starts[n - 1] !== events[n - 1]?.spanStart)) return
  cache.set(events, { events, ...arrays })
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

/**
 * The position of an event in the array (-1 when it is not there). Events in start order (as datasets come) are
 * found by binary search on the time index, which the views build anyway; a map of 100,000 positions made on the
 * first render would cost more than every lookup after it.
 */
export function positionOf(events: readonly ChronoEvent[], event: ChronoEvent): number {
  const index = timeIndexOf(events)
  if (index.events === events) {
    for (let i = bound(index.starts, event.spanStart, false); i < events.length && index.starts[i] === event.spanStart; i++) {
      if (events[i]?.id === event.id) return i
    }
    return -1
  }
  let byId = positions.get(events)
  if (!byId) positions.set(events, (byId = new Map(events.map((e, i) => [e.id, i]))))
  return byId.get(event.id) ?? -1
}
