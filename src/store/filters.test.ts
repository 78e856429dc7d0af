import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseDatasetText } from '../data/parse'
import { applyFilters, EMPTY_FILTERS, foldText, isFiltering, type Filters } from './filters'
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
