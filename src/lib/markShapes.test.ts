import { describe, expect, it } from 'vitest'
import { SHAPES, type Shape } from '../data/schema'
import { markPath, markPoints } from './markShapes'

/** The numbers of a path, as [x, y] pairs where the command takes points (M, L) or its end point (A). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = []
  for (const [, command, args] of d.matchAll(/([MLAZ])([^MLAZ]*)/g)) {
    const n = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number)
    if (command === 'M' || command === 'L') points.push([n[0]!, n[1]!])
    if (command === 'A') points.push([n[5]!, n[6]!])
  }
  return points
}

/** Twice the signed area of a simple polygon (shoelace). */
function area(points: readonly (readonly [number, number])[]): number {
  let sum = 0
  points.forEach(([x, y], k) => {
    const [nx, ny] = points[(k + 1) % points.length]!
    sum += x * ny - nx * y
  })
  return Math.abs(sum) / 2
}

describe('markPath', () => {
  it.each(SHAPES.map((shape) => [shape]))('%s is one closed SVG path inside its box', (shape: Shape) => {
    for (const [size, inset] of [
      [16, 1],
      [26, 5.5],
      [12, 0],
    ] as const) {
      const d = markPath(shape, size, inset)
      expect(d).toMatch(/^M[\d. ]+((L|A)[\d. ]+)+Z$/)
      const points = pathPoints(d)
      expect(points.length).toBeGreaterThanOrEqual(3)
      for (const [x, y] of points) {
        expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true)
        expect(x).toBeGreaterThanOrEqual(inset - 0.01)
        expect(x).toBeLessThanOrEqual(size - inset + 0.01)
        expect(y).toBeGreaterThanOrEqual(inset - 0.01)
        expect(y).toBeLessThanOrEqual(size - inset + 0.01)
      }
    }
  })

  it('gives the eight shapes eight different outlines', () => {
    expect(SHAPES).toHaveLength(8)
    const paths = new Set(SHAPES.map((shape) => markPath(shape, 16, 1)))
    expect(paths.size).toBe(8)
    // different by corner count, not only by rotation or size, except for the pairs told apart by direction
    const corners = SHAPES.map((shape) => markPoints(shape, 16)?.length ?? 0)
    expect(corners).toEqual([0, 4, 4, 3, 3, 5, 6, 10])
  })

  it('draws the circle as two arcs around the centre', () => {
    expect(markPath('circle', 16, 1)).toBe('M1 8A7 7 0 1 0 15 8A7 7 0 1 0 1 8Z')
  })

  it('centres each shape and lets it fill its box in at least one direction', () => {
    for (const shape of SHAPES) {
      const points = markPoints(shape, 100)
      if (!points) continue
      const xs = points.map(([x]) => x)
      const ys = points.map(([, y]) => y)
      expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(50, 1)
      expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(50, 1)
      const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))
      expect(extent).toBeGreaterThan(85)
      expect(extent).toBeLessThanOrEqual(100)
      // no shape is a sliver: each covers at least a third of its box
      expect(area(points)).toBeGreaterThan(100 * 100 * 0.33)
    }
  })

  it('points the triangles opposite ways', () => {
    const up = markPoints('triangle', 100)!
    const down = markPoints('triangle-down', 100)!
    // the first corner is the apex: the topmost for the triangle, the lowest for triangle-down
    expect(up[0]![0]).toBe(50)
    expect(up[0]![1]).toBe(Math.min(...up.map(([, y]) => y)))
    expect(down[0]![0]).toBe(50)
    expect(down[0]![1]).toBe(Math.max(...down.map(([, y]) => y)))
    expect(up[0]![1]).toBeLessThan(down[0]![1])
  })
})
