/**
 * Property tests: whatever the input, importText returns (never throws), its problems
 * are well formed, and whatever validateDataset loads from its output obeys the
 * format. Inputs with __proto__ / constructor / prototype keys pollute nothing.
 */
import fc from 'fast-check'
import Papa from 'papaparse'
import { afterAll, describe, expect, it } from 'vitest'
import { parseInstant } from '../../lib/time'
import { validateDataset } from '../validate'
import { CSV_FIELDS, importText, type ImportResult } from './index'

// FC_RUNS=5000 npx vitest run src/data/import/property.test.ts for a longer search
const RUNS = { numRuns: Number(process.env.FC_RUNS) || 200 }
const TIMEOUT = Math.max(10_000, RUNS.numRuns * 30)
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort()
const arrayPrototypeNames = Object.getOwnPropertyNames(Array.prototype).sort()

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames)
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeNames)
  expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  expect(typeof ({} as { toString: unknown }).toString).toBe('function')
}

/** Checks one import result and what the validator makes of it; returns nothing, throws on a violation. */
function check(result: ImportResult, records?: number): void {
  expect(Array.isArray(result.problems)).toBe(true)
  // the catch-all in importText must never be what answered: that would be a bug
  expect(result.problems.filter((p) => p.reason.startsWith('the file could not be imported'))).toEqual([])
  for (const p of result.problems) {
    expect(['error', 'warning']).toContain(p.severity)
    expect(['dataset', 'events']).toContain(p.section)
    expect(typeof p.field).toBe('string')
    expect(p.field.length).toBeGreaterThan(0)
    expect(typeof p.reason).toBe('string')
    expect(p.reason.length).toBeGreaterThan(0)
    if (p.section === 'events') expect(Number.isInteger(p.record) && (p.record ?? 0) >= 1).toBe(true)
  }
  if (result.format === null) {
    expect(result.raw).toBeNull()
    expect(result.problems.some((p) => p.section === 'dataset' && p.severity === 'error')).toBe(true)
  }
  const { dataset, problems } = validateDataset(result.raw)
  if (result.format !== null && result.format !== 'chronomap' && result.raw !== null) {
    // what the importers build always passes the envelope check
    for (const p of problems.filter((q) => q.section === 'dataset')) expect(p.field).toBe('events')
    const events = (result.raw as { events: unknown[] }).events
    if (records !== undefined) expect(events).toHaveLength(records)
  }
  if (!dataset) return
  const categories = new Set(dataset.categories.map((c) => c.id))
  for (const c of dataset.categories) expect(c.color).toMatch(/^#[0-9a-f]{6}$/)
  for (const e of dataset.events) {
    expect(e.id).toMatch(ID)
    expect(categories.has(e.category)).toBe(true)
    const start = parseInstant(e.start.iso)
    expect('ms' in start && Number.isFinite(start.ms) && start.ms === e.start.ms).toBe(true)
    if (e.end) {
      const end = parseInstant(e.end.iso)
      expect('ms' in end && Number.isFinite(end.ms)).toBe(true)
    }
    expect(Number.isFinite(e.spanStart) && Number.isFinite(e.spanEnd) && e.spanEnd >= e.spanStart).toBe(true)
    if (e.place) {
      expect(Number.isFinite(e.place.lat) && e.place.lat >= -90 && e.place.lat <= 90).toBe(true)
      expect(Number.isFinite(e.place.lon) && e.place.lon >= -180 && e.place.lon <= 180).toBe(true)
    }
    for (const s of e.sources) if (s.url !== undefined) expect(s.url).toMatch(/^https?:\/\//i)
    expect(Object.values(e.title).every((t) => t.trim() !== '')).toBe(true)
  }
}

const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'polluted')
const timeText = fc.oneof(
  fc.constantFrom(
    '2022-10-10', '2022-10-10T08:15', '2022-10-10T08:15+03:00', '2022-02-30', '31.02.2022', '2022/13/01', '10 October 2022',
    '9999-12-31T23:59Z', '0000-01-01', '1665390917123', '2022', '2022-10', 'yesterday', '', ' ', '10/11/2022', '2022-10-10T24:00',
  ),
  fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
)
const scalar = fc.oneof(
  fc.string(),
  timeText,
  fc.integer(),
  fc.double(),
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.boolean(),
  fc.constant(null),
  fc.webUrl(),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '__proto__', 'constructor', '50,45', '-0', '1e400'),
)
const value = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) })
const position = fc.oneof(
  fc.tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -100, max: 100 })),
  fc.array(fc.oneof(fc.double(), fc.integer(), fc.string()), { maxLength: 4 }),
)
const geometry = fc.oneof(
  fc.constant(null),
  fc.record({
    type: fc.constantFrom('Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection', 'Nope'),
    coordinates: fc.oneof(
      position,
      fc.array(position, { maxLength: 6 }),
      fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 3 }),
      fc.array(fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 2 }), { maxLength: 2 }),
    ),
  }),
  fc.jsonValue({ maxDepth: 2 }),
)
const propertyKey = fc.oneof(
  fc.constantFrom('time', 'start', 'end', 'date', 'timestamp', 'times', 'updated', 'title', 'name', 'place', 'url', 'source', 'category', 'type', 'description', 'tags', 'id', 'Time', 'START'),
  dangerousKey,
  fc.string({ maxLength: 8 }),
)
const feature = fc.oneof(
  { weight: 6, arbitrary: fc.record(
    {
      type: fc.constantFrom('Feature', 'Feature', 'Point', 'FeatureCollection'),
      id: fc.oneof(fc.string(), fc.integer(), fc.constantFrom('__proto__', 'a b', 'ok-1')),
      properties: fc.oneof(fc.dictionary(propertyKey, value, { maxKeys: 8 }), fc.constant(null), fc.jsonValue({ maxDepth: 1 })),
      geometry,
      time: fc.oneof(timeText, fc.record({ interval: fc.tuple(fc.oneof(timeText, fc.constant('..')), fc.oneof(timeText, fc.constant('..'))) }, { requiredKeys: [] })),
      when: fc.record({ start: value, end: value }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
)
const geojsonText = fc
  .record({ name: fc.oneof(fc.string(), fc.integer()), features: fc.array(feature, { maxLength: 6 }) }, { requiredKeys: ['features'] })
  .map((collection) => ({ count: collection.features.length, text: JSON.stringify({ type: 'FeatureCollection', ...collection }) }))

const htmlish = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.constantFrom(
        '<p>', '</p>', '<a href="https://x.example/a">', '<a href=javascript:alert(1)>', '<A HREF=\'http://y.example\'>', '</a>', '<script>', '</script>',
        '<style>', '</style>', '&amp;', '&#0;', '&#x110000;', '&lt;b&gt;', '<', '>', '"', "'", 'text', ' ', '\n', '<img src=x onerror=alert(1)>',
        '<!--', '-->', '<br/>', '<b', '=', '</scr', 'ipt>',
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join('')),
)
const dateObject = fc.record(
  {
    year: fc.oneof(fc.integer({ min: -1000, max: 12000 }), fc.constantFrom('2022', '1e3', '', ' 12 '), fc.double()),
    month: fc.oneof(fc.integer({ min: -1, max: 14 }), fc.constant('10')),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: -1, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    display_date: htmlish,
  },
  { requiredKeys: [] },
)
const slide = fc.oneof(
  { weight: 6, arbitrary: fc.record(
    {
      unique_id: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'x')),
      start_date: fc.oneof({ weight: 4, arbitrary: dateObject }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
      end_date: dateObject,
      text: fc.record({ headline: htmlish, text: htmlish }, { requiredKeys: [] }),
      media: fc.record({ url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:,x', '//x.example'), fc.string()), credit: htmlish, caption: htmlish }, { requiredKeys: [] }),
      group: fc.oneof(fc.string(), dangerousKey),
      location: fc.record({ lat: value, lon: value, name: fc.string() }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
)
const timelineText = fc
  .record({ title: fc.record({ text: fc.record({ headline: htmlish, text: htmlish }, { requiredKeys: [] }) }), events: fc.array(slide, { minLength: 1, maxLength: 6 }) }, { requiredKeys: ['events'] })
  .map((timeline) => {
    // detection needs one slide with a start_date or a title with text
    const tl = { ...timeline, title: timeline.title ?? { text: {} } }
    return { count: timeline.events.length, text: JSON.stringify(tl) }
  })

const column = fc.oneof(
  fc.constantFrom('id', 'title', 'date', 'start', 'end', 'lat', 'lon', 'Latitude', 'LONGITUDE', 'place', 'category', 'event_type', 'notes', 'url', 'source', 'tags', 'Event Date'),
  dangerousKey,
  fc.string({ maxLength: 10 }),
)
const cell = fc.oneof(fc.string(), timeText, fc.double().map(String), fc.constantFrom('50,45', '-0,5', '91', '', 'abc', 'https://a.example/x', 'javascript:alert(1)', '__proto__', 'a;b;c'))
const csvText = fc
  .record({
    header: fc.array(column, { minLength: 2, maxLength: 8 }),
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }),
    delimiter: fc.constantFrom(',', ';'),
    bom: fc.boolean(),
    newline: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ header, rows, delimiter, bom, newline }) => (bom ? '\uFEFF' : '') + Papa.unparse([header, ...rows], { delimiter, newline }))
const mapping = fc.option(fc.dictionary(fc.oneof(fc.constantFrom(...CSV_FIELDS), dangerousKey), fc.oneof(column, fc.integer() as fc.Arbitrary<unknown>), { maxKeys: 6 }), { nil: undefined })

describe('importText never throws, and what loads obeys the format', { timeout: TIMEOUT }, () => {
  afterAll(expectNoPollution)

  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => check(importText(text))), RUNS)
  })
  it('arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => check(importText(JSON.stringify(json) ?? ''))), RUNS)
  })
  it('arbitrary values, object-like strings and dangerous keys', () => {
    const anything = fc.anything({ withObjectString: true, key: fc.oneof(fc.string(), dangerousKey, fc.constantFrom('events', 'version', 'type', 'features', 'start_date')) })
    fc.assert(
      fc.property(anything, (input) => {
        let text: string
        try {
          text = JSON.stringify(input) ?? String(input)
        } catch {
          text = String(input)
        }
        check(importText(text))
        check(importText(typeof input === 'string' ? input : text))
      }),
      RUNS,
    )
  })
  it('GeoJSON-shaped input', () => {
    fc.assert(
      fc.property(geojsonText, fc.constantFrom(undefined, 'Z', '+03:00', 'bogus'), ({ count, text }, offset) => {
        const result = importText(text, { defaultOffset: offset })
        expect(result.format).toBe('geojson')
        check(result, count)
      }),
      RUNS,
    )
  })
  it('TimelineJS-shaped input', () => {
    fc.assert(
      fc.property(timelineText, ({ count, text }) => {
        const result = importText(text)
        expect(result.format).toBe('timelinejs')
        check(result, count)
        // plain text only: nothing that could be markup survives in titles and summaries
        const { dataset } = validateDataset(result.raw)
        for (const e of dataset?.events ?? []) {
          expect(Object.values(e.title).join('')).not.toMatch(/<script|onerror=/i)
          expect(Object.values(e.summary ?? {}).join('')).not.toMatch(/<script|onerror=/i)
        }
      }),
      RUNS,
    )
  })
  it('CSV-shaped input, with and without a mapping', () => {
    fc.assert(
      fc.property(csvText, mapping, (text, csvMapping) => {
        const result = importText(text, { csvMapping: csvMapping as Record<string, string> | undefined })
        check(result)
        if (result.format === 'csv') {
          if (result.csv?.columns.length === 0) expect(result.raw).toBeNull()
          const columns = new Set(result.csv?.columns)
          for (const [field, name] of Object.entries(result.csv?.mapping ?? {})) {
            expect(CSV_FIELDS).toContain(field)
            expect(columns.has(name as string)).toBe(true)
          }
        }
      }),
      RUNS,
    )
  })
})

