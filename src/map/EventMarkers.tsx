import { memo, useEffect, useMemo } from 'react'
import { Marker, Tooltip } from 'react-leaflet'
import type { LeafletKeyboardEvent } from 'leaflet'
import type { ChronoEvent } from '../data/model'
import { selectFilteredEvents, useAppStore } from '../store/appStore'
import { indexCategories, selectVisibleEventIds } from '../store/selectors'
import { textIn } from '../lib/text'
import { formatEventSpan } from '../lib/format'
import { useT } from '../i18n/useT'
import { EventIcon, type EventIconOptions } from './eventIcon'

interface EventMarkerProps {
  event: ChronoEvent
  color: string
  title: string
  label: string
  state: EventIconOptions['state']
}

const Z_OFFSET: Record<EventIconOptions['state'], number> = { selected: 2000, hovered: 1000, normal: 0, outside: -1000 }

const EventMarker = memo(function EventMarker({ event, color, title, label, state }: EventMarkerProps) {
  const selectEvent = useAppStore((s) => s.selectEvent)
  const hoverEvent = useAppStore((s) => s.hoverEvent)
  const place = event.place
  const position = useMemo(() => [place?.lat ?? 0, place?.lon ?? 0] as [number, number], [place])
  const icon = useMemo(() => new EventIcon({ eventId: event.id, color, label, state }), [event.id, color, label, state])
  const handlers = useMemo(
    () => ({
      click: () => selectEvent(event.id, 'map'),
      // role="button" icons: Enter and Space select, as they would press a button
      keypress: (e: LeafletKeyboardEvent) => {
        if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') selectEvent(event.id, 'map')
      },
      mouseover: () => hoverEvent(event.id),
      mouseout: () => hoverEvent(null),
    }),
    [event.id, selectEvent, hoverEvent],
  )
  return (
    <Marker position={position} icon={icon} zIndexOffset={Z_OFFSET[state]} eventHandlers={handlers} keyboard>
      <Tooltip direction="top" offset={[0, -10]}>
        {title}
      </Tooltip>
    </Marker>
  )
})

/** One marker per event with a place; events outside the timeline window are dimmed. */
export function EventMarkers() {
  const dataset = useAppStore((s) => s.dataset)
  const version = useAppStore((s) => s.datasetVersion)
  const window = useAppStore((s) => s.window)
  const selectedId = useAppStore((s) => s.selectedId)
  const hoveredId = useAppStore((s) => s.hoveredId)
  const lang = useAppStore((s) => s.lang)
  const markDrawn = useAppStore((s) => s.markDrawn)
  const t = useT()

  const filtered = useAppStore(selectFilteredEvents)
  const events = dataset ? filtered : undefined
  const categories = useMemo(() => indexCategories(dataset), [dataset])
  const visible = useMemo(() => selectVisibleEventIds(events ?? [], window), [events, window])

  useEffect(() => {
    if (events) markDrawn('map', version)
  }, [events, version, markDrawn])

  if (!events) return null
  return events.map((event) => {
    if (!event.place) return null
    const title = textIn(event.title, lang)
    const state = event.id === selectedId ? 'selected' : event.id === hoveredId ? 'hovered' : visible.has(event.id) ? 'normal' : 'outside'
    return (
      <EventMarker
        key={event.id}
        event={event}
        color={categories.get(event.category)?.color ?? '#666666'}
        title={title}
        label={t('map.marker', { title, date: formatEventSpan(event.start, event.end, lang) })}
        state={state}
      />
    )
  })
}
