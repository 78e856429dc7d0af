import { describe, expect, it } from 'vitest'
import type { FeatureCollection } from 'geojson'
import { projectCountries, projectX, projectY } from './countryShapes'

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

describe('projectCountries', () => {
  const square = (lon: number, lat: number, size: number) => [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ]
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'one' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 10), square(2, 2, 2)] } },
      { type: 'Feature', properties: { name: 'two' }, geometry: { type: 'MultiPolygon', coordinates: [[square(170, 60, 5)], [square(180, 60, 10)]] } },
      { type: 'Feature', properties: { name: 'line' }, geometry: { type: 'LineString', coordinates: square(0, 0, 1) } },
      { type: 'Feature', properties: { name: 'none' }, geometry: null as unknown as FeatureCollection['features'][number]['geometry'] },
    ],
  }
  const shapes = projectCountries(collection)

  it('keeps every ring of every polygon as flat x,y pairs and leaves out shapes without area', () => {
    expect(shapes).toHaveLength(2)
    expect(shapes[0]?.rings.map((r) => r.length)).toEqual([10, 10])
    expect(shapes[1]?.rings).toHaveLength(2)
    expect(shapes[0]?.rings[0]?.[0]).toBeCloseTo(128, 4)
    expect(shapes[0]?.rings[0]?.[1]).toBeCloseTo(128, 4)
    expect(shapes[0]?.rings[0]?.[2]).toBeCloseTo(projectX(10), 4)
  })

  it('gives each shape the box of all its rings, past the antimeridian included', () => {
    const two = shapes[1]
    expect(two?.minX).toBeCloseTo(projectX(170), 4)
    expect(two?.maxX).toBeCloseTo(projectX(190), 4)
    expect(two?.maxX).toBeGreaterThan(256)
    // y grows southwards
    expect(two?.minY).toBeCloseTo(projectY(70), 4)
    expect(two?.maxY).toBeCloseTo(projectY(60), 4)
  })
})
