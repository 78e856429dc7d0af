import { describe, expect, it } from 'vitest'
import { shapes, usgsFeed } from './fixtures/geojson'
import { run } from './fixtures/run'
import { importText } from './index'

describe('GeoJSON: a USGS-like earthquake feed', () => {
  const { result, dataset, problems, event } = run(usgsFeed, { fileName: 'all_day.geojson' })

  it('is detected and titled from the feed metadata', () => {
    expect(result.format).toBe('geojson')
    expect(dataset?.title).toEqual({ und: 'USGS All Earthquakes, Past Day' })
  })
  it('reads properties.time as epoch milliseconds (UTC, seconds kept, minute precision), never `updated`', () => {
    const quake = event('us7000i9t0')
    expect(quake?.start.iso).toBe('2022-10-10T08:35:17.123Z')
    expect(quake?.start.ms).toBe(1665390917123)
    expect(quake?.start.precision).toBe('minute')
    expect(quake?.end).toBeUndefined()
  })
  it('keeps feature ids, titles (falling back to place), places, categories and sources', () => {
    const quake = event('us7000i9t0')
    expect(quake?.title).toEqual({ und: 'M 4.6 - 85 km SSW of Kokopo, Papua New Guinea' })
    expect(quake?.place).toEqual({ name: { und: '85 km SSW of Kokopo, Papua New Guinea' }, detail: undefined, lat: -5.1, lon: 151.9, approximate: false })
    expect(quake?.sources).toEqual([{ publisher: 'earthquake.usgs.gov', url: 'https://earthquake.usgs.gov/earthquakes/eventpage/us7000i9t0', note: undefined }])
    expect(event('ci40358176')?.title).toEqual({ und: '10 km NE of Anza, CA' })
    expect(dataset?.categories.map((c) => [c.id, c.label.und, c.color])).toEqual([
      ['earthquake', 'earthquake', '#0072b2'],
      ['quarry-blast', 'quarry blast', '#d55e00'],
    ])
    expect(event('uw61889952')?.category).toBe('quarry-blast')
  })
  it('leaves out a javascript: url and says so', () => {
    expect(event('uw61889952')?.sources).toEqual([])
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', record: 3, id: 'uw61889952', field: 'sources' }))
  })
  it('rejects the record with an unreadable time, naming record, id and field, once', () => {
    expect(event('bad-one')).toBeUndefined()
    const onStart = problems.filter((p) => p.record === 4 && p.field === 'start')
    expect(onStart).toHaveLength(1)
    expect(onStart[0]).toMatchObject({ severity: 'error', section: 'events', id: 'bad-one' })
    expect(onStart[0]?.reason).toContain('properties.time: "yesterday" is not a date')
    // the id was repaired and the broken point reported, too
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', record: 4, field: 'id' }))
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', record: 4, field: 'geometry' }))
    expect(dataset?.events).toHaveLength(3)
  })
})

describe('GeoJSON: lines, areas and no geometry', () => {
  const { dataset, problems, event } = run(shapes)

  it('keeps a LineString as geometry, with an approximate place at the centre of its bounding box', () => {
    const line = event('pipeline')
    expect(line?.geometry).toEqual({ type: 'LineString', coordinates: [[14.0, 54.5], [15.6, 55.2], [16.0, 55.6]] })
    expect(line?.place).toMatchObject({ name: { und: 'Nord Stream 2, string A' }, lat: 55.05, lon: 15, approximate: true })
    expect(line?.summary).toEqual({ und: 'Pressure drop along the line.' })
  })
  it('reads date-only start/end as day precision', () => {
    const line = event('pipeline')
    expect(line?.start).toMatchObject({ iso: '2022-09-26T00:00Z', precision: 'day' })
    expect(line?.end).toMatchObject({ iso: '2022-10-02T00:00Z', precision: 'day' })
    // a day-precision end runs through its day
    expect(line?.spanEnd).toBe(Date.UTC(2022, 9, 3))
  })
  it('keeps a Polygon, its offset, its url source; a feature without id gets feature-<n>', () => {
    const zone = event('feature-2')
    expect(zone?.geometry?.type).toBe('Polygon')
    expect(zone?.place).toMatchObject({ lat: 55.5, lon: 15.5, approximate: true })
    expect(zone?.start).toMatchObject({ iso: '2022-09-27T14:00+02:00', offsetMinutes: 120, precision: 'minute' })
    expect(zone?.sources).toEqual([{ publisher: 'www.example.org', url: 'https://www.example.org/zone', note: undefined }])
  })
  it('gives a feature with null geometry no place, and a numeric id as text', () => {
    const statement = event('7')
    expect(statement?.place).toBeUndefined()
    expect(statement?.start.iso).toBe('2022-09-28T10:30Z')
  })
  it('keeps an event whose geometry is broken, without a place, and says why', () => {
    expect(event('zig')?.place).toBeUndefined()
    expect(event('zig')?.category).toBe('feature')
    const warning = problems.find((p) => p.record === 4)
    expect(warning).toMatchObject({ severity: 'warning', section: 'events', id: 'zig', field: 'geometry' })
    expect(warning?.reason).toContain('geometry.coordinates')
  })
  it('rejects an item that is not a feature, at its position', () => {
    expect(problems.filter((p) => p.record === 5)).toEqual([
      expect.objectContaining({ severity: 'error', section: 'events', field: '(record)', reason: expect.stringContaining('GeoJSON Feature') }),
    ])
  })
  it('titles the dataset from the collection name and makes one category per value plus "feature"', () => {
    expect(dataset?.title).toEqual({ und: 'Pipelines and zones' })
    expect(dataset?.categories.map((c) => c.id)).toEqual(['infrastructure', 'statement', 'feature'])
  })
})

