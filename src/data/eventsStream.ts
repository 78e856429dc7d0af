/**
 * Finds the records of a JSON file's top-level "events" array while the file still arrives, piece by piece, so the
 * loader can parse and validate them during the download (streamLoad.ts). It only splits: each run of complete
 * records goes to JSON.parse as it is, and the text around the array (the dataset's envelope) is kept, to be parsed
 * once the text has ended. It follows JSON's structure (strings with their escapes, nesting, keys of the top-level
 * object) and nothing else: whether the text is valid JSON is left to JSON.parse of its parts, the envelope with an
 * empty array and each run of records, which together are the whole text.
 */

import { joinBytes } from './remote'

const QUOTE = 34
const BACKSLASH = 92
const COMMA = 44
const OPEN_OBJECT = 123
const CLOSE_OBJECT = 125
const OPEN_ARRAY = 91
const CLOSE_ARRAY = 93
const COLON = 58
/** UTF-8's byte-order mark, which the text decoder drops at the start of a file */
const BOM = [0xef, 0xbb, 0xbf]
/** the key "events", as bytes */
const EVENTS = [101, 118, 101, 110, 116, 115]

function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9
}

function isBlankBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (!isBlank(bytes[i]!)) return false
  return true
}

export type ScanState =
  /** before the top-level "events" array: the text is kept as the envelope's head */
  | 'head'
  /** inside the array: runs of complete records are handed out as they come */
  | 'events'
  /** after the array: the text is kept as the envelope's tail */
  | 'tail'
  /**
   * not a text this scanner splits (not an object, no top-level "events" array, a second "events" key, an empty
   * record, more than HEAD_LIMIT_BYTES before the array): the caller reads the whole text the usual way, which also
   * explains what is wrong with it
   */
  | 'unsplittable'

/**
 * A head (the text before the events array) longer than this is not a chronomap file's envelope but, most likely, a
 * GeoJSON file's features or another format's records: scanning them all would only delay reading the usual way.
 */
export const HEAD_LIMIT_BYTES = 2 * 1024 * 1024

/**
 * Works on the UTF-8 bytes as they arrive, not on decoded text: every byte that matters to JSON's structure is
 * ASCII, and no byte of a multi-byte character is, so a cut at one of them never splits a character, and each run
 * decodes on its own to exactly the text the whole file's decoding has there. Only the records and the envelope are
 * decoded, each once, and the pieces are never joined into one text (reading bytes is not much quicker than
 * reading a string's characters; what this saves is the decoding of whole pieces and the copies).
 */
