/** The filter panel's state and the pure functions that apply it. */
import type { ChronoEvent, LocalizedText } from '../data/model'

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

/** Lower case without diacritics, so "kyjiw" finds "Kyjiw" and "przewodow" finds "Przewodów". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

function allLanguages(text: LocalizedText | undefined): string {
  return text ? Object.values(text).join(' ') : ''
}

export function searchTextOf(event: ChronoEvent): string {
  const parts = [
    allLanguages(event.title),
    allLanguages(event.summary),
    event.place ? `${allLanguages(event.place.name)} ${allLanguages(event.place.detail)}` : '',
    ...event.sources.map((s) => `${s.publisher} ${s.title ?? ''} ${s.url ?? ''}`),
    event.tags.join(' '),
  ]
  return foldText(parts.join('\n'))
}

const searchTexts = new WeakMap<ChronoEvent, string>()
function cachedSearchText(event: ChronoEvent): string {
  let text = searchTexts.get(event)
  if (text === undefined) {
    text = searchTextOf(event)
    searchTexts.set(event, text)
  }
  return text
}

/** Events passing every filter; all search words must occur (in any language). */
export function applyFilters(events: readonly ChronoEvent[], filters: Filters): readonly ChronoEvent[] {
  if (!isFiltering(filters)) return events
  const categories = filters.categories.length ? new Set(filters.categories) : null
  const tags = filters.tags.length ? new Set(filters.tags) : null
  const words = foldText(filters.search).split(/\s+/).filter(Boolean)
  return events.filter(
    (event) =>
      (!categories || categories.has(event.category)) &&
      (!tags || event.tags.some((tag) => tags.has(tag))) &&
      (filters.from === null || event.spanEnd >= filters.from) &&
      (filters.to === null || event.spanStart <= filters.to) &&
      (words.length === 0 || words.every((word) => cachedSearchText(event).includes(word))),
  )
}

