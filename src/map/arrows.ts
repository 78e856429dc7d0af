/**
 * Relation arrows: which related events get one, which way it points, and its outline in
 * pixels. Pure: no Leaflet here, so it is tested in Node; RelationArrows.tsx projects.
 */
import type { ChronoEvent } from '../data/model'
import type { Relation } from '../data/schema'

export interface LatLon {
  lat: number
  lon: number
}

export interface RelationArrow {
  /** the tail: the cause, or for context the selected event */
  from: string
  /** the head: the effect, or for context the related event */
  to: string
  /** as written on the selected event */
  relation: Relation
  /** the related event, the one a click on the arrow selects */
  otherId: string
  /** false for context: a dashed line without head */
  directed: boolean
  fromPos: LatLon
  toPos: LatLon
}

function samePlace(a: LatLon, b: LatLon): boolean {
  return Math.abs(a.lat - b.lat) < 1e-9 && Math.abs(a.lon - b.lon) < 1e-9
}

/**
 * One arrow per related event that is shown (lookup finds it) and has a place, from cause to effect.
 * On the selected event X, `{id: Y, relation: 'cause'}` means Y caused X: Y → X; `'response'` means
 * Y responded to X: X → Y; `'context'` has no direction and is drawn X — Y. Related events at X's
 * very coordinates get none: a zero-length arrow shows nothing (the detail panel lists them).
 */
export function relationArrows(selected: ChronoEvent, lookup: (id: string) => ChronoEvent | undefined): RelationArrow[] {
  const here = selected.place
  if (!here) return []
  const arrows: RelationArrow[] = []
  const seen = new Set<string>()
  for (const { id, relation } of selected.related) {
    const other = lookup(id)
    const there = other?.place
    if (!other || !there || other.id === selected.id || samePlace(here, there)) continue
    const key = `${relation} ${id}`
    if (seen.has(key)) continue
    seen.add(key)
    const inward = relation === 'cause'
    arrows.push({
      from: inward ? other.id : selected.id,
      to: inward ? selected.id : other.id,
      relation,
      otherId: other.id,
      directed: relation !== 'context',
      fromPos: inward ? { lat: there.lat, lon: there.lon } : { lat: here.lat, lon: here.lon },
      toPos: inward ? { lat: here.lat, lon: here.lon } : { lat: there.lat, lon: there.lon },
    })
  }
  return arrows
}

export interface Point {
  x: number
  y: number
}

export interface ArrowOptions {
  /** pixels left free at the tail, e.g. the marker's radius */
  fromInset: number
  /** pixels left free at the head */
  toInset: number
  /** with an arrowhead at the `to` end */
  head: boolean
  headLength: number
  headWidth: number
}

export interface ArrowOutline {
  /** the shaft; with a head it ends at the head's base, so the stroke does not poke through the tip */
  line: [Point, Point]
  /** tip, then the two base corners */
  head: [Point, Point, Point] | null
}

/** Visible pixels kept when the ends are so close that the insets would swallow the arrow. */
const MIN_SHAFT = 4

/**
 * The arrow between two points in pixel space (y down, as Leaflet's layer points), shortened by the
 * insets at both ends, with a triangle at the `to` end. Null when both points coincide. When the
 * points are close the insets shrink first, then the head, so an arrow never turns round.
 */
export function arrowOutline(from: Point, to: Point, options: ArrowOptions): ArrowOutline | null {
  const dx = to.x - from.x
  const dy = to.y - from.y
  const length = Math.hypot(dx, dy)
  if (!(length > 1e-6)) return null
  const ux = dx / length
  const uy = dy / length
  const wanted = options.head ? options.headLength + MIN_SHAFT : MIN_SHAFT
  const insets = options.fromInset + options.toInset
  const scale = insets > 0 && length - insets < wanted ? Math.max(0, (length - wanted) / insets) : 1
  const start = { x: from.x + ux * options.fromInset * scale, y: from.y + uy * options.fromInset * scale }
  const tip = { x: to.x - ux * options.toInset * scale, y: to.y - uy * options.toInset * scale }
  if (!options.head) return { line: [start, tip], head: null }

  const shaft = Math.hypot(tip.x - start.x, tip.y - start.y)
  const headLength = Math.min(options.headLength, shaft * 0.6)
  const halfWidth = (options.headWidth / 2) * (headLength / options.headLength)
  const base = { x: tip.x - ux * headLength, y: tip.y - uy * headLength }
  // the normal (-uy, ux) gives the two base corners
  const left = { x: base.x - uy * halfWidth, y: base.y + ux * halfWidth }
  const right = { x: base.x + uy * halfWidth, y: base.y - ux * halfWidth }
  return { line: [start, base], head: [tip, left, right] }
}
