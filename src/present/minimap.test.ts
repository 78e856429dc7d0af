import { describe, expect, it } from 'vitest'
import type { FeatureCollection } from 'geojson'
import { clipRing, countryPaths, frameAround, ringsToPath, type Point } from './minimap'

describe('frameAround', () => {
  it('puts the centre point in the middle of the frame', () => {
    const frame = frameAround(30.52, 50.45, { width: 200, height: 100 })
    const [x, y] = frame.project(30.52, 50.45)
    expect(x).toBeCloseTo(100)
    expect(y).toBeCloseTo(50)
  })
  it('east is right, north is up, and the bounds are the frame’s edges', () => {
    const frame = frameAround(10, 50, { width: 200, height: 100, lonSpan: 20 })
    expect(frame.project(15, 50)[0]).toBeGreaterThan(100)
    expect(frame.project(10, 55)[1]).toBeLessThan(50)
    expect(frame.bounds.west).toBeCloseTo(0)
    expect(frame.bounds.east).toBeCloseTo(20)
    expect(frame.project(10, frame.bounds.north)[1]).toBeCloseTo(0)
    expect(frame.project(10, frame.bounds.south)[1]).toBeCloseTo(100)
  })
})

describe('clipRing', () => {
  const square: Point[] = [
    [-10, -10],
    [10, -10],
    [10, 10],
    [-10, 10],
  ]
  it('keeps a ring inside the rectangle as it is', () => {
    expect(clipRing(square, -20, -20, 20, 20)).toEqual(square)
  })
  it('cuts a ring to the rectangle', () => {
    const clipped = clipRing(square, 0, 0, 100, 100)
    expect(clipped).toHaveLength(4)
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThanOrEqual(10)
      expect(y).toBeLessThanOrEqual(10)
    }
  })
  it('drops a ring outside the rectangle', () => {
    expect(clipRing(square, 50, 50, 60, 60)).toEqual([])
  })
})

describe('countryPaths', () => {
  const countries: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Near' },
        geometry: { type: 'Polygon', coordinates: [[[28, 48], [34, 48], [34, 53], [28, 53], [28, 48]]] },
      },
      {
        type: 'Feature',
        properties: { name: 'Far' },
        geometry: { type: 'MultiPolygon', coordinates: [[[[-80, 38], [-76, 38], [-76, 40], [-80, 38]]]] },
      },
    ],
  }
  it('draws the countries in view and leaves out the others', () => {
    const paths = countryPaths(countries, frameAround(30.5, 50.5))
    expect(paths).toHaveLength(1)
    expect(paths[0]).toMatch(/^M[\d.,L-]+Z$/)
  })
  it('writes compact path data', () => {
    expect(
      ringsToPath([
        [
          [0, 0],
          [1.26, 0],
          [1, 1],
        ],
      ]),
    ).toBe('M0.0,0.0L1.3,0.0L1.0,1.0Z')
  })
})
