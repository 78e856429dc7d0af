/// <reference lib="webworker" />
// Fetching, parsing, conversion, validation and storing off the main thread: a 50 MB file never freezes the page.
import type { LoaderMessage, WorkerRequest } from './protocol'
import { runKeep, runLoad } from './runLoad'

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const post = (message: LoaderMessage) => {
    if (message.type === 'result' && message.outcome.dataset) {
      const { dataset, ...rest } = message.outcome
      scope.postMessage({ ...message, outcome: { ...rest, dataset: null }, datasetJson: JSON.stringify(dataset) } satisfies LoaderMessage)
    } else scope.postMessage(message)
  }
  if (event.data.type === 'keep') void runKeep(event.data, post)
  else void runLoad(event.data, post)
}