describe('no prototype pollution', () => {
  const payload = '{"polluted": "yes", "toString": "x"}'
  it.each([
    ['native', `{"version":1,"title":"t","__proto__":${payload},"categories":[{"id":"a","label":"A","color":"#000000","__proto__":${payload}}],"events":[{"__proto__":${payload},"constructor":{"prototype":${payload}}}]}`],
    [
      'GeoJSON',
      `{"type":"FeatureCollection","__proto__":${payload},"features":[{"type":"Feature","id":"__proto__","__proto__":${payload},"properties":{"__proto__":${payload},"constructor":{"prototype":${payload}},"category":"__proto__","title":"constructor","time":"2022-10-10"},"geometry":{"type":"Point","coordinates":[1,2],"__proto__":${payload}}},{"type":"Feature","properties":{"category":"constructor","type":"prototype","date":"2022-10-11"},"geometry":null}]}`,
    ],
    [
      'TimelineJS',
      `{"__proto__":${payload},"title":{"text":{"headline":"constructor"}},"events":[{"unique_id":"__proto__","group":"__proto__","start_date":{"year":2022,"__proto__":${payload}},"text":{"__proto__":${payload},"headline":"prototype"}},{"group":"constructor","start_date":{"year":2023}}]}`,
    ],
    ['CSV', '__proto__,constructor,prototype,date,category,title\n{"polluted":1},x,y,2022-10-10,__proto__,constructor\na,b,c,2022-10-11,constructor,prototype\n'],
  ])('%s', (_name, text) => {
    const result = importText(text, { csvMapping: undefined })
    expect(result.format).not.toBeNull()
    const { dataset } = validateDataset(result.raw)
    check(result)
    expectNoPollution()
    if (result.format !== 'chronomap') {
      expect(dataset?.events.length).toBeGreaterThan(0)
      // category labels that are prototype names are ordinary categories
      for (const c of dataset?.categories ?? []) expect(Object.getPrototypeOf(c)).toBe(Object.prototype)
    }
  })
  it('with a CSV mapping whose keys are prototype names', () => {
    const csvMapping = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": "date", "start": "date"}') as Record<string, string>
    const result = importText('date,title\n2022-10-10,x', { csvMapping })
    expect(result.csv?.mapping).toEqual({ start: 'date' })
    expectNoPollution()
  })
})
