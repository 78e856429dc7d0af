import type { CsvMapping } from '../import'
import type { LoadOutcome, LoadStage } from '../pipeline'
import type { StoredDataset } from '../../store/datasetsDb'

/** What to load: text, a file, or a downloaded file's bytes. */
export type LoadSource =
  | { kind: 'text'; text: string; fileName?: string }
  | { kind: 'file'; file: File }
  /** a downloaded file's bytes (UTF-8), transferred to the worker */
  | { kind: 'bytes'; bytes: ArrayBuffer; fileName?: string }

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

export type LoaderMessage =
  | { id: number; type: 'progress'; stage: LoadStage; fraction: number }
  /**
   * From the worker, the dataset travels as JSON text beside the outcome (whose `dataset` is then null):
   * JSON.parse on the page is several times faster than the structured clone of 100,000 event objects
   */
  | { id: number; type: 'result'; outcome: LoadOutcome; datasetJson?: string }
  | { id: number; type: 'failure'; reason: string }
  | { id: number; type: 'kept' }
  | { id: number; type: 'keepFailed'; reason: string }
