import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type UIEvent } from 'react'
import { flushSync } from 'react-dom'
import type { ChronoEvent } from '../data/model'
import { selectFilteredEvents, selectSelectedEvent, useAppStore } from '../store/appStore'
import { positionOf } from '../store/timeIndex'
import { indexCategories, isInWindow } from '../store/selectors'
import { formatShortDate } from '../lib/format'
import { useT } from '../i18n/useT'
import { LocalText } from './LocalText'
import { CategoryMark } from './CategoryMark'

/** Above this many events only the rows in view are in the DOM (fixed row height). */
export const VIRTUAL_FROM = 300
const ROW_PX = 32
const OVERSCAN = 10

interface Scroll {
  top: number
  height: number
}

/** The list's scroll state at this position; the same object when nothing changed, so that React renders nothing. */
const scrolledTo = (top: number, height: number) => (last: Scroll) => (last.top === top && last.height === height ? last : { top, height })

/**
 * The scroll position that shows a row at `top` (`rowHeight` px high) in a view `viewHeight` px high now scrolled to
 * `viewTop`, moving as little as needed; null when the row is in view already.
 */
function scrollToShow(top: number, rowHeight: number, viewTop: number, viewHeight: number): number | null {
  if (top < viewTop) return top
  if (top + rowHeight > viewTop + viewHeight) return top + rowHeight - viewHeight
  return null
}

/**
 * All events in time order, as a listbox: Tab enters it, the arrow keys (and Home/End)
 * move the selection, Escape clears it. Rows outside the timeline window are dimmed.
 */
export function EventList() {
  const t = useT()
  const dataset = useAppStore((s) => s.dataset)
  const timeWindow = useAppStore((s) => s.window)
  const selectedId = useAppStore((s) => s.selectedId)
  const hoveredId = useAppStore((s) => s.hoveredId)
  const lang = useAppStore((s) => s.lang)
  const selectEvent = useAppStore((s) => s.selectEvent)
  const hoverEvent = useAppStore((s) => s.hoverEvent)
  const listRef = useRef<HTMLUListElement>(null)
  const [scroll, setScroll] = useState<Scroll>({ top: 0, height: 600 })

  const events = useAppStore(selectFilteredEvents)
  const categories = useMemo(() => indexCategories(dataset), [dataset])
  const selected = useAppStore(selectSelectedEvent)
  const virtual = events.length > VIRTUAL_FROM
  const index = useMemo(() => (selected ? positionOf(events, selected) : -1), [events, selected])

  // A virtual list renders the rows for the selection's scroll position in the very render that shows the selection
  // (React's state adjustment during render), so that they are in its commit: rendered in the scroll event that
  // setting the position brings, they cost a second render of the list and a second style and layout pass of
  // the page in the same frame (docs/performance.md, eleventh session). The effect below then sets that position.
  const [followed, setFollowed] = useState(index)
  if (followed !== index) {
    setFollowed(index)
    const top = virtual && index >= 0 ? scrollToShow(index * ROW_PX, ROW_PX, scroll.top, scroll.height) : null
    if (top !== null) setScroll({ top, height: scroll.height })
  }

  // keep the selected row in view, whichever view selected it — scrolling the list only,
  // never the page (scrollIntoView would move a stacked mobile layout away from the map)
  useEffect(() => {
    const list = listRef.current
    if (!list || index < 0) return
    const row = virtual ? null : list.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId ?? '')}"]`)
    const top = scrollToShow(row ? row.offsetTop : index * ROW_PX, row ? row.offsetHeight : ROW_PX, list.scrollTop, list.clientHeight)
    if (top !== null) list.scrollTop = top
  }, [index, selectedId, virtual])

  // the list's height, which the rows a selection renders (above) are chosen for: from its first layout and each
  // resize (read after layout, in the observer, so no read forces one)
  const shown = dataset !== null
  useEffect(() => {
    const list = listRef.current
    if (!shown || !list || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setScroll(scrolledTo(list.scrollTop, list.clientHeight)))
    observer.observe(list)
    return () => observer.disconnect()
  }, [shown])

  if (!dataset) return null

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const last = events.length - 1
    const move: Record<string, number> = {
      ArrowDown: Math.min(index + 1, last),
      ArrowUp: index === -1 ? last : Math.max(index - 1, 0),
      Home: 0,
      End: last,
    }
    const target = move[e.key]
    if (target === undefined) return
    e.preventDefault()
    const event = events[target]
    if (event) selectEvent(event.id, 'list')
  }

  /**
   * The rows in view are rendered in the scroll event itself, which the browser dispatches in the frame it is about
   * to paint: they are in that frame. As an ordinary state update they came in a task after it, one frame late
   * (a selection that scrolls the list, docs/performance.md, ninth session; a fast scroll showed blank rows meanwhile).
   */
  function onScroll(e: UIEvent<HTMLUListElement>) {
    const { scrollTop, clientHeight } = e.currentTarget
    // unchanged (the selection's render had the rows already): React renders nothing
    flushSync(() => setScroll(scrolledTo(scrollTop, clientHeight)))
  }

  const first = virtual ? Math.max(0, Math.floor(scroll.top / ROW_PX) - OVERSCAN) : 0
  const last = virtual ? Math.min(events.length, Math.ceil((scroll.top + scroll.height) / ROW_PX) + OVERSCAN) : events.length
  const rows = events.slice(first, last)

  const renderRow = (event: ChronoEvent, position: number) => {
    const inWindow = isInWindow(event, timeWindow)
    const category = categories.get(event.category)
    return (
      <li
        key={event.id}
        id={`list-${event.id}`}
        role="option"
        aria-selected={event.id === selectedId}
        aria-posinset={position + 1}
        aria-setsize={events.length}
        data-event-id={event.id}
        className={`event-row${inWindow ? '' : ' is-outside'}${event.id === hoveredId ? ' is-hovered' : ''}`}
        onClick={() => selectEvent(event.id, 'list')}
        onMouseEnter={() => hoverEvent(event.id)}
        onMouseLeave={() => hoverEvent(null)}
        title={inWindow ? undefined : t('list.outside')}
      >
        <CategoryMark color={category?.color ?? '#666666'} shape={category?.shape ?? 'circle'} />
        <time dateTime={event.start.iso} className="event-row-date">
          {formatShortDate(event.start, lang)}
        </time>
        <LocalText text={event.title} className="event-row-title" />
        {!event.place && <span className="event-row-noplace">{t('list.noPlace')}</span>}
      </li>
    )
  }

  return (
    <section className="list-pane" aria-labelledby="list-heading">
      <h2 id="list-heading" className="panel-heading">
        {t('list.heading')}
      </h2>
      <ul
        ref={listRef}
        className={`event-list${virtual ? ' is-virtual' : ''}`}
        data-testid="event-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('list.label')}
        aria-activedescendant={selectedId && (!virtual || (index >= first && index < last)) ? `list-${selectedId}` : undefined}
        onKeyDown={onKeyDown}
        onScroll={virtual ? onScroll : undefined}
      >
        {virtual && <li className="event-list-spacer" aria-hidden="true" style={{ height: first * ROW_PX }} />}
        {rows.map((event, k) => renderRow(event, first + k))}
        {virtual && <li className="event-list-spacer" aria-hidden="true" style={{ height: (events.length - last) * ROW_PX }} />}
      </ul>
    </section>
  )
}
