import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EventsArrayScanner } from './eventsStream'

const RUNS = { numRuns: Number(process.env.FC_RUNS) || 300 }

const encode = (text: string) => new TextEncoder().encode(text)

/** The text's UTF-8 bytes in pieces at the given cut points (sorted, within the bytes): characters may be cut in two. */
function pieces(text: string, cuts: number[]): Uint8Array[] {
  const bytes = encode(text)
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const out: Uint8Array[] = []
  let from = 0
  for (const point of points) {
    out.push(bytes.subarray(from, point))
    from = point
  }
  out.push(bytes.subarray(from))
  return out
}

/** The text's bytes one at a time. */
const bytewise = (text: string) => Array.from(encode(text), (byte) => new Uint8Array([byte]))

/**
 * What the scanner makes of the text in these pieces: the records (each run parsed), head and tail; `split` false
 * when it left the text to the usual way or a part is not JSON (as streamLoad.ts then does).
 */
function split(parts: readonly Uint8Array[], headLimit?: number) {
  const scanner = new EventsArrayScanner(headLimit)
  const records: unknown[] = []
  let json = true
  for (const part of parts) {
    for (const run of scanner.push(part)) {
      try {
        records.push(...(JSON.parse(`[${run}]`) as unknown[]))
      } catch {
        json = false
      }
    }
  }
  const tail = scanner.end()
  return { records, head: scanner.head, tail, state: scanner.state, split: json && tail !== null }
}

// JSON values with the characters that matter to a scanner: quotes, backslashes, brackets, commas, colons
const tricky = fc.oneof(fc.string(), fc.constantFrom('"', '\\', '\\"', '{', '}', '[', ']', ',', ':', '"events":[', '\\\\', 'ä–✓', '\u2028'))
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
  ),
})).value

