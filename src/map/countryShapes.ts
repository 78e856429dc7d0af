/**
 * Country outlines projected once, to Web Mercator pixels at zoom 0 (the world is 256 px wide), the way Leaflet's
 * EPSG:3857 projects them. The canvas basemap (src/map/CountriesLayer.ts) only scales and shifts these for each
 * view, where Leaflet's vector layers would project, clip and simplify every outline again on every zoom.
 */
import type { FeatureCollection, Position } from 'geojson'

/** One country: its rings as flat x,y pairs, and its bounding box, all in zoom-0 pixels. */
export interface CountryShape {
  rings: Float32Array[]
  minX: number
  minY: number
  maxX: number
  maxY: number
}

/** Leaflet's L.Projection.SphericalMercator.MAX_LATITUDE */
const MAX_LATITUDE = 85.0511287798
const WORLD = 256
const DEGREE = Math.PI / 180

export function projectX(lon: number): number {
  return (WORLD * (lon + 180)) / 360
}

export function projectY(lat: number): number {
  const clamped = Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE)
  const sin = Math.sin(clamped * DEGREE)
  return WORLD * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))
}

function polygonsOf(geometry: FeatureCollection['features'][number]['geometry']): Position[][][] {
  if (!geometry) return []
  if (geometry.type === 'Polygon') return [geometry.coordinates]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates
  return []
}

/** Every feature with an area, projected; lines and points have none and are left out. */
export function projectCountries(collection: FeatureCollection): CountryShape[] {
  const shapes: CountryShape[] = []
  for (const feature of collection.features) {
    const rings: Float32Array[] = []
    let minX = Infinity
    let minY = Infinity
    let maxX = -Infinity
    let maxY = -Infinity
    for (const polygon of polygonsOf(feature.geometry)) {
      for (const ring of polygon) {
        if (ring.length < 3) continue
        const flat = new Float32Array(ring.length * 2)
        ring.forEach(([lon = 0, lat = 0], i) => {
          const x = projectX(lon)
          const y = projectY(lat)
          flat[i * 2] = x
          flat[i * 2 + 1] = y
          if (x < minX) minX = x
          if (x > maxX) maxX = x
          if (y < minY) minY = y
          if (y > maxY) maxY = y
        })
        rings.push(flat)
      }
    }
    if (rings.length) shapes.push({ rings, minX, minY, maxX, maxY })
  }
  return shapes
}
