/**
 * The fast path must never accept what the schema rejects, and must return exactly what
 * the schema returns; for ordinary valid records it must actually take them (else it is
 * no fast path).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EventSchema } from './schema'
import { FAST_PATH_FIELDS, fastEventRecord } from './fastPath'
import { minimalDataset } from './fixtures/minimal'
import { readFileSync } from 'node:fs'

const RUNS = { numRuns: Number(process.env.FC_RUNS) || 1000 }

function agrees(value: unknown): void {
  const fast = fastEventRecord(value)
  if (fast === null) return
  const parsed = EventSchema.safeParse(value)
  expect(parsed.success, `fast path accepted what the schema rejects: ${JSON.stringify(value)?.slice(0, 300)}`).toBe(true)
  expect(fast).toStrictEqual(parsed.data)
}

const tricky = fc.oneof(
  fc.constantFrom(
    undefined, null, '', ' ', '  x  ', 'x', '\u00a0', 'a'.repeat(80), ' '.repeat(81) + 'a', 'a'.repeat(20_001), 'a'.repeat(500), ' a'.repeat(251),
    true, 0, NaN, Infinity, -91, 90, 180, -180.0001, [], {}, [1, 2], { en: '' }, { en: ' ', de: 'x' }, { EN: 'x' }, { __proto__: 'x' },
    { 'de-AT': 'x' }, { und: 'x' }, 'minute', 'day', 'Minute', 'cause', 'response', 'other',
    '2022-10-10T08:15+03:00', '2022-02-30T00:00Z', '2022-10-10T08:15', '2022-10-10T24:00Z', '2022-10-10T08:15:30.5-04:00',
    'https://example.org/a', 'http://x', 'HTTPS://EXAMPLE.ORG', 'https://', 'javascript:alert(1)', ' https://example.org', 'ok-id', 'bad id', '_x',
    '2022', '2022-10', '2022-10-1', { type: 'Point', coordinates: [30, 50] },
  ),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.boolean(),
)

const localized = fc.oneof(tricky, fc.dictionary(fc.constantFrom('de', 'en', 'uk', 'x', 'de-AT', '__proto__', 'constructor'), tricky, { maxKeys: 3 }))

/** Records shaped like events, with every field drawn from valid and invalid values. */
const eventLike = fc.record(
  {
    id: tricky,
    title: localized,
    summary: localized,
    start: tricky,
    end: tricky,
    precision: tricky,
    endPrecision: tricky,
    timeApproximate: tricky,
    timeNote: localized,
    category: tricky,
    place: fc.oneof(tricky, fc.record({ name: localized, detail: localized, lat: tricky, lon: tricky, approximate: tricky, extra: tricky }, { requiredKeys: ['name', 'lat', 'lon'] })),
    geometry: tricky,
    geometryApproximate: tricky,
    sources: fc.oneof(tricky, fc.array(fc.oneof(tricky, fc.record({ publisher: tricky, title: tricky, date: tricky, url: tricky, note: localized }, { requiredKeys: ['publisher'] })), { maxLength: 3 })),
    tags: fc.oneof(tricky, fc.array(tricky, { maxLength: 3 })),
    related: fc.oneof(tricky, fc.array(fc.oneof(tricky, fc.record({ id: tricky, relation: tricky })), { maxLength: 3 })),
    verificationNotes: fc.oneof(tricky, fc.array(localized, { maxLength: 3 })),
    unknownKey: tricky,
  },
  { requiredKeys: [] },
)

/** Records that are mostly valid, so both outcomes are common. */
const nearlyValid = fc.record({
  id: fc.constantFrom('a', 'b-1', 'x:y', 'bad id'),
  title: fc.constantFrom('Title', ' padded ', { de: 'Titel', en: 'Title' }, ''),
  start: fc.constantFrom('2022-10-10T08:15+03:00', '2022-10-10T00:00Z', '2022-13-10T00:00Z'),
  category: fc.constantFrom('strike', 'statement'),
  precision: fc.constantFrom(undefined, 'day', 'minute', 'week'),
  place: fc.constantFrom(undefined, { name: 'Kyiv', lat: 50.45, lon: 30.52 }, { name: 'Far', lat: 95, lon: 0 }),
  sources: fc.constantFrom(undefined, [{ publisher: ' Example ', url: 'https://example.org/a', note: 'n' }], [{ publisher: 'E', url: 'javascript:x' }]),
  tags: fc.constantFrom(undefined, [' a ', 'b'], ['']),
})

describe('fastEventRecord', () => {
  it('knows exactly the schema\'s event fields (a field added to the schema must be added to the fast path too)', () => {
    expect([...FAST_PATH_FIELDS].sort()).toEqual(Object.keys(EventSchema.shape).sort())
    const [first] = minimalDataset().events
    expect(fastEventRecord({ ...first, somethingElse: 1 })).toBeNull()
  })
  it('agrees with the schema on arbitrary event-like records', () => {
    fc.assert(fc.property(eventLike, agrees), RUNS)
  })
  it('agrees with the schema on nearly valid records', () => {
    fc.assert(fc.property(nearlyValid, agrees), RUNS)
  })
  it('agrees with the schema on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), agrees), RUNS)
  })
  it('takes ordinary valid records (the fixture and every bundled event without a geometry)', () => {
    for (const event of minimalDataset().events) {
      expect(fastEventRecord(event)).toStrictEqual(EventSchema.parse(event))
    }
    const bundled = JSON.parse(readFileSync(new URL('../../data/events-2022-10.json', import.meta.url), 'utf8')) as { events: Record<string, unknown>[] }
    const plain = bundled.events.filter((event) => event['geometry'] === undefined)
    expect(plain.length).toBeGreaterThan(30)
    for (const event of plain) expect(fastEventRecord(event)).toStrictEqual(EventSchema.parse(event))
  })
  it('leaves records with a geometry, and invalid records, to the schema', () => {
    const [first] = minimalDataset().events
    expect(fastEventRecord({ ...first, geometry: { type: 'Point', coordinates: [30, 50] } })).toBeNull()
    expect(fastEventRecord({ ...first, start: '2022-02-30T00:00Z' })).toBeNull()
    expect(fastEventRecord({ ...first, sources: [{ publisher: 'x', url: 'javascript:alert(1)' }] })).toBeNull()
    expect(fastEventRecord(null)).toBeNull()
  })
})
