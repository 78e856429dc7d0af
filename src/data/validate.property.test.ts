/**
 * Property tests for the validator itself: for arbitrary JSON (and arbitrary JSON dressed up as a dataset, so the
 * event checks are reached), validateDataset never throws, never pollutes a prototype, and whatever it accepts
 * has finite, in-range coordinates and http(s)-only links. docs/security.md lists the hostile cases.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { validateDataset } from './validate'
import type { ValidationResult } from './validate'
import { fastEvent } from './fastPath'
import type * as FastPath from './fastPath'

const RUNS = { numRuns: Number(process.env.FC_RUNS) || 300 }

function expectSafe(result: ValidationResult): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  expect(Array.isArray(result.problems)).toBe(true)
  if (!result.dataset) {
    expect(result.problems.length).toBeGreaterThan(0)
    return
  }
  const ids = new Set<string>()
  for (const event of result.dataset.events) {
    expect(ids.has(event.id), `duplicate id ${event.id}`).toBe(false)
    ids.add(event.id)
    expect(Number.isFinite(event.start.ms)).toBe(true)
    expect(Number.isFinite(event.spanStart) && Number.isFinite(event.spanEnd)).toBe(true)
    expect(event.spanEnd).toBeGreaterThanOrEqual(event.spanStart)
    if (event.place) {
      expect(Number.isFinite(event.place.lat) && Math.abs(event.place.lat) <= 90).toBe(true)
      expect(Number.isFinite(event.place.lon) && Math.abs(event.place.lon) <= 180).toBe(true)
    }
    for (const source of event.sources) {
      if (source.url !== undefined) expect(new URL(source.url).protocol).toMatch(/^https?:$/)
    }
  }
}

const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    'https://ok.example/a',
    'http://ok.example/b',
    '__proto__',
    'constructor',
  ),
)
const hostileNumber = fc.oneof(
  fc.double(),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e400', '48,85', '', '0x10', null, 91, -90.0001, 180.5, 540, 488500, 1e308),
)
const hostileDate = fc.oneof(
  fc.string(),
  fc.constantFrom('2024-02-30', '2023-02-29', '2024-13-01', '-0050-04-20', '+275760-09-13', 'yesterday', '2017-02-06 11:00:00', '2022-10-10T08:15+03:00', '2022-10-10'),
  fc.integer(),
)
const localized = fc.oneof(hostileText, fc.record({ en: hostileText, de: hostileText }, { requiredKeys: [] }))
/** mostly a valid value, sometimes a hostile one: so that some events pass and the invariants get checked */
const mostly = <T, U>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: hostile, weight: 1 })
const hostileEvent = fc.record(
  {
    id: mostly(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.constantFrom('__proto__', 'constructor', ''), fc.string(), fc.integer())),
    title: mostly(fc.constantFrom('One', '<img src=x onerror=alert(1)>'), localized),
    summary: localized,
    start: mostly(fc.constant('2022-10-10T08:15+03:00'), hostileDate),
    precision: mostly(fc.constant('minute'), fc.constantFrom('day', 'year', 'nonsense')),
    category: mostly(fc.constant('a'), fc.constantFrom('b', '__proto__')),
    place: mostly(
      fc.record({ name: fc.constant('Kyiv'), lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }),
      fc.record({ name: localized, lat: hostileNumber, lon: hostileNumber }, { requiredKeys: [] }),
    ),
    sources: fc.array(fc.record({ publisher: mostly(fc.constant('P'), hostileText), url: hostileText }, { requiredKeys: ['publisher'] }), { maxLength: 3 }),
    tags: fc.array(hostileText, { maxLength: 3 }),
    style: fc.constant('position:fixed;inset:0'),
    className: fc.constant('leaflet-control vis-hidden'),
    __proto__: fc.constant({ polluted: 1 }),
  },
  { requiredKeys: ['id', 'title', 'start', 'precision', 'category'] },
)
// fc.record with a "__proto__" key builds an own property, as JSON.parse would
const hostileDataset = fc.record({
  format: mostly(fc.constant('chronomap'), fc.constant('other')),
  version: mostly(fc.constant(1), fc.constantFrom(2, '1')),
  title: localized,
  categories: fc.constant([
    { id: 'a', label: 'A', color: '#336699' },
    { id: 'b', label: 'B', color: '#993366' },
  ]),
  events: fc.array(fc.oneof(hostileEvent, fc.jsonValue()), { maxLength: 8 }),
})

