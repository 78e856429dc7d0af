/**
 * An event's GeoJSON geometry as the parts the map draws, and how each part looks.
 * Pure: no Leaflet here, so it is tested in Node.
 */
import type { Position } from 'geojson'
import type { GeometryRecord } from '../data/schema'

/** [lat, lon], the order Leaflet takes. */
export type LatLonTuple = [number, number]

export type ShapePart =
  | { kind: 'point'; position: LatLonTuple }
  /** one or more lines, drawn as one path */
  | { kind: 'line'; lines: LatLonTuple[][] }
  /** one or more polygons (each: outer ring, then holes), drawn as one path */
  | { kind: 'area'; polygons: LatLonTuple[][][] }

export type ShapeState = 'normal' | 'selected' | 'hovered' | 'outside'

function toLatLon([lon = 0, lat = 0]: Position): LatLonTuple {
  return [lat, lon]
}

/** GeoJSON positions are [lon, lat]; Leaflet wants [lat, lon]. Each point of a MultiPoint is its own part. */
export function shapeParts(geometry: GeometryRecord): ShapePart[] {
  switch (geometry.type) {
    case 'Point':
      return [{ kind: 'point', position: toLatLon(geometry.coordinates) }]
    case 'MultiPoint':
      return geometry.coordinates.map((position) => ({ kind: 'point', position: toLatLon(position) }))
    case 'LineString':
      return [{ kind: 'line', lines: [geometry.coordinates.map(toLatLon)] }]
    case 'MultiLineString':
      return [{ kind: 'line', lines: geometry.coordinates.map((line) => line.map(toLatLon)) }]
    case 'Polygon':
      return [{ kind: 'area', polygons: [geometry.coordinates.map((ring) => ring.map(toLatLon))] }]
    case 'MultiPolygon':
      return [{ kind: 'area', polygons: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(toLatLon))) }]
  }
}

/** The colour of a selected shape's outline: the app's selection colour (--selected in index.css). */
export const SELECTED_COLOR = '#0b3d66'

export interface ShapeStyle {
  color: string
  weight: number
  opacity: number
  fillColor: string
  fillOpacity: number
  dashArray: string | undefined
}

/**
 * Lines weigh 3, areas are filled faintly in the category colour; approximate shapes are dashed;
 * the selected or hovered event's shape stands out, events outside the timeline window fade.
 */
export function shapeStyle(kind: ShapePart['kind'], color: string, state: ShapeState, approximate: boolean): ShapeStyle {
  const base = kind === 'line' ? 3 : 2
  const emphasis = state === 'selected' ? 2 : state === 'hovered' ? 1 : 0
  return {
    color: state === 'selected' ? SELECTED_COLOR : color,
    weight: base + emphasis,
    opacity: state === 'outside' ? 0.35 : 0.9,
    fillColor: color,
    fillOpacity: kind === 'point' ? (state === 'outside' ? 0.25 : 0.7) : state === 'outside' ? 0.05 : emphasis > 0 ? 0.28 : 0.14,
    dashArray: approximate ? (kind === 'point' ? '3 3' : '8 6') : undefined,
  }
}
