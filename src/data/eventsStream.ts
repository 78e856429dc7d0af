/**
 * Finds the records of a JSON text's top-level "events" array while the text still arrives, piece by piece, so the
 * loader can parse and validate them during the download (streamLoad.ts). It only splits: each run of complete
 * records goes to JSON.parse as it is, and the text around the array (the dataset's envelope) is kept, to be parsed
 * once the text has ended. It follows JSON's structure (strings with their escapes, nesting, keys of the top-level
 * object) and nothing else: whether the text is valid JSON is left to JSON.parse of its parts, the envelope with an
 * empty array and each run of records, which together are the whole text.
 */

const QUOTE = 34
const BACKSLASH = 92
const COMMA = 44
const OPEN_OBJECT = 123
const CLOSE_OBJECT = 125
const OPEN_ARRAY = 91
const CLOSE_ARRAY = 93
const COLON = 58

function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9
}

function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlank(text.charCodeAt(i))) return false
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
   * record): the caller reads the whole text the usual way, which also explains what is wrong with it
   */
  | 'unsplittable'

export class EventsArrayScanner {
  state: ScanState = 'head'
  /** the text up to and including the array's "[" (once the array has started) */
  head = ''
  /** head, then records not yet handed out, then tail: the text still held */
  private buffer = ''
  private at = 0
  private depth = 0
  private inString = false
  /** where the current string's content starts in the buffer */
  private stringStart = 0
  /** at depth 1, the next string is a key */
  private expectKey = false
  private key: string | null = null
  /** the key "events" and its colon seen at depth 1: the next value is the array */
  private eventsNext = false
  /** the last comma between records in the buffer, or -1 */
  private boundary = -1
  /** runs handed out so far */
  private runs = 0

  /**
   * Takes the next piece of text; returns the runs of records complete with it: each the text between the array's
   * brackets or commas ("{…},{…}"), for JSON.parse(`[${run}]`). Runs never overlap and, with the separating
   * commas, make up the array's content.
   */
  push(text: string): string[] {
    if (this.state === 'unsplittable') return []
    this.buffer += text
    const runs: string[] = []
    this.scan(runs)
    if (this.state === 'events' && this.boundary >= 0) {
      this.hand(runs, this.buffer.slice(0, this.boundary))
      const cut = this.boundary + 1
      this.buffer = this.buffer.slice(cut)
      this.at -= cut
      this.stringStart -= cut
      this.boundary = -1
    }
    return runs
  }

  /**
   * The text has ended: the envelope's tail (the text from the array's "]" on), or null when the text was not split
   * (then the runs handed out so far are to be dropped). A run, or the envelope, may still not be JSON.
   */
  end(): string | null {
    if (this.state !== 'tail' || this.depth !== 0 || this.inString) this.fail()
    return this.state === 'tail' ? this.buffer : null
  }

  private fail(): void {
    this.state = 'unsplittable'
    this.buffer = ''
    this.head = ''
  }

  private hand(runs: string[], run: string): void {
    // a blank run is an empty record ("[,", ",,", ",]"), which JSON does not have
    if (isBlankText(run)) return this.fail()
    runs.push(run)
    this.runs++
  }

  private scan(runs: string[]): void {
    const text = this.buffer
    const length = text.length
    let at = this.at
    while (at < length) {
      if (this.inString) {
        const quote = text.indexOf('"', at)
        if (quote < 0) {
          at = length
          break
        }
        let backslashes = 0
        for (let b = quote - 1; b >= this.stringStart && text.charCodeAt(b) === BACKSLASH; b--) backslashes++
        at = quote + 1
        if (backslashes % 2 === 1) continue
        this.inString = false
        if (this.expectKey && this.depth === 1) {
          this.key = text.slice(this.stringStart, quote)
          this.expectKey = false
        }
        continue
      }
      const c = text.charCodeAt(at++)
      if (isBlank(c)) continue
      if (this.eventsNext) {
        // the value of the top-level "events": an array is split, anything else is read the usual way
        this.eventsNext = false
        if (c !== OPEN_ARRAY) return this.fail()
        this.state = 'events'
        this.depth++
        this.head = text.slice(0, at)
        this.buffer = text.slice(at)
        this.at = 0
        this.scan(runs)
        return
      }
      // outside the top-level object only its opening brace may come (text after it: not JSON)
      if (this.depth === 0 && (c !== OPEN_OBJECT || this.state !== 'head')) return this.fail()
      if (c === QUOTE) {
        this.inString = true
        this.stringStart = at
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        this.depth++
        this.expectKey = this.depth === 1
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.depth--
        if (this.depth < 0) return this.fail()
        if (this.state === 'events' && this.depth === 1) {
          // the array has ended: its last run (none in an empty array), then the tail from its "]" on
          const run = text.slice(0, at - 1)
          if (this.runs > 0 || !isBlankText(run)) this.hand(runs, run)
          if ((this.state as ScanState) === 'unsplittable') return
          this.boundary = -1
          this.state = 'tail'
          this.buffer = text.slice(at - 1)
          this.at = 1
          this.scan(runs)
          return
        }
      } else if (c === COMMA) {
        if (this.depth === 1) this.expectKey = true
        else if (this.state === 'events' && this.depth === 2) this.boundary = at - 1
      } else if (c === COLON && this.depth === 1) {
        if (this.key === 'events') {
          // a second top-level "events" (JSON.parse would keep the later one): read the usual way
          if (this.state !== 'head') return this.fail()
          this.eventsNext = true
        }
        this.key = null
      }
    }
    this.at = at
  }
}
