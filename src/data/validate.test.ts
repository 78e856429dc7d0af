import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateDataset } from './validate'
import { parseDatasetText } from './parse'
import { minimalDataset } from './fixtures/minimal'

function withEvent(patch: Record<string, unknown>, index = 0) {
  const data = minimalDataset()
  data.events[index] = { ...data.events[index], ...patch }
  return data
}

describe('validateDataset: a valid file', () => {
  it('loads every event, sorted by time, with nothing to report', () => {
    const { dataset, problems } = validateDataset(minimalDataset())
    expect(problems).toEqual([])
    // b (00:00 in Washington = 04:00 UTC) comes before a (08:15 in Kyiv = 05:15 UTC)
    expect(dataset?.events.map((e) => e.id)).toEqual(['b', 'a', 'c'])
  })
  it('keeps events with the same start in file order, whatever the order of the rest', () => {
    const data = minimalDataset()
    const same = '2022-10-12T10:00Z'
    data.events = ['late', 'x1', 'early', 'x2', 'x3'].map((id, k) => ({
      id,
      title: id,
      start: id === 'late' ? '2022-10-13T00:00Z' : id === 'early' ? '2022-10-01T00:00Z' : same,
      category: k % 2 ? 'strike' : 'statement',
    }))
    expect(validateDataset(data).dataset?.events.map((e) => e.id)).toEqual(['early', 'x1', 'x2', 'x3', 'late'])
    // the same instant written in another offset is the same start
    data.events[1] = { ...data.events[1], start: '2022-10-12T12:00+02:00' }
    data.events.reverse()
    expect(validateDataset(data).dataset?.events.map((e) => e.id)).toEqual(['early', 'x3', 'x2', 'x1', 'late'])
  })
  it('normalises text, times and spans', () => {
    const { dataset } = validateDataset(minimalDataset())
    const [b, a, c] = dataset?.events ?? []
    expect(a?.title).toEqual({ de: 'Eins', en: 'One' })
    expect(b?.title).toEqual({ und: 'Two' })
    expect(a?.start.offsetMinutes).toBe(180)
    // a day-precision date covers its local day
    expect(b?.spanEnd).toBe(Date.UTC(2022, 9, 11, 4))
    // a day-precision end runs through that day
    expect(c?.spanEnd).toBe(Date.UTC(2022, 9, 30, 22))
    expect(c?.place).toBeUndefined()
  })
  it('gives each category a shape: its own, else the next in order', () => {
    const data = minimalDataset()
    data.categories = [
      { id: 'x', label: 'X', color: '#000000' },
      { id: 'strike', label: 'S', color: '#000000', shape: 'star' } as (typeof data.categories)[number],
      { id: 'statement', label: 'T', color: '#000000' },
    ]
    const { dataset, problems } = validateDataset(data)
    expect(problems).toEqual([])
    expect(dataset?.categories.map((c) => c.shape)).toEqual(['circle', 'star', 'diamond'])
  })
  it('rejects a shape it does not know', () => {
    const data = minimalDataset()
    data.categories.push({ id: 'odd', label: 'Odd', color: '#000000', shape: 'blob' } as (typeof data.categories)[number])
    const { problems } = validateDataset(data)
    expect(problems).toEqual([expect.objectContaining({ section: 'categories', record: 3, field: 'shape' })])
  })
})

