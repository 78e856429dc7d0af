/**
 * Loads a native chronomap file while it downloads: the records of its "events" array are parsed and validated run
 * by run as the text arrives (eventsStream.ts), so a large file is mostly validated by the time its last byte is
 * in, instead of being read, then parsed, then validated. The outcome is the one loadFromText (pipeline.ts) gives
 * for the whole text, problems and their order included; streamLoad.test.ts holds the two together.
 *
 * Whatever is not plainly a native file with its envelope (format, version, title, categories) before its events,
 * and whatever turns out not to be valid JSON, is read the usual way once the text has ended; batches already handed
 * out are then taken back with `onReset`.
 */
import { EventsArrayScanner } from './eventsStream'
import { mergeProblems } from './import'
import { isRecord, own } from './import/common'
import { loadFromText, type LoadOptions, type LoadOutcome } from './pipeline'
import { completeDataset, EventValidator, validateEnvelope } from './validate'
import type { Category, LoadProblem } from './model'

export interface StreamOptions extends LoadOptions {
  /** the batches handed out so far do not count: the file is read again the usual way */
  onReset?: () => void
}

export interface StreamLoad {
  /** whether pieces are still wanted: false once the file is left to the usual way (no need to decode them) */
  readonly streaming: boolean
  /** the next piece of the file, as UTF-8 bytes (never throws: a failure means reading the usual way at the end) */
  push(piece: Uint8Array): void
  /** the text has ended; `wholeText` gives all of it, for the usual way */
  end(wholeText: () => string): LoadOutcome
}

interface Started {
  head: Record<string, unknown>
  categories: Map<string, Category>
  validator: EventValidator
  problems: LoadProblem[]
}

export function streamLoad(options: StreamOptions = {}): StreamLoad {
  const scanner = new EventsArrayScanner()
  let started: Started | null = null
  let abandoned = false
  let handedOut = false
  let parseMs = 0
  let validateMs = 0
  const onBatch = options.onBatch
    ? (events: Parameters<NonNullable<LoadOptions['onBatch']>>[0]) => {
        handedOut = true
        options.onBatch?.(events)
      }
    : undefined

  const abandon = () => {
    if (abandoned) return
    abandoned = true
    started = null
    if (handedOut) options.onReset?.()
    handedOut = false
  }

  /** the envelope before the events, checked: streaming starts, or the file is read the usual way */
  const start = (): Started | null => {
    const t = performance.now()
    let head: unknown
    try {
      head = JSON.parse(`${scanner.head}]}`)
    } catch {
      return null
    }
    parseMs += performance.now() - t
    // chronomap's own format (importText's classifyJson: a version and an events array), with a usable envelope
    if (!isRecord(head) || own(head, 'version') === undefined) return null
    const problems: LoadProblem[] = []
    const checked = validateEnvelope(head, problems)
    if (!checked) return null
    const { categories } = checked
    return { head, categories, validator: new EventValidator(categories, problems, onBatch), problems }
  }

  const push = (piece: Uint8Array) => {
    if (abandoned) return
    try {
      const runs = scanner.push(piece)
      if (scanner.state === 'unsplittable') return abandon()
      if (scanner.state === 'head') return
      started ??= start()
      if (!started) return abandon()
      for (const run of runs) {
        const t = performance.now()
        const records = JSON.parse(`[${run}]`) as unknown[]
        const parsed = performance.now()
        for (const record of records) started.validator.add(record)
        parseMs += parsed - t
        validateMs += performance.now() - parsed
      }
    } catch {
      // a run that is not JSON (the usual way says where), or anything unexpected
      abandon()
    }
  }

  /** The outcome from the streamed records, or null when the envelope as a whole says otherwise. */
  const finish = (): LoadOutcome | null => {
    const tail = scanner.end()
    if (tail === null || !started) return null
    const { head, categories, validator, problems } = started
    const t = performance.now()
    let whole: unknown
    try {
      whole = JSON.parse(scanner.head + tail)
    } catch {
      return null
    }
    parseMs += performance.now() - t
    // the envelope as JSON.parse reads the whole text: these events (no later "events"), and nothing of the head
    // given again later with another value (JSON.parse keeps the later one)
    if (!isRecord(whole)) return null
    const events = own(whole, 'events')
    if (!Array.isArray(events) || events.length > 0) return null
    for (const key of Object.keys(head)) if (JSON.stringify(own(whole, key)) !== JSON.stringify(own(head, key))) return null
    const checked = validateEnvelope(whole, [])
    if (!checked) return null
    const validating = performance.now()
    const result = completeDataset(checked.envelope, categories, validator.finish(), validator.count, problems)
    validateMs += performance.now() - validating
    options.onProgress?.('validate', 1)
    return {
      format: 'chronomap',
      dataset: result.dataset,
      // in the order the usual way gives them: the dataset's, then by section and record
      problems: mergeProblems([], result.problems),
      records: validator.count,
      timings: { parse: parseMs, validate: validateMs },
    }
  }

  return {
    get streaming() {
      return !abandoned
    },
    push,
    end(wholeText) {
      if (!abandoned) {
        try {
          const outcome = finish()
          if (outcome) return outcome
        } catch {
          // read the usual way below
        }
        abandon()
      }
      return loadFromText(wholeText(), options)
    },
  }
}
