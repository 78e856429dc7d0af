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
import { useClusterIndex } from './useClusterIndex'
import { ClusterIcon } from './clusterIcon'
import type { ClusterFeature } from 'supercluster'
import { categoryShares, clusterTouchesWindow, isCluster, spreadOffsets, CLUSTER_MAX_ZOOM, type ClusterIndex, type ClusterProps } from './clusterIndex'

type MarkerState = EventIconOptions['state']
const Z_OFFSET: Record<MarkerState, number> = { selected: 3000, hovered: 2000, normal: 0, outside: -1000 }
/** groups sit above single markers of the same state */
const CLUSTER_Z = 500
/** the selected event drawn on its own while its group is closed: above that group (whose state is 'selected') */
const DETACHED_Z = Z_OFFSET.selected + 2 * CLUSTER_Z
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
  /**
   * The selected event outside its closed group: drawn above the group, but neither clickable nor focusable, so
   * that a click on the group (under it, or a neighbour's) still opens the group.
   */
  detached?: boolean
}

const EventMarker = memo(function EventMarker({ event, position, color, shape, title, label, state, detached = false }: EventMarkerProps) {
  const selectEvent = useAppStore((s) => s.selectEvent)
  const hoverEvent = useAppStore((s) => s.hoverEvent)
  const icon = useMemo(() => new EventIcon({ eventId: event.id, color, shape, label, state, detached }), [event.id, color, shape, label, state, detached])
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
    <Marker position={position} icon={icon} zIndexOffset={detached ? DETACHED_Z : Z_OFFSET[state]} eventHandlers={handlers} keyboard={!detached} interactive={!detached}>
      {!detached && (
        <Tooltip direction="top" offset={[0, -10]}>
          {title}
        </Tooltip>
      )}
    </Marker>
  )
})

interface ClusterFacts {
  /** the events of a cluster up to LISTED_LEAVES, else null */
  leaves: ChronoEvent[] | null
  eventIds: string[] | null
  slices: { color: string; share: number }[]
}

/**
 * What a cluster shows besides its state, once per cluster and index: a cluster's members never change within
 * an index, while the map renders again on every window change, hover and selection (getLeaves walks the
 * cluster's tree each time), and the same arrays keep the memoised cluster markers from updating.
 */
const clusterFacts = new WeakMap<ClusterIndex, Map<number, ClusterFacts>>()

function factsOf(index: ClusterIndex, feature: ClusterFeature<ClusterProps>, events: readonly ChronoEvent[], colorOf: (category: string) => string): ClusterFacts {
  let byId = clusterFacts.get(index)
  if (!byId) clusterFacts.set(index, (byId = new Map()))
  const { cluster_id: id, point_count: size, counts } = feature.properties
  let facts = byId.get(id)
  if (!facts) {
    const leaves = size <= LISTED_LEAVES ? index.getLeaves(id, LISTED_LEAVES).flatMap((leaf) => events[leaf.properties.i] ?? []) : null
    const slices = categoryShares(counts, index.categoryIds).map(({ category, share }) => ({ color: colorOf(category), share }))
    facts = { leaves, eventIds: leaves?.map((e) => e.id) ?? null, slices }
    byId.set(id, facts)
  }
  return facts
}

