import type { CsvMapping } from '../import'
import type { LoadOutcome, LoadStage } from '../pipeline'
import type { StoredDataset } from '../../store/datasetsDb'
import type { ChronoEvent } from '../model'
import type { TimeArrays } from '../../store/timeIndex'
import type { PackedIndex } from '../../map/clusterInternals'

/** What to load: text, a file, or an address the worker downloads. */
export type LoadSource =
  | { kind: 'text'; text: string; fileName?: string }
  /** a dataset kept in IndexedDB, read by the worker: the page never holds its text (src/store/datasetsDb.ts) */
  | { kind: 'stored'; id: string; fileName?: string }
  | { kind: 'file'; file: File }
  /** an address already checked by the page (checkDataUrl): the worker downloads it, off the page's busy boot */
  | { kind: 'url'; url: string; fileName?: string }

export interface LoadRequest {
  type: 'load'
  id: number
  source: LoadSource
  csvMapping?: CsvMapping
}

/**
 * Keep the dataset of load `id` in IndexedDB: the worker still holds it, so the page never
 * serialises 100,000 events on its own thread.
 */
export interface KeepRequest {
  type: 'keep'
  id: number
  record: Omit<StoredDataset, 'json' | 'eventCount'>
}

export type WorkerRequest = LoadRequest | KeepRequest

/**
 * How the page puts the dataset together from the batches of accepted events it received: `order` gives, for each
 * event of the dataset in time order, its position among the received events; `related` replaces the relations of
 * events whose links were dropped after their batch was sent (a link to an event that never came).
 */
export interface Assembly {
  order: Int32Array
  related: [position: number, related: ChronoEvent['related']][]
}

/**
 * What the views would otherwise read 100,000 events for on the page, made by the worker from the dataset in its
 * final order: the time index (when the events are in spanStart order), and whether the cluster index follows in a
 * 'cluster' message (datasets large enough to be clustered off the page: the loader worker builds that index right
 * after sending the result, while the page puts the dataset together and renders it).
 */
export interface ViewIndexes {
  time?: TimeArrays
  clusterFollows?: boolean
}

/** The same on the page, once the loader has the result: the cluster index is on its way, or null if it failed. */
export interface PreparedViews {
  time?: TimeArrays
  cluster?: Promise<PackedIndex | null>
}

export type LoaderMessage =
  | { id: number; type: 'progress'; stage: LoadStage; fraction: number }
  /**
   * Accepted events, a batch at a time, while the worker is still validating: the page reads one batch while the
   * worker validates the next. From the worker they travel as JSON text (`json`; then `events` is empty): JSON.parse
   * on the page is several times faster than the structured clone of thousands of event objects.
   */
  | { id: number; type: 'events'; events: ChronoEvent[]; json?: string }
  /**
   * The 'events' messages so far do not count: a file streamed while it downloaded (streamLoad.ts) turned out to
   * need reading the usual way, and its accepted events come again
   */
  | { id: number; type: 'reset' }
  /** the outcome; its dataset's events are those of the 'events' messages, put in order by `assembly` */
  | { id: number; type: 'result'; outcome: LoadOutcome; assembly?: Assembly; indexes?: ViewIndexes }
  /** the cluster index of the result's dataset, when its `indexes.clusterFollows` said so; null if it failed */
  | { id: number; type: 'cluster'; packed: PackedIndex | null }
  | { id: number; type: 'failure'; reason: string }
  | { id: number; type: 'kept' }
  | { id: number; type: 'keepFailed'; reason: string }

/** Reports a load's progress, at most one message per stage and whole percent (the page re-renders as rarely). */
export function throttledProgress(id: number, post: (message: LoaderMessage) => void): (stage: LoadStage, fraction: number) => void {
  let last = { stage: '', percent: -1 }
  return (stage, fraction) => {
    const percent = Math.floor(fraction * 100)
    if (stage === last.stage && percent === last.percent) return
    last = { stage, percent }
    post({ id, type: 'progress', stage, fraction })
  }
}
