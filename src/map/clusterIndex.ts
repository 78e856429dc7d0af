/**
 * Groups markers that would overlap (and events at the very same place) into clusters,
 * with supercluster's spatial index, so that every event stays reachable.
 */
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster'
import type { ChronoEvent } from '../data/model'
import type { TimeWindow } from '../store/selectors'
import { clusterInput, type ClusterInput } from './clusterInput'
import { aggregateClusterProps, fillClusterProps } from './clusterInternals'

export interface PointProps {
  /** position in the events array the index was built from */
  i: number
  category: string
  spanStart: number
  spanEnd: number
}

export interface ClusterProps {
  /** events per category, by position in the index's categoryIds */
  counts: number[]
  minStart: number
  maxEnd: number
}

export type ClusterIndex = Supercluster<PointProps, ClusterProps> & {
  /** the category of each position in ClusterProps.counts */
  categoryIds: readonly string[]
}
export type IndexFeature = ClusterFeature<ClusterProps> | PointFeature<PointProps>

/** Markers closer than this many pixels join a cluster. */
export const CLUSTER_RADIUS = 44
/**
 * Clusters exist up to the map's deepest zoom, so at that zoom the only groups left are
 * events at (nearly) the same place: those open by spreading out instead of zooming.
 */
export const CLUSTER_MAX_ZOOM = 12

/**
 * What supercluster keeps for each cluster while it builds: a placeholder. It would clone a properties object per
 * cluster and reduce every member into it; the real counts and spans are added up after the build instead, from
 * its parent links (aggregateClusterProps in clusterInternals.ts), for a third of the build time at 100,000 events.
 * `map` returns the placeholder, not the point's own properties, so supercluster does not copy those either.
 */
const PLACEHOLDER = Object.freeze({}) as ClusterProps

type IndexedPoint = PointProps & ClusterProps

function newIndex(): Supercluster<IndexedPoint, ClusterProps> {
  return new Supercluster<IndexedPoint, ClusterProps>({
    radius: CLUSTER_RADIUS,
    maxZoom: CLUSTER_MAX_ZOOM,
    minPoints: 2,
    // a reduce, so that supercluster keeps a properties slot per cluster; they are filled in after the build
    map: () => PLACEHOLDER,
    reduce: () => undefined,
  })
}

/** One count array per category, shared by its points: the reducer copies before it adds. */
function unitCounts(categories: number): number[][] {
  return Array.from({ length: categories }, (_, k) => Array.from({ length: categories }, (_, j) => (j === k ? 1 : 0)))
}

export function buildClusterIndex(events: readonly ChronoEvent[]): ClusterIndex {
  return buildFromInput(clusterInput(events))
}

/** The index from the events' typed arrays (clusterInternals.ts): on the page, and as the worker builds it. */
export function buildFromInput(input: ClusterInput): ClusterIndex {
  const unit = unitCounts(input.categoryIds.length)
  const points: PointFeature<IndexedPoint>[] = []
  for (let k = 0; k < input.position.length; k++) {
    const c = input.category[k] ?? 0
    const spanStart = input.spanStart[k] ?? 0
    const spanEnd = input.spanEnd[k] ?? 0
    points.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [input.lon[k] ?? 0, input.lat[k] ?? 0] },
      properties: { i: input.position[k] ?? 0, category: input.categoryIds[c] ?? '', spanStart, spanEnd, counts: unit[c] ?? [], minStart: spanStart, maxEnd: spanEnd },
    })
  }
  const index = newIndex().load(points)
  fillClusterProps(index, aggregateClusterProps(index, input), input.categoryIds.length)
  return Object.assign(index, { categoryIds: input.categoryIds }) as unknown as ClusterIndex
}

export function isCluster(feature: IndexFeature): feature is ClusterFeature<ClusterProps> {
  return 'cluster' in feature.properties && feature.properties.cluster === true
}

/** Whether any event of the cluster may touch the window (exact for spans, approximate across gaps). */
export function clusterTouchesWindow(props: ClusterProps, window: TimeWindow | null): boolean {
  return !window || (props.maxEnd >= window.start && props.minStart <= window.end)
}

/** Category shares for the cluster's pie, largest first. */
export function categoryShares(counts: readonly number[], categoryIds: readonly string[]): { category: string; share: number }[] {
  const total = counts.reduce((sum, n) => sum + n, 0)
  const shares: { category: string; share: number }[] = []
  counts.forEach((n, k) => {
    const category = categoryIds[k]
    if (n > 0 && category !== undefined) shares.push({ category, share: n / total })
  })
  return shares.sort((a, b) => b.share - a.share || a.category.localeCompare(b.category))
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