export class EventsArrayScanner {
  state: ScanState = 'head'
  /** the text up to and including the array's "[" (once the array has started) */
  head = ''
  /** the bytes held from before the current piece: the head's, a run's not yet complete, or the tail's */
  private held: Uint8Array[] = []
  /** where the held bytes go on in the current piece */
  private from = 0
  private piece: Uint8Array = new Uint8Array(0)
  /** bytes scanned before the current piece */
  private seen = 0
  /** bytes of the byte-order mark found at the start */
  private bom = 0
  private depth = 0
  private inString = false
  /** the previous byte in a string was a backslash that escapes this one */
  private escaped = false
  /** at depth 1, the next string is a key */
  private expectKey = false
  /** the string being read is a key: how many of its bytes matched "events" so far (-1: it is not "events") */
  private keyMatch = -1
  private inKey = false
  private key: 'events' | 'other' | null = null
  /** the key "events" and its colon seen at depth 1: the next value is the array */
  private eventsNext = false
  /** the last comma between records in the current piece, or -1 */
  private boundary = -1
  /** runs handed out so far */
  private runs = 0
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true })

  constructor(private readonly headLimit = HEAD_LIMIT_BYTES) {}

  /**
   * Takes the next piece of the file; returns the runs of records complete with it: each the text between the
   * array's brackets or commas ("{…},{…}"), for JSON.parse(`[${run}]`). Runs never overlap and, with the separating
   * commas, make up the array's content.
   */
  push(piece: Uint8Array): string[] {
    if (this.state === 'unsplittable') return []
    this.piece = piece
    this.from = 0
    this.boundary = -1
    const runs: string[] = []
    this.scan(runs)
    if ((this.state as ScanState) === 'unsplittable') return []
    if (this.state === 'head' && this.seen + piece.length > this.headLimit) {
      this.fail()
      return []
    }
    if (this.state === 'events' && this.boundary >= 0) {
      this.hand(runs, this.take(this.boundary))
      this.from = this.boundary + 1
    }
    if (this.from < piece.length) this.held.push(piece.subarray(this.from))
    this.seen += piece.length
    this.piece = new Uint8Array(0)
    return runs
  }

  /**
   * The text has ended: the envelope's tail (the text from the array's "]" on), or null when the text was not split
   * (then the runs handed out so far are to be dropped). A run, or the envelope, may still not be JSON.
   */
  end(): string | null {
    if (this.state !== 'tail' || this.depth !== 0 || this.inString || (this.bom > 0 && this.bom < 3)) this.fail()
    if (this.state !== 'tail') return null
    return this.decoder.decode(joinBytes(this.held))
  }

  private fail(): void {
    this.state = 'unsplittable'
    this.held = []
    this.head = ''
  }

  /** The held bytes and the current piece's up to `end`; they are no longer held. */
  private take(end: number): Uint8Array {
    const bytes = joinBytes([...this.held, this.piece.subarray(this.from, end)])
    this.held = []
    this.from = end
    return bytes
  }

  private hand(runs: string[], run: Uint8Array): void {
    // a blank run is an empty record ("[,", ",,", ",]"), which JSON does not have
    if (isBlankBytes(run)) return this.fail()
    runs.push(this.decoder.decode(run))
    this.runs++
  }

  private scan(runs: string[]): void {
    const bytes = this.piece
    const length = bytes.length
    let at = 0
    while (at < length) {
      if (this.state === 'events' && this.depth >= 2) {
        // inside the array's records: the fast loop, up to the piece's end or the array's closing bracket
        at = this.scanRecords(at)
        if (at >= length) break
      }
      const c = bytes[at++]!
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (c === BACKSLASH) this.escaped = true
        else if (c === QUOTE) {
          this.inString = false
          if (this.inKey) {
            this.key = this.keyMatch === EVENTS.length ? 'events' : 'other'
            this.inKey = false
            this.expectKey = false
          }
          continue
        }
        // a key is compared as written, like the original text: an escaped "events" is not this scanner's
        if (this.inKey && this.keyMatch >= 0) this.keyMatch = !this.escaped && c === EVENTS[this.keyMatch] ? this.keyMatch + 1 : -1
        continue
      }
      if (isBlank(c)) continue
      // the byte-order mark, only at the very start of the file
      if (this.bom < 3 && this.seen + at - 1 === this.bom && c === BOM[this.bom]) {
        this.bom++
        continue
      }
      if (this.bom > 0 && this.bom < 3) return this.fail()
      this.bom = 3
      if (this.eventsNext) {
        // the value of the top-level "events": an array is split, anything else is read the usual way
        this.eventsNext = false
        if (c !== OPEN_ARRAY) return this.fail()
        this.state = 'events'
        this.depth++
        // the head, from the file's start (the decoder drops a byte-order mark there, as it does for the whole)
        this.head = new TextDecoder('utf-8').decode(this.take(at))
        continue
      }
      // outside the top-level object only its opening brace may come (text after it: not JSON)
      if (this.depth === 0 && (c !== OPEN_OBJECT || this.state !== 'head')) return this.fail()
      if (c === QUOTE) {
        this.inString = true
        this.inKey = this.expectKey && this.depth === 1
        this.keyMatch = 0
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        this.depth++
        this.expectKey = this.depth === 1
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.depth--
        if (this.depth < 0) return this.fail()
        if (this.state === 'events' && this.depth === 1) {
          // the array has ended: its last run (none in an empty array), then the tail from its "]" on
          const run = this.take(at - 1)
          if (this.runs > 0 || !isBlankBytes(run)) this.hand(runs, run)
          if ((this.state as ScanState) === 'unsplittable') return
          this.boundary = -1
          this.state = 'tail'
        }
      } else if (c === COMMA) {
        // (the commas between records are scanRecords')
        if (this.depth === 1) this.expectKey = true
      } else if (c === COLON && this.depth === 1) {
        if (this.key === 'events') {
          // a second top-level "events" (JSON.parse would keep the later one): read the usual way
          if (this.state !== 'head') return this.fail()
          this.eventsNext = true
        }
        this.key = null
      }
    }
  }

  /**
   * The hot part of scan (a large file is nearly all records): within the events array, where only strings, nesting
   * and the commas between records matter, with that state in local variables. Returns where it stopped: the piece's
   * end, or a closing bracket at the array's own depth, which scan reads (the array's end).
   */
  private scanRecords(from: number): number {
    const bytes = this.piece
    const length = bytes.length
    let at = from
    let depth = this.depth
    let boundary = this.boundary
    let inString = this.inString
    // the previous piece ended on a backslash in a string: this piece's first byte is the escaped one
    if (this.escaped) at++
    while (at < length) {
      if (inString) {
        // to the string's closing quote, a backslash and the byte it escapes at a time
        while (at < length) {
          const c = bytes[at]!
          if (c === QUOTE) {
            inString = false
            at++
            break
          }
          at += c === BACKSLASH ? 2 : 1
        }
        continue
      }
      const c = bytes[at]!
      if (c === QUOTE) {
        inString = true
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        depth++
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (depth === 2) break
        depth--
      } else if (c === COMMA && depth === 2) {
        boundary = at
      }
      at++
    }
    // past the end: the piece ended on a backslash, whose escaped byte comes first in the next
    this.escaped = at > length
    at = Math.min(at, length)
    this.depth = depth
    this.boundary = boundary
    this.inString = inString
    return at
  }
}
