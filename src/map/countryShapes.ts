/**
 * Country outlines projected once, to Web Mercator pixels at zoom 0 (the world is 256 px wide), the way Leaflet's
 * EPSG:3857 projects them. The canvas basemap (src/map/CountriesLayer.ts) only scales and shifts these for each
 * view, where Leaflet's vector layers would project, clip and simplify every outline again on every zoom.
 */
import type { GeometryCollection, Topology } from 'topojson-specification'
import { unwrappedOffset } from './basemap'

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

type Countries = Topology<{ countries: GeometryCollection<{ name?: string }> }>

/** Each arc as absolute longitude, latitude pairs (world-atlas arcs are quantized and delta-encoded). */
function decodeArcs(topology: Countries): Float64Array[] {
  const transform = topology.transform
  const [kx, ky] = transform?.scale ?? [1, 1]
  const [dx, dy] = transform?.translate ?? [0, 0]
  return topology.arcs.map((arc) => {
    const out = new Float64Array(arc.length * 2)
    let x = 0
    let y = 0
    arc.forEach((position, k) => {
      const px = position[0] ?? 0
      const py = position[1] ?? 0
      if (transform) {
        x += px
        y += py
        out[k * 2] = x * kx + dx
        out[k * 2 + 1] = y * ky + dy
      } else {
        out[k * 2] = px
        out[k * 2 + 1] = py
      }
    })
    return out
  })
}

/**
 * A ring's points as topojson-client's feature() joins its arcs (the shared end point once, reversed arcs
 * reversed, at least four points), with the longitudes unwrapped as src/map/basemap.ts's unwrapRing does
 * (unwrappedOffset), projected.
 */
function projectRing(arcs: readonly Float64Array[], indexes: readonly number[]): Float32Array {
  const lonLat: number[] = []
  for (const index of indexes) {
    const arc = arcs[index < 0 ? ~index : index]
    if (!arc) continue
    if (lonLat.length) lonLat.length -= 2
    const from = lonLat.length
    for (const value of arc) lonLat.push(value)
    if (index < 0) {
      for (let i = from, j = lonLat.length - 2; i < j; i += 2, j -= 2) {
        const [lon, lat] = [lonLat[i] ?? 0, lonLat[i + 1] ?? 0]
        lonLat[i] = lonLat[j] ?? 0
        lonLat[i + 1] = lonLat[j + 1] ?? 0
        lonLat[j] = lon
        lonLat[j + 1] = lat
      }
    }
  }
  while (lonLat.length > 0 && lonLat.length < 8) lonLat.push(lonLat[0] ?? 0, lonLat[1] ?? 0)
  const flat = new Float32Array(lonLat.length)
  let offset = 0
  let previous: number | undefined
  for (let i = 0; i < lonLat.length; i += 2) {
    const lon = lonLat[i] ?? 0
    offset = unwrappedOffset(previous, lon, offset)
    previous = lon
    flat[i] = projectX(lon + offset)
    flat[i + 1] = projectY(lonLat[i + 1] ?? 0)
  }
  return flat
}

/**
 * The countries of a world-atlas topology, projected: the same outlines as src/map/basemap.ts's
 * countriesFromTopology (Antarctica left out, antimeridian rings unwrapped), straight from the arcs, without the
 * GeoJSON in between (a fifth of the time, and far less garbage, on a first visit).
 */
export function shapesFromTopology(topology: Countries): CountryShape[] {
  const arcs = decodeArcs(topology)
  const shapes: CountryShape[] = []
  for (const geometry of topology.objects.countries.geometries) {
    if ((geometry.properties as { name?: string } | undefined)?.name === 'Antarctica') continue
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : []
    const rings = polygons.flatMap((polygon) => polygon.map((ring) => projectRing(arcs, ring))).filter((ring) => ring.length >= 6)
    if (!rings.length) continue
    let minX = Infinity
    let minY = Infinity
    let maxX = -Infinity
    let maxY = -Infinity
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i += 2) {
        const x = ring[i] ?? 0
        const y = ring[i + 1] ?? 0
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }
    }
    shapes.push({ rings, minX, minY, maxX, maxY })
  }
  return shapes
}
