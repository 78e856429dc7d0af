/**
 * The handout's small static maps, as pure functions: country outlines from the bundled world-atlas around one
 * point, in the same (Web Mercator) projection as the app's map, clipped to the frame so each map carries only
 * the few hundred points it shows. No tiles, no network.
 */
import type { Feature, FeatureCollection, Position } from 'geojson'

export type Point = [number, number]

export interface Bounds {
  west: number
  south: number
  east: number
  north: number
}

export interface Frame {
  width: number
  height: number
  /** lon/lat to frame coordinates (x right, y down) */
  project: (lon: number, lat: number) => Point
  /** the geographic area the frame shows */
  bounds: Bounds
}

const RAD = Math.PI / 180
const MAX_LAT = 85.05

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(Math.min(lat, MAX_LAT), -MAX_LAT) * RAD) / 2))
const inverseMercatorY = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD

/** A frame of width × height centred on a point, showing `lonSpan` degrees of longitude. */
export function frameAround(lon: number, lat: number, { width = 240, height = 170, lonSpan = 20 } = {}): Frame {
  const scale = width / (lonSpan * RAD)
  const cx = lon * RAD
  const cy = mercatorY(lat)
  const halfY = height / 2 / scale
  return {
    width,
    height,
    project: (x, y) => [width / 2 + (x * RAD - cx) * scale, height / 2 - (mercatorY(y) - cy) * scale],
    bounds: { west: lon - lonSpan / 2, east: lon + lonSpan / 2, south: inverseMercatorY(cy - halfY), north: inverseMercatorY(cy + halfY) },
  }
}

type Edge = (p: Point) => boolean

function intersect(a: Point, b: Point, axis: 0 | 1, value: number): Point {
  const t = (value - a[axis]) / (b[axis] - a[axis])
  return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value]
}

/**
 * Sutherland–Hodgman: the part of a closed ring inside the rectangle [x0, x1] × [y0, y1]. Parts that run along
 * the rectangle's edge are left on it, so the rectangle should lie a little outside the visible frame.
 */
export function clipRing(ring: readonly Point[], x0: number, y0: number, x1: number, y1: number): Point[] {
  const edges: [Edge, 0 | 1, number][] = [
    [(p) => p[0] >= x0, 0, x0],
    [(p) => p[0] <= x1, 0, x1],
    [(p) => p[1] >= y0, 1, y0],
    [(p) => p[1] <= y1, 1, y1],
  ]
  let output: Point[] = [...ring]
  for (const [inside, axis, value] of edges) {
    const input = output
    output = []
    for (let i = 0; i < input.length; i++) {
      const current = input[i] as Point
      const previous = input[(i + input.length - 1) % input.length] as Point
      if (inside(current)) {
        if (!inside(previous)) output.push(intersect(previous, current, axis, value))
        output.push(current)
      } else if (inside(previous)) {
        output.push(intersect(previous, current, axis, value))
      }
    }
    if (output.length === 0) break
  }
  return output
}

/** SVG path data for closed rings, to one decimal. */
export function ringsToPath(rings: readonly (readonly Point[])[]): string {
  return rings
    .filter((ring) => ring.length >= 3)
    .map((ring) => `M${ring.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`)
    .join('')
}

function polygonsOf(feature: Feature): Position[][][] {
  const geometry = feature.geometry
  if (!geometry) return []
  if (geometry.type === 'Polygon') return [geometry.coordinates]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates
  return []
}

const boundsCache = new WeakMap<Feature, Bounds>()

function featureBounds(feature: Feature): Bounds {
  const cached = boundsCache.get(feature)
  if (cached) return cached
  const bounds = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity }
  for (const polygon of polygonsOf(feature)) {
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      bounds.west = Math.min(bounds.west, lon)
      bounds.east = Math.max(bounds.east, lon)
      bounds.south = Math.min(bounds.south, lat)
      bounds.north = Math.max(bounds.north, lat)
    }
  }
  boundsCache.set(feature, bounds)
  return bounds
}

const overlaps = (a: Bounds, b: Bounds) => a.west <= b.east && a.east >= b.west && a.south <= b.north && a.north >= b.south

/** One path per country that shows in the frame (holes drawn with the even-odd rule). */
export function countryPaths(countries: FeatureCollection, frame: Frame, margin = 4): string[] {
  const paths: string[] = []
  for (const feature of countries.features) {
    if (!overlaps(featureBounds(feature), frame.bounds)) continue
    const rings: Point[][] = []
    for (const polygon of polygonsOf(feature)) {
      for (const ring of polygon) {
        const projected = ring.map(([lon = 0, lat = 0]) => frame.project(lon, lat))
        const clipped = clipRing(projected, -margin, -margin, frame.width + margin, frame.height + margin)
        if (clipped.length >= 3) rings.push(clipped)
      }
    }
    if (rings.length) paths.push(ringsToPath(rings))
  }
  return paths
}
