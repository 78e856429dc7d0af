/**
 * The geometry of the category marks: one shape per category, so categories differ by shape as well as by
 * colour (readers who cannot tell the colours apart). The map markers, the swatches in the legend, list and
 * panels, the timeline and the handout's mini maps all draw their mark from here.
 */
import type { Shape } from '../data/schema'

type Point = readonly [number, number]

/** A regular polygon (or star) on the unit circle, first corner straight up; y grows downwards as in SVG. */
function regular(corners: number, startDeg = -90, innerRatio?: number): Point[] {
  const count = innerRatio === undefined ? corners : corners * 2
  const points: Point[] = []
  for (let k = 0; k < count; k++) {
    const angle = ((startDeg + (360 / count) * k) * Math.PI) / 180
    const radius = innerRatio !== undefined && k % 2 === 1 ? innerRatio : 1
    points.push([Math.cos(angle) * radius, Math.sin(angle) * radius])
  }
  return points
}

/**
 * Outlines on the unit circle, and how much of the mark's box each fills. A square filling the whole box looks
 * heavier than a circle of the same width, so it is drawn a little smaller; the pointed shapes fill the box.
 */
const OUTLINES: Record<Exclude<Shape, 'circle'>, { points: Point[]; fill: number }> = {
  square: { points: regular(4, -45), fill: 0.86 },
  diamond: { points: regular(4, -90), fill: 1 },
  triangle: { points: regular(3, -90), fill: 1 },
  'triangle-down': { points: regular(3, 90), fill: 1 },
  pentagon: { points: regular(5, -90), fill: 1 },
  hexagon: { points: regular(6, -90), fill: 0.96 },
  star: { points: regular(5, -90, 0.5), fill: 1 },
}

const round = (n: number) => Math.round(n * 100) / 100

/**
 * The outline's corners in a square box of `size` (user units = pixels), kept `inset` away from every edge (room
 * for a stroke, which SVG draws centred on the outline). The shape is scaled to its own bounding box and centred,
 * so a triangle is as tall as a circle is wide. The circle has no corners: `null`.
 */
export function markPoints(shape: Shape, size: number, inset = 0): Point[] | null {
  if (shape === 'circle') return null
  const { points, fill } = OUTLINES[shape]
  const xs = points.map(([x]) => x)
  const ys = points.map(([, y]) => y)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const room = (size - 2 * inset) * fill
  const scale = room / Math.max(maxX - minX, maxY - minY)
  const centre = size / 2
  const midX = (minX + maxX) / 2
  const midY = (minY + maxY) / 2
  return points.map(([x, y]) => [round(centre + (x - midX) * scale), round(centre + (y - midY) * scale)] as const)
}

/** The mark as an SVG path (`d`) in a box of `size`, `inset` away from its edges. */
export function markPath(shape: Shape, size: number, inset = 0): string {
  const points = markPoints(shape, size, inset)
  if (!points) {
    const c = round(size / 2)
    const r = round(size / 2 - inset)
    // two half-circle arcs: one arc cannot start and end at the same point
    return `M${round(c - r)} ${c}A${r} ${r} 0 1 0 ${round(c + r)} ${c}A${r} ${r} 0 1 0 ${round(c - r)} ${c}Z`
  }
  return `M${points.map(([x, y]) => `${x} ${y}`).join('L')}Z`
}

