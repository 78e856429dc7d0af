/**
 * The page's side of a streamed file's records (streamLoad.ts, RecordRun): the loader worker sends the records' own
 * text with what validation made of each, and the page remakes the accepted events with the same fast path the
 * worker used. Writing 100,000 validated events out as JSON took the worker ~0.7 s; parsing the records' text and
 * remaking them costs the page about what parsing that JSON did (docs/performance.md).
 */
import { FAST, fastEvent, REJECTED, SCHEMA } from '../fastPath'
import type { ChronoEvent } from '../model'
import type { RecordRun } from '../streamLoad'

export interface RecordsMessage {
  /** the records' JSON text, separated by commas */
  text: string
  /** the record number (1-based) of the first */
  first: number
  /** REJECTED, FAST or SCHEMA for each record (fastPath.ts) */
  verdicts: Uint8Array
  /** the events the schema made (few: records the fast path was unsure of), in file order */
  events: ChronoEvent[]
}

/** What the worker sends of a run: its text and verdicts, and only the events the schema made. */
export function toRecordsMessage({ text, first, verdicts, accepted }: RecordRun): RecordsMessage {
  const events: ChronoEvent[] = []
  let at = 0
  for (const verdict of verdicts) {
    if (verdict === REJECTED) continue
    const event = accepted[at++]
    if (verdict === SCHEMA && event) events.push(event)
  }
  return { text, first, verdicts, events }
}

/** The accepted events of a run, in file order (the page's side); throws if the text and the verdicts do not agree. */
export function remakeEvents({ text, first, verdicts, events }: RecordsMessage): ChronoEvent[] {
  const records = JSON.parse(`[${text}]`) as unknown[]
  if (records.length !== verdicts.length) throw new Error(`the loader sent ${records.length} records with ${verdicts.length} verdicts`)
  const accepted: ChronoEvent[] = []
  let schemaMade = 0
  for (let k = 0; k < records.length; k++) {
    const verdict = verdicts[k]
    if (verdict === FAST) {
      const event = fastEvent(records[k], first + k)
      if (!event) throw new Error(`record ${first + k} was accepted by the loader but not on the page`)
      accepted.push(event)
    } else if (verdict === SCHEMA) {
      const event = events[schemaMade++]
      if (!event) throw new Error(`the loader sent no event for record ${first + k}`)
      accepted.push(event)
    }
  }
  if (schemaMade !== events.length) throw new Error(`the loader sent ${events.length} events for ${schemaMade} records`)
  return accepted
}
