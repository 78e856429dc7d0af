import { memo, useCallback, useEffect, useMemo, useState } from 'react'
import { Marker, Polyline, Tooltip, useMap, useMapEvents } from 'react-leaflet'
import type { LeafletKeyboardEvent, Map as LeafletMap } from 'leaflet'
import type { ChronoEvent } from '../data/model'
import type { Shape } from '../data/schema'
import { selectFilteredEvents, useAppStore } from '../store/appStore'
import { indexCategories, isInWindow } from '../store/selectors'
import { textIn } from '../lib/text'
import { formatEventSpan } from '../lib/format'
import { useT } from '../i18n/useT'
import { EventIcon, type EventIconOptions } from './eventIcon'
import { ClusterIcon } from './clusterIcon'
import { buildClusterIndex, categoryShares, clusterTouchesWindow, isCluster, spreadOffsets, CLUSTER_MAX_ZOOM, type ClusterIndex } from './clusterIndex'

type MarkerState = EventIconOptions['state']
const Z_OFFSET: Record<MarkerState, number> = { selected: 3000, hovered: 2000, normal: 0, outside: -1000 }
/** clusters up to this size list their events (for highlighting and automation) */
const LISTED_LEAVES = 100

interface Viewport {
  bbox: [number, number, number, number]
  zoom: number
}

function readViewport(map: LeafletMap): Viewport {
  const bounds = map.getBounds().pad(0.25)
  const west = bounds.getWest()
  const east = bounds.getEast()
  const wide = east - west >= 360
  return {
    bbox: [wide ? -180 : west, Math.max(bounds.getSouth(), -85), wide ? 180 : east, Math.min(bounds.getNorth(), 85)],
    zoom: Math.min(Math.round(map.getZoom()), CLUSTER_MAX_ZOOM),
  }
}

/** Enter and Space press a role="button" marker, like a button. */
function onActivate(action: () => void) {
  return (e: LeafletKeyboardEvent) => {
    if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') {
      e.originalEvent.preventDefault()
      action()
    }
  }
}

interface EventMarkerProps {
  event: ChronoEvent
  position: [number, number]
  color: string
  shape: Shape
  title: string
  label: string
  state: MarkerState
}

