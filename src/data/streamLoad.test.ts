/**
 * streamLoad (a file parsed and validated while it downloads) against loadFromText (the whole text at once): the same
 * outcome, problems in the same order, and the batches it hands out make up the same events, whatever the file and
 * however its text arrives.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ChronoEvent } from './model'
import { loadFromText, type LoadOutcome } from './pipeline'
import { streamLoad } from './streamLoad'
import { minimalDataset } from './fixtures/minimal'

const RUNS = { numRuns: Number(process.env.FC_RUNS) || 100 }

const withoutTimings = ({ timings: _, ...outcome }: LoadOutcome) => outcome

/** The text's UTF-8 bytes in pieces of `size` bytes (a character may be cut in two). */
function piecesOf(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text)
  const out: Uint8Array[] = []
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size))
  return out
}

/** The pieces decoded as one text, as the loader worker does for a file read the usual way. */
function wholeText(parts: readonly Uint8Array[]): string {
  const decoder = new TextDecoder('utf-8')
  return parts.map((part) => decoder.decode(part, { stream: true })).join('') + decoder.decode()
}

/** Streams the pieces: the outcome, the batches handed out (after the last reset) and how many resets there were. */
function stream(parts: readonly Uint8Array[]) {
  let batches: ChronoEvent[][] = []
  let resets = 0
  const load = streamLoad({
    onBatch: (events) => void batches.push(events),
    onReset: () => {
      resets++
      batches = []
    },
  })
  for (const part of parts) load.push(part)
  const outcome = load.end(() => wholeText(parts))
  return { outcome, events: batches.flat(), resets, batches }
}

/** The usual way: the outcome and its batches. */
function usual(text: string) {
  const batches: ChronoEvent[][] = []
  const outcome = loadFromText(text, { onBatch: (events) => void batches.push(events) })
  return { outcome, events: batches.flat() }
}

function expectSame(text: string, sizes = [1, 7, 100, 4096, text.length]) {
  const expected = usual(text)
  for (const size of sizes) {
    const got = stream(piecesOf(text, Math.max(1, size)))
    expect(withoutTimings(got.outcome)).toEqual(withoutTimings(expected.outcome))
    expect(got.events).toEqual(expected.events)
  }
  return expected.outcome
}

const bundled = readFileSync(new URL('../../data/events-2022-10.json', import.meta.url), 'utf8')

/** Many events, some rejected (unknown category, duplicate id, bad time), links to events that never come, a story. */
function busyDataset() {
  const data = minimalDataset() as ReturnType<typeof minimalDataset> & { story?: unknown[] }
  data.events = Array.from({ length: 12_345 }, (_, k) => ({
    id: k % 997 === 5 ? 'e1' : `e${k}`,
    title: k % 3 ? `Event ${k}` : { en: `Event ${k}`, de: `Ereignis ${k} – „Test“` },
    start: k % 1009 === 9 ? 'yesterday' : new Date(Date.UTC(2022, 0, 1) + ((k * 7919) % 12_345) * 3_600_000).toISOString().slice(0, 16) + 'Z',
    category: k % 1000 === 7 ? 'no-such-category' : 'strike',
    related: k % 10 === 3 ? [{ id: `e${k + 1}`, relation: 'response' }, { id: 'missing', relation: 'cause' }] : [],
  }))
  data.story = [{ event: 'e2' }, { event: 'missing' }, { event: 'e4', notes: 'say this' }]
  return data
}

