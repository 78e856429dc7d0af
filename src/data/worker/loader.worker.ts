/// <reference lib="webworker" />
// Parsing, conversion and validation off the main thread: a 50 MB file never freezes the page.
import type { LoadRequest } from './protocol'
import { runLoad } from './runLoad'

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = (event: MessageEvent<LoadRequest>) => {
  void runLoad(event.data, (message) => scope.postMessage(message))
}
