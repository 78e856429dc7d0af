/// <reference lib="webworker" />
// Fetching, parsing, conversion, validation and storing off the main thread: a 50 MB file never freezes the page.
import type { WorkerRequest } from './protocol'
import { runKeep, runLoad } from './runLoad'

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const post = (message: Parameters<Parameters<typeof runLoad>[1]>[0]) => scope.postMessage(message)
  if (event.data.type === 'keep') void runKeep(event.data, post)
  else void runLoad(event.data, post)
}