describe('streamLoad', () => {
  it('gives the outcome and the batches loadFromText gives: the bundled dataset, however its text is cut', () => {
    const outcome = expectSame(bundled)
    expect(outcome.dataset?.events.length).toBeGreaterThan(10)
  })

  it('the same for a large file with rejected records, dropped links and a story after the events, pretty-printed or not', () => {
    const data = busyDataset()
    for (const text of [JSON.stringify(data), JSON.stringify(data, null, 2)]) {
      const outcome = expectSame(text, [1000, 65_536, text.length])
      expect(outcome.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['category', 'id', 'start', 'related', 'event']))
    }
    // streamed, not read again the usual way
    expect(stream(piecesOf(JSON.stringify(data), 65_536)).resets).toBe(0)
  })

  it('hands out batches while the text still arrives, before its end', () => {
    const parts = piecesOf(JSON.stringify(busyDataset()), 10_000)
    let batches = 0
    let atFirstBatch = -1
    const load = streamLoad({ onBatch: () => void (batches++ === 0 && (atFirstBatch = pushed)) })
    let pushed = 0
    for (const part of parts) {
      pushed++
      load.push(part)
    }
    load.end(() => wholeText(parts))
    expect(batches).toBeGreaterThan(1)
    expect(atFirstBatch).toBeGreaterThan(0)
    expect(atFirstBatch).toBeLessThan(parts.length / 2)
  })

  it.each([
    ['the title after the events', (text: string) => text.replace('"title":{"de":"Test","en":"Test"},', '').replace(/}$/, ',"title":"Late"}')],
    ['the categories given again after the events', (text: string) => text.replace(/}$/, ',"categories":[{"id":"strike","label":"S","color":"#000000"}]}')],
    ['a second "events" after the first', (text: string) => text.replace(/}$/, ',"events":[]}')],
    ['a record that is not JSON', (text: string) => text.replace('"id":"e500"', '"id":"e500",,')],
    ['an envelope that is not JSON after the events', (text: string) => text.replace(/}$/, ',}')],
    ['text after the end', (text: string) => `${text} x`],
    ['a format version the app does not read, after the events', (text: string) => text.replace('"version":1,', '').replace(/}$/, ',"version":2}')],
    ['a story that is not a list', (text: string) => text.replace(/"story":\[[^\]]*\]/, '"story":"no"')],
    ['no version', (text: string) => text.replace('"version":1,', '')],
  ])('reads a file with %s the usual way, with the same outcome', (_, change) => {
    const text = change(JSON.stringify(busyDataset()))
    expect(text).not.toBe(JSON.stringify(busyDataset()))
    expectSame(text, [4096, text.length])
  })

  it('says when it no longer wants the pieces: at once for a file that is not chronomap JSON, never for one that is', () => {
    const csv = streamLoad()
    csv.push(new TextEncoder().encode('title,start\n'))
    expect(csv.streaming).toBe(false)
    const native = streamLoad()
    for (const part of piecesOf(JSON.stringify(busyDataset()), 50_000)) native.push(part)
    expect(native.streaming).toBe(true)
  })

  it('takes back the batches it handed out when the file turns out to need the usual way', () => {
    const text = JSON.stringify(busyDataset()).replace(/}$/, ',"categories":[{"id":"strike","label":"S","color":"#000000"}]}')
    const got = stream(piecesOf(text, 4096))
    expect(got.resets).toBe(1)
    expect(got.events).toEqual(usual(text).events)
  })

  it('the same outcome as loadFromText for other formats, which are read the usual way', () => {
    const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [30.5, 50.4] }, properties: { title: 'Kyiv', start: '2022-10-10' } }] })
    const timelinejs = JSON.stringify({ events: [{ start_date: { year: 2022, month: 10, day: 10 }, text: { headline: 'One' } }] })
    for (const text of [geojson, timelinejs, 'title,start\nOne,2022-10-10\n', '', '{', '[1,2]', '{"events":[{"a":1}]}']) expectSame(text, [1, 3, Math.max(1, text.length)])
  })

  it('never throws and agrees with loadFromText on arbitrary JSON dressed as a dataset', () => {
    const base = minimalDataset()
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.constantFrom(...base.events)), { maxLength: 8 }), fc.jsonValue(), fc.nat({ max: 50 }), (events, story, size) => {
        const text = JSON.stringify({ ...base, events, story })
        expectSame(text, [size + 1])
      }),
      RUNS,
    )
  })
})
