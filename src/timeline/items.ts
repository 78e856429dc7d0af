import type { ChronoEvent } from '../data/model'
import type { Shape } from '../data/schema'
import type { Precision } from '../lib/time'
import { textIn } from '../lib/text'
import { createMarkElement } from '../ui/markElement'

export interface TimelineItem {
  id: string
  /** read by dataAttributes: every item element carries data-event-id */
  'event-id': string
  content: string
  start: number
  end?: number
  type: 'point' | 'range'
  className: string
  /** not rendered by vis: read by our template */
  color: string
  /** the category's shape, drawn in the colour by our template (a circle without it) */
  shape?: Shape
  /** the category row, only when the timeline shows one row per category */
  group?: string
  /** a density bin standing for `count` events (large datasets), not an event: drawn by densityLayer.ts, not vis */
  kind?: 'bin'
  count?: number
}

/**
 * A date known only to the day (month, year) stands for its whole local period, so it is drawn over that
 * period; a point at midnight would claim a time nobody knows. Minutes and hours are short enough to be points.
 */
const DRAWN_AS_PERIOD: ReadonlySet<Precision> = new Set(['day', 'month', 'year'])

export function isPeriod(event: ChronoEvent): boolean {
  return event.end === undefined && DRAWN_AS_PERIOD.has(event.start.precision)
}

export function toTimelineItem(event: ChronoEvent, lang: string, color: string, hovered: boolean, group?: string, shape?: Shape): TimelineItem {
  const period = isPeriod(event)
  const classes = ['cm-item']
  if (period) classes.push('is-period')
  if (event.timeApproximate) classes.push('is-approx')
  if (hovered) classes.push('is-hovered')
  const item: TimelineItem = {
    id: event.id,
    'event-id': event.id,
    content: textIn(event.title, lang),
    start: event.spanStart,
    type: event.end || period ? 'range' : 'point',
    className: classes.join(' '),
    color,
  }
  if (event.end || period) item.end = event.spanEnd
  if (group !== undefined) item.group = group
  // only when known: a field set to undefined would read as a lost field to syncDataSet
  if (shape !== undefined) item.shape = shape
  return item
}

export type TimelineRows = 'single' | 'category'

export interface ItemOptions {
  lang: string
  colorOf: (categoryId: string) => string
  /** the category's shape, drawn beside the title in the colour; without it the mark is a circle */
  shapeOf?: (categoryId: string) => Shape
  hoveredId: string | null
  rows: TimelineRows
  /** category rows the user has folded away; only read in category mode */
  collapsedRows: readonly string[]
}

/**
 * The items the timeline draws. In category mode every item is put in its category's row, and the rows the
 * user collapsed get no items: collapsing is a display choice of the timeline, the events stay everywhere else.
 */
export function buildTimelineItems(events: readonly ChronoEvent[], options: ItemOptions): TimelineItem[] {
  const byCategory = options.rows === 'category'
  const collapsed = new Set(byCategory ? options.collapsedRows : [])
  const items: TimelineItem[] = []
  for (const event of events) {
    if (collapsed.has(event.category)) continue
    const color = options.colorOf(event.category)
    const shape = options.shapeOf?.(event.category)
    items.push(toTimelineItem(event, options.lang, color, event.id === options.hoveredId, byCategory ? event.category : undefined, shape))
  }
  return items
}

/** Minimal DataSet surface, so the diff can be unit-tested with a real vis-data DataSet. */
export interface RecordStore<T extends { id: string }> {
  getIds(): (string | number)[]
  get(id: string): T | null
  add(records: T[]): unknown
  update(records: T[]): unknown
  remove(ids: (string | number)[]): unknown
}

type Fields = Readonly<Record<string, unknown>>

/** Same fields with the same (primitive) values: every field counts, so new fields need no extra code here. */
function sameRecord(a: Fields, b: Fields): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => Object.is(a[key], b[key]))
}

/** vis-data merges updates, so a field that disappears (a range's end, a row's group) needs remove + add. */
function losesField(current: Fields, wanted: Fields): boolean {
  return Object.keys(current).some((key) => wanted[key] === undefined)
}

/** Diffs the wanted records into the DataSet: removes, adds and updates only what changed. */
export function syncDataSet<T extends { id: string }>(
  store: RecordStore<NoInfer<T>>,
  wanted: readonly T[],
): { added: number; updated: number; removed: number } {
  const wantedIds = new Set(wanted.map((record) => record.id))
  const removed = store.getIds().filter((id) => !wantedIds.has(String(id)))
  const added: T[] = []
  const updated: T[] = []
  for (const record of wanted) {
    const current = store.get(record.id) as Fields | null
    const next = record as unknown as Fields
    if (!current) added.push(record)
    else if (current['type'] !== next['type'] || losesField(current, next)) {
      removed.push(record.id)
      added.push(record)
    } else if (!sameRecord(current, next)) updated.push(record)
  }
  if (removed.length) store.remove(removed)
  if (added.length) store.add(added)
  if (updated.length) store.update(updated)
  return { added: added.length, updated: updated.length, removed: removed.length }
}

/** The category mark beside an item's title and on a category row's label (src/lib/markShapes.ts). */
export const ITEM_MARK = { className: 'cm-item-mark', size: 10, inset: 0.8, layers: ['cm-item-mark-fill'] } as const

/** Item content as DOM nodes built with textContent: data never reaches vis-timeline as HTML. */
export function renderItemContent(item: TimelineItem): HTMLElement {
  // (density bins are not vis items: src/timeline/densityLayer.ts draws them)
  const wrapper = document.createElement('span')
  wrapper.className = 'cm-item-content'
  const mark = createMarkElement(item.shape ?? 'circle', item.color, ITEM_MARK)
  const label = document.createElement('span')
  label.className = 'cm-item-label'
  label.textContent = item.content
  wrapper.append(mark, label)
  return wrapper
}
