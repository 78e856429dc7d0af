import { describe, expect, it } from 'vitest'
import type { ChronoEvent } from '../data/model'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'
import { countFacets, facetsOf, isInWindow, LazyEventIndex, selectFullWindow, selectPlaceBounds, selectVisibleEventIds } from './selectors'

const dataset = validateDataset(minimalDataset()).dataset!
const byId = (id: string) => dataset.events.find((e) => e.id === id)!

describe('window queries', () => {
  it('everything is visible without a window', () => {
    expect(selectVisibleEventIds(dataset.events, null).size).toBe(3)
  })
  it('a point event is visible when its instant is inside', () => {
    const window = { start: Date.UTC(2022, 9, 10, 5), end: Date.UTC(2022, 9, 10, 6) }
    expect(isInWindow(byId('a'), window)).toBe(true)
    expect(isInWindow(byId('a'), { start: Date.UTC(2022, 9, 10, 6), end: Date.UTC(2022, 9, 10, 7) })).toBe(false)
  })
  it('a day event is visible anywhere in its local day', () => {
    // b: 10 Oct in Washington = 04:00Z 10 Oct to 04:00Z 11 Oct
    expect(isInWindow(byId('b'), { start: Date.UTC(2022, 9, 11, 3), end: Date.UTC(2022, 9, 12) })).toBe(true)
    expect(isInWindow(byId('b'), { start: Date.UTC(2022, 9, 11, 5), end: Date.UTC(2022, 9, 12) })).toBe(false)
  })
  it('a range is visible when the window overlaps any part of it', () => {
    const ids = selectVisibleEventIds(dataset.events, { start: Date.UTC(2022, 9, 20), end: Date.UTC(2022, 9, 21) })
    expect([...ids]).toEqual(['c'])
  })
})

describe('dataset summaries', () => {
  it('bounds cover placed events only', () => {
    expect(selectPlaceBounds(dataset.events)).toEqual([
      [38.9, -77.04],
      [50.45, 30.52],
    ])
    expect(selectPlaceBounds([byId('c')])).toBeNull()
  })
  it('the full window includes every span with a margin', () => {
    const window = selectFullWindow(dataset.events)!
    expect(window.start).toBeLessThan(byId('b').spanStart)
    expect(window.end).toBeGreaterThan(byId('c').spanEnd)
  })
  it('counts events per category', () => {
    expect(countFacets(dataset.events).categories).toEqual(
      new Map([
        ['strike', 2],
        ['statement', 1],
      ]),
    )
  })
})

describe('facets', () => {
  it('counts categories, tags (most used first, then by name) and events without a place in one pass', () => {
    const event = (category: string, tags: string[], place: boolean) => ({ category, tags, ...(place ? { place: {} } : {}) }) as unknown as ChronoEvent
    const facets = countFacets([event('a', ['x', 'y'], true), event('b', ['y'], false), event('a', [], false), event('a', ['z'], true)])
    expect([...facets.categories]).toEqual([['a', 3], ['b', 1]])
    expect(facets.tags).toEqual([['y', 2], ['x', 1], ['z', 1]])
    expect(facets.withoutPlace).toBe(2)
  })
})

describe('facetsOf', () => {
  it('counts an events array once, however often it is asked', () => {
    const events = [...dataset.events]
    const first = facetsOf(events)
    expect(facetsOf(events)).toBe(first)
    expect(first).toEqual(countFacets(events))
    expect(facetsOf([...events])).not.toBe(first)
  })
})

describe('LazyEventIndex', () => {
  it('reads no event until the first lookup, then finds each by id', () => {
    let reads = 0
    const events = new Proxy([...dataset.events], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    const index = new LazyEventIndex(events)
    expect(reads).toBe(0)
    expect(index.get('b')).toBe(byId('b'))
    expect(reads).toBe(dataset.events.length)
    expect(index.has('a')).toBe(true)
    expect(index.has('nope')).toBe(false)
    expect(index.get('nope')).toBeUndefined()
    // indexed once
    index.warm()
    expect(reads).toBe(dataset.events.length)
  })
})
