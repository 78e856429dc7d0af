import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { FeatureGroup, Pane, Polygon, Polyline, Tooltip, useMap } from 'react-leaflet'
import { point, type LatLngTuple, type Path, type PathOptions } from 'leaflet'
import type { Relation } from '../data/schema'
import type { MessageKey } from '../i18n'
import { useT } from '../i18n/useT'
import { textIn } from '../lib/text'
import { selectFilteredEvents, useAppStore } from '../store/appStore'
import { eventLookup } from '../store/selectors'
import { arrowOutline, relationArrows, type ArrowOptions, type RelationArrow } from './arrows'
import { usePathMarks } from './pathMarks'

/** Above the shapes (420), below the markers (600); see EventShapes for why the pane ignores the pointer. */
const ARROWS_PANE = 'cm-relations'
const ARROWS_PANE_STYLE = { zIndex: '450', pointerEvents: 'none' } as const

const ARROW_COLOR = '#1d2730'
const CONTEXT_COLOR = '#56636e'

const LINE_STYLE: Record<Relation, PathOptions> = {
  cause: { color: ARROW_COLOR, weight: 2.5, opacity: 0.9 },
  response: { color: ARROW_COLOR, weight: 2.5, opacity: 0.9 },
  context: { color: CONTEXT_COLOR, weight: 2, opacity: 0.85, dashArray: '6 5' },
}
const HEAD_STYLE: PathOptions = { color: ARROW_COLOR, weight: 1, opacity: 0.9, fillColor: ARROW_COLOR, fillOpacity: 0.9 }
const HOVER_WEIGHT = 2

const TOOLTIP: Record<Relation, MessageKey> = {
  cause: 'map.arrow.cause',
  response: 'map.arrow.response',
  context: 'map.arrow.context',
}

/**
 * Pixels kept free around the two ends: the selected marker is 26 px wide, the others 16 px
 * (eventIcon.ts), plus a small gap so the tip stays visible beside the marker.
 */
function insetsFor(arrow: RelationArrow, selectedId: string): Pick<ArrowOptions, 'fromInset' | 'toInset'> {
  const around = (id: string) => (id === selectedId ? 16 : 11)
  return { fromInset: around(arrow.from), toInset: around(arrow.to) }
}

interface ArrowProps {
  arrow: RelationArrow
  selectedId: string
  zoom: number
  label: string
}

const Arrow = memo(function Arrow({ arrow, selectedId, zoom, label }: ArrowProps) {
  const map = useMap()
  const selectEvent = useAppStore((s) => s.selectEvent)
  const hoverEvent = useAppStore((s) => s.hoverEvent)
  const [hovered, setHovered] = useState(false)
  const line = useRef<Path | null>(null)
  const head = useRef<Path | null>(null)
  const setLine = useCallback((layer: Path | null) => {
    line.current = layer
  }, [])
  const setHead = useCallback((layer: Path | null) => {
    head.current = layer
  }, [])

  // The head is a fixed size in pixels, so it is worked out in pixels at this zoom and turned back into map coordinates.
  const outline = useMemo(() => {
    const from = map.project([arrow.fromPos.lat, arrow.fromPos.lon], zoom)
    const to = map.project([arrow.toPos.lat, arrow.toPos.lon], zoom)
    const pixels = arrowOutline(from, to, { ...insetsFor(arrow, selectedId), head: arrow.directed, headLength: 13, headWidth: 11 })
    if (!pixels) return null
    const toLatLng = ({ x, y }: { x: number; y: number }): LatLngTuple => {
      const { lat, lng } = map.unproject(point(x, y), zoom)
      return [lat, lng]
    }
    return { line: pixels.line.map(toLatLng), head: pixels.head?.map(toLatLng) ?? null }
  }, [map, arrow, selectedId, zoom])

  const handlers = useMemo(
    () => ({
      click: () => selectEvent(arrow.otherId, 'map'),
      mouseover: () => {
        setHovered(true)
        hoverEvent(arrow.otherId)
      },
      mouseout: () => {
        setHovered(false)
        hoverEvent(null)
      },
    }),
    [arrow.otherId, selectEvent, hoverEvent],
  )
  // A click re-selects, which usually removes this arrow under the pointer: Leaflet sends no
  // mouseout then, so the hover it set would stay behind.
  const hoveredNow = useRef(false)
  useEffect(() => {
    hoveredNow.current = hovered
  }, [hovered])
  useEffect(
    () =>
      function clearHoverOnRemove() {
        if (hoveredNow.current) hoverEvent(null)
      },
    [hoverEvent],
  )
  const lineStyle = useMemo(() => {
    const base = LINE_STYLE[arrow.relation]
    return hovered ? { ...base, weight: (base.weight ?? 2) + HOVER_WEIGHT } : base
  }, [arrow.relation, hovered])

  const attributes = { 'data-from': arrow.from, 'data-to': arrow.to, 'data-relation': arrow.relation }
  usePathMarks(line, { attributes: { ...attributes, 'data-testid': 'relation-arrow' }, classes: { 'is-hovered': hovered } })
  usePathMarks(head, { attributes, classes: { 'is-hovered': hovered } })

  if (!outline) return null
  return (
    <FeatureGroup eventHandlers={handlers}>
      <Polyline ref={setLine} positions={outline.line} className="cm-relation-arrow" pathOptions={lineStyle} />
      {outline.head && <Polygon ref={setHead} positions={outline.head} className="cm-relation-head" pathOptions={HEAD_STYLE} />}
      <Tooltip sticky>{label}</Tooltip>
    </FeatureGroup>
  )
})

/** Keeps the zoom in state: arrowheads are drawn in pixels and change shape in map coordinates with it. */
function useZoom(): number {
  const map = useMap()
  const [zoom, setZoom] = useState(() => map.getZoom())
  useEffect(() => {
    const update = () => setZoom(map.getZoom())
    map.on('zoomend', update)
    update()
    return function unbindZoom() {
      map.off('zoomend', update)
    }
  }, [map])
  return zoom
}

/**
 * While an event is selected: an arrow to or from each related event that is shown and has a
 * place, from cause to effect (context: a dashed line without head). Clicking one selects the
 * event at its other end.
 */
export function RelationArrows() {
  const selectedId = useAppStore((s) => s.selectedId)
  const filtered = useAppStore(selectFilteredEvents)
  const lang = useAppStore((s) => s.lang)
  const t = useT()
  const zoom = useZoom()
  // indexed on the first selection (the same index as the store's while nothing is filtered)
  const shown = eventLookup(filtered)
  const selected = selectedId === null ? undefined : shown.get(selectedId)
  const arrows = useMemo(() => (selected ? relationArrows(selected, (id) => shown.get(id)) : []), [selected, shown])

  return (
    <Pane name={ARROWS_PANE} style={ARROWS_PANE_STYLE}>
      {selected &&
        arrows.map((arrow) => {
          const other = shown.get(arrow.otherId)
          const label = t(TOOLTIP[arrow.relation], { title: other ? textIn(other.title, lang) : arrow.otherId })
          return <Arrow key={`${arrow.relation} ${arrow.otherId}`} arrow={arrow} selectedId={selected.id} zoom={zoom} label={label} />
        })}
    </Pane>
  )
}
