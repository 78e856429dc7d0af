import { useEffect, useMemo, useState } from 'react'
import type { ChronoEvent } from '../data/model'
import { selectFilteredEvents, useAppStore } from '../store/appStore'
import { buildClusterIndex, type ClusterIndex } from './clusterIndex'
import { unpackIndex, type PackedIndex } from './clusterInternals'
import { clusterInput, subsetClusterInput, WORKER_FROM, type ClusterInput } from './clusterInput'
import { parentOf, positionsInParent } from '../store/subsets'
import type { ClusterRequest } from './clusterWorker'

export interface BuiltIndex {
  /** the events the index was built from: its points name positions in this array */
  events: readonly ChronoEvent[]
  index: ClusterIndex
}

interface Build {
  result: BuiltIndex | null
  done: Promise<BuiltIndex>
}

/** one build per events array, whoever asks first (the store subscription below or the markers) */
const builds = new WeakMap<readonly ChronoEvent[], Build>()
let worker: Worker | null = null
let requests = 0

/**
 * The cluster input of each events array whose index the page holds (the arrays the index reads its points' details
 * from): a filtered array's input is made from its parent's (subsetClusterInput) without reading its events.
 */
const inputs = new WeakMap<readonly ChronoEvent[], ClusterInput>()

function unpacked(events: readonly ChronoEvent[], packed: PackedIndex): BuiltIndex {
  inputs.set(events, packed.input)
  return { events, index: unpackIndex(packed) }
}

/** The events' cluster input: from their parent's when they are a filtered array whose parent's is at hand. */
export function clusterInputOf(events: readonly ChronoEvent[]): ClusterInput {
  const parent = parentOf(events)
  const parentInput = parent && inputs.get(parent)
  const at = parent && parentInput ? positionsInParent(events) : null
  return parentInput && at ? subsetClusterInput(parentInput, at) : clusterInput(events)
}

function transferables(input: ClusterInput): ArrayBuffer[] {
  return Object.values(input).flatMap((value) => (ArrayBuffer.isView(value) ? [value.buffer as ArrayBuffer] : []))
}

/** One worker for the page's lifetime, like the loader's: it idles between datasets. Null where none starts. */
function clusterWorker(): Worker | null {
  try {
    worker ??= new Worker(new URL('./clusterWorker.ts', import.meta.url), { type: 'module' })
  } catch {
    // blocked by a policy, say: the page builds the index itself
  }
  return worker
}

function buildInWorker(events: readonly ChronoEvent[]): Promise<BuiltIndex> {
  const onPage = () => ({ events, index: buildClusterIndex(events) })
  return new Promise((resolve) => {
    const thread = clusterWorker()
    if (!thread) {
      resolve(onPage())
      return
    }
    const id = ++requests
    const onMessage = ({ data }: MessageEvent<{ id: number; packed: PackedIndex }>) => {
      if (data.id !== id) return
      unbind()
      resolve(unpacked(events, data.packed))
    }
    const onError = () => {
      unbind()
      if (worker === thread) worker = null
      thread.terminate()
      resolve(onPage())
    }
    const unbind = () => {
      thread.removeEventListener('message', onMessage)
      thread.removeEventListener('error', onError)
    }
    thread.addEventListener('message', onMessage)
    thread.addEventListener('error', onError)
    const request: ClusterRequest = { id, input: clusterInputOf(events) }
    thread.postMessage(request, transferables(request.input))
  })
}

/**
 * Starts (or finds) the worker build for a large events array. `built`: the index the loader worker is building for
 * them (src/data/loader.ts); when it fails (null), the cluster worker builds it.
 */
function requestBuild(events: readonly ChronoEvent[], built?: Promise<PackedIndex | null>): Build {
  let build = builds.get(events)
  if (!build) {
    const done = built ? built.then((packed) => (packed ? unpacked(events, packed) : buildInWorker(events))) : buildInWorker(events)
    const entry: Build = { result: null, done }
    void entry.done.then((result) => (entry.result = result))
    builds.set(events, (build = entry))
  }
  return build
}

function isLarge(events: readonly ChronoEvent[]): boolean {
  return events.length >= WORKER_FROM && typeof Worker !== 'undefined'
}

/**
 * Starts the worker build for a dataset about to be shown unfiltered (a link's or a file's: showing one resets the
 * filters), before the page stores and renders it, or takes the index the loader worker is building (`built`).
 * Small datasets are left to the markers.
 */
export function startClusterBuild(events: readonly ChronoEvent[], built?: Promise<PackedIndex | null>): void {
  if (isLarge(events)) requestBuild(events, built)
}

/**
 * A new dataset's index is asked for the moment the store has it, before React renders it: the worker then builds
 * while the page renders the timeline, the list and the panels, instead of after. Returns the unsubscribe.
 */
export function prefetchClusterIndex(): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.dataset === previous.dataset) return
    const events = selectFilteredEvents(state)
    if (isLarge(events)) requestBuild(events)
  })
}

/**
 * The cluster index of the events. Large sets arrive from a worker a little later: until then the index of the
 * previous events stays (null at first), so the markers never mix an index with events it was not built from.
 */
export function useClusterIndex(events: readonly ChronoEvent[]): BuiltIndex | null {
  const large = isLarge(events)
  const small = useMemo<BuiltIndex | null>(() => (large ? null : { events, index: buildClusterIndex(events) }), [events, large])
  const [fromWorker, setFromWorker] = useState<BuiltIndex | null>(null)

  useEffect(() => {
    if (!large) return
    let current = true
    void requestBuild(events).done.then((result) => current && setFromWorker(result))
    return function forgetBuild() {
      current = false
    }
  }, [events, large])

  useEffect(prefetchClusterIndex, [])

  if (!large) return small
  // a build that has finished already (the prefetch) is used in this very render
  return builds.get(events)?.result ?? fromWorker
}
