import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import type { ChronoEvent, LocalizedText } from '../data/model'
import { inIdleSlices } from '../lib/idle'
import { parseDatasetText } from '../data/parse'
import { applyFilters, EMPTY_FILTERS, foldText, isFiltering, prepareSearchTexts, searchTextOf, searchTextsMade, type Filters } from './filters'
import { countFacets } from './selectors'

const { dataset } = parseDatasetText(readFileSync(new URL('../../data/events-2022-10.json', import.meta.url), 'utf8'))
const events = dataset!.events
const ids = (filters: Partial<Filters>) => applyFilters(events, { ...EMPTY_FILTERS, ...filters }).map((e) => e.id)

describe('applyFilters', () => {
  it('returns the same array when nothing filters', () => {
    expect(applyFilters(events, EMPTY_FILTERS)).toBe(events)
    expect(isFiltering(EMPTY_FILTERS)).toBe(false)
  })
  it('keeps the chosen categories', () => {
    const kept = ids({ categories: ['sabotage', 'intelligence'] })
    expect(kept.length).toBe(events.filter((e) => e.category === 'sabotage' || e.category === 'intelligence').length)
    expect(kept).toContain('fleming-rusi-2022-10-11')
  })
  it('keeps events with any chosen tag', () => {
    const tag = countFacets(events).tags[0]![0]
    expect(ids({ tags: [tag] }).length).toBe(events.filter((e) => e.tags.includes(tag)).length)
  })
  it('searches both languages, places and sources, ignoring case and diacritics', () => {
    expect(ids({ search: 'kyjiw' })).toContain('strike-kyiv-2022-10-10')
    expect(ids({ search: 'KYIV' })).toContain('strike-kyiv-2022-10-10')
    expect(ids({ search: 'przewodow' })).toEqual(['przewodow-explosion-2022-11-15'])
    expect(ids({ search: 'kyivpost.com' })).toContain('strike-kyiv-2022-10-10')
    // every word must match
    expect(ids({ search: 'lviv blackout nonsenseword' })).toEqual([])
  })
  it('keeps events whose span touches the date range', () => {
    const kept = ids({ from: Date.UTC(2022, 9, 20), to: Date.UTC(2022, 9, 21) })
    expect(kept).toContain('steadfast-noon-2022')
    expect(kept).not.toContain('strike-kyiv-2022-10-10')
  })
  it('combines filters', () => {
    const kept = applyFilters(events, { ...EMPTY_FILTERS, categories: ['missile-strike'], search: 'lviv', to: Date.UTC(2022, 9, 10, 23) })
    expect(kept.map((e) => e.id)).toContain('strike-lviv-2022-10-10')
    expect(kept.map((e) => e.id)).not.toContain('lviv-blackout-2022-10-11')
    expect(kept.every((e) => e.category === 'missile-strike' && e.spanStart <= Date.UTC(2022, 9, 10, 23))).toBe(true)
  })
})

describe('foldText', () => {
  it('folds case and diacritics', () => expect(foldText('Przewodów ÜBUNG')).toBe('przewodow ubung'))
})

/** The fold as it was written first, for every text: decomposed, marks removed, lower case. */
const foldSlowly = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

describe('foldText, quickly', () => {
  it('folds any text exactly as decomposing it would, ASCII or not', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('Kyjiw – Angriff', 'ÄÖÜ ß é', 'plain ASCII 123 :/?')), (text) => {
      expect(foldText(text)).toBe(foldSlowly(text))
    }), { numRuns: 500 })
  })
})

describe('searchTextOf', () => {
  /** The search text as it was first written: parts in an array, joined. */
  const all = (text: LocalizedText | undefined) => (text ? Object.values(text).join(' ') : '')
  const reference = (event: ChronoEvent) =>
    foldSlowly(
      [
        all(event.title),
        all(event.summary),
        event.place ? `${all(event.place.name)} ${all(event.place.detail)}` : '',
        ...event.sources.map((s) => `${s.publisher} ${s.title ?? ''} ${s.url ?? ''}`),
        event.tags.join(' '),
      ].join('\n'),
    )

  it('is the text a search looks in: title, summary, place, sources and tags in every language, folded', () => {
    for (const event of events) expect(searchTextOf(event)).toBe(reference(event))
    const text = fc.dictionary(fc.constantFrom('de', 'en', 'und', 'uk'), fc.string(), { minKeys: 1, maxKeys: 3 })
    const source = fc.record({ publisher: fc.string(), title: fc.option(fc.string(), { nil: undefined }), url: fc.option(fc.webUrl(), { nil: undefined }) })
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), fc.option(fc.record({ name: text, detail: fc.option(text, { nil: undefined }) }), { nil: undefined }), fc.array(source, { maxLength: 3 }), fc.array(fc.string(), { maxLength: 3 }), (title, summary, place, sources, tags) => {
        const event = { ...events[0]!, title, summary, place: place && { ...events[0]!.place!, ...place }, sources, tags }
        expect(searchTextOf(event)).toBe(reference(event))
      }),
      { numRuns: 300 },
    )
  })
})

describe('prepareSearchTexts', () => {
  it('prepares in slices while the page is idle, and the search then finds the same events', () => {
    vi.useFakeTimers()
    try {
      const many = Array.from({ length: 3000 }, (_, k) => ({ ...events[k % events.length]!, id: `e${k}` }))
      prepareSearchTexts(many)
      // nothing in the call's own task: the page may be drawing the dataset
      expect(searchTextsMade(many)).toBe(0)
      vi.runAllTimers()
      expect(searchTextsMade(many)).toBe(many.length)
      const expected = many.filter((e) => searchTextOf(e).includes('kyjiw'))
      expect(expected.length).toBeGreaterThan(0)
      expect(applyFilters(many, { ...EMPTY_FILTERS, search: 'kyjiw' })).toEqual(expected)
      // a newer dataset's preparation replaces an unfinished one
      const first = [...many]
      const second = [...many]
      prepareSearchTexts(first)
      prepareSearchTexts(second)
      vi.runAllTimers()
      expect(searchTextsMade(first)).toBe(0)
      expect(searchTextsMade(second)).toBe(many.length)
    } finally {
      vi.useRealTimers()
    }
  })

  it('inIdleSlices calls its step until it is done, and not after a cancel', () => {
    vi.useFakeTimers()
    try {
      let calls = 0
      inIdleSlices(() => ++calls === 3)
      vi.runAllTimers()
      expect(calls).toBe(3)
      let more = 0
      const cancel = inIdleSlices(() => {
        more++
        return false
      })
      vi.advanceTimersByTime(0)
      cancel()
      vi.runAllTimers()
      expect(more).toBe(1)
    } finally {
      vi.useRealTimers()
    }
  })
})
