import { describe, expect, it } from 'vitest'
import coarse from 'world-atlas/countries-110m.json'
import detailed from 'world-atlas/countries-50m.json'
import { countriesFromTopology } from './basemap'
import { projectX, projectY, shapesFromTopology, type CountryShape } from './countryShapes'

// L.CRS.EPSG3857.latLngToPoint(latLng, 0) in Leaflet 1.9.4, read in the browser: the canvas basemap must put the
// outlines exactly where Leaflet puts the markers
const LEAFLET: [number, number, number, number][] = [
  [50.45, 30.52, 149.7031111111111, 86.32088100387573],
  [-33.87, 151.21, 235.52711111111108, 153.62464410199402],
  [89, -179.9, 0.07111111111113644, 5.452704954223009e-11],
  [0, 190, 263.1111111111111, 128],
]

describe('projectX / projectY', () => {
  it("match Leaflet's Web Mercator at zoom 0, polar latitudes clamped and longitudes past 180° kept", () => {
    for (const [lat, lon, x, y] of LEAFLET) {
      expect(projectX(lon)).toBeCloseTo(x, 9)
      expect(projectY(lat)).toBeCloseTo(y, 9)
    }
    expect(projectY(-90)).toBeCloseTo(256, 9)
  })
})

/** The reference: topojson-client's GeoJSON (basemap.ts), each ring projected point by point. */
function viaGeoJson(topology: Countries): CountryShape[] {
  return countriesFromTopology(topology).features.flatMap((feature) => {
    const geometry = feature.geometry
    const polygons = geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : []
    const rings = polygons.flat().map((ring) => Float32Array.from(ring.flatMap(([lon = 0, lat = 0]) => [projectX(lon), projectY(lat)])))
    if (!rings.length) return []
    const xs = rings.flatMap((ring) => [...ring].filter((_, i) => i % 2 === 0))
    const ys = rings.flatMap((ring) => [...ring].filter((_, i) => i % 2 === 1))
    return [{ rings, minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) }]
  })
}

type Countries = Parameters<typeof shapesFromTopology>[0]

describe('shapesFromTopology', () => {
  it("gives world-atlas's outlines exactly as the GeoJSON route does, at both resolutions", () => {
    for (const topology of [coarse, detailed] as unknown as Countries[]) {
      const shapes = shapesFromTopology(topology)
      expect(shapes.length).toBeGreaterThan(150)
      expect(shapes).toEqual(viaGeoJson(topology))
    }
  })

  // two unit squares side by side sharing an edge (arc 0), quantized and delta-encoded, plus a shape across the
  // antimeridian, a line and Antarctica
  const topology = {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [
      [[10, 0], [0, 10]], // the shared edge, (10,0) → (10,10)
      [[10, 10], [-10, 0], [0, -10], [10, 0]], // left square's other three sides
      [[10, 0], [10, 0], [0, 10], [-10, 0]], // right square's
      [[170, 60], [20, 0], [0, 5], [-20, 0], [0, -5]],
      [[0, -80], [10, 0], [0, 5], [-10, 0], [0, -5]],
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { name: 'left' } },
          { type: 'MultiPolygon', arcs: [[[2, ~0]]], properties: { name: 'right' } },
          { type: 'Polygon', arcs: [[3]], properties: { name: 'across' } },
          { type: 'LineString', arcs: [0], properties: { name: 'line' } },
          { type: 'Polygon', arcs: [[4]], properties: { name: 'Antarctica' } },
        ],
      },
    },
  } as unknown as Countries

  it('joins arcs, reversed ones reversed, and leaves out lines and Antarctica', () => {
    const shapes = shapesFromTopology(topology)
    expect(shapes).toEqual(viaGeoJson(topology))
    expect(shapes).toHaveLength(3)
    const rounded = (ring: Float32Array | undefined) => [...(ring ?? [])].map((v) => Math.round(v * 1000))
    // the right square walks the shared edge backwards: (20,0) (20,10) (10,10) then back down to (10,0)
    expect(rounded(shapes[1]?.rings[0]).slice(-4)).toEqual(rounded(Float32Array.from([projectX(10), projectY(10), projectX(10), projectY(0)])))
  })

  it('keeps a ring across the antimeridian in one piece, its box past 256 px', () => {
    const across = shapesFromTopology(topology)[2]
    expect(across?.minX).toBeCloseTo(projectX(170), 4)
    expect(across?.maxX).toBeCloseTo(projectX(190), 4)
    expect(across?.maxX).toBeGreaterThan(256)
    // y grows southwards
    expect(across?.minY).toBeCloseTo(projectY(65), 4)
    expect(across?.maxY).toBeCloseTo(projectY(60), 4)
  })
})
