import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDatasetText } from './parse'
import { loadFromText } from './pipeline'
import { neutraliseCell, toCsv, toGeoJson, toNativeJson } from './export'
import type { ChronoEvent } from './model'

const dataset = parseDatasetText(readFileSync(new URL('../../data/events-2022-10.json', import.meta.url), 'utf8')).dataset!
/** events without their position in the file, which an export may change */
const comparable = (events: readonly ChronoEvent[]) => events.map(({ record: _record, ...rest }) => rest)

describe('export → import gives back the same events', () => {
  it('native JSON', () => {
    const back = loadFromText(toNativeJson(dataset), { fileName: 'x.json' })
    expect(back.problems).toEqual([])
    expect(back.format).toBe('chronomap')
    expect(comparable(back.dataset!.events)).toEqual(comparable(dataset.events))
    expect(back.dataset!.categories).toEqual(dataset.categories)
    // the story (present mode's steps and speaker notes) goes along
    expect(dataset.story?.length).toBeGreaterThan(5)
    expect(back.dataset!.story).toEqual(dataset.story)
  })
  it('GeoJSON', () => {
    const back = loadFromText(toGeoJson(dataset), { fileName: 'x.geojson' })
    expect(back.format).toBe('geojson')
    expect(back.problems).toEqual([])
    expect(comparable(back.dataset!.events)).toEqual(comparable(dataset.events))
  })
  it('a filtered subset keeps only relations inside it', () => {
    const subset = dataset.events.filter((e) => e.category === 'sabotage')
    const back = loadFromText(toNativeJson(dataset, subset))
    expect(back.problems).toEqual([])
    expect(back.dataset!.events.map((e) => e.id)).toEqual(subset.map((e) => e.id))
    // and only the story's steps about those events, without warnings about the others
    const ids = new Set(subset.map((e) => e.id))
    expect(back.dataset!.story ?? []).toEqual((dataset.story ?? []).filter((step) => ids.has(step.eventId)))
  })
  it('CSV keeps ids, titles in one language, local dates, places and categories', () => {
    const back = loadFromText(toCsv(dataset.events, 'de'), { fileName: 'x.csv' })
    expect(back.format).toBe('csv')
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([])
    const byId = new Map(back.dataset!.events.map((e) => [e.id, e]))
    for (const event of dataset.events) {
      const again = byId.get(event.id)!
      expect(again, event.id).toBeDefined()
      expect(Object.values(again.title)[0]).toBe(event.title['de'])
      expect(again.place?.lat).toBe(event.place?.lat)
      expect(again.place?.lon).toBe(event.place?.lon)
      expect(again.category).toBe(event.category)
      if (event.start.precision === 'minute') expect(again.start.ms).toBe(event.start.ms)
      else expect(again.start.precision).toBe('day')
    }
  })
})

describe('CSV injection', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx'])('neutralises %s', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`)
  })
  it('leaves ordinary text alone', () => expect(neutraliseCell('Kyiv')).toBe('Kyiv'))
  it('exports a hostile title as an inert cell', () => {
    const hostile = { ...dataset.events[0]!, title: { en: '=cmd|"/c calc"!A1' } }
    expect(toCsv([hostile], 'en')).toContain(`"'=cmd|""/c calc""!A1"`)
  })
})
