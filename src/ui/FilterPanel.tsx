import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { selectFilteredEvents, useAppStore } from '../store/appStore'
import { applyFilters, isFiltering, type Filters } from '../store/filters'
import { facetsOf } from '../store/selectors'
import { useLang, useT } from '../i18n/useT'
import { formatCount } from '../i18n'
import { LocalText } from './LocalText'
import { CategoryMark } from './CategoryMark'

const DAY = 86_400_000
/** from this many events on, the counts are made after the first frame */
const DEFER_COUNTS_FROM = 10_000

/** "2022-10-10" for a date input, from the start of a UTC day. */
function toDateInput(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString().slice(0, 10)
}

/** A date input's value as the first (or last) millisecond of that UTC day. */
function fromDateInput(value: string, endOfDay: boolean): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const start = Date.parse(`${value}T00:00:00Z`)
  if (Number.isNaN(start)) return null
  return endOfDay ? start + DAY - 1 : start
}

function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

/**
 * From this many events on, the search applies once typing pauses for SEARCH_PAUSE_MS (or on Enter): at 100,000
 * events each search is a task of ~150 ms, which on every key would hold back the letters typed after it.
 */
const SEARCH_PAUSE_FROM = 20_000
const SEARCH_PAUSE_MS = 250

interface SearchFieldProps {
  value: string
  large: boolean
  onSearch: (search: string) => void
  /** whether typed letters are waiting for the pause (the panel's Clear all then has something to clear) */
  onPending: (pending: boolean) => void
  placeholder: string
  label: string
}

/** The search field: the letters show as they are typed; the search itself follows at once, or at a pause. */
function SearchField({ value, large, onSearch, onPending, placeholder, label }: SearchFieldProps) {
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // the search changed elsewhere (Clear all, Back, a link, or this field's own search arriving): the field follows,
  // and a search still waiting for a pause is dropped
  if (value !== shown) {
    setShown(value)
    setDraft(value)
  }
  // nothing waits while the search is as shown; a change of it (or leaving) drops a search still waiting
  useEffect(() => {
    onPending(false)
    return () => clearTimeout(timer.current)
  }, [value, onPending])
  const apply = (search: string) => {
    clearTimeout(timer.current)
    onPending(false)
    if (search !== value) onSearch(search)
  }
  return (
    <input
      type="search"
      data-testid="search"
      className="filter-search"
      value={draft}
      onChange={(e) => {
        const search = e.target.value
        setDraft(search)
        if (!large) return apply(search)
        clearTimeout(timer.current)
        onPending(search !== value)
        timer.current = setTimeout(() => apply(search), SEARCH_PAUSE_MS)
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply(draft)
      }}
      placeholder={placeholder}
      aria-label={label}
    />
  )
}

/**
 * One panel for every filter: text search, categories (the legend, with counts), tags and a
 * date range. Each applies to the map, the timeline and the list alike.
 */
