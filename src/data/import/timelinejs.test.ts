import { describe, expect, it } from 'vitest'
import { timeline } from './fixtures/timelinejs'
import { run } from './fixtures/run'
import { timelineDate } from './timelinejs'

describe('TimelineJS JSON', () => {
  const { result, dataset, problems, event } = run(timeline, { fileName: 'autumn.json' })

  it('is detected; the title slide gives the dataset title and description as plain text', () => {
    expect(result.format).toBe('timelinejs')
    expect(dataset?.title).toEqual({ und: 'Autumn 2022' })
    expect(dataset?.description).toEqual({ und: 'A timeline of the autumn & winter.' })
  })
  it('keeps a year alone at year precision', () => {
    expect(event('year-only')?.start).toMatchObject({ iso: '2022-01-01T00:00Z', precision: 'year' })
    expect(event('year-only')?.spanEnd).toBe(Date.UTC(2023, 0, 1))
  })
  it('keeps year and month at month precision (numbers given as text too), with its own end precision', () => {
    const month = event('month')
    expect(month?.start).toMatchObject({ iso: '2022-10-01T00:00Z', precision: 'month' })
    expect(month?.end).toMatchObject({ iso: '2022-11-30T00:00Z', precision: 'day' })
  })
  it('keeps a full date at minute precision, display_date as the time note, hour-only at hour precision', () => {
    expect(event('full')?.start).toMatchObject({ iso: '2022-10-10T08:15Z', precision: 'minute' })
    expect(event('full')?.timeNote).toEqual({ und: 'early morning' })
    expect(event('slide-4')?.start).toMatchObject({ iso: '2022-10-11T09:00Z', precision: 'hour' })
  })
  it('turns HTML into plain text: no script, style or attributes, entities decoded', () => {
    const full = event('full')
    expect(full?.title).toEqual({ und: 'Strikes \u2013 Kyiv' })
    expect(full?.summary).toEqual({ und: 'Missiles hit Kyiv & Lviv.\n\nSee this and that.' })
    const all = JSON.stringify(dataset)
    for (const bad of ['<script', 'alert', 'onerror', 'onclick', 'color:red', 'javascript:']) expect(all).not.toContain(bad)
  })
  it('makes sources from media.url (with credit and caption) and from every http(s) link in the text', () => {
    expect(event('full')?.sources).toEqual([
      { publisher: 'Photo: AP', title: 'Smoke over Kyiv', url: 'https://www.example.org/photo.jpg', note: undefined },
      { publisher: 'www.kyivpost.com', url: 'https://www.kyivpost.com/post/796', note: undefined },
      { publisher: 'example.org', url: 'https://example.org/b', note: undefined },
    ])
  })
  it('uses location {lat, lon} as the place, and no place otherwise', () => {
    expect(event('full')?.place).toMatchObject({ name: { und: 'Kyiv' }, lat: 50.45, lon: 30.52 })
    expect(event('year-only')?.place).toBeUndefined()
  })
  it('maps group to categories and unique_id to ids; slides without one get slide-<n>', () => {
    expect(dataset?.categories.map((c) => [c.id, c.label.und, c.color])).toEqual([
      ['context', 'Context', '#0072b2'],
      ['missile-strike', 'Missile strike', '#d55e00'],
      ['uncategorised', 'Uncategorised', '#009e73'],
    ])
    expect(event('slide-4')?.category).toBe('uncategorised')
  })
  it('reports each bad slide with record, id and field', () => {
    const list = problems.map((p) => [p.severity, p.record, p.id, p.field])
    expect(list).toEqual([
      ['warning', 4, 'slide-4', 'sources'],
      ['error', 5, 'no-start', 'start'],
      ['error', 6, 'bad-month', 'start'],
      ['error', 7, 'feb-30', 'start'],
    ])
    expect(problems.find((p) => p.record === 5)?.reason).toContain('start_date is missing')
    expect(problems.find((p) => p.record === 6)?.reason).toContain('month 13 is out of range')
    // a date of the right shape that does not exist is explained by the validator
    expect(problems.find((p) => p.record === 7)?.reason).toBe('day 30 does not exist in 2022-02')
    expect(dataset?.events.map((e) => e.id)).toEqual(['year-only', 'month', 'full', 'slide-4'])
  })
})

describe('TimelineJS dates', () => {
  it.each([
    [{ year: 2022 }, '2022-01-01T00:00Z', 'year'],
    [{ year: 2022, month: 10 }, '2022-10-01T00:00Z', 'month'],
    [{ year: 2022, month: 10, day: 10 }, '2022-10-10T00:00Z', 'day'],
    [{ year: 2022, month: 10, day: 10, hour: 8 }, '2022-10-10T08:00Z', 'hour'],
    [{ year: 2022, month: 10, day: 10, hour: 8, minute: 5 }, '2022-10-10T08:05Z', 'minute'],
    [{ year: 2022, month: 10, day: 10, hour: 8, minute: 5, second: 9 }, '2022-10-10T08:05:09Z', 'minute'],
    [{ year: '812', month: '' }, '0812-01-01T00:00Z', 'year'],
  ])('%j', (date, iso, precision) => {
    expect(timelineDate(date, 'Z')).toEqual({ iso, precision })
  })
  it.each([
    [{ year: -500 }, 'outside 0–9999'],
    [{ year: 2022.5 }, 'not a whole number'],
    [{ year: 2022, day: 3 }, 'day is given but month is not'],
    [{ month: 3 }, 'month is given but year is not'],
    [{}, 'no year'],
    ['2022', 'expected a date object'],
    [{ year: 2022, month: 1, day: 1, hour: 24 }, 'hour 24 is out of range'],
  ])('%j', (date, reason) => {
    const result = timelineDate(date, 'Z')
    expect('error' in result && result.error).toContain(reason)
  })
  it('applies the default offset', () => {
    const { event } = run(JSON.stringify({ events: [{ unique_id: 'x', start_date: { year: 2022, month: 10, day: 10, hour: 8, minute: 0 }, text: { headline: 'X' } }] }), {
      defaultOffset: '+03:00',
    })
    expect(event('x')?.start).toMatchObject({ iso: '2022-10-10T08:00+03:00', offsetMinutes: 180 })
  })
})

describe('TimelineJS: values from the file that are objects', () => {
  it('reports a location whose lat is an object with a non-callable toString (found by fast-check)', () => {
    const { result, problems, event } = run(
      '{"events":[{"unique_id":"x","start_date":{"year":2022},"location":{"lat":{"toString":[]},"lon":0}}],"title":{"text":{}}}',
    )
    expect(result.format).toBe('timelinejs')
    expect(event('x')?.place).toBeUndefined()
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', record: 1, field: 'place.lat', reason: expect.stringContaining('a value of type object is not a number') })])
  })
})