describe('GeoJSON: time conventions', () => {
  const collection = (feature: Record<string, unknown>) =>
    JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: { title: 'T' }, ...feature }] })
  const startOf = (feature: Record<string, unknown>, offset?: string) => {
    const r = run(collection(feature), offset ? { defaultOffset: offset } : undefined)
    return { start: r.dataset?.events[0]?.start, end: r.dataset?.events[0]?.end, problems: r.problems }
  }

  it.each([
    [{ properties: { title: 'T', start: '2022-10-10', end: '2022-10-12' } }, '2022-10-10T00:00Z', '2022-10-12T00:00Z'],
    [{ properties: { title: 'T', Start_Date: '2022-10-10' } }, '2022-10-10T00:00Z', undefined],
    [{ properties: { title: 'T', timestamp: 1665390917000 } }, '2022-10-10T08:35:17Z', undefined],
    [{ properties: { title: 'T', times: ['2022-10-10T08:00Z', '2022-10-10T09:00Z', '2022-10-10T10:00Z'] } }, '2022-10-10T08:00Z', '2022-10-10T10:00Z'],
    [{ time: { interval: ['2022-10-10', '..'] } }, '2022-10-10T00:00Z', undefined],
    [{ properties: { title: 'T', date: '10.10.2022', time: '8:15' } }, '2022-10-10T08:15Z', undefined],
    [{ properties: { title: 'T', date: '2022-10-10', time: '08:15:30' } }, '2022-10-10T08:15:30Z', undefined],
    [{ time: { timestamp: '2022-10-10T08:00:00Z' } }, '2022-10-10T08:00:00Z', undefined],
    [{ time: { date: '2022-10-10' } }, '2022-10-10T00:00Z', undefined],
    [{ when: { start: '2022-10', end: '2022-11' } }, '2022-10-01T00:00Z', '2022-11-01T00:00Z'],
    [{ when: { timespans: [{ start: { earliest: '2022' }, end: { in: '2023' } }] } }, '2022-01-01T00:00Z', '2023-01-01T00:00Z'],
  ])('%j', (feature, start, end) => {
    const got = startOf(feature)
    expect(got.problems).toEqual([])
    expect(got.start?.iso).toBe(start)
    expect(got.end?.iso).toBe(end)
  })
  it('does not take `updated` or `created` as the start', () => {
    const got = startOf({ properties: { title: 'T', updated: 1665390917000, created: '2022-10-10' } })
    expect(got.start).toBeUndefined()
    expect(got.problems.filter((p) => p.section === 'events')).toEqual([
      expect.objectContaining({ severity: 'error', record: 1, field: 'start', reason: expect.stringContaining('no time found') }),
    ])
  })
  it('applies the default offset to times without one', () => {
    expect(startOf({ properties: { title: 'T', time: '2022-10-10T08:15' } }, '+03:00').start).toMatchObject({ iso: '2022-10-10T08:15+03:00', offsetMinutes: 180 })
  })
  it('reports a bad default offset once and reads as UTC', () => {
    const got = startOf({ properties: { title: 'T', time: '2022-10-10T08:15' } }, 'Europe/Kyiv')
    expect(got.start?.iso).toBe('2022-10-10T08:15Z')
    expect(got.problems).toEqual([expect.objectContaining({ severity: 'warning', section: 'dataset', field: 'defaultOffset' })])
  })
  it('reads a single Feature as a collection of one', () => {
    const r = run(JSON.stringify({ type: 'Feature', id: 'one', properties: { name: 'Solo', date: '2022-10-10' }, geometry: { type: 'Point', coordinates: [30, 50] } }))
    expect(r.result.format).toBe('geojson')
    expect(r.event('one')?.place).toMatchObject({ lat: 50, lon: 30 })
  })
  it('explains a FeatureCollection without features', () => {
    const r = importText('{"type":"FeatureCollection"}')
    expect(r.raw).toBeNull()
    expect(r.problems).toEqual([expect.objectContaining({ section: 'dataset', field: 'features' })])
  })
  it('turns an empty collection into "the dataset has no events"', () => {
    const r = run('{"type":"FeatureCollection","features":[]}', { fileName: 'empty.geojson' })
    expect(r.problems).toEqual([expect.objectContaining({ section: 'dataset', field: 'events', reason: 'the dataset has no events' })])
  })
  it('finds a GeometryCollection unsupported and MultiPolygon supported', () => {
    const r = run(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: 'gc', properties: { title: 'GC', date: '2022-10-10' }, geometry: { type: 'GeometryCollection', geometries: [] } },
          {
            type: 'Feature',
            id: 'mp',
            properties: { title: 'MP', date: '2022-10-10' },
            geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [2, 0], [2, 2], [0, 0]]], [[[10, 10], [12, 10], [12, 12], [10, 10]]]] },
          },
        ],
      }),
    )
    expect(r.event('gc')?.place).toBeUndefined()
    expect(r.problems).toEqual([expect.objectContaining({ record: 1, field: 'geometry', reason: expect.stringContaining('GeometryCollection') })])
    expect(r.event('mp')?.place).toMatchObject({ lat: 6, lon: 6, approximate: true })
  })
})
