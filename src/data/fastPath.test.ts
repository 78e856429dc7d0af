/**
 * The fast path must never accept what the schema rejects, and must return exactly the
 * event the schema's path (EventSchema, then toEvent) makes; for ordinary valid records
 * it must actually take them (else it is no fast path).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EventSchema, HttpUrlSchema, LocalizedTextSchema, RelationSchema, SourceSchema } from './schema'
import { FAST_PATH_FIELDS, fastEvent, isId, isLanguageTag, isPlainHttpUrl, isSourceDate } from './fastPath'
import { toEvent } from './validate'
import type { ChronoEvent } from './model'
import { isHttpUrl } from '../lib/url'
import { minimalDataset } from './fixtures/minimal'
import { readFileSync } from 'node:fs'

const RUNS = { numRuns: Number(process.env.FC_RUNS) || 1000 }
const RECORD = 7

/** The event as the schema's path makes it, or null where the schema rejects the record. */
function viaSchema(value: unknown): ChronoEvent | null {
  const parsed = EventSchema.safeParse(value)
  return parsed.success ? toEvent(parsed.data, RECORD) : null
}

function agrees(value: unknown): void {
  const fast = fastEvent(value, RECORD)
  if (fast === null) return
  const slow = viaSchema(value)
  expect(slow, `fast path accepted what the schema rejects: ${JSON.stringify(value)?.slice(0, 300)}`).not.toBeNull()
  expect(fast).toStrictEqual(slow)
  // toStrictEqual does not see whether texts are frozen
  expect(Object.isFrozen(fast.title)).toBe(Object.isFrozen(slow?.title))
}

const tricky = fc.oneof(
  fc.constantFrom(
    undefined, null, '', ' ', '  x  ', 'x', '\u00a0', 'a'.repeat(80), ' '.repeat(81) + 'a', 'a'.repeat(20_001), 'a'.repeat(500), ' a'.repeat(251),
    true, 0, NaN, Infinity, -91, 90, 180, -180.0001, [], {}, [1, 2], { en: '' }, { en: ' ', de: 'x' }, { EN: 'x' }, { __proto__: 'x' },
    { 'de-AT': 'x' }, { und: 'x' }, 'minute', 'day', 'Minute', 'cause', 'response', 'other',
    '2022-10-10T08:15+03:00', '2022-02-30T00:00Z', '2022-10-10T08:15', '2022-10-10T24:00Z', '2022-10-10T08:15:30.5-04:00',
    'https://example.org/a', 'http://x', 'HTTPS://EXAMPLE.ORG', 'https://', 'javascript:alert(1)', ' https://example.org', 'ok-id', 'bad id', '_x',
    'https://1.2.3.4.5/', 'http://xn--a.example/', 'https://a..b/', 'https://example.org:99999/', 'https://u@example.org/',
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
  title: fc.constantFrom('Title', ' padded ', { de: 'Titel', en: 'Title' }, { de: ' Titel\n', en: ' ', fr: '' }, { 'de-AT': 'x', deu: 'y' }, ''),
  summary: fc.constantFrom(undefined, 'S', { en: ' s ' }, { en: '' }, { EN: 's' }),
  start: fc.constantFrom('2022-10-10T08:15+03:00', '2022-10-10T00:00Z', '2022-13-10T00:00Z'),
  category: fc.constantFrom('strike', 'statement'),
  precision: fc.constantFrom(undefined, 'day', 'minute', 'week'),
  place: fc.constantFrom(
    undefined,
    { name: 'Kyiv', lat: 50.45, lon: 30.52 },
    { name: 'Far', lat: 95, lon: 0 },
    { name: { uk: ' Київ ' }, detail: ' centre ', lat: 50.45, lon: 30.52, approximate: true },
    { name: 'Kyiv', lat: 50.45, lon: 30.52, approximate: 'yes' },
    { name: 'Kyiv', lat: 50.45, lon: 30.52, approximate: undefined, detail: undefined },
  ),
  end: fc.constantFrom(undefined, '2022-10-10T08:15+03:00', '2022-10-09T00:00+03:00', '2022-10-11T00:00Z'),
  endPrecision: fc.constantFrom(undefined, 'day', 'hour', 'later'),
  sources: fc.constantFrom(
    undefined,
    [{ publisher: ' Example ', url: 'https://example.org/a', note: 'n' }],
    [{ publisher: 'E', url: 'javascript:x' }],
    [{ publisher: 'E', title: 'T', date: '2022-10', url: 'HTTPS://Example.org:8443/a b' }, { publisher: 'F', date: '20221', note: undefined }],
  ),
  tags: fc.constantFrom(undefined, [' a ', 'b'], ['']),
})

