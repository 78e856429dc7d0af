import { describe, expect, it } from 'vitest'
import { shapeParts, shapeStyle, SELECTED_COLOR } from './shapes'

describe('shapeParts', () => {
  it('swaps GeoJSON [lon, lat] to [lat, lon]', () => {
    expect(shapeParts({ type: 'Point', coordinates: [15.41, 54.8767] })).toEqual([{ kind: 'point', position: [54.8767, 15.41] }])
  })

  it('gives each point of a MultiPoint its own part', () => {
    expect(
      shapeParts({
        type: 'MultiPoint',
        coordinates: [
          [15.7, 55.54],
          [15.4, 54.9, 0],
        ],
      }),
    ).toEqual([
      { kind: 'point', position: [55.54, 15.7] },
      { kind: 'point', position: [54.9, 15.4] },
    ])
  })

  it('keeps the lines of a MultiLineString and the rings of a polygon together', () => {
    expect(
      shapeParts({
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 1],
            [2, 3],
          ],
          [
            [4, 5],
            [6, 7],
          ],
        ],
      }),
    ).toEqual([
      {
        kind: 'line',
        lines: [
          [
            [1, 0],
            [3, 2],
          ],
          [
            [5, 4],
            [7, 6],
          ],
        ],
      },
    ])
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]
    const [area] = shapeParts({ type: 'MultiPolygon', coordinates: [[ring], [ring, ring]] })
    expect(area?.kind).toBe('area')
    expect(area?.kind === 'area' && area.polygons.map((p) => p.length)).toEqual([1, 2])
    expect(area?.kind === 'area' && area.polygons[0]?.[0]?.[1]).toEqual([0, 1])
  })

  it('turns a LineString and a Polygon into one part each', () => {
    expect(
      shapeParts({
        type: 'LineString',
        coordinates: [
          [30, 50],
          [36, 45],
        ],
      }),
    ).toEqual([
      {
        kind: 'line',
        lines: [
          [
            [50, 30],
            [45, 36],
          ],
        ],
      },
    ])
  })
})

describe('shapeStyle', () => {
  it('draws lines at weight 3 and fills areas faintly, in the category colour', () => {
    expect(shapeStyle('line', '#cc79a7', 'normal', false)).toMatchObject({ color: '#cc79a7', weight: 3, dashArray: undefined })
    const area = shapeStyle('area', '#cc79a7', 'normal', false)
    expect(area.fillColor).toBe('#cc79a7')
    expect(area.fillOpacity).toBeLessThan(0.3)
  })

  it('dashes approximate shapes', () => {
    expect(shapeStyle('area', '#cc79a7', 'normal', true).dashArray).toBeTruthy()
    expect(shapeStyle('line', '#cc79a7', 'selected', true).dashArray).toBeTruthy()
  })

  it('highlights selected and hovered shapes and fades those outside the window', () => {
    const normal = shapeStyle('area', '#cc79a7', 'normal', false)
    const hovered = shapeStyle('area', '#cc79a7', 'hovered', false)
    const selected = shapeStyle('area', '#cc79a7', 'selected', false)
    const outside = shapeStyle('area', '#cc79a7', 'outside', false)
    expect(hovered.weight).toBeGreaterThan(normal.weight)
    expect(selected.weight).toBeGreaterThan(hovered.weight)
    expect(selected.color).toBe(SELECTED_COLOR)
    expect(selected.fillOpacity).toBeGreaterThan(normal.fillOpacity)
    expect(outside.opacity).toBeLessThan(normal.opacity)
    expect(outside.fillOpacity).toBeLessThan(normal.fillOpacity)
  })
})
