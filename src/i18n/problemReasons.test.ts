import { describe, expect, it } from 'vitest'
import { PROBLEM_PATTERNS, problemReasonIn, traceProblemReason } from './problemReasons'
import { importText, type ImportOptions } from '../data/import'
import { parseDatasetText } from '../data/parse'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'

const reasons = new Set<string>()

/** The validator's reasons for a native dataset. */
function validate(raw: unknown): void {
  for (const problem of validateDataset(raw).problems) reasons.add(problem.reason)
}

/** The importer's reasons for a file, and the validator's for what it made of it (before they are merged). */
function importFile(text: unknown, options?: ImportOptions): void {
  const imported = importText(text as string, options)
  for (const problem of imported.problems) reasons.add(problem.reason)
  if (imported.raw !== null) validate(imported.raw)
}

const event = (fields: Record<string, unknown>) => ({ id: 'e1', title: 'T', start: '2022-10-10T08:15+03:00', category: 'strike', ...fields })
const withEvents = (...events: unknown[]) => ({ ...minimalDataset(), events })
const geojson = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features })
const feature = (properties: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [13.4, 52.5] },
  properties: { title: 'T', ...properties },
  ...more,
})
const slide = (fields: Record<string, unknown>) => ({ start_date: { year: 2022 }, text: { headline: 'T' }, ...fields })
const badUrls = ['javascript:a', 'javascript:b', 'javascript:c', 'javascript:d', 'javascript:e', 'javascript:f']

/** Every reason the validator and the importers give, each provoked through the code that gives it. */
function provokeAll(): string[] {
  // the validator: the dataset's top level, categories, events, relations, the story
  validate({ version: 2, format: 'x', title: '', categories: [], events: {}, story: 'x' })
  validate(5)
  validate({ version: 1, title: { DE: 'x' }, categories: [1], events: [] })
  validate({ version: 1, title: { de: ' ' }, categories: [1], events: [] })
  validate({ version: 1, title: 'x'.repeat(20_001), categories: [1], events: [], story: new Array(10_001).fill(1) })
  validate(
    withEvents(
      event({ id: 'a b', title: 5, start: 'x', end: '2022-02-30T00:00Z', precision: 'week', timeApproximate: 'y', place: { name: 'p', lat: 91, lon: -181 } }),
      event({ sources: [{ publisher: ' ', title: 'x'.repeat(501), date: '22', url: 'javascript:x' }, { publisher: 'a', url: 'http://' }], tags: [''] }),
      event({ related: [{ id: 'x', relation: 'bad' }], geometry: { type: 'Circle' }, start: '2022-13-01T00:00Z', end: '2022-01-01T25:00Z' }),
      event({ place: { name: 'p', lat: 'x', lon: null }, geometry: { type: 'Point', coordinates: [1] }, start: '2022-01-01T00:00+15:00' }),
      event({ geometry: { type: 'LineString', coordinates: [[200, 0], [0, 0]] }, tags: new Array(101).fill('a'), title: {} }),
      event({ geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 1]]] }, tags: ['x'.repeat(81)], verificationNotes: [''], sources: new Array(201).fill({ publisher: 'x' }) }),
      event({ place: { name: 'p', lat: Infinity, lon: 2 }, title: { de: 'x'.repeat(20_001) } }),
      null,
    ),
  )
  validate({
    ...minimalDataset(),
    categories: [{ id: 'strike', label: 'S', color: 'red', shape: 'blob' }, { id: 'strike', label: 'S', color: '#000000' }, { id: 'strike', label: 'S', color: '#000000' }],
    events: [event({}), event({}), event({ id: 'e2', category: 'nope' }), event({ id: 'e3', end: '2022-01-01T00:00Z' }), event({ id: 'e4', related: [{ id: 'e4', relation: 'cause' }, { id: 'nope', relation: 'cause' }] })],
    story: [{ event: 'e1' }, { event: 'nope' }],
  })
  validate(withEvents())
  // src/data/parse.ts
  for (const problem of parseDatasetText('{"version": 1,').problems) reasons.add(problem.reason)

  // the whole file (src/data/import/index.ts)
  importFile('   ')
  importFile('just some words')
  importFile('[1]')
  for (const json of ['null', '5', '"text"', 'true']) importFile(json, { fileName: 'x.json' })
  importFile('{"events": [')
  importFile({ toString: () => { throw new Error('no text') } })
  importFile('title,date\nT,2022-10-10', { defaultOffset: '+25:00' })
  importFile('title,date\nT,2022-10-10', { defaultOffset: 5 as unknown as string })

  // CSV
  const rows = [
    'a b,T,2022-10-10,,52,13,javascript:alert(1)',
    'r2,T,not a date,,,,',
    'r3,T,10/10/2022,,,,',
    'r4,T,2022-13-01,,,,',
    'r5,T,2022-10-32,2022-10-10T25:00,,,',
    'r6,T,2022-10-10T10:61,2022-10-10T10:10:61,,,',
    'r7,T,2022-10-10T10:00+15:00,-99999999999999,,,',
    'r8,T,2022-10-10,,52,,',
    'r9,T,2022-10-10,,abc,13,',
    'r10,T,2022-10-10,,91,13,',
    'r11,T,2022-10-10,,52,181,',
    'r12,T,,,,,',
    'r13,T,2022-02-30,,,,',
    'r14,T,2022-10-10,2022-10-01,,,',
    'r15,T,2022-10-10,,,,,extra',
    'r16,T,2022-10-10',
    // one cell too many, one too few: the singular
    'r17,T,2022-10-10,,,,,x,y',
    'r18,T,2022-10-10,,,',
  ]
  importFile(['id,title,date,end,lat,lon,url', ...rows].join('\n'))
  importFile('id,title,date\na,"b"x,2022\nc,"d,2022\n')
  importFile(['id,title,date', ...Array.from({ length: 25 }, (_, i) => `r${i},"b"x,2022`)].join('\n'))
  importFile(',,,\n')
  importFile('a,b\n1,2')
  importFile('title,date\nT,2022-10-10', { csvMapping: { start: 5 as unknown as string, title: 'nope' } })

  // GeoJSON
  const manySources = Array.from({ length: 205 }, (_, i) => `https://example.org/${i}`).join(' ')
  importFile(
    geojson(
      feature({ start: '2022-10-10' }, { id: 'a b' }),
      feature({ start: true, url: badUrls[0], link: badUrls[1], source_url: badUrls[2], href: badUrls[3], website: badUrls[4], source: badUrls[5] }),
      feature({}, { time: { interval: ['  ', null] } }),
      feature({}, { geometry: { type: 'GeometryCollection', geometries: [] } }),
      feature({ start: '2022-10-10', source: manySources }, { geometry: { type: 'Circle' } }),
      feature({ start: '2022-10-10' }, { geometry: {} }),
      feature({ start: '2022-10-10' }, { geometry: { type: 'Point', coordinates: [1] } }),
      feature({ date: '2022-13-01', time: '8:15' }),
      feature({ start: {} }),
      5,
    ),
  )
  // epoch milliseconds too far out, and too large for a number at all (JSON.stringify cannot write 1e400)
  importFile(geojson(feature({}, { time: 1e15 }), feature({}, { time: 'INF' })).replace('"INF"', '1e400'))
  importFile('{"type": "FeatureCollection"}')

  // TimelineJS
  importFile(
    JSON.stringify({
      events: [
        5,
        slide({ start_date: undefined }),
        slide({ start_date: '2022' }),
        slide({ start_date: { year: 'x' } }),
        slide({ start_date: { day: 5 } }),
        slide({ start_date: { year: 10_000 } }),
        slide({ start_date: { year: 2022, month: 13 } }),
        slide({ start_date: {}, end_date: { year: 2022, month: 2, day: 40 } }),
        slide({ unique_id: 'a b', location: { lat: [], lon: 1 }, media: { url: 'javascript:x' } }),
        slide({ location: { lat: 1 } }),
        slide({ location: { lat: 'INF', lon: 1 } }),
      ],
    }).replace('"INF"', '1e400'),
  )
  return [...reasons]
}

