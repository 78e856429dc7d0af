/**
 * Groups markers that would overlap (and events at the very same place) into clusters,
 * with supercluster's spatial index, so that every event stays reachable.
 */
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster'
import type { ChronoEvent } from '../data/model'
import type { TimeWindow } from '../store/selectors'

export interface PointProps {
  /** position in the events array the index was built from */
  i: number
  category: string
  spanStart: number
  spanEnd: number
}

export interface ClusterProps {
  /** events per category id (a prototype-free object: category ids are data) */
  counts: Record<string, number>
  minStart: number
  maxEnd: number
}

export type ClusterIndex = Supercluster<PointProps, ClusterProps>
export type IndexFeature = ClusterFeature<ClusterProps> | PointFeature<PointProps>

/** Markers closer than this many pixels join a cluster. */
export const CLUSTER_RADIUS = 44
/**
 * Clusters exist up to the map's deepest zoom, so at that zoom the only groups left are
 * events at (nearly) the same place: those open by spreading out instead of zooming.
 */
export const CLUSTER_MAX_ZOOM = 12

export function buildClusterIndex(events: readonly ChronoEvent[]): ClusterIndex {
  const index: ClusterIndex = new Supercluster<PointProps, ClusterProps>({
    radius: CLUSTER_RADIUS,
    maxZoom: CLUSTER_MAX_ZOOM,
    minPoints: 2,
    map: (p) => {
      const counts = Object.create(null) as Record<string, number>
      counts[p.category] = 1
      return { counts, minStart: p.spanStart, maxEnd: p.spanEnd }
    },
    reduce: (acc, p) => {
      for (const [category, n] of Object.entries(p.counts)) acc.counts[category] = (acc.counts[category] ?? 0) + n
      acc.minStart = Math.min(acc.minStart, p.minStart)
      acc.maxEnd = Math.max(acc.maxEnd, p.maxEnd)
    },
  })
  const points: PointFeature<PointProps>[] = []
  events.forEach((event, i) => {
    if (!event.place) return
    points.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [event.place.lon, event.place.lat] },
      properties: { i, category: event.category, spanStart: event.spanStart, spanEnd: event.spanEnd },
    })
  })
  return index.load(points)
}

export function isCluster(feature: IndexFeature): feature is ClusterFeature<ClusterProps> {
  return 'cluster' in feature.properties && feature.properties.cluster === true
}

/** Whether any event of the cluster may touch the window (exact for spans, approximate across gaps). */
export function clusterTouchesWindow(props: ClusterProps, window: TimeWindow | null): boolean {
  return !window || (props.maxEnd >= window.start && props.minStart <= window.end)
}

/** Category shares for the cluster's pie, largest first. */
export function categoryShares(counts: Record<string, number>): { category: string; share: number }[] {
  const entries = Object.entries(counts)
  const total = entries.reduce((sum, [, n]) => sum + n, 0)
  return entries.map(([category, n]) => ({ category, share: n / total })).sort((a, b) => b.share - a.share || a.category.localeCompare(b.category))
}

/**
 * Offsets in pixels for spreading n co-located markers around their centre:
 * a circle for a few, a spiral when a circle would get too crowded.
 */
export function spreadOffsets(n: number, markerSize = 22): [number, number][] {
  if (n <= 0) return []
  const gap = markerSize * 1.3
  if (n <= 10) {
    const radius = Math.max(gap * 1.4, (gap * n) / (2 * Math.PI))
    return Array.from({ length: n }, (_, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / n
      return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))]
    })
  }
  const out: [number, number][] = []
  let angle = 0
  let radius = gap * 1.4
  for (let k = 0; k < n; k++) {
    out.push([Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))])
    angle += gap / radius
    radius += (gap * 0.9) / (2 * Math.PI) * (gap / radius) * 2.2
  }
  return out
}
