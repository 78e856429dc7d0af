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

export function clusterInput(events: readonly ChronoEvent[]): ClusterInput {
  const categories = new Map<string, number>()
  let n = 0
  for (const event of events) {
    if (!categories.has(event.category)) categories.set(event.category, categories.size)
    if (event.place) n++
  }
  const input: ClusterInput = {
    categoryIds: [...categories.keys()],
    position: new Int32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    category: new Uint16Array(n),
    spanStart: new Float64Array(n),
    spanEnd: new Float64Array(n),
  }
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