describe('validateDataset on arbitrary input', () => {
  it('never throws and accepts only safe events, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        expectSafe(validateDataset(raw))
      }),
      RUNS,
    )
  })

  it('never throws and accepts only safe events, for hostile datasets (after a JSON round trip)', () => {
    fc.assert(
      fc.property(hostileDataset, (raw) => {
        expectSafe(validateDataset(JSON.parse(JSON.stringify(raw)) as unknown))
        expectSafe(validateDataset(raw))
      }),
      RUNS,
    )
  })

  it('the hostile generator does reach accepted events (so the invariants above are exercised)', () => {
    let accepted = 0
    fc.assert(
      fc.property(hostileDataset, (raw) => {
        accepted += validateDataset(JSON.parse(JSON.stringify(raw)) as unknown).dataset?.events.length ?? 0
      }),
      RUNS,
    )
    expect(accepted).toBeGreaterThan(0)
  })

  it('pollutes nothing with __proto__ / constructor keys at any level', () => {
    const text = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"format":"chronomap","version":1,"title":"t","categories":[],"events":[{"__proto__":{"polluted":1},"id":"x","title":"t","start":"2022-10-10","category":"a","place":{"__proto__":{"polluted":1},"name":"p","lat":1,"lon":2}}]}'
    expectSafe(validateDataset(JSON.parse(text) as unknown))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

/** validateDataset with the fast path turned off, so that every record goes through the schema and toEvent */
async function importSchemaOnlyValidate(): Promise<{ schemaOnly: typeof validateDataset; unsure: () => void }> {
  const unsure = vi.fn(() => null)
  vi.resetModules()
  vi.doMock('./fastPath', async (importOriginal) => ({ ...(await importOriginal<typeof FastPath>()), fastEvent: unsure }))
  try {
    return { schemaOnly: (await import('./validate')).validateDataset, unsure }
  } finally {
    vi.doUnmock('./fastPath')
    vi.resetModules()
  }
}

/** a valid value nearly always, so that whole records are often valid; now and then one the schema rejects */
const usually = <T, U>(valid: fc.Arbitrary<T>, odd: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 15 }, { arbitrary: odd, weight: 1 })
const text = usually(
  fc.oneof(
    fc.constantFrom('Text', ' padded '),
    fc.record({ en: fc.constantFrom('Text', ' padded\n'), 'de-AT': fc.constantFrom('Text', '', ' '), und: fc.constant('') }, { requiredKeys: ['en'] }),
  ),
  fc.constantFrom('', ' ', 'x'.repeat(20_001), { en: ' ' }, { EN: 'Text' }, {}),
)
const instant = usually(
  fc.constantFrom('2022-10-10T08:15+03:00', '2022-10-10T00:00Z', '2022-10-09T23:00-01:00', '2022-10-10T08:15:30.5+05:30', '2022-10-12T00:00Z'),
  fc.constantFrom('2022-02-30T00:00Z', '2022-10-10'),
)
const precision = usually(fc.constantFrom('minute', 'hour', 'day', 'month', 'year'), fc.constant('week'))
/** events that are often valid, with every field the fast path reads, and ids, categories and times that clash */
const plausibleEvent = fc.record(
  {
    id: usually(fc.constantFrom('a', 'b', 'c', 'x:1'), fc.constant('bad id')),
    title: text,
    summary: text,
    start: instant,
    end: instant,
    precision,
    endPrecision: precision,
    timeApproximate: usually(fc.boolean(), fc.constant('yes')),
    timeNote: text,
    category: fc.constantFrom('a', 'b', 'c'),
    place: fc.record(
      { name: text, detail: text, lat: usually(fc.constantFrom(50.45, -90), fc.constant(91)), lon: usually(fc.constantFrom(30.5, 180), fc.constant(-181)), approximate: usually(fc.boolean(), fc.constant(1)) },
      { requiredKeys: ['name', 'lat', 'lon'] },
    ),
    geometry: usually(fc.constant(undefined), fc.constantFrom({ type: 'Point', coordinates: [30, 50] }, { type: 'Point', coordinates: [300, 50] })),
    geometryApproximate: fc.boolean(),
    sources: fc.array(
      fc.record(
        {
          publisher: usually(fc.constantFrom('P', ' P '), fc.constant('')),
          title: usually(fc.constant('T'), fc.constant('T'.repeat(501))),
          date: usually(fc.constantFrom('2022', '2022-10-10'), fc.constant('22')),
          url: usually(fc.constantFrom('https://example.org/a', 'HTTP://EXAMPLE.ORG', 'https://a.b/c d'), fc.constantFrom('https://a.0x/', 'javascript:alert(1)')),
          note: text,
        },
        { requiredKeys: ['publisher'] },
      ),
      { maxLength: 2 },
    ),
    tags: fc.array(usually(fc.constantFrom('t', ' t '), fc.constantFrom('', 'x'.repeat(81))), { maxLength: 3 }),
    related: fc.array(fc.record({ id: usually(fc.constantFrom('a', 'b', 'z'), fc.constant('bad id')), relation: usually(fc.constantFrom('cause', 'response', 'context'), fc.constant('other')) }), { maxLength: 2 }),
    verificationNotes: fc.array(text, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'title', 'start', 'category'] },
)
const plausibleDataset = fc.record({
  version: fc.constant(1),
  title: fc.constant('T'),
  categories: fc.constant([
    { id: 'a', label: 'A', color: '#336699' },
    { id: 'b', label: 'B', color: '#993366' },
  ]),
  events: fc.array(fc.oneof({ arbitrary: plausibleEvent, weight: 5 }, { arbitrary: hostileEvent, weight: 1 }), { maxLength: 8 }),
})

describe('validateDataset with and without the fast path', () => {
  it('gives the same datasets and the same problems', async () => {
    const { schemaOnly, unsure } = await importSchemaOnlyValidate()
    let fast = 0
    fc.assert(
      fc.property(fc.oneof(plausibleDataset, hostileDataset), (dataset) => {
        const raw = JSON.parse(JSON.stringify(dataset)) as { events: unknown[] }
        fast += raw.events.filter((event, i) => fastEvent(event, i + 1) !== null).length
        expect(validateDataset(raw)).toStrictEqual(schemaOnly(raw))
        expect(validateDataset(dataset)).toStrictEqual(schemaOnly(dataset))
      }),
      RUNS,
    )
    // both paths were compared: many records took the fast one, and the schema-only copy asked its stand-in
    expect(fast).toBeGreaterThan(RUNS.numRuns / 10)
    expect(unsure).toHaveBeenCalled()
  })
})