/** Marker titles and labels, once per event and language: formatting dates is the costly part of a render. */
const markerTexts = new WeakMap<ChronoEvent, { lang: string; title: string; label: string }>()

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
  const eventsById = useAppStore((s) => s.eventsById)
  const t = useT()

  const categories = useMemo(() => indexCategories(dataset), [dataset])
  const built = useClusterIndex(filtered)
  const index = built?.index ?? null
  // until the index of these events is there, the markers of the previous ones stay (with their own events)
  const events = built?.events ?? filtered
  const [viewport, setViewport] = useState(() => readViewport(map))
  // the open co-located group, tied to the index it belongs to: a new index closes it
  const [openGroup, setOpenGroup] = useState<{ index: ClusterIndex; id: number } | null>(null)
  const spread = openGroup?.index === index ? openGroup.id : null
  const setSpread = useCallback((id: number | null) => setOpenGroup(id === null || !index ? null : { index, id }), [index])

  useMapEvents({
    moveend: () => setViewport(readViewport(map)),
    zoomstart: () => setSpread(null),
    click: () => setSpread(null),
  })
  // drawn once the markers stand for this dataset's events (a large index comes from a worker)
  const current = built !== null && built.events === filtered
  useEffect(() => {
    if (dataset && current) markDrawn('map', version)
  }, [dataset, version, current, markDrawn])

  const features = useMemo(() => index?.getClusters(viewport.bbox, viewport.zoom) ?? [], [index, viewport])

  const colorOf = useCallback((category: string) => categories.get(category)?.color ?? '#666666', [categories])
  const shapeOf = useCallback((event: ChronoEvent): Shape => categories.get(event.category)?.shape ?? 'circle', [categories])
  const stateOf = useCallback(
    (event: ChronoEvent): MarkerState =>
      event.id === selectedId ? 'selected' : event.id === hoveredId ? 'hovered' : isInWindow(event, timeWindow) ? 'normal' : 'outside',
    [selectedId, hoveredId, timeWindow],
  )
  const textsOf = (event: ChronoEvent) => {
    let texts = markerTexts.get(event)
    if (texts?.lang !== lang) {
      const title = textIn(event.title, lang)
      texts = { lang, title, label: t('map.marker', { title, date: formatEventSpan(event.start, event.end, lang) }) }
      markerTexts.set(event, texts)
    }
    return texts
  }
  const renderEvent = (event: ChronoEvent, position?: [number, number], detached = false) => {
    const { title, label } = textsOf(event)
    return (
      <EventMarker
        key={event.id}
        event={event}
        position={position ?? [event.place?.lat ?? 0, event.place?.lon ?? 0]}
        color={colorOf(event.category)}
        shape={shapeOf(event)}
        title={title}
        label={label}
        state={stateOf(event)}
        detached={detached}
      />
    )
  }
  const openCluster = useCallback(
    (id: number, lat: number, lon: number) => {
      if (!index) return
      const zoom = index.getClusterExpansionZoom(id)
      if (zoom <= CLUSTER_MAX_ZOOM) map.setView([lat, lon], zoom, { animate: !reducedMotion })
      else setSpread(id)
    },
    [index, map, reducedMotion, setSpread],
  )

  if (!dataset || !index) return null
  const shown = new Set<string>()
  const layers = features.map((feature) => {
    if (!isCluster(feature)) {
      const event = events[feature.properties.i]
      if (!event) return null
      shown.add(event.id)
      return renderEvent(event)
    }
    const { cluster_id: id, point_count: size } = feature.properties
    const [lon = 0, lat = 0] = feature.geometry.coordinates
    const { leaves, eventIds: ids, slices } = factsOf(index, feature, events, colorOf)
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
    const state: MarkerState =
      selectedId !== null && ids?.includes(selectedId)
        ? 'selected'
        : hoveredId !== null && ids?.includes(hoveredId)
          ? 'hovered'
          : (leaves ? leaves.some((e) => isInWindow(e, timeWindow)) : clusterTouchesWindow(feature.properties, timeWindow))
            ? 'normal'
            : 'outside'
    return (
      <ClusterMarker
        key={`cluster-${id}`}
        id={id}
        lat={lat}
        lon={lon}
        size={size}
        slices={slices}
        eventIds={ids}
        label={t('map.cluster', { n: size })}
        state={state}
        onOpen={openCluster}
      />
    )
  })

  // the selected event is always visible, even when its group is closed (looked up, not searched: 100,000 events)
  const candidate = selectedId ? eventsById.get(selectedId) : undefined
  const selected = candidate?.place && shownIds(events, dataset.events).has(candidate.id) ? candidate : undefined
  return (
    <>
      {layers}
      {selected && !shown.has(selected.id) && renderEvent(selected, undefined, true)}
    </>
  )
}

/** Whether the filters show an event: the ids of the filtered events, made once per filter result. */
const filteredIds = new WeakMap<readonly ChronoEvent[], { has(id: string): boolean }>()
const EVERY_EVENT = { has: () => true }

function shownIds(filtered: readonly ChronoEvent[], all: readonly ChronoEvent[]): { has(id: string): boolean } {
  if (filtered === all) return EVERY_EVENT
  let ids = filteredIds.get(filtered)
  if (!ids) filteredIds.set(filtered, (ids = new Set(filtered.map((e) => e.id))))
  return ids
}

interface ClusterMarkerProps {
  id: number
  lat: number
  lon: number
  size: number
  slices: { color: string; share: number }[]
  eventIds: readonly string[] | null
  label: string
  state: MarkerState
  onOpen: (id: number, lat: number, lon: number) => void
}

const ClusterMarker = memo(function ClusterMarker({ id, lat, lon, size, slices, eventIds, label, state, onOpen }: ClusterMarkerProps) {
  const icon = useMemo(() => new ClusterIcon({ size, slices, eventIds, label, expanded: false, state }), [size, slices, eventIds, label, state])
  const handlers = useMemo(() => {
    const open = () => onOpen(id, lat, lon)
    return { click: open, keypress: onActivate(open) }
  }, [onOpen, id, lat, lon])
  const position = useMemo<[number, number]>(() => [lat, lon], [lat, lon])
  return <Marker position={position} icon={icon} eventHandlers={handlers} zIndexOffset={Z_OFFSET[state] + CLUSTER_Z} keyboard />
})

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
