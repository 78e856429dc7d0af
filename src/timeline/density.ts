/**
 * What the timeline draws for large datasets: single items while the window (with half a
 * window of margin on each side) holds few enough of them, else a density histogram of
 * clickable bins — one row of bins, or one per category row.
 */
import type { ChronoEvent } from '../data/model'
import type { TimeWindow } from '../store/selectors'
import { countInWindow, eventsInWindow, histogram, timeIndexOf } from '../store/timeIndex'
import type { TimelineItem, TimelineRows } from './items'

/** the most single items the timeline draws at once */
export const MAX_ITEMS = 150
export const BIN_COUNT = 60
const LEVELS = 8

export type TimelineSource = { mode: 'items'; events: readonly ChronoEvent[] } | { mode: 'bins'; bins: TimelineItem[] }

function padded(window: TimeWindow): TimeWindow {
  const half = (window.end - window.start) / 2
  return { start: window.start - half, end: window.end + half }
}

function binItems(events: readonly ChronoEvent[], window: TimeWindow, group: string | undefined, max: { value: number }): TimelineItem[] {
  const bins = histogram(timeIndexOf(events), window, BIN_COUNT)
  for (const bin of bins) max.value = Math.max(max.value, bin.count)
  return bins.flatMap((bin, k) =>
    bin.count === 0
      ? []
      : [
          {
            id: `bin:${group ?? ''}:${k}`,
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

export function timelineSource(filtered: readonly ChronoEvent[], window: TimeWindow | null, rows: TimelineRows, collapsedRows: readonly string[]): TimelineSource {
  if (filtered.length <= MAX_ITEMS) return { mode: 'items', events: filtered }
  // before the timeline has a window, the whole span: never thousands of items at once
  const index = timeIndexOf(filtered)
  const first = index.starts[0] ?? 0
  const around = window ? padded(window) : { start: first, end: Math.max(first + 1, index.ends[index.ends.length - 1] ?? first) }
  if (countInWindow(index, around) <= MAX_ITEMS) return { mode: 'items', events: eventsInWindow(index, around) }
  const max = { value: 0 }
  let bins: TimelineItem[]
  if (rows === 'category') {
    const byCategory = new Map<string, ChronoEvent[]>()
    for (const event of filtered) {
      if (collapsedRows.includes(event.category)) continue
      let list = byCategory.get(event.category)
      if (!list) byCategory.set(event.category, (list = []))
      list.push(event)
    }
    bins = [...byCategory].flatMap(([category, events]) => binItems(events, around, category, max))
  } else {
    bins = binItems(filtered, around, undefined, max)
  }
  // bar heights on a log scale, as classes (no inline styles): lvl-1 … lvl-8
  for (const bin of bins) {
    const level = Math.max(1, Math.ceil((LEVELS * Math.log1p(bin.count ?? 0)) / Math.log1p(max.value)))
    bin.className = `cm-bin lvl-${level}`
  }
  return { mode: 'bins', bins }
}