const EventMarker = memo(function EventMarker({ event, position, color, shape, title, label, state }: EventMarkerProps) {
  const selectEvent = useAppStore((s) => s.selectEvent)
  const hoverEvent = useAppStore((s) => s.hoverEvent)
  const icon = useMemo(() => new EventIcon({ eventId: event.id, color, shape, label, state }), [event.id, color, shape, label, state])
  const handlers = useMemo(
    () => ({
      click: () => selectEvent(event.id, 'map'),
      keypress: onActivate(() => selectEvent(event.id, 'map')),
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

/** Leaves of a cluster as positions in the events array. */
function leafIndices(index: ClusterIndex, clusterId: number, limit: number): number[] {
  return index.getLeaves(clusterId, limit).map((leaf) => leaf.properties.i)
}

/**
 * Events on the map: single markers, clusters where markers would overlap (with a pie of
 * their categories and a count), and co-located groups that spread out on click.
 */
export function EventMarkers() {
  const map = useMap()
  const dataset = useAppStore((s) => s.dataset)
  const version = useAppStore((s) => s.datasetVersion)
  const filtered = useAppStore(selectFilteredEvents)
  const timeWindow = useAppStore((s) => s.window)
  const selectedId = useAppStore((s) => s.selectedId)
  const hoveredId = useAppStore((s) => s.hoveredId)
  const lang = useAppStore((s) => s.lang)
  const reducedMotion = useAppStore((s) => s.reducedMotion)
  const markDrawn = useAppStore((s) => s.markDrawn)
  const t = useT()

  const categories = useMemo(() => indexCategories(dataset), [dataset])
  const index = useMemo(() => buildClusterIndex(filtered), [filtered])
  const [viewport, setViewport] = useState(() => readViewport(map))
  // the open co-located group, tied to the index it belongs to: a new index closes it
  const [openGroup, setOpenGroup] = useState<{ index: ClusterIndex; id: number } | null>(null)
  const spread = openGroup?.index === index ? openGroup.id : null
  const setSpread = useCallback((id: number | null) => setOpenGroup(id === null ? null : { index, id }), [index])

  useMapEvents({
    moveend: () => setViewport(readViewport(map)),
    zoomstart: () => setSpread(null),
    click: () => setSpread(null),
  })
  useEffect(() => {
    if (dataset) markDrawn('map', version)
  }, [dataset, version, markDrawn])

  const features = useMemo(() => index.getClusters(viewport.bbox, viewport.zoom), [index, viewport])

  const colorOf = useCallback((event: ChronoEvent) => categories.get(event.category)?.color ?? '#666666', [categories])
  const shapeOf = useCallback((event: ChronoEvent): Shape => categories.get(event.category)?.shape ?? 'circle', [categories])
  const stateOf = useCallback(
    (event: ChronoEvent): MarkerState =>
      event.id === selectedId ? 'selected' : event.id === hoveredId ? 'hovered' : isInWindow(event, timeWindow) ? 'normal' : 'outside',
    [selectedId, hoveredId, timeWindow],
  )
  const renderEvent = (event: ChronoEvent, position?: [number, number]) => {
    const title = textIn(event.title, lang)
    return (
      <EventMarker
        key={event.id}
        event={event}
        position={position ?? [event.place?.lat ?? 0, event.place?.lon ?? 0]}
        color={colorOf(event)}
        shape={shapeOf(event)}
        title={title}
        label={t('map.marker', { title, date: formatEventSpan(event.start, event.end, lang) })}
        state={stateOf(event)}
      />
    )
  }

  if (!dataset) return null
  const shown = new Set<string>()
  const layers = features.map((feature) => {
    if (!isCluster(feature)) {
      const event = filtered[feature.properties.i]
      if (!event) return null
      shown.add(event.id)
      return renderEvent(event)
    }
    const { cluster_id: id, point_count: size } = feature.properties
    const [lon = 0, lat = 0] = feature.geometry.coordinates
    const leaves = size <= LISTED_LEAVES ? leafIndices(index, id, LISTED_LEAVES).map((i) => filtered[i]).filter((e): e is ChronoEvent => !!e) : null
    if (spread === id && leaves) {
      const centre = map.latLngToLayerPoint([lat, lon])
      const offsets = spreadOffsets(leaves.length)
      return (
        <SpreadGroup key={`spread-${id}`} centre={[lat, lon]} onClose={() => setSpread(null)} label={t('map.collapse')}>
          {leaves.map((event, k) => {
            const [dx, dy] = offsets[k] ?? [0, 0]
            const at = map.layerPointToLatLng(centre.add([dx, dy]))
            shown.add(event.id)
            return (
              <SpreadLeg key={event.id} from={[lat, lon]} to={[at.lat, at.lng]}>
                {renderEvent(event, [at.lat, at.lng])}
              </SpreadLeg>
            )
          })}
        </SpreadGroup>
      )
    }
    const ids = leaves?.map((e) => e.id) ?? null
    const state: MarkerState = ids?.includes(selectedId ?? '')
      ? 'selected'
      : ids?.includes(hoveredId ?? '')
        ? 'hovered'
        : (leaves ? leaves.some((e) => isInWindow(e, timeWindow)) : clusterTouchesWindow(feature.properties, timeWindow))
          ? 'normal'
          : 'outside'
    const open = () => {
      const zoom = index.getClusterExpansionZoom(id)
      if (zoom <= CLUSTER_MAX_ZOOM) map.setView([lat, lon], zoom, { animate: !reducedMotion })
      else setSpread(id)
    }
    return (
      <ClusterMarker
        key={`cluster-${id}`}
        position={[lat, lon]}
        size={size}
        slices={categoryShares(feature.properties.counts, index.categoryIds).map(({ category, share }) => ({ color: categories.get(category)?.color ?? '#666666', share }))}
        eventIds={ids}
        label={t('map.cluster', { n: size })}
        state={state}
        onOpen={open}
      />
    )
  })

  // the selected event is always visible, even when its group is closed
  const selected = selectedId ? filtered.find((e) => e.id === selectedId && e.place) : undefined
  return (
    <>
      {layers}
      {selected && !shown.has(selected.id) && renderEvent(selected)}
    </>
  )
}

interface ClusterMarkerProps {
  position: [number, number]
  size: number
  slices: { color: string; share: number }[]
  eventIds: readonly string[] | null
  label: string
  state: MarkerState
  onOpen: () => void
}

function ClusterMarker({ position, size, slices, eventIds, label, state, onOpen }: ClusterMarkerProps) {
  const key = `${size}|${state}|${label}|${eventIds?.join(' ')}|${slices.map((s) => `${s.color}${s.share}`).join()}`
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key covers every option
  const icon = useMemo(() => new ClusterIcon({ size, slices, eventIds, label, expanded: false, state }), [key])
  const handlers = useMemo(() => ({ click: onOpen, keypress: onActivate(onOpen) }), [onOpen])
  return <Marker position={position} icon={icon} eventHandlers={handlers} zIndexOffset={Z_OFFSET[state] + 500} keyboard />
}

function SpreadGroup({ centre, label, onClose, children }: { centre: [number, number]; label: string; onClose: () => void; children: React.ReactNode }) {
  const icon = useMemo(() => new ClusterIcon({ size: 0, slices: [{ color: '#1d2730', share: 1 }], eventIds: null, label, expanded: true, state: 'normal' }), [label])
  const handlers = useMemo(() => ({ click: onClose, keypress: onActivate(onClose) }), [onClose])
  return (
    <>
      <Marker position={centre} icon={icon} eventHandlers={handlers} keyboard zIndexOffset={-500} />
      {children}
    </>
  )
}

function SpreadLeg({ from, to, children }: { from: [number, number]; to: [number, number]; children: React.ReactNode }) {
  return (
    <>
      <Polyline positions={[from, to]} className="cm-spread-leg" pathOptions={{ color: '#1d2730', weight: 1.5, opacity: 0.7 }} interactive={false} />
      {children}
    </>
  )
}
