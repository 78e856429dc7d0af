/**
 * The page's side of the loader worker: one request at a time, progress as it goes,
 * and cancel (the worker is terminated and replaced; the other loads it had start again on the new one).
 */
import type { CsvMapping } from './import'
import type { ChronoEvent, Dataset } from './model'
import type { LoadOutcome, LoadStage } from './pipeline'
import type { PackedIndex } from '../map/clusterInternals'
import type { Assembly, KeepRequest, LoaderMessage, LoadRequest, LoadSource } from './worker/protocol'

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
/** loads whose dataset the current worker still holds (a replaced worker holds none) */
const heldByWorker = new Set<number>()
/**
 * What to tell each request still waiting on the current worker when it is terminated (a cancel): the others
 * must not wait for an answer that will never come. A load starts again on the next worker; a keep or a cluster
 * index is done on the page instead.
 */
const waiting = new Set<() => void>()

function terminateWorker(): void {
  if (!worker) return
  worker.terminate()
  worker = null
  heldByWorker.clear()
  const interrupted = [...waiting]
  waiting.clear()
  for (const interrupt of interrupted) interrupt()
}

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  worker ??= new Worker(new URL('./worker/loader.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

/** The dataset from the events received in batches, in the order and with the relations the worker decided. */
export function assemble(dataset: Dataset, received: readonly ChronoEvent[], assembly: Assembly): Dataset {
  for (const [at, related] of assembly.related) {
    const event = received[at]
    if (event) event.related = related
  }
  const events = Array.from(assembly.order, (at) => {
    const event = received[at]
    if (!event) throw new Error(`the loader sent no event ${at}`)
    return event
  })
  return { ...dataset, events }
}

/**
 * The cluster index the worker builds after a large dataset's result (runLoad.ts): it comes in a message of its own.
 * Null when the worker could not build it or was terminated meanwhile; then the page's cluster worker builds it.
 */
function clusterIndexFrom(current: Worker, id: number): Promise<PackedIndex | null> {
  return new Promise((resolve) => {
    const done = (packed: PackedIndex | null) => {
      current.removeEventListener('message', listener)
      waiting.delete(interrupt)
      resolve(packed)
    }
    const listener = ({ data }: MessageEvent<LoaderMessage>) => {
      if (data.id === id && data.type === 'cluster') done(data.packed)
    }
    const interrupt = () => done(null)
    waiting.add(interrupt)
    current.addEventListener('message', listener)
  })
}

export function loadDataset(source: LoadSource, options: { csvMapping?: CsvMapping; onProgress?: (stage: LoadStage, fraction: number) => void } = {}): LoadHandle {
  const id = nextId++
  const request: LoadRequest = { type: 'load', id, source, csvMapping: options.csvMapping }
  let settle: { resolve: (o: LoadOutcome) => void; reject: (e: Error) => void } | null = null
  const promise = new Promise<LoadOutcome>((resolve, reject) => {
    settle = { resolve, reject }
  })
  // the accepted events, batch by batch, read while the worker validates the next ones
  const received: ChronoEvent[] = []
  const onMessage = (message: LoaderMessage) => {
    if (message.id !== id || !settle) return
    if (message.type === 'progress') options.onProgress?.(message.stage, message.fraction)
    else if (message.type === 'events') {
      const events = message.json === undefined ? message.events : (JSON.parse(message.json) as ChronoEvent[])
      for (const event of events) received.push(event)
    } else if (message.type === 'reset') {
      received.length = 0
    } else if (message.type === 'result') {
      heldByWorker.add(id)
      try {
        const dataset = message.outcome.dataset && message.assembly ? assemble(message.outcome.dataset, received, message.assembly) : message.outcome.dataset
        const cluster = message.indexes?.clusterFollows && current ? clusterIndexFrom(current, id) : undefined
        settle.resolve({ ...message.outcome, dataset, keepId: id, indexes: { time: message.indexes?.time, cluster } })
      } catch (error) {
        settle.reject(error instanceof Error ? error : new Error(String(error)))
      }
      received.length = 0
      // settled: a cancel now changes nothing (the worker keeps the dataset for a keep, and builds its clusters)
      settle = null
    } else if (message.type === 'failure') {
      settle.reject(new Error(message.reason))
      settle = null
    }
  }
  let current: Worker | null = null
  let detach = () => {}
  /** Posts the request to the current worker; again, from the start, on a new one if another load's cancel ends it. */
  const start = () => {
    const target = getWorker()
    current = target
    if (!target) {
      // no workers (very old browsers): the same code on this thread, loaded only then
      void import('./worker/runLoad').then(({ runLoad }) => runLoad(request, onMessage))
      return
    }
    const listener = (event: MessageEvent<LoaderMessage>) => onMessage(event.data)
    const restart = () => {
      detach()
      received.length = 0
      if (settle) start()
    }
    waiting.add(restart)
    target.addEventListener('message', listener)
    detach = () => {
      target.removeEventListener('message', listener)
      waiting.delete(restart)
    }
    target.postMessage(request)
  }
  start()
  void promise.finally(() => detach()).catch(() => undefined)
  return {
    promise,
    cancel: () => {
      if (!settle) return
      settle.reject(new LoadCancelled())
      settle = null
      detach()
      // the worker is stopped where it is: the other loads it had start again on a new one
      terminateWorker()
    },
  }
}

/**
 * Stores the dataset of load `keepId` in IndexedDB from the worker that loaded it, so the
 * page's thread never serialises it. Resolves false when that worker no longer holds it
 * (it was replaced, or there is none): then the caller stores it itself.
 */
export function keepLoadedDataset(keepId: number | undefined, record: KeepRequest['record']): Promise<boolean> {
  if (keepId === undefined || !heldByWorker.has(keepId)) return Promise.resolve(false)
  heldByWorker.delete(keepId)
  const request: KeepRequest = { type: 'keep', id: keepId, record }
  return new Promise<boolean>((resolve) => {
    const current = worker
    if (!current) {
      void import('./worker/runLoad').then(({ runKeep }) =>
        runKeep(request, (message) => {
          if (message.type === 'kept' || message.type === 'keepFailed') resolve(message.type === 'kept')
        }),
      )
      return
    }
    // a worker terminated meanwhile never answers: then the caller stores the dataset itself
    const interrupt = () => resolve(false)
    const listener = (event: MessageEvent<LoaderMessage>) => {
      const message = event.data
      if (message.id !== keepId || (message.type !== 'kept' && message.type !== 'keepFailed')) return
      current.removeEventListener('message', listener)
      waiting.delete(interrupt)
      resolve(message.type === 'kept')
    }
    waiting.add(interrupt)
    current.addEventListener('message', listener)
    current.postMessage(request)
  })
}
