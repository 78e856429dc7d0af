import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EventsArrayScanner } from './eventsStream'

const RUNS = { numRuns: Number(process.env.FC_RUNS) || 300 }

/** The text in pieces at the given cut points (sorted, within the text). */
function pieces(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
  const out: string[] = []
  let from = 0
  for (const point of points) {
    out.push(text.slice(from, point))
    from = point
  }
  out.push(text.slice(from))
  return out
}

/**
 * What the scanner makes of the text in these pieces: the records (each run parsed), head and tail; `split` false
 * when it left the text to the usual way or a part is not JSON (as streamLoad.ts then does).
 */
function split(parts: readonly string[]) {
  const scanner = new EventsArrayScanner()
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

  it('reads a character at a time: escaped quotes and backslashes at the cuts', () => {
    const text = '{"a":"x\\"}","events":[{"t":"\\\\"},{"t":"\\"],"}, 7 ,"s"],"b":{"events":1}}'
    const out = split([...text])
    expect(out.records).toEqual([{ t: '\\' }, { t: '"],' }, 7, 's'])
    expect(out.head).toBe('{"a":"x\\"}","events":[')
    expect(out.tail).toBe('],"b":{"events":1}}')
  })

  it('takes only the top-level "events": a nested one, or the word as a value, is part of the envelope', () => {
    const text = '{"x":{"events":[1]},"y":"events","events":[2,3],"z":["events"]}'
    expect(split([text]).records).toEqual([2, 3])
    expect(split([text]).head).toBe('{"x":{"events":[1]},"y":"events","events":[')
  })

  it('an empty array has no records', () => {
    expect(split(['{"events":[ ]}'])).toMatchObject({ records: [], state: 'tail', tail: ']}' })
    expect(split(['{"events":[]}'])).toMatchObject({ records: [], state: 'tail' })
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
    for (const parts of [[text], [...text]]) expect(split(parts).split).toBe(false)
  })
})
