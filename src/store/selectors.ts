/** Derived data, pure: the store keeps only what cannot be computed. */
import type { Category, ChronoEvent, Dataset } from '../data/model'

export interface TimeWindow {
  start: number
  end: number
}

export function isInWindow(event: ChronoEvent, window: TimeWindow | null): boolean {
  if (!window) return true
  return event.spanEnd >= window.start && event.spanStart <= window.end
}

/** Ids of the events whose span touches the timeline window. */
export function selectVisibleEventIds(events: readonly ChronoEvent[], window: TimeWindow | null): Set<string> {
  const ids = new Set<string>()
  for (const event of events) if (isInWindow(event, window)) ids.add(event.id)
  return ids
}

/**
 * The window a selection brings a large dataset's timeline to: one of the same width, centred on the event, when the
 * event lies outside the window. Null when the window stays: a small dataset (its timeline focuses the event's own
 * item, animated), an event in the window, or a selection from Back and Forward (which keep their entry's window) or
 * from present mode (which centres its step itself). The store sets it with the selection, in one update: one
 * render of every view instead of a second one when the timeline then reported its new window.
 */
export function windowFollowingSelection(
  event: ChronoEvent,
  window: TimeWindow | null,
  options: { large: boolean; keepsWindow: boolean },
): TimeWindow | null {
  if (!window || !options.large || options.keepsWindow || isInWindow(event, window)) return null
  const width = window.end - window.start
  const centre = (event.spanStart + event.spanEnd) / 2
  return { start: centre - width / 2, end: centre + width / 2 }
}

export function selectEventsWithPlace(events: readonly ChronoEvent[]): ChronoEvent[] {
  return events.filter((event) => event.place !== undefined)
}

function indexEvents(events: readonly ChronoEvent[]): Map<string, ChronoEvent> {
  const byId = new Map<string, ChronoEvent>()
  for (const event of events) byId.set(event.id, event)
  return byId
}

/** Events by id. */
export interface EventLookup {
  get(id: string): ChronoEvent | undefined
  has(id: string): boolean
}

/**
 * Events by id, indexed on the first lookup or by warm() (the store calls it when the page is idle): hashing
 * 100,000 ids takes ~0.1 s, which a first visit need not spend before it is drawn.
 */
export class LazyEventIndex implements EventLookup {
  private byId: Map<string, ChronoEvent> | null = null

  constructor(private readonly events: readonly ChronoEvent[]) {}

  get(id: string): ChronoEvent | undefined {
    return this.built().get(id)
  }

  has(id: string): boolean {
    return this.built().has(id)
  }

  warm(): void {
    this.built()
  }

  private built(): Map<string, ChronoEvent> {
    return (this.byId ??= indexEvents(this.events))
  }
}

const lookups = new WeakMap<readonly ChronoEvent[], LazyEventIndex>()

/** The one LazyEventIndex of an events array (the store's and the views' lookups share it). */
export function eventLookup(events: readonly ChronoEvent[]): LazyEventIndex {
  let lookup = lookups.get(events)
  if (!lookup) lookups.set(events, (lookup = new LazyEventIndex(events)))
  return lookup
}

export function indexCategories(dataset: Dataset | null): Map<string, Category> {
  return new Map((dataset?.categories ?? []).map((category) => [category.id, category]))
}

const facetsCache = new WeakMap<readonly ChronoEvent[], Facets>()

/**
 * countFacets, once per events array: a deferred render that React restarts (an urgent update came in) would
 * otherwise count 100,000 events again.
 */
export function facetsOf(events: readonly ChronoEvent[]): Facets {
  let facets = facetsCache.get(events)
  if (!facets) facetsCache.set(events, (facets = countFacets(events)))
  return facets
}

export interface Facets {
  /** events per category id */
  categories: Map<string, number>
  /** every tag with its number of events, most used first */
  tags: [string, number][]
  /** events without a place */
  withoutPlace: number
}

/** What the filter panel counts, in one pass over the events (at 100,000 events each pass counts). */
export function countFacets(events: readonly ChronoEvent[]): Facets {
  const categories = new Map<string, number>()
  const tags = new Map<string, number>()
  let withoutPlace = 0
  for (const event of events) {
    categories.set(event.category, (categories.get(event.category) ?? 0) + 1)
    for (const tag of event.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1)
    if (!event.place) withoutPlace++
  }
  return { categories, tags: [...tags].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])), withoutPlace }
}

/** Bounds [[south, west], [north, east]] of all placed events, or null when none has a place. */
export function selectPlaceBounds(events: readonly ChronoEvent[]): [[number, number], [number, number]] | null {
  let south = Infinity
  let west = Infinity
  let north = -Infinity
  let east = -Infinity
  for (const { place } of events) {
    if (!place) continue
    south = Math.min(south, place.lat)
    north = Math.max(north, place.lat)
    west = Math.min(west, place.lon)
    east = Math.max(east, place.lon)
  }
  return Number.isFinite(south) ? [[south, west], [north, east]] : null
}

/** From the first event's start to the last event's end; null without events. */
export function selectEventSpan(events: readonly ChronoEvent[]): TimeWindow | null {
  if (events.length === 0) return null
  let start = Infinity
  let end = -Infinity
  for (const event of events) {
    start = Math.min(start, event.spanStart)
    end = Math.max(end, event.spanEnd)
  }
  return { start, end }
}

/** The window that shows every event, with a margin on both sides. */
export function selectFullWindow(events: readonly ChronoEvent[]): TimeWindow | null {
  const span = selectEventSpan(events)
  if (!span) return null
  const { start, end } = span
  const margin = Math.max((end - start) * 0.04, 3_600_000)
  return { start: start - margin, end: end + margin }
}
