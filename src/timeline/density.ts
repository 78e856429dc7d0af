/**
 * What the timeline draws for large datasets: single items while the window (with half a
 * window of margin on each side) holds few enough of them, else a density histogram of
 * clickable bins — one row of bins, or one per category row.
 */
import type { ChronoEvent } from '../data/model'
import type { TimeWindow } from '../store/selectors'
import { countInWindow, eventsInWindow, histogram, timeIndexOf } from '../store/timeIndex'
import { noteSubset } from '../store/subsets'
import type { TimelineItem, TimelineRows } from './items'

/** the most single items the timeline draws at once */
export const MAX_ITEMS = 150
export const BIN_COUNT = 60
const LEVELS = 8

/**
 * Whether the timeline draws only what its window holds (bins, or the window's items, both drawn by chronomap:
 * densityLayer.ts, itemLayer.ts) rather than every event as a vis item: the filtered events are more than
 * MAX_ITEMS. Such a timeline follows the store's window, and a selection outside it brings the window along.
 */
export function drawsWindowOnly(filtered: readonly ChronoEvent[]): boolean {
  return filtered.length > MAX_ITEMS
}

export type TimelineSource = { mode: 'items'; events: readonly ChronoEvent[] } | { mode: 'bins'; bins: TimelineItem[] }

function padded(window: TimeWindow): TimeWindow {
  const half = (window.end - window.start) / 2
  return { start: window.start - half, end: window.end + half }
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** bin widths to choose from: a pan at the same zoom keeps the same bins, so the timeline redraws only the new ones */
const WIDTHS = [
  MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
  DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 61 * DAY, 91 * DAY, 182 * DAY, 365 * DAY, 730 * DAY, 1826 * DAY, 3652 * DAY,
]

/** Bins of a width from WIDTHS, on multiples of that width since 1970: at most BIN_COUNT of them cover the span. */
export function alignedBins(span: TimeWindow): { start: number; width: number; count: number } {
  const raw = (span.end - span.start) / (BIN_COUNT - 1)
  const width = WIDTHS.find((w) => w >= raw) ?? Math.ceil(raw / (3652 * DAY)) * 3652 * DAY
  const start = Math.floor(span.start / width) * width
  return { start, width, count: Math.max(1, Math.ceil((span.end - start) / width)) }
}

function binItems(events: readonly ChronoEvent[], window: TimeWindow, group: string | undefined, max: { value: number }): TimelineItem[] {
  const { start, width, count } = alignedBins(window)
  const bins = histogram(timeIndexOf(events), { start, end: start + count * width }, count)
  for (const bin of bins) max.value = Math.max(max.value, bin.count)
  return bins.flatMap((bin) =>
    bin.count === 0
      ? []
      : [
          {
            id: `bin:${group ?? ''}:${width}:${Math.round(bin.start / width)}`,
            'event-id': undefined as unknown as string,
            content: String(bin.count),
            start: bin.start,
            end: bin.end,
            type: 'range' as const,
            className: 'cm-bin',
            color: '',
            kind: 'bin' as const,
            count: bin.count,
            ...(group === undefined ? {} : { group }),
          },
        ],
  )
}

/** From the first event's start to the last event's end (null without events): what a fitted window shows. */
export function eventSpan(events: readonly ChronoEvent[]): TimeWindow | null {
  const index = timeIndexOf(events)
  const first = index.starts[0]
  const last = index.ends[index.ends.length - 1]
  return first === undefined || last === undefined ? null : { start: first, end: Math.max(first + 1, last) }
}

const byCategoryCache = new WeakMap<readonly ChronoEvent[], ReadonlyMap<string, readonly ChronoEvent[]>>()

/**
 * The events of each category, made once per list of filtered events: each window change by category used to split
 * (and count, for the row labels) 100,000 events anew, and each category's time index was then made anew too (it is
 * cached by the array, timeIndexOf). In the order of the list's time index (by spanStart), so that each category's
 * own index needs no sorting: split in the dataset's order (by start), the lists were sorted one by one the first
 * time the rows were shown, ~60 ms at 100,000 events in the click's task (docs/performance.md, eleventh session).
 */
export function eventsByCategory(filtered: readonly ChronoEvent[]): ReadonlyMap<string, readonly ChronoEvent[]> {
  let byCategory = byCategoryCache.get(filtered)
  if (!byCategory) {
    const lists = new Map<string, ChronoEvent[]>()
    const inOrder = timeIndexOf(filtered).events
    for (const event of inOrder) {
      let list = lists.get(event.category)
      if (!list) lists.set(event.category, (list = []))
      list.push(event)
    }
    // each row's index is then taken from the filtered events' (src/store/subsets.ts)
    for (const list of lists.values()) noteSubset(list, inOrder)
    byCategoryCache.set(filtered, (byCategory = lists))
  }
  return byCategory
}

export function timelineSource(filtered: readonly ChronoEvent[], window: TimeWindow | null, rows: TimelineRows, collapsedRows: readonly string[]): TimelineSource {
  if (!drawsWindowOnly(filtered)) return { mode: 'items', events: filtered }
  // before the timeline has a window, the whole span: never thousands of items at once
  const index = timeIndexOf(filtered)
  const first = index.starts[0] ?? 0
  const around = window ? padded(window) : { start: first, end: Math.max(first + 1, index.ends[index.ends.length - 1] ?? first) }
  if (countInWindow(index, around) <= MAX_ITEMS) return { mode: 'items', events: eventsInWindow(index, around) }
  const max = { value: 0 }
  let bins: TimelineItem[]
  if (rows === 'category') {
    const open = [...eventsByCategory(filtered)].filter(([category]) => !collapsedRows.includes(category))
    bins = open.flatMap(([category, events]) => binItems(events, around, category, max))
  } else {
    bins = binItems(filtered, around, undefined, max)
  }
  // bar heights on a log scale, as classes (no inline styles): lvl-1 … lvl-8; the scale's top is the next power
  // of two above the fullest bin, so a pan rarely changes it (and with it every bin's class)
  const top = 2 ** Math.ceil(Math.log2(Math.max(2, max.value)))
  for (const bin of bins) {
    const level = Math.max(1, Math.ceil((LEVELS * Math.log1p(bin.count ?? 0)) / Math.log1p(top)))
    bin.className = `cm-bin lvl-${level}`
  }
  return { mode: 'bins', bins }
}