describe('fastEvent', () => {
  it('knows exactly the schema\'s event fields (a field added to the schema must be added to the fast path too)', () => {
    expect([...FAST_PATH_FIELDS].sort()).toEqual(Object.keys(EventSchema.shape).sort())
    const [first] = minimalDataset().events
    expect(fastEvent({ ...first, somethingElse: 1 }, RECORD)).toBeNull()
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
      expect(fastEvent(event, RECORD)).toStrictEqual(toEvent(EventSchema.parse(event), RECORD))
    }
    const bundled = JSON.parse(readFileSync(new URL('../../data/events-2022-10.json', import.meta.url), 'utf8')) as { events: Record<string, unknown>[] }
    const plain = bundled.events.filter((event) => event['geometry'] === undefined)
    expect(plain.length).toBeGreaterThan(30)
    for (const event of plain) expect(fastEvent(event, RECORD)).toStrictEqual(toEvent(EventSchema.parse(event), RECORD))
  })
  it('leaves records with a geometry, and invalid records, to the schema', () => {
    const [first] = minimalDataset().events
    expect(fastEvent({ ...first, geometry: { type: 'Point', coordinates: [30, 50] } }, RECORD)).toBeNull()
    expect(fastEvent({ ...first, start: '2022-02-30T00:00Z' }, RECORD)).toBeNull()
    expect(fastEvent({ ...first, sources: [{ publisher: 'x', url: 'javascript:alert(1)' }] }, RECORD)).toBeNull()
    // a hole in a sparse array is an undefined tag to zod
    const holey: string[] = []
    holey[0] = 'a'
    holey[2] = 'b'
    expect(fastEvent({ ...first, tags: holey }, RECORD)).toBeNull()
    expect(EventSchema.safeParse({ ...first, tags: holey }).success).toBe(false)
    expect(fastEvent(null, RECORD)).toBeNull()
  })
})

describe('the fast path\'s character checks, against the schema\'s regexps', () => {
  const near = (chars: string, maxLength: number) => fc.string({ unit: fc.constantFrom(...chars), maxLength })
  const passes = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success

  it('ids', () => {
    fc.assert(
      fc.property(fc.oneof(near('aZ09._:- _é', 130), fc.string()), (text) => {
        expect(isId(text)).toBe(passes(RelationSchema.shape.id, text))
      }),
      RUNS,
    )
    expect(isId('a'.repeat(128))).toBe(true)
    expect(isId('a'.repeat(129))).toBe(false)
  })
  it('language tags', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[a-z]{1,4}(-[A-Za-z0-9_]{1,9})?$/), near('azAZ09-_ ', 13), fc.string()), (key) => {
        // zod skips a "__proto__" key instead of checking it
        fc.pre(key !== '__proto__')
        expect(isLanguageTag(key)).toBe(passes(LocalizedTextSchema, { [key]: 'text' }))
      }),
      RUNS,
    )
    for (const key of ['de', 'und', 'de-AT', 'zh-Hant', 'en-12345678']) expect(isLanguageTag(key)).toBe(true)
    for (const key of ['d', 'deut', 'DE', 'de-', 'de-A', 'en-123456789', 'de_AT', 'de-AT-x']) expect(isLanguageTag(key)).toBe(false)
  })
  it('source dates', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{3,5}(-\d{1,3}(-\d{1,3})?)?$/), near('09-/ ', 11), fc.string()), (date) => {
        expect(isSourceDate(date)).toBe(passes(SourceSchema.shape.date, date))
      }),
      RUNS,
    )
    for (const date of ['2022', '2022-10', '2022-10-10']) expect(isSourceDate(date)).toBe(true)
  })
  it('plain http(s) addresses: never one that new URL or the schema rejects, and the ordinary ones', () => {
    const label = fc.oneof(near('az09-', 8), fc.constantFrom('xn--', 'XN--ab', 'xn--p1ai', '0x', '0X1f', '1', '255', '', 'é', 'a'.repeat(64)))
    const host = fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.'))
    const address = fc
      .tuple(
        fc.constantFrom('http://', 'https://', 'HTTPS://', 'http:/', 'https:///', 'ftp://', ''),
        fc.oneof(host, fc.string({ maxLength: 12 })),
        fc.constantFrom('', '.', ':80', ':99999', '@evil', '\\', '%41', '\t', ' ', '/', '?', '#'),
        fc.oneof(near('/?#a%\\ \t\n"<>^`{|}é\u0000~', 12), fc.string({ maxLength: 12 })),
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(address, (text) => {
        if (isPlainHttpUrl(text)) {
          expect(isHttpUrl(text), text).toBe(true)
          expect(passes(HttpUrlSchema, text), text).toBe(true)
        }
      }),
      { numRuns: 20_000 },
    )
    for (const text of ['https://example.org/report/0', 'http://x', 'https://www.kyivpost.com/post/1?a=b#c', 'https://a-b.c0.de']) expect(isPlainHttpUrl(text), text).toBe(true)
    for (const text of ['https://1.2.3.4/', 'https://1.2.3.4.5/', 'http://example.0x1/', 'http://xn--a.example/', 'https://a..b/', 'https://example.org:8080/', 'https://u@example.org/', 'https://ex\\ample.org', 'https://example.org./']) {
      expect(isPlainHttpUrl(text), text).toBe(false)
    }
  })
})
