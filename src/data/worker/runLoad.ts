/** What the loader worker does for one request; also runs inline where workers are missing. */
import { loadFromText, type LoadOutcome } from '../pipeline'
import { ChunkFeed, fetchDatasetBytes, joinBytes, MAX_DATA_BYTES } from '../remote'
import { streamLoad } from '../streamLoad'
import type { ChronoEvent, Dataset } from '../model'
import { toNativeJson } from '../export'
import * as db from '../../store/datasetsDb'
import { throttledProgress, type Assembly, type KeepRequest, type LoaderMessage, type LoadRequest, type ViewIndexes } from './protocol'
import { orderedTimeArrays } from '../../store/timeIndex'
import { clusterInput, WORKER_FROM } from '../../map/clusterInput'
import { buildFromInput } from '../../map/clusterIndex'
import { packIndex } from '../../map/clusterInternals'

/**
 * Datasets of recent loads, by request id, for a later "keep". Only the last few: a dataset
 * that was never kept (the reader declined it) is dropped when newer ones arrive.
 */
const recent = new Map<number, Dataset>()
const RECENT_LOADS = 2

function remember(id: number, dataset: Dataset | null): void {
  if (!dataset) return
  recent.set(id, dataset)
  for (const key of recent.keys()) if (recent.size > RECENT_LOADS) recent.delete(key)
}

/**
 * Loads one request: read, parse, validate, and post the accepted events in batches as they come, then the outcome
 * with how to put them in order (protocol.ts, Assembly). `download` is the address's download when the worker's
 * entry already started it (loader.worker.ts), before this module had loaded.
 */
/** A download the worker's entry started before this module had loaded, and when (performance.now()). */
export interface EarlyDownload {
  /** the download's pieces, once all are there (joined only if the file is read the usual way) */
  bytes: Promise<Uint8Array[]>
  /** its pieces, as they arrive: a native file is parsed and validated from them during the download */
  feed: ChunkFeed
  startedAt: number
}

/** Posts a message to the page, transferring `transfer` where there is a worker boundary. */
type Post = (message: LoaderMessage, transfer?: Transferable[]) => void

export interface RunOptions {
  /** a download the worker's entry already started */
  download?: EarlyDownload
  /** build the cluster index of a large dataset here, after the result (the worker does; inline, the page would block) */
  buildsClusters?: boolean
}

export async function runLoad(request: LoadRequest, post: Post, options: RunOptions = {}): Promise<void> {
  const { download } = options
  const { id, source } = request
  const progress = throttledProgress(id, post)
  // each accepted event's position among those sent, and its relations as sent
  const position = new Map<ChronoEvent, number>()
  const sentRelated: ChronoEvent['related'][] = []
  const onBatch = (events: ChronoEvent[]) => {
    for (const event of events) {
      position.set(event, sentRelated.length)
      sentRelated.push(event.related)
    }
    post({ id, type: 'events', events })
  }
  // the batches sent so far do not count (a streamed file read again the usual way): the page drops them too
  const onReset = () => {
    position.clear()
    sentRelated.length = 0
    post({ id, type: 'reset' })
  }
  try {
    let outcome: LoadOutcome
    // the download is part of reading: from when the worker's entry started it
    const started = download?.startedAt ?? performance.now()
    let read: number
    if (source.kind === 'url') {
      progress('read', 0)
      // a native file is parsed and validated while it downloads (streamLoad.ts)
      const feed = download?.feed ?? new ChunkFeed()
      const bytes = download?.bytes ?? fetchDatasetBytes(new URL(source.url), { onProgress: (fraction) => progress('read', fraction), feed })
      const stream = streamLoad({ fileName: source.fileName, csvMapping: request.csvMapping, onProgress: progress, onBatch, onReset })
      feed.follow((chunk) => {
        if (stream.streaming) stream.push(chunk)
      })
      const pieces = await bytes
      read = performance.now() - started
      outcome = stream.end(() => new TextDecoder('utf-8').decode(joinBytes(pieces)))
    } else {
      let text: string
      let fileName: string | undefined
      if (source.kind === 'text') {
        text = source.text
        fileName = source.fileName
      } else if (source.kind === 'stored') {
        const record = await db.readDataset(source.id)
        if (!record) throw new Error('the stored dataset is gone or unreadable')
        text = record.json
        fileName = `${record.name}.json`
      } else {
        if (source.file.size > MAX_DATA_BYTES) throw new Error(`the file is larger than ${Math.round(MAX_DATA_BYTES / 1048576)} MB`)
        progress('read', 0)
        text = await source.file.text()
        fileName = source.file.name
      }
      read = performance.now() - started
      outcome = loadFromText(text, { fileName, csvMapping: request.csvMapping, onProgress: progress, onBatch })
    }
    if (outcome.timings) {
      outcome.timings.read = read
      // absolute times, so the page can tell how long the worker took to start and the result to arrive
      outcome.timings.startedAt = performance.timeOrigin + started
      outcome.timings.postedAt = performance.timeOrigin + performance.now()
    }
    remember(id, outcome.dataset)
    const { dataset } = outcome
    if (!dataset) {
      post({ id, type: 'result', outcome })
      return
    }
    const order = new Int32Array(dataset.events.length)
    const related: Assembly['related'] = []
    dataset.events.forEach((event, k) => {
      const at = position.get(event) ?? -1
      order[k] = at
      // validation drops links to events that never came after the batch went out, replacing the array
      if (event.related !== sentRelated[at]) related.push([at, event.related])
    })
    const clusterFollows = Boolean(options.buildsClusters) && dataset.events.length >= WORKER_FROM
    const indexes: ViewIndexes = { time: orderedTimeArrays(dataset.events) ?? undefined, clusterFollows }
    post({ id, type: 'result', outcome: { ...outcome, dataset: { ...dataset, events: [] } }, assembly: { order, related }, indexes })
    if (clusterFollows) postClusterIndex(id, dataset.events, post)
  } catch (error) {
    post({ id, type: 'failure', reason: error instanceof Error ? error.message : String(error) })
  }
}

/**
 * The cluster index of a large dataset, built here right after the result went out: the page then puts the dataset
 * together and renders it while this worker builds, instead of handing the cluster worker the input once it has
 * the dataset (docs/adr/0010). Its arrays are transferred.
 */
function postClusterIndex(id: number, events: readonly ChronoEvent[], post: Post): void {
  try {
    const input = clusterInput(events)
    const [packed, transfer] = packIndex(buildFromInput(input), input)
    post({ id, type: 'cluster', packed }, transfer)
  } catch {
    // the page builds the index in its cluster worker instead
    post({ id, type: 'cluster', packed: null })
  }
}

/** Serialises a recent load's dataset as native JSON and stores it, off the page's thread. */
export async function runKeep(request: KeepRequest, post: (message: LoaderMessage) => void): Promise<void> {
  const { id } = request
  const dataset = recent.get(id)
  if (!dataset) {
    post({ id, type: 'keepFailed', reason: 'the loader no longer holds this dataset' })
    return
  }
  try {
    await db.saveDataset({ ...request.record, eventCount: dataset.events.length, json: toNativeJson(dataset) })
    recent.delete(id)
    post({ id, type: 'kept' })
  } catch (error) {
    post({ id, type: 'keepFailed', reason: error instanceof Error ? error.message : String(error) })
  }
}
