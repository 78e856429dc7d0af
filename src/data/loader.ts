/**
 * The page's side of the loader worker: one request at a time, progress as it goes,
 * and cancel (the worker is terminated and replaced).
 */
import type { CsvMapping } from './import'
import type { LoadOutcome, LoadStage } from './pipeline'
import type { LoaderMessage, LoadSource } from './worker/protocol'
import { runLoad } from './worker/runLoad'

export type { LoadSource }

export interface LoadHandle {
  promise: Promise<LoadOutcome>
  cancel: () => void
}

export class LoadCancelled extends Error {
  constructor() {
    super('cancelled')
  }
}

let worker: Worker | null = null
let nextId = 1

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  worker ??= new Worker(new URL('./worker/loader.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

/** Starts the worker ahead of need (its script loads while the data downloads). */
export function prewarmLoader(): void {
  getWorker()
}

export function loadDataset(source: LoadSource, options: { csvMapping?: CsvMapping; onProgress?: (stage: LoadStage, fraction: number) => void } = {}): LoadHandle {
  const id = nextId++
  const request = { id, source, csvMapping: options.csvMapping }
  let settle: { resolve: (o: LoadOutcome) => void; reject: (e: Error) => void } | null = null
  const promise = new Promise<LoadOutcome>((resolve, reject) => {
    settle = { resolve, reject }
  })
  const onMessage = (message: LoaderMessage) => {
    if (message.id !== id || !settle) return
    if (message.type === 'progress') options.onProgress?.(message.stage, message.fraction)
    else if (message.type === 'result') settle.resolve(message.outcome)
    else settle.reject(new Error(message.reason))
  }
  const current = getWorker()
  if (current) {
    const listener = (event: MessageEvent<LoaderMessage>) => onMessage(event.data)
    current.addEventListener('message', listener)
    void promise.finally(() => current.removeEventListener('message', listener)).catch(() => undefined)
    current.postMessage(request)
  } else {
    void runLoad(request, onMessage)
  }
  return {
    promise,
    cancel: () => {
      if (worker) {
        worker.terminate()
        worker = null
      }
      settle?.reject(new LoadCancelled())
      settle = null
    },
  }
}
