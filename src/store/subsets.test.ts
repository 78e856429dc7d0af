import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import type { ChronoEvent } from '../data/model'
import { parseDatasetText } from '../data/parse'
import { clusterInput, subsetClusterInput } from '../map/clusterInput'
import { noteSubset, parentOf, subsetPositions } from './subsets'

const events = parseDatasetText(readFileSync(new URL('../../data/events-2022-10.json', import.meta.url), 'utf8')).dataset!.events

describe('subsets', () => {
  it('remembers which array another was filtered from', () => {
    const subset = events.filter((e) => e.category === 'diplomacy')
    expect(parentOf(subset)).toBeUndefined()
    noteSubset(subset, events)
    expect(parentOf(subset)).toBe(events)
    noteSubset(events, events)
    expect(parentOf(events)).toBeUndefined()
  })

  it("gives each parent position's position in the subset, or null for an array that is not the parent filtered in order", () => {
    const [a, b, c, d] = events as [ChronoEvent, ChronoEvent, ChronoEvent, ChronoEvent]
    expect([...subsetPositions([a, b, c, d], [b, d])!]).toEqual([-1, 0, -1, 1])
    expect([...subsetPositions([a, b, c, d], [])!]).toEqual([-1, -1, -1, -1])
    expect(subsetPositions([a, b, c, d], [d, b])).toBeNull()
    expect(subsetPositions([a, b], [a, c])).toBeNull()
  })

  it("makes a filtered array's cluster input from its parent's: the same points, positions and details as its own", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }), (keep) => {
        const subset = events.filter((_, i) => keep[i])
        const direct = clusterInput(subset)
        const derived = subsetClusterInput(clusterInput(events), subsetPositions(events, subset)!)
        const points = (input: typeof direct) =>
          Array.from(input.position, (position, k) => [position, input.lon[k], input.lat[k], input.categoryIds[input.category[k]!], input.spanStart[k], input.spanEnd[k]])
        expect(points(derived)).toEqual(points(direct))
      }),
      { numRuns: 200 },
    )
  })
})
