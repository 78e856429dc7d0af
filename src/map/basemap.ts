import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson'

/**
 * world-atlas rings that cross the antimeridian (Russia, Fiji) jump from +180 to −180
 * inside one ring; Leaflet draws planar paths, so that jump becomes a stripe across the
 * whole map. Shifting by ±360 keeps consecutive longitudes continuous.
 */
export function unwrapRing(ring: Position[]): Position[] {
  let offset = 0
  let previous: number | undefined
  return ring.map(([lon = 0, lat = 0]) => {
    offset = unwrappedOffset(previous, lon, offset)
    previous = lon
    return [lon + offset, lat]
  })
}

/** The shift (a multiple of 360) that keeps `lon` continuous with the ring's previous longitude. */
export function unwrappedOffset(previous: number | undefined, lon: number, offset: number): number {
  if (previous === undefined) return offset
  if (lon - previous > 180) return offset - 360
  if (lon - previous < -180) return offset + 360
  return offset
}

function unwrapGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) }
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) }
  return geometry
}

/** Countries as GeoJSON, stripe-free; Antarctica, a pole-wrapping ring nobody here needs, is left out. */
export function countriesFromTopology(topology: Topology<{ countries: GeometryCollection }>): FeatureCollection {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection
  return {
    type: 'FeatureCollection',
    features: collection.features
      .filter((f) => f.properties?.['name'] !== 'Antarctica')
      .map((f): Feature => (f.geometry ? { ...f, geometry: unwrapGeometry(f.geometry) } : f)),
  }
}