describe('EventsArrayScanner', () => {
  it('splits any text with a top-level "events" array into its records, head and tail, however the text is cut', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string().filter((k) => k !== 'events'), value, { maxKeys: 4 }),
        fc.array(value, { maxLength: 12 }),
        fc.dictionary(fc.string().filter((k) => k !== 'events'), value, { maxKeys: 3 }),
        fc.constantFrom(undefined, 2),
        fc.array(fc.nat(), { maxLength: 20 }),
        (before, events, after, indent, cuts) => {
          const text = JSON.stringify({ ...before, events, ...after }, null, indent)
          const whole = JSON.parse(text) as Record<string, unknown>
          const out = split(pieces(text, cuts))
          expect(out.split).toBe(true)
          expect(out.records).toEqual(whole['events'])
          expect(JSON.parse(out.head + (out.tail ?? ''))).toEqual({ ...whole, events: [] })
        },
      ),
      RUNS,
    )
  })

  it('reads a byte at a time: escaped quotes and backslashes at the cuts', () => {
    const text = '{"a":"x\\"}","events":[{"t":"\\\\"},{"t":"\\"],"}, 7 ,"s"],"b":{"events":1}}'
    const out = split(bytewise(text))
    expect(out.records).toEqual([{ t: '\\' }, { t: '"],' }, 7, 's'])
    expect(out.head).toBe('{"a":"x\\"}","events":[')
    expect(out.tail).toBe('],"b":{"events":1}}')
  })

  it('takes only the top-level "events": a nested one, or the word as a value, is part of the envelope', () => {
    const text = '{"x":{"events":[1]},"y":"events","events":[2,3],"z":["events"]}'
    expect(split([encode(text)]).records).toEqual([2, 3])
    expect(split([encode(text)]).head).toBe('{"x":{"events":[1]},"y":"events","events":[')
  })

  it('an empty array has no records', () => {
    expect(split([encode('{"events":[ ]}')])).toMatchObject({ records: [], state: 'tail', tail: ']}' })
    expect(split([encode('{"events":[]}')])).toMatchObject({ records: [], state: 'tail' })
  })

  it('decodes each run as the whole file decodes there: characters of several bytes cut between pieces, and bytes that are not UTF-8', () => {
    const text = '{"title":"Kyjiw – „Test“ ✓","events":[{"t":"Zaporizhzhia – ä"},{"t":"😀"}],"b":"ö"}'
    for (const parts of [bytewise(text), pieces(text, [12, 13, 40, 41, 42, 60, 61, 62])]) {
      const out = split(parts)
      expect(out.records).toEqual([{ t: 'Zaporizhzhia – ä' }, { t: '😀' }])
      expect(out.head).toBe('{"title":"Kyjiw – „Test“ ✓","events":[')
      expect(out.tail).toBe('],"b":"ö"}')
    }
    // a broken sequence (a lead byte without its continuation) becomes U+FFFD, as TextDecoder makes it of the whole
    const broken = new Uint8Array([...encode('{"events":[{"t":"a'), 0xc3, ...encode('"},{"t":"b'), 0xe2, 0x80, ...encode('"}]}')])
    const whole = JSON.parse(new TextDecoder().decode(broken)) as { events: unknown[] }
    expect(split([broken]).records).toEqual(whole.events)
    expect(split(Array.from(broken, (b) => new Uint8Array([b]))).records).toEqual(whole.events)
  })

  it("passes over UTF-8's byte-order mark at the start, however it is cut, and nowhere else", () => {
    const text = '\ufeff{"events":[1,2],"a":3}'
    for (const parts of [[encode(text)], bytewise(text)]) expect(split(parts)).toMatchObject({ records: [1, 2], head: '{"events":[', tail: '],"a":3}', split: true })
    for (const other of ['{"events":[1]}\ufeff', ' \ufeff{"events":[1]}', '\ufeff\ufeff{"events":[1]}']) expect(split(bytewise(other)).split).toBe(false)
    // the first two bytes of the mark only
    expect(split([new Uint8Array([0xef, 0xbb, ...encode('{"events":[1]}')])]).split).toBe(false)
  })

  it('gives up on a text whose head goes on past the limit (a GeoJSON file\'s features, say), as soon as it does', () => {
    const text = '{"type":"FeatureCollection","features":[' + Array.from({ length: 50 }, (_, k) => `{"id":${k}}`).join(',') + '],"events":[1]}'
    const at = text.indexOf('"events"')
    expect(split([encode(text)], at + 10)).toMatchObject({ records: [1], split: true })
    const scanner = new EventsArrayScanner(100)
    expect(scanner.push(encode(text.slice(0, 90)))).toEqual([])
    expect(scanner.state).toBe('head')
    scanner.push(encode(text.slice(90, 120)))
    expect(scanner.state).toBe('unsplittable')
    // the limit is on the head only: any number of records after it
    const records = Array.from({ length: 100 }, (_, k) => ({ k }))
    expect(split(pieces(JSON.stringify({ version: 1, events: records }), [7, 400, 800]), 30)).toMatchObject({ records, split: true })
  })

  it.each([
    ['a top-level array', '[{"events":[1]}]'],
    ['text before the object', 'x{"events":[1]}'],
    ['text after the object', '{"events":[1]} x'],
    ['a second object after the first', '{"events":[1]}{}'],
    ['no "events" key', '{"records":[1,2]}'],
    ['"events" that is not an array', '{"events":{"a":1}}'],
    ['a second top-level "events" (JSON.parse keeps the later)', '{"events":[1],"events":[]}'],
    ['an empty record at the start', '{"events":[,1]}'],
    ['two commas', '{"events":[1,,2]}'],
    ['a comma before the bracket', '{"events":[1,]}'],
    ['a text that ends inside the array', '{"events":[1,2'],
    ['a text that ends inside a string', '{"events":[1],"a":"b'],
    ['an escaped key that JSON.parse reads as "events"', '{"\\u0065vents":[1]}'],
  ])('leaves %s to the usual way', (_, text) => {
    for (const parts of [[encode(text)], bytewise(text)]) expect(split(parts).split).toBe(false)
  })
})
