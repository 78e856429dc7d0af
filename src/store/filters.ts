/** The filter panel's state and the pure functions that apply it. */
import type { ChronoEvent, LocalizedText } from '../data/model'
import { inIdleSlices } from '../lib/idle'

export interface Filters {
  /** category ids to show; empty = all */
  categories: readonly string[]
  /** tags, any of which an event must carry; empty = all */
  tags: readonly string[]
  /** free text, matched against title, summary, place and sources in every language */
  search: string
  /** date range (epoch ms); an event is kept when its span touches it */
  from: number | null
  to: number | null
}

export const EMPTY_FILTERS: Filters = Object.freeze({ categories: [], tags: [], search: '', from: null, to: null })

export function isFiltering(filters: Filters): boolean {
  return filters.categories.length > 0 || filters.tags.length > 0 || filters.search.trim() !== '' || filters.from !== null || filters.to !== null
}

const NOT_ASCII = /[\u0080-\uffff]/

/** Lower case without diacritics, so "kyjiw" finds "Kyjiw" and "przewodow" finds "Przewodów". */
export function foldText(text: string): string {
  // plain ASCII has nothing to decompose: the regular expression's scan is much quicker than normalising
  if (!NOT_ASCII.test(text)) return text.toLowerCase()
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The text in every language, separated by spaces (as Object.values(text).join(' ') would give it). */
function allLanguages(text: LocalizedText | undefined): string {
  let out = ''
  let first = true
  if (text) {
    for (const key in text) {
      if (!Object.hasOwn(text, key)) continue
      out = first ? (text[key] as string) : `${out} ${text[key] as string}`
      first = false
    }
  }
  return out
}

/**
 * What a search looks in: title, summary, place, sources and tags in every language, folded. Written out with plain
 * concatenation: at 100,000 events, arrays and joins made it ~0.6 s.
 */
export function searchTextOf(event: ChronoEvent): string {
  let text = `${allLanguages(event.title)}\n${allLanguages(event.summary)}\n`
  if (event.place) text += `${allLanguages(event.place.name)} ${allLanguages(event.place.detail)}`
  for (const s of event.sources) text += `\n${s.publisher} ${s.title ?? ''} ${s.url ?? ''}`
  text += '\n'
  for (let i = 0; i < event.tags.length; i++) text += i === 0 ? event.tags[i] : ` ${event.tags[i]}`
  return foldText(text)
}

/**
 * The search texts of an events array (a dataset's), by position, made as a search needs them or while the page is
 * idle. By position rather than in a map by event: at 100,000 events a WeakMap's lookups alone were ~60 ms a search.
 */
const searchTextsOf = new WeakMap<readonly ChronoEvent[], (string | undefined)[]>()

function searchTexts(events: readonly ChronoEvent[]): (string | undefined)[] {
  let texts = searchTextsOf.get(events)
  if (!texts) searchTextsOf.set(events, (texts = new Array<string | undefined>(events.length)))
  return texts
}

/** How many of the events' search texts are made already (for tests). */
export function searchTextsMade(events: readonly ChronoEvent[]): number {
  return searchTextsOf.get(events)?.filter((text) => text !== undefined).length ?? 0
}

let preparing: (() => void) | null = null

/**
 * Makes the events' search texts a slice at a time while the page is idle, so that the first search does not: at
 * 100,000 events that was a task of ~0.8 s on the first key pressed. A newer dataset's preparation replaces this one.
 */
export function prepareSearchTexts(events: readonly ChronoEvent[]): void {
  preparing?.()
  const texts = searchTexts(events)
  let next = 0
  preparing = inIdleSlices((until) => {
    for (; next < events.length; next++) {
      texts[next] ??= searchTextOf(events[next] as ChronoEvent)
      if ((next & 127) === 0 && performance.now() > until) return false
    }
    return true
  })
}

/** Events passing every filter; all search words must occur (in any language). */
export function applyFilters(events: readonly ChronoEvent[], filters: Filters): readonly ChronoEvent[] {
  if (!isFiltering(filters)) return events
  const categories = filters.categories.length ? new Set(filters.categories) : null
  const tags = filters.tags.length ? new Set(filters.tags) : null
  const words = foldText(filters.search).split(/\s+/).filter(Boolean)
  const texts = words.length > 0 ? searchTexts(events) : null
  const { from, to } = filters
  return events.filter((event, i) => {
    if ((categories && !categories.has(event.category)) || (tags && !event.tags.some((tag) => tags.has(tag)))) return false
    if ((from !== null && event.spanEnd < from) || (to !== null && event.spanStart > to)) return false
    if (!texts) return true
    const text = (texts[i] ??= searchTextOf(event))
    for (const word of words) if (!text.includes(word)) return false
    return true
  })
}