export function FilterPanel() {
  const t = useT()
  const lang = useLang()
  const dataset = useAppStore((s) => s.dataset)
  const filters = useAppStore((s) => s.filters)
  const setFilters = useAppStore((s) => s.setFilters)
  const clearFilters = useAppStore((s) => s.clearFilters)
  const [searchField, setSearchField] = useState(0)
  const [searchPending, setSearchPending] = useState(false)

  // the counts of a large dataset follow in a render of their own, after the map and the timeline have drawn it:
  // at 100,000 events they are several passes over every event, which the first frame need not wait for. A small
  // one is counted at once, so the panel's height is final before the list scrolls to a selected row
  const deferred = useDeferredValue(dataset)
  const counted = (dataset?.events.length ?? 0) < DEFER_COUNTS_FROM ? dataset : deferred
  const events = useMemo(() => counted?.events ?? [], [counted])
  const facets = useMemo(() => facetsOf(events), [events])
  // faceted counts: how many events each category would show under the other filters. They change only with those
  // (a click in the legend does not count again), and without a category filter the store's filtered events are
  // exactly theirs: at 100,000 events each pass over the events is a good part of a filter change
  const { search, tags: tagFilter, from, to } = filters
  const others = useMemo<Filters>(() => ({ categories: [], tags: tagFilter, search, from, to }), [search, tagFilter, from, to])
  const categoryCounts = useMemo(() => {
    if (!isFiltering(others)) return facets.categories
    const state = useAppStore.getState()
    const passing = state.filters.categories.length === 0 && state.dataset?.events === events ? selectFilteredEvents(state) : applyFilters(events, others)
    const counts = new Map<string, number>()
    for (const event of passing) counts.set(event.category, (counts.get(event.category) ?? 0) + 1)
    return counts
  }, [events, others, facets])
  const { tags, withoutPlace } = facets
  const stale = counted !== dataset

  if (!dataset) return null
  const allCategories = dataset.categories.map((c) => c.id)
  const shown = (id: string) => filters.categories.length === 0 || filters.categories.includes(id)
  const toggleCategory = (id: string) => {
    const current = filters.categories.length === 0 ? allCategories : filters.categories
    const next = toggle(current, id)
    // all on again (or all off) means no category filter at all
    setFilters({ categories: next.length === allCategories.length || next.length === 0 ? [] : next })
  }
  const set = (patch: Partial<Filters>) => setFilters(patch)
  const advancedActive = filters.tags.length > 0 || filters.from !== null || filters.to !== null

  return (
    <section className="filters" data-testid="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="panel-heading">
        {t('filters.heading')}
      </h2>
      <div className="filters-row">
        <SearchField
          // Clear all starts the field afresh: its letters, and a search waiting for the pause, are gone
          key={searchField}
          onPending={setSearchPending}
          value={filters.search}
          large={dataset.events.length >= SEARCH_PAUSE_FROM}
          onSearch={(search) => set({ search })}
          placeholder={t('filters.searchPlaceholder')}
          label={t('filters.search')}
        />
        <button
          type="button"
          data-testid="clear-filters"
          onClick={() => {
            clearFilters()
            setSearchField((k) => k + 1)
          }}
          disabled={!isFiltering(filters) && !searchPending}
        >
          {t('filters.clear')}
        </button>
      </div>
      <ul className="legend" data-testid="legend" aria-label={t('legend.heading')}>
        {dataset.categories.map((category) => (
          <li key={category.id} data-category={category.id}>
            <label>
              <input type="checkbox" checked={shown(category.id)} onChange={() => toggleCategory(category.id)} />
              <CategoryMark color={category.color} shape={category.shape} />
              <LocalText text={category.label} />
              <span className="legend-count">{stale ? '' : formatCount(lang, categoryCounts.get(category.id) ?? 0)}</span>
            </label>
          </li>
        ))}
      </ul>
      {!stale && withoutPlace > 0 && <p className="legend-note">{t('legend.noPlace', { n: withoutPlace })}</p>}
      <details className="filters-more" open={advancedActive || undefined}>
        <summary>{t('filters.more')}</summary>
        {!stale && tags.length > 0 && (
          <div className="tag-filter" role="group" aria-label={t('filters.tags')}>
            {tags.map(([tag, n]) => (
              <button key={tag} type="button" className="tag" data-tag={tag} aria-pressed={filters.tags.includes(tag)} onClick={() => set({ tags: toggle(filters.tags, tag) })}>
                {tag} <span className="tag-count">{formatCount(lang, n)}</span>
              </button>
            ))}
          </div>
        )}
        <div className="date-filter">
          <label>
            {t('filters.from')}
            <input type="date" data-testid="filter-from" value={toDateInput(filters.from)} onChange={(e) => set({ from: fromDateInput(e.target.value, false) })} />
          </label>
          <label>
            {t('filters.to')}
            <input type="date" data-testid="filter-to" value={toDateInput(filters.to === null ? null : filters.to - DAY + 1)} onChange={(e) => set({ to: fromDateInput(e.target.value, true) })} />
          </label>
        </div>
      </details>
    </section>
  )
}