const produced = provokeAll()

/**
 * Reasons made where this test cannot make them, as the code writes them: src/app/initialData.ts when the bundled
 * dataset cannot be fetched (it needs the loader worker and a page).
 */
const LITERALS = ['could not fetch assets/events.json: the server answered HTTP 404']

describe('problemReasonIn', () => {
  it('says in German every reason the validator and the importers give, keeping what comes from the file', () => {
    expect(produced.length).toBeGreaterThan(100)
    for (const reason of [...produced, ...LITERALS]) {
      expect(problemReasonIn('en', reason)).toBe(reason)
      const german = problemReasonIn('de', reason)
      expect(german, reason).not.toBe(reason)
      expect(traceProblemReason(reason).unknown, reason).toEqual([])
      for (const number of reason.match(/\d+/g) ?? []) expect(german, reason).toContain(number)
      for (const [, text] of reason.matchAll(/"([^"]*)"/g)) expect(german, reason).toContain(text)
    }
  })

  it('has no entry that no reason reaches', () => {
    const reached = new Set([...produced, ...LITERALS].flatMap((reason) => traceProblemReason(reason).patterns))
    const unreached = PROBLEM_PATTERNS.filter((pattern) => !reached.has(pattern)).map(String)
    expect(unreached).toEqual([])
    expect(PROBLEM_PATTERNS.length).toBeGreaterThan(60)
  })

  it('reads as German, piece by piece where a reason is made of others', () => {
    const de = (reason: string) => problemReasonIn('de', reason)
    expect(de('duplicate id "e1" (first used by record 1)')).toBe('doppelte Kennung „e1“ (zuerst vergeben in Eintrag 1)')
    expect(de('column "lat": "abc" is not a number; the event is kept without a place')).toBe('Spalte „lat“: „abc“ ist keine Zahl; das Ereignis wird ohne Ort übernommen')
    expect(de('column "date": "2022-13-01": month 13 does not exist')).toBe('Spalte „date“: „2022-13-01“: den Monat 13 gibt es nicht')
    expect(de('geometry.coordinates: Too small: expected array to have >=2 items; the event is kept without a place')).toBe(
      'geometry.coordinates: zu wenige Einträge: mindestens 2; das Ereignis wird ohne Ort übernommen',
    )
    expect(de('Invalid input: expected number, received string')).toBe('ungültiger Wert: erwartet wird eine Zahl, kein Text')
    expect(de('Invalid input: expected string, received undefined')).toBe('fehlt (erwartet wird ein Text)')
    expect(de('day 30 does not exist in 2022-02')).toBe('den Tag 30 gibt es im Monat 2022-02 nicht')
    expect(de(LITERALS[0] ?? '')).toBe('assets/events.json konnte nicht abgerufen werden: der Server antwortete mit HTTP 404')
  })

  it('keeps text from the file as it is, markup included, and leaves a reason it does not know', () => {
    expect(problemReasonIn('de', 'unknown category "<img src=x onerror=alert(1)>"')).toBe('unbekannte Kategorie „<img src=x onerror=alert(1)>“')
    expect(problemReasonIn('de', 'there is no column "a "b"; c"')).toBe('es gibt keine Spalte „a "b"; c“')
    expect(problemReasonIn('de', 'Something zod may say one day')).toBe('Something zod may say one day')
  })
})
