import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { selectFilteredEvents, useAppStore } from '../store/appStore'
import { indexCategories, selectVisibleEventIds } from '../store/selectors'
import { formatShortDate } from '../lib/format'
import { useT } from '../i18n/useT'
import { LocalText } from './LocalText'
import { ColorDot } from './ColorDot'

/**
 * All events in time order, as a listbox: Tab enters it, the arrow keys (and Home/End)
 * move the selection, Escape clears it. Rows outside the timeline window are dimmed.
 */
export function EventList() {
  const t = useT()
  const dataset = useAppStore((s) => s.dataset)
  const window = useAppStore((s) => s.window)
  const selectedId = useAppStore((s) => s.selectedId)
  const hoveredId = useAppStore((s) => s.hoveredId)
  const lang = useAppStore((s) => s.lang)
  const selectEvent = useAppStore((s) => s.selectEvent)
  const hoverEvent = useAppStore((s) => s.hoverEvent)
  const listRef = useRef<HTMLUListElement>(null)

  const events = useAppStore(selectFilteredEvents)
  const categories = useMemo(() => indexCategories(dataset), [dataset])
  const visible = useMemo(() => selectVisibleEventIds(events, window), [events, window])

  // keep the selected row in view, whichever view selected it — scrolling the list only,
  // never the page (scrollIntoView would move a stacked mobile layout away from the map)
  useEffect(() => {
    const list = listRef.current
    if (!selectedId || !list) return
    const row = list.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`)
    if (!row) return
    if (row.offsetTop < list.scrollTop) list.scrollTop = row.offsetTop
    else if (row.offsetTop + row.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = row.offsetTop + row.offsetHeight - list.clientHeight
    }
  }, [selectedId])

  if (!dataset) return null
  const index = events.findIndex((e) => e.id === selectedId)

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

  return (
    <section className="list-pane" aria-labelledby="list-heading">
      <h2 id="list-heading" className="panel-heading">
        {t('list.heading')}
      </h2>
      <ul
        ref={listRef}
        className="event-list"
        data-testid="event-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('list.label')}
        aria-activedescendant={selectedId ? `list-${selectedId}` : undefined}
        onKeyDown={onKeyDown}
      >
        {events.map((event) => {
          const inWindow = visible.has(event.id)
          return (
            <li
              key={event.id}
              id={`list-${event.id}`}
              role="option"
              aria-selected={event.id === selectedId}
              data-event-id={event.id}
              className={`event-row${inWindow ? '' : ' is-outside'}${event.id === hoveredId ? ' is-hovered' : ''}`}
              onClick={() => selectEvent(event.id, 'list')}
              onMouseEnter={() => hoverEvent(event.id)}
              onMouseLeave={() => hoverEvent(null)}
              title={inWindow ? undefined : t('list.outside')}
            >
              <ColorDot color={categories.get(event.category)?.color ?? '#666666'} />
              <time dateTime={event.start.iso} className="event-row-date">
                {formatShortDate(event.start, lang)}
              </time>
              <LocalText text={event.title} className="event-row-title" />
              {!event.place && <span className="event-row-noplace">{t('list.noPlace')}</span>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
