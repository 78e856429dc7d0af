import { memo, useCallback, useEffect, useMemo, useRef } from 'react'
import { CircleMarker, Pane, Polygon, Polyline, Tooltip } from 'react-leaflet'
import type { Path } from 'leaflet'
import type { ChronoEvent } from '../data/model'
import { selectFilteredEvents, useAppStore } from '../store/appStore'
import { indexCategories, isInWindow } from '../store/selectors'
import { textIn } from '../lib/text'
import { usePathMarks } from './pathMarks'
import { shapeParts, shapeStyle, type ShapePart, type ShapeState } from './shapes'

/**
 * Shapes have a pane of their own, above the basemap (150) and Leaflet's overlay pane (400) and
 * below the relation arrows (450) and the markers (600). Each pane holds its own <svg>, which
 * would catch clicks meant for the panes beneath; only the paths themselves take the pointer.
 */
const SHAPES_PANE = 'cm-shapes'
const SHAPES_PANE_STYLE = { zIndex: '420', pointerEvents: 'none' } as const
const POINT_RADIUS = 6

interface ShapePathProps {
  part: ShapePart
  eventId: string
  color: string
  state: ShapeState
  approximate: boolean
  title: string
}

function ShapePath({ part, eventId, color, state, approximate, title }: ShapePathProps) {
  const selectEvent = useAppStore((s) => s.selectEvent)
  const hoverEvent = useAppStore((s) => s.hoverEvent)
  const layer = useRef<Path | null>(null)
  const setLayer = useCallback((instance: Path | null) => {
    layer.current = instance
  }, [])
  const pathOptions = useMemo(() => shapeStyle(part.kind, color, state, approximate), [part.kind, color, state, approximate])
  const handlers = useMemo(
    () => ({
      click: () => selectEvent(eventId, 'map'),
      mouseover: () => hoverEvent(eventId),
      mouseout: () => hoverEvent(null),
    }),
    [eventId, selectEvent, hoverEvent],
  )
  usePathMarks(layer, {
    attributes: { 'data-event-id': eventId },
    classes: {
      'is-selected': state === 'selected',
      'is-hovered': state === 'hovered',
      'is-outside': state === 'outside',
      'is-approximate': approximate,
    },
  })
  useEffect(() => {
    if (state === 'selected' || state === 'hovered') layer.current?.bringToFront()
  }, [state])

  const tooltip = <Tooltip sticky>{title}</Tooltip>
  switch (part.kind) {
    case 'point':
      return (
        <CircleMarker ref={setLayer} center={part.position} radius={POINT_RADIUS} className="cm-shape" pathOptions={pathOptions} eventHandlers={handlers}>
          {tooltip}
        </CircleMarker>
      )
    case 'line':
      return (
        <Polyline ref={setLayer} positions={part.lines} className="cm-shape" pathOptions={pathOptions} eventHandlers={handlers}>
          {tooltip}
        </Polyline>
      )
    case 'area':
      return (
        <Polygon ref={setLayer} positions={part.polygons} className="cm-shape" pathOptions={pathOptions} eventHandlers={handlers}>
          {tooltip}
        </Polygon>
      )
  }
}

interface EventShapeProps {
  event: ChronoEvent
  color: string
  state: ShapeState
  title: string
}

const EventShape = memo(function EventShape({ event, color, state, title }: EventShapeProps) {
  const parts = useMemo(() => (event.geometry ? shapeParts(event.geometry) : []), [event.geometry])
  const approximate = event.geometryApproximate ?? false
  return parts.map((part, index) => (
    <ShapePath key={index} part={part} eventId={event.id} color={color} state={state} approximate={approximate} title={title} />
  ))
})

/** The GeoJSON geometry of every shown event, in its category colour; clicking one selects its event. */
export function EventShapes() {
  const dataset = useAppStore((s) => s.dataset)
  const filtered = useAppStore(selectFilteredEvents)
  const timeWindow = useAppStore((s) => s.window)
  const selectedId = useAppStore((s) => s.selectedId)
  const hoveredId = useAppStore((s) => s.hoveredId)
  const lang = useAppStore((s) => s.lang)
  const categories = useMemo(() => indexCategories(dataset), [dataset])
  const shaped = useMemo(() => filtered.filter((event) => event.geometry !== undefined), [filtered])

  return (
    <Pane name={SHAPES_PANE} style={SHAPES_PANE_STYLE}>
      {shaped.map((event) => {
        const state: ShapeState =
          event.id === selectedId ? 'selected' : event.id === hoveredId ? 'hovered' : isInWindow(event, timeWindow) ? 'normal' : 'outside'
        return (
          <EventShape
            key={event.id}
            event={event}
            color={categories.get(event.category)?.color ?? '#666666'}
            state={state}
            title={textIn(event.title, lang)}
          />
        )
      })}
    </Pane>
  )
}
