/**
 * Validates every record of a native chronomap dataset. A bad record is rejected on
 * its own and reported with its position, field and reason; the rest loads.
 */
import type { z } from './zod'
import { CategorySchema, SHAPES, DatasetEnvelopeSchema, EventSchema, StoryStepSchema, type EventRecord, type LocalizedTextInput } from './schema'
import type { Category, ChronoEvent, Dataset, EventTime, LoadProblem, LocalizedText, StoryStep } from './model'
import { fastEvent } from './fastPath'
import { parseInstant, periodEnd, type Precision } from '../lib/time'

export interface ValidationResult {
  /** null when nothing could be loaded; then problems say why */
  dataset: Dataset | null
  problems: LoadProblem[]
}

const UNDETERMINED = 'und'

export function toLocalizedText(input: LocalizedTextInput): LocalizedText {
  if (typeof input === 'string') return Object.freeze({ [UNDETERMINED]: input.trim() })
  const out: Record<string, string> = {}
  for (const lang of Object.keys(input)) {
    const text = (input[lang] as string).trim()
    if (text !== '') out[lang] = text
  }
  return Object.freeze(out)
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`
    return acc ? `${acc}.${String(key)}` : String(key)
  }, '')
}

function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  base: Omit<LoadProblem, 'field' | 'reason'>,
): LoadProblem[] {
  return issues.map((issue) => ({ ...base, field: fieldOf(issue.path) || '(record)', reason: issue.message }))
}

function idOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id
    if (typeof id === 'string' || typeof id === 'number') return String(id).slice(0, 128)
  }
  return undefined
}

function toTime(iso: string, precision: Precision): EventTime {
  const parsed = parseInstant(iso)
  // the schema has already rejected unparseable instants
  if ('error' in parsed) throw new Error(`unreachable: ${parsed.error}`)
  return { iso, ms: parsed.ms, offsetMinutes: parsed.offsetMinutes, precision }
}

/**
 * The event from the schema's output. fastEvent (fastPath.ts) makes the same from plainly valid input in one pass;
 * fastPath.test.ts holds the two together.
 */
export function toEvent(rec: EventRecord, record: number): ChronoEvent {
  const start = toTime(rec.start, rec.precision)
  const end = rec.end ? toTime(rec.end, rec.endPrecision ?? rec.precision) : undefined
  const last = end ?? start
  return {
    id: rec.id,
    record,
    title: toLocalizedText(rec.title),
    summary: rec.summary === undefined ? undefined : toLocalizedText(rec.summary),
    start,
    end,
    spanStart: start.ms,
    spanEnd: periodEnd(last.ms, last.offsetMinutes, last.precision),
    timeApproximate: rec.timeApproximate ?? false,
    timeNote: rec.timeNote === undefined ? undefined : toLocalizedText(rec.timeNote),
    category: rec.category,
    place: rec.place && {
      name: toLocalizedText(rec.place.name),
      detail: rec.place.detail === undefined ? undefined : toLocalizedText(rec.place.detail),
      lat: rec.place.lat,
      lon: rec.place.lon,
      approximate: rec.place.approximate ?? false,
    },
    geometry: rec.geometry,
    geometryApproximate: rec.geometryApproximate ?? false,
    // the record is this function's own (fresh from the fast path or zod): a source without a note is kept as it is
    sources: rec.sources.map((s) => (s.note === undefined ? (s as ChronoEvent['sources'][number]) : { ...s, note: toLocalizedText(s.note) })),
    tags: rec.tags,
    related: rec.related,
    verificationNotes: rec.verificationNotes.map(toLocalizedText),
  }
}

/** A day-precision end covers its day (up to spanEnd), which must not be over before the start begins. */
function endsBeforeStart({ start, end, spanEnd }: ChronoEvent): boolean {
  return end !== undefined && (spanEnd < start.ms || (end.precision !== 'minute' && spanEnd <= start.ms))
}

function validateCategories(raw: unknown[], problems: LoadProblem[]): Map<string, Category> {
  const categories = new Map<string, Category>()
  raw.forEach((item, i) => {
    const base = { severity: 'error', section: 'categories', record: i + 1, id: idOf(item) } as const
    const parsed = CategorySchema.safeParse(item)
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, base))
    } else if (categories.has(parsed.data.id)) {
      problems.push({ ...base, field: 'id', reason: `duplicate category id "${parsed.data.id}"` })
    } else {
      const shape = parsed.data.shape ?? SHAPES[categories.size % SHAPES.length] ?? 'circle'
      categories.set(parsed.data.id, { id: parsed.data.id, label: toLocalizedText(parsed.data.label), color: parsed.data.color.toLowerCase(), shape })
    }
  })
  return categories
}

/** Called now and then while validating a large file: records done so far, and in all. */
export type ProgressCallback = (done: number, total: number) => void
const PROGRESS_EVERY = 2000

/**
 * Called with the events accepted so far, in file order, a batch at a time, while validation goes on: the loader
 * worker sends them to the page as they come (docs/adr/0009). Every accepted event is in exactly one batch, and
 * all batches have been handed over before validateDataset returns.
 */
export type BatchCallback = (events: ChronoEvent[]) => void
const BATCH_SIZE = 5000

/**
 * Validates event records one at a time, in file order, as validateDataset does for a whole array and the streaming
 * loader (streamLoad.ts) does while the file still arrives. `add` takes the next record; `finish` hands over the last
 * batch, drops links to events that never came and returns the accepted events in time order.
 */
export class EventValidator {
  private readonly events = new Map<string, ChronoEvent>()
  private batch: ChronoEvent[] = []
  /** records added so far */
  count = 0

  constructor(
    private readonly categories: ReadonlyMap<string, Category>,
    private readonly problems: LoadProblem[],
    private readonly onBatch?: BatchCallback,
  ) {}

  add(item: unknown): void {
    const i = this.count++
    const { events, onBatch, problems } = this
    if (onBatch && this.batch.length >= BATCH_SIZE) {
      onBatch(this.batch)
      this.batch = []
    }
    let event = fastEvent(item, i + 1)
    if (!event) {
      const parsed = EventSchema.safeParse(item)
      if (!parsed.success) {
        problems.push(...issuesToProblems(parsed.error.issues, { severity: 'error', section: 'events', record: i + 1, id: idOf(item) }))
        return
      }
      event = toEvent(parsed.data, i + 1)
    }
    // each problem is written out in full rather than made by a closure per record: most records have none
    const first = events.get(event.id)
    if (first) {
      const reason = `duplicate id "${event.id}" (first used by record ${first.record})`
      problems.push({ severity: 'error', section: 'events', record: i + 1, id: idOf(item), field: 'id', reason })
    } else if (!this.categories.has(event.category)) {
      const reason = `unknown category "${event.category}"`
      problems.push({ severity: 'error', section: 'events', record: i + 1, id: idOf(item), field: 'category', reason })
    } else if (endsBeforeStart(event)) {
      const reason = `end (${event.end?.iso}) is before start (${event.start.iso})`
      problems.push({ severity: 'error', section: 'events', record: i + 1, id: idOf(item), field: 'end', reason })
    } else {
      events.set(event.id, event)
      if (onBatch) this.batch.push(event)
    }
  }

  finish(): ChronoEvent[] {
    const { events, problems } = this
    if (this.onBatch && this.batch.length > 0) this.onBatch(this.batch)
    this.batch = []
    // Relations may point forward, so they are checked once all ids are known.
    for (const event of events.values()) {
      if (event.related.length === 0) continue
      const kept = event.related.filter((rel) => events.has(rel.id) && rel.id !== event.id)
      if (kept.length !== event.related.length) {
        for (const rel of event.related) {
          if (!kept.includes(rel)) {
            problems.push({
              severity: 'warning',
              section: 'events',
              record: event.record,
              id: event.id,
              field: 'related',
              reason: rel.id === event.id ? 'an event cannot be related to itself' : `related event "${rel.id}" does not exist; the link is left out`,
            })
          }
        }
        event.related = kept
      }
    }
    return byStart([...events.values()])
  }
}

function validateEvents(raw: unknown[], categories: Map<string, Category>, problems: LoadProblem[], onProgress?: ProgressCallback, onBatch?: BatchCallback): ChronoEvent[] {
  const validator = new EventValidator(categories, problems, onBatch)
  raw.forEach((item, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, raw.length)
    validator.add(item)
  })
  return validator.finish()
}

/**
 * Events by start time, then by position in the file (the order they were accepted in). Sorting positions by a
 * Float64Array of start times is several times faster at 100,000 events than comparing the objects' `start.ms`.
 */
function byStart(accepted: ChronoEvent[]): ChronoEvent[] {
  const starts = Float64Array.from(accepted, (event) => event.start.ms)
  const order = Uint32Array.from(accepted.keys()).sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || a - b)
  return Array.from(order, (k) => accepted[k] as ChronoEvent)
}

/** The story's steps: a malformed step is rejected, a step naming an event that did not load is dropped with a warning. */
function validateStory(raw: unknown[], events: readonly ChronoEvent[], problems: LoadProblem[]): StoryStep[] {
  const known = new Set(events.map((event) => event.id))
  const steps: StoryStep[] = []
  raw.forEach((item, i) => {
    const base = { section: 'story', record: i + 1 } as const
    const parsed = StoryStepSchema.safeParse(item)
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, { ...base, severity: 'error' }))
    } else if (!known.has(parsed.data.event)) {
      const reason = `story step names event "${parsed.data.event}", which is not in the dataset or was rejected; the step is left out`
      problems.push({ ...base, severity: 'warning', id: parsed.data.event, field: 'event', reason })
    } else {
      steps.push({ eventId: parsed.data.event, notes: parsed.data.notes === undefined ? undefined : toLocalizedText(parsed.data.notes) })
    }
  })
  return steps
}

/** The dataset's envelope and categories, checked before its events: null (with the problems) when unusable. */
export type Envelope = z.output<typeof DatasetEnvelopeSchema>

export function validateEnvelope(raw: unknown, problems: LoadProblem[]): { envelope: Envelope; categories: Map<string, Category> } | null {
  const envelope = DatasetEnvelopeSchema.safeParse(raw)
  if (!envelope.success) {
    problems.push(...issuesToProblems(envelope.error.issues, { severity: 'error', section: 'dataset' }))
    return null
  }
  return { envelope: envelope.data, categories: validateCategories(envelope.data.categories, problems) }
}

/** The dataset from its envelope and its validated events (`records`: how many the file had). */
export function completeDataset(envelope: Envelope, categories: Map<string, Category>, events: ChronoEvent[], records: number, problems: LoadProblem[]): ValidationResult {
  if (events.length === 0) {
    problems.push({
      severity: 'error',
      section: 'dataset',
      field: 'events',
      reason: records === 0 ? 'the dataset has no events' : 'no event in the dataset is valid',
    })
    return { dataset: null, problems }
  }
  return {
    dataset: {
      title: toLocalizedText(envelope.title),
      description: envelope.description === undefined ? undefined : toLocalizedText(envelope.description),
      categories: [...categories.values()],
      events,
      ...(envelope.story && { story: validateStory(envelope.story, events, problems) }),
    },
    problems,
  }
}

export function validateDataset(raw: unknown, onProgress?: ProgressCallback, onBatch?: BatchCallback): ValidationResult {
  const problems: LoadProblem[] = []
  const checked = validateEnvelope(raw, problems)
  if (!checked) return { dataset: null, problems }
  const { envelope, categories } = checked
  const events = validateEvents(envelope.events, categories, problems, onProgress, onBatch)
  return completeDataset(envelope, categories, events, envelope.events.length, problems)
}
