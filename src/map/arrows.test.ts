import { describe, expect, it } from 'vitest'
import type { ChronoEvent } from '../data/model'
import type { Relation } from '../data/schema'
import { arrowOutline, relationArrows, type ArrowOptions, type Point } from './arrows'

function event(id: string, at: [number, number] | null, related: [string, Relation][] = []): ChronoEvent {
  return {
    id,
    record: 1,
    title: { en: id },
    start: { iso: '2022-10-10T00:00Z', ms: 0, offsetMinutes: 0, precision: 'day' },
    spanStart: 0,
    spanEnd: 86_399_999,
    timeApproximate: false,
    category: 'c',
    place: at ? { name: { en: id }, lat: at[0], lon: at[1], approximate: false } : undefined,
    sources: [],
    tags: [],
    related: related.map(([rid, relation]) => ({ id: rid, relation })),
    verificationNotes: [],
  }
}

function lookupIn(...events: ChronoEvent[]): (id: string) => ChronoEvent | undefined {
  const byId = new Map(events.map((e) => [e.id, e]))
  return (id) => byId.get(id)
}

describe('relationArrows', () => {
  const kyiv: [number, number] = [50.45, 30.52]
  const kerch = event('kerch', [45.3, 36.51])
  const biden = event('biden', [38.9, -77.04])
  const lviv = event('lviv', [49.84, 24.02])

  it('cause: from the related event to the selected one', () => {
    const strikes = event('strikes', kyiv, [['kerch', 'cause']])
    const [arrow] = relationArrows(strikes, lookupIn(strikes, kerch))
    expect(arrow).toMatchObject({ from: 'kerch', to: 'strikes', relation: 'cause', otherId: 'kerch', directed: true })
    expect(arrow?.fromPos).toEqual({ lat: 45.3, lon: 36.51 })
    expect(arrow?.toPos).toEqual({ lat: 50.45, lon: 30.52 })
  })

  it('response: from the selected event to the related one', () => {
    const strikes = event('strikes', kyiv, [['biden', 'response']])
    const [arrow] = relationArrows(strikes, lookupIn(strikes, biden))
    expect(arrow).toMatchObject({ from: 'strikes', to: 'biden', relation: 'response', otherId: 'biden', directed: true })
    expect(arrow?.fromPos).toEqual({ lat: 50.45, lon: 30.52 })
  })

  it('context: undirected, drawn from the selected event', () => {
    const strikes = event('strikes', kyiv, [['lviv', 'context']])
    expect(relationArrows(strikes, lookupIn(strikes, lviv))).toEqual([
      expect.objectContaining({ from: 'strikes', to: 'lviv', relation: 'context', otherId: 'lviv', directed: false }),
    ])
  })

  it('the two sides of one link give the same direction', () => {
    const strikes = event('strikes', kyiv, [['kerch', 'cause']])
    const bridge = event('kerch', [45.3, 36.51], [['strikes', 'response']])
    const lookup = lookupIn(strikes, bridge)
    const [fromStrikes] = relationArrows(strikes, lookup)
    const [fromBridge] = relationArrows(bridge, lookup)
    expect([fromStrikes?.from, fromStrikes?.to]).toEqual(['kerch', 'strikes'])
    expect([fromBridge?.from, fromBridge?.to]).toEqual(['kerch', 'strikes'])
  })

  it('leaves out related events that are filtered out, have no place or share the coordinates', () => {
    const sameSpot = event('kyiv-appeal', [...kyiv])
    const nowhere = event('nowhere', null)
    const strikes = event('strikes', kyiv, [
      ['kerch', 'cause'],
      ['kyiv-appeal', 'response'],
      ['nowhere', 'context'],
      ['missing', 'context'],
      ['lviv', 'context'],
    ])
    const arrows = relationArrows(strikes, lookupIn(strikes, kerch, sameSpot, nowhere))
    expect(arrows.map((a) => a.otherId)).toEqual(['kerch'])
  })

  it('draws nothing for a selected event without a place', () => {
    const placeless = event('placeless', null, [['kerch', 'cause']])
    expect(relationArrows(placeless, lookupIn(placeless, kerch))).toEqual([])
  })

  it('draws a link listed twice only once', () => {
    const strikes = event('strikes', kyiv, [
      ['kerch', 'cause'],
      ['kerch', 'cause'],
    ])
    expect(relationArrows(strikes, lookupIn(strikes, kerch))).toHaveLength(1)
  })
})

describe('arrowOutline', () => {
  const options: ArrowOptions = { fromInset: 10, toInset: 15, head: true, headLength: 12, headWidth: 10 }
  const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y)

  it('puts the tip at the target end, short of it by the inset', () => {
    const outline = arrowOutline({ x: 0, y: 0 }, { x: 100, y: 0 }, options)
    expect(outline?.line[0]).toEqual({ x: 10, y: 0 })
    expect(outline?.head?.[0]).toEqual({ x: 85, y: 0 })
  })

  it('ends the shaft at the head base, which is perpendicular to the shaft and centred on it', () => {
    const outline = arrowOutline({ x: 0, y: 0 }, { x: 0, y: 100 }, options)!
    const [tip, left, right] = outline.head!
    expect(outline.line[1]).toEqual({ x: 0, y: 73 })
    expect(distance(tip, outline.line[1])).toBeCloseTo(12)
    expect(distance(left, right)).toBeCloseTo(10)
    expect((left.x + right.x) / 2).toBeCloseTo(0)
    expect((left.y + right.y) / 2).toBeCloseTo(73)
    expect(distance(tip, left)).toBeCloseTo(distance(tip, right))
  })

  it('points along any direction', () => {
    const from = { x: 200, y: 50 }
    const to = { x: 50, y: 250 }
    const outline = arrowOutline(from, to, options)!
    const tip = outline.head![0]
    // the tip lies on the segment, toInset short of the target
    expect(distance(tip, to)).toBeCloseTo(15)
    expect(distance(from, tip) + distance(tip, to)).toBeCloseTo(distance(from, to))
  })

  it('has no head and no shortening for the head when undirected', () => {
    const outline = arrowOutline({ x: 0, y: 0 }, { x: 100, y: 0 }, { ...options, head: false })
    expect(outline).toEqual({ line: [{ x: 10, y: 0 }, { x: 85, y: 0 }], head: null })
  })

  it('shrinks the insets, then the head, when the ends are close, and never turns round', () => {
    for (const length of [40, 20, 8, 2, 0.5]) {
      const outline = arrowOutline({ x: 0, y: 0 }, { x: length, y: 0 }, options)!
      const [tip] = outline.head!
      expect(outline.line[0].x).toBeGreaterThanOrEqual(0)
      expect(outline.line[1].x).toBeGreaterThanOrEqual(outline.line[0].x)
      expect(tip.x).toBeGreaterThan(outline.line[1].x)
      expect(tip.x).toBeLessThanOrEqual(length)
    }
  })

  it('is null for a zero-length arrow', () => {
    expect(arrowOutline({ x: 3, y: 4 }, { x: 3, y: 4 }, options)).toBeNull()
  })
})
