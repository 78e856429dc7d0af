/// <reference lib="webworker" />
// Fetching, parsing, conversion, validation and storing off the main thread: a 50 MB file never freezes the page.
// This entry is small on purpose: a ?data= download starts as soon as the worker runs, while the rest of the loader
// (importers, validator) is still loading (docs/adr/0009).
import { ChunkFeed, fetchDatasetBytes } from '../remote'
import { throttledProgress, type LoaderMessage, type WorkerRequest } from './protocol'
import type * as RunLoad from './runLoad'
import type { EarlyDownload } from './runLoad'

const scope = self as unknown as DedicatedWorkerGlobalScope
/**
 * The rest of the loader, imported at the first request, once its download (if any) is on its way: compiling and
 * running the module takes this thread 0.1 s, and a download asked for meanwhile would only start after it.
 */
let loaderModule: Promise<typeof RunLoad> | null = null
const loader = () => (loaderModule ??= import('./runLoad'))

function post(message: LoaderMessage, transfer: Transferable[] = []): void {
  if (message.type === 'events') {
    // JSON text: parsed on the page several times faster than the structured clone of the objects
    scope.postMessage({ ...message, events: [], json: JSON.stringify(message.events) } satisfies LoaderMessage)
  } else scope.postMessage(message, transfer)
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.type === 'keep') {
    void loader().then(({ runKeep }) => runKeep(request, post))
    return
  }
  const { id, source } = request
  let download: EarlyDownload | undefined
  if (source.kind === 'url') {
    const startedAt = performance.now()
    const progress = throttledProgress(id, post)
    progress('read', 0)
    const feed = new ChunkFeed()
    const bytes = fetchDatasetBytes(new URL(source.url), { onProgress: (fraction) => progress('read', fraction), feed })
    // answered in runLoad, once it has loaded; not an unhandled rejection meanwhile
    bytes.catch(() => undefined)
    download = { bytes, feed, startedAt }
  }
  loader().then(
    ({ runLoad }) => runLoad(request, post, { download, buildsClusters: true }),
    (error: unknown) => post({ id, type: 'failure', reason: `the loader could not be loaded (${error instanceof Error ? error.message : String(error)})` }),
  )
}