describe('validateDataset: each bad record is rejected on its own', () => {
  it.each([
    ['an impossible date', { start: '2022-02-30T10:00Z' }, 'start', 'does not exist'],
    ['a date without offset', { start: '2022-10-10T08:15' }, 'start', 'UTC offset'],
    ['end before start', { end: '2022-10-09T08:15+03:00' }, 'end', 'before start'],
    ['a day-precision end on the day before the start', { start: '2022-10-10T00:00+03:00', precision: 'day', end: '2022-10-09T00:00+03:00' }, 'end', 'before start'],
    ['latitude out of range', { place: { name: 'X', lat: 91, lon: 0 } }, 'place.lat', ''],
    ['longitude out of range', { place: { name: 'X', lat: 0, lon: -181 } }, 'place.lon', ''],
    ['a NaN coordinate', { place: { name: 'X', lat: Number.NaN, lon: 0 } }, 'place.lat', ''],
    ['an infinite coordinate', { place: { name: 'X', lat: 0, lon: Infinity } }, 'place.lon', ''],
    ['a place without coordinates', { place: { name: 'X' } }, 'place.lat', ''],
    ['an unknown category', { category: 'nope' }, 'category', 'unknown category "nope"'],
    ['a javascript: link', { sources: [{ publisher: 'X', url: 'javascript:alert(1)' }] }, 'sources[0].url', 'http'],
    ['a data: link', { sources: [{ publisher: 'X', url: 'data:text/html,hi' }] }, 'sources[0].url', 'http'],
    ['an empty title', { title: '  ' }, 'title', 'must not be empty'],
    ['a missing title', { title: undefined }, 'title', ''],
    ['an unknown precision', { precision: 'second' }, 'precision', ''],
    ['an unknown relation', { related: [{ id: 'b', relation: 'caused-by' }] }, 'related[0].relation', ''],
    ['an id with spaces', { id: 'a b' }, 'id', 'ids use'],
  ])('%s', (_name, patch, field, reason) => {
    const { dataset, problems } = validateDataset(withEvent(patch))
    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems) expect(problem).toMatchObject({ severity: 'error', section: 'events', record: 1 })
    expect(problems.some((p) => p.field === field && p.reason.includes(reason)), JSON.stringify(problems)).toBe(true)
    // the rest loads
    expect(dataset?.events.map((e) => e.id).sort()).toEqual(['b', 'c'])
  })

  it('rejects the second of two records with the same id and names the first', () => {
    const data = minimalDataset()
    data.events.push({ ...data.events[1], title: 'Duplicate' })
    const { dataset, problems } = validateDataset(data)
    expect(problems).toEqual([
      expect.objectContaining({ record: 4, id: 'b', field: 'id', reason: 'duplicate id "b" (first used by record 2)' }),
    ])
    expect(dataset?.events.find((e) => e.id === 'b')?.title).toEqual({ und: 'Two' })
  })

  it('reports a record that is not an object', () => {
    const data = minimalDataset()
    data.events.push('just text' as unknown as Record<string, unknown>)
    const { problems } = validateDataset(data)
    expect(problems[0]).toMatchObject({ record: 4, field: '(record)' })
  })

  it('never places an event without coordinates at 0,0', () => {
    const { dataset } = validateDataset(minimalDataset())
    expect(dataset?.events.find((e) => e.id === 'c')?.place).toBeUndefined()
  })

  it('keeps an event whose related id is unknown, drops the link and warns', () => {
    const { dataset, problems } = validateDataset(withEvent({ related: [{ id: 'ghost', relation: 'cause' }] }))
    expect(dataset?.events).toHaveLength(3)
    expect(dataset?.events.find((e) => e.id === 'a')?.related).toEqual([])
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'related', id: 'a' })])
  })

  it('rejects a bad category and then the events that use it', () => {
    const data = minimalDataset()
    data.categories[1] = { id: 'statement', label: 'Statement', color: 'blue' }
    const { dataset, problems } = validateDataset(data)
    expect(problems.map((p) => [p.section, p.record, p.field])).toEqual([
      ['categories', 2, 'color'],
      ['events', 2, 'category'],
    ])
    expect(dataset?.events.map((e) => e.id).sort()).toEqual(['a', 'c'])
  })
})

describe('validateDataset: the file as a whole', () => {
  it('says why when there is no valid event', () => {
    const data = minimalDataset()
    data.events = data.events.map((e) => ({ ...e, start: 'soon' }))
    const { dataset, problems } = validateDataset(data)
    expect(dataset).toBeNull()
    expect(problems.at(-1)).toMatchObject({ section: 'dataset', reason: 'no event in the dataset is valid' })
  })
  it.each([
    ['not an object', 42],
    ['no events array', { version: 1, title: 'x', categories: [{ id: 'a', label: 'A', color: '#000000' }] }],
    ['a future version', { ...minimalDataset(), version: 2 }],
    ['no categories', { ...minimalDataset(), categories: [] }],
  ])('rejects %s with a reason', (_name, raw) => {
    const { dataset, problems } = validateDataset(raw)
    expect(dataset).toBeNull()
    expect(problems.length).toBeGreaterThan(0)
    expect(problems[0]?.section).toBe('dataset')
  })
  it('reports invalid JSON instead of throwing', () => {
    const { dataset, problems } = parseDatasetText('{"events": [')
    expect(dataset).toBeNull()
    expect(problems[0]?.reason).toMatch(/^not valid JSON/)
  })
})

describe('the bundled dataset', () => {
  const text = readFileSync(new URL('../../data/events-2022-10.json', import.meta.url), 'utf8')
  const { dataset, problems } = parseDatasetText(text)

  it('loads without a single problem', () => {
    expect(problems).toEqual([])
    expect(dataset?.events).toHaveLength(36)
  })
  it('has German and English title and summary for every event', () => {
    for (const event of dataset?.events ?? []) {
      expect(Object.keys(event.title).sort(), event.id).toEqual(['de', 'en'])
      expect(Object.keys(event.summary ?? {}).sort(), event.id).toEqual(['de', 'en'])
    }
  })
  it('records the article’s misdating of Biden’s statement', () => {
    const biden = dataset?.events.find((e) => e.id === 'biden-statement-2022-10-10')
    expect(biden?.start.iso).toBe('2022-10-10T00:00-04:00')
    expect(biden?.verificationNotes.some((n) => /11 Oct/.test(n['en'] ?? ''))).toBe(true)
  })
  it('draws Steadfast Noon as a range through 30 October', () => {
    const noon = dataset?.events.find((e) => e.id === 'steadfast-noon-2022')
    expect(noon?.end?.iso.startsWith('2022-10-30')).toBe(true)
  })
  it('gives every source link as http(s)', () => {
    for (const event of dataset?.events ?? []) {
      for (const source of event.sources) if (source.url) expect(source.url).toMatch(/^https?:\/\//)
    }
  })
})

describe('validateDataset: one clear reason per field', () => {
  it('gives a single reason for a date without offset', () => {
    const { problems } = validateDataset(withEvent({ start: '2022-10-10T08:15' }))
    expect(problems).toEqual([expect.objectContaining({ field: 'start', reason: expect.stringContaining('UTC offset') })])
  })
})
