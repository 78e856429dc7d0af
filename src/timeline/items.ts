import type { ChronoEvent } from '../data/model'
import { textIn } from '../lib/text'

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
}

export function toTimelineItem(event: ChronoEvent, lang: string, color: string, hovered: boolean): TimelineItem {
  const item: TimelineItem = {
    id: event.id,
    'event-id': event.id,
    content: textIn(event.title, lang),
    start: event.spanStart,
    type: event.end ? 'range' : 'point',
    className: hovered ? 'cm-item is-hovered' : 'cm-item',
    color,
  }
  if (event.end) item.end = event.spanEnd
  return item
}

/** Minimal DataSet surface, so the diff can be unit-tested with a real vis-data DataSet. */
export interface ItemStore {
  getIds(): (string | number)[]
  get(id: string): TimelineItem | null
  add(items: TimelineItem[]): unknown
  update(items: TimelineItem[]): unknown
  remove(ids: (string | number)[]): unknown
}

function sameItem(a: TimelineItem, b: TimelineItem): boolean {
  return (
    a.content === b.content &&
    a.start === b.start &&
    a.end === b.end &&
    a.type === b.type &&
    a.className === b.className &&
    a.color === b.color
  )
}

/** Diffs the wanted items into the DataSet: removes, adds and updates only what changed. */
export function syncDataSet(store: ItemStore, wanted: readonly TimelineItem[]): { added: number; updated: number; removed: number } {
  const wantedIds = new Set(wanted.map((item) => item.id))
  const removed = store.getIds().filter((id) => !wantedIds.has(String(id)))
  const added: TimelineItem[] = []
  const updated: TimelineItem[] = []
  for (const item of wanted) {
    const current = store.get(item.id)
    if (!current) added.push(item)
    // vis-data merges updates, so a field that disappears (a range's end) needs remove + add
    else if (current.type !== item.type) {
      removed.push(item.id)
      added.push(item)
    } else if (!sameItem(current, item)) updated.push(item)
  }
  if (removed.length) store.remove(removed)
  if (added.length) store.add(added)
  if (updated.length) store.update(updated)
  return { added: added.length, updated: updated.length, removed: removed.length }
}

/** Item content as DOM nodes built with textContent: data never reaches vis-timeline as HTML. */
export function renderItemContent(item: TimelineItem): HTMLElement {
  const wrapper = document.createElement('span')
  wrapper.className = 'cm-item-content'
  const dot = document.createElement('span')
  dot.className = 'cm-item-dot'
  dot.style.backgroundColor = item.color
  const label = document.createElement('span')
  label.className = 'cm-item-label'
  label.textContent = item.content
  wrapper.append(dot, label)
  return wrapper
}
