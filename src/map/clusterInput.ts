/**
 * What the cluster index needs of the events, in a module of its own without dependencies: the loader worker makes
 * it too (src/data/worker/runLoad.ts) and builds a large dataset's index the moment the dataset is sent.
 */
import type { ChronoEvent } from '../data/model'

/**
 * From this many events on, the cluster index is built in a worker (the loader worker; after a filter change, the
 * cluster worker of src/map/useClusterIndex.ts): at 100,000 events the build takes the page's main thread well over
 * half a second, in which the timeline and the panels can draw instead. Below, building on the page is quicker than
 * a worker's round trip.
 */
export const WORKER_FROM = 40_000

/**
 * What the index needs of the events, as typed arrays: cheap to make, and to hand to a worker without copying
 * 100,000 event objects. Point k is the event at position `position[k]`.
 */
export interface ClusterInput {
  categoryIds: string[]
  position: Int32Array
  lon: Float64Array
  lat: Float64Array
  category: Uint16Array
  spanStart: Float64Array
  spanEnd: Float64Array
}

/** An input of n points, its arrays zeroed. */
function emptyInput(categoryIds: string[], n: number): ClusterInput {
  return {
    categoryIds,
    position: new Int32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    category: new Uint16Array(n),
    spanStart: new Float64Array(n),
    spanEnd: new Float64Array(n),
  }
}

export function clusterInput(events: readonly ChronoEvent[]): ClusterInput {
  const categories = new Map<string, number>()
  let n = 0
  for (const event of events) {
    if (!categories.has(event.category)) categories.set(event.category, categories.size)
    if (event.place) n++
  }
  const input = emptyInput([...categories.keys()], n)
  let k = 0
  events.forEach((event, i) => {
    if (!event.place) return
    input.position[k] = i
    input.lon[k] = event.place.lon
    input.lat[k] = event.place.lat
    input.category[k] = categories.get(event.category) ?? 0
    input.spanStart[k] = event.spanStart
    input.spanEnd[k] = event.spanEnd
    k++
  })
  return input
}


/**
 * The input of a filtered array from its parent's input, without reading an event: `at` gives, for each position in
 * the parent, the position in the filtered array (-1 where the event was left out; src/store/subsets.ts). The
 * categories stay the parent's (one that has no event left counts none). At 100,000 events this is a few
 * milliseconds; reading the events again was ~55 ms of every filter change.
 */
export function subsetClusterInput(input: ClusterInput, at: Int32Array): ClusterInput {
  let n = 0
  for (let k = 0; k < input.position.length; k++) if ((at[input.position[k] ?? 0] ?? -1) >= 0) n++
  const out = emptyInput(input.categoryIds, n)
  let j = 0
  for (let k = 0; k < input.position.length; k++) {
    const position = at[input.position[k] ?? 0] ?? -1
    if (position < 0) continue
    out.position[j] = position
    out.lon[j] = input.lon[k] ?? 0
    out.lat[j] = input.lat[k] ?? 0
    out.category[j] = input.category[k] ?? 0
    out.spanStart[j] = input.spanStart[k] ?? 0
    out.spanEnd[j] = input.spanEnd[k] ?? 0
    j++
  }
  return out
}
