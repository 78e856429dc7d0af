/**
 * Which events arrays are another one filtered: the same events, in the same relative order (the store's filtered
 * events, src/store/appStore.ts). Indexes of such a subset are taken from its parent's instead of being made from
 * its events again: the time index (src/store/timeIndex.ts) and the cluster index's input (src/map/useClusterIndex.ts).
 */
import type { ChronoEvent } from '../data/model'

const parents = new WeakMap<readonly ChronoEvent[], readonly ChronoEvent[]>()

/** Says that `subset` is `events` filtered, in order. */
export function noteSubset(subset: readonly ChronoEvent[], events: readonly ChronoEvent[]): void {
  if (subset !== events) parents.set(subset, events)
}

const positions = new WeakMap<readonly ChronoEvent[], Int32Array | null>()

/** For a noted subset: each parent position's position in it (subsetPositions), made once. */
export function positionsInParent(subset: readonly ChronoEvent[]): Int32Array | null {
  const parent = parents.get(subset)
  if (!parent) return null
  let at = positions.get(subset)
  if (at === undefined) positions.set(subset, (at = subsetPositions(parent, subset)))
  return at
}

/** The array `events` was filtered from, if noted. */
export function parentOf(events: readonly ChronoEvent[]): readonly ChronoEvent[] | undefined {
  return parents.get(events)
}

/**
 * For each position in `events`, the position of the same event in `subset` (-1 where it was left out); null when
 * `subset` is not `events` filtered in order after all.
 */
export function subsetPositions(events: readonly ChronoEvent[], subset: readonly ChronoEvent[]): Int32Array | null {
  const at = new Int32Array(events.length).fill(-1)
  let j = 0
  for (let i = 0; i < subset.length; i++) {
    const event = subset[i]
    while (j < events.length && events[j] !== event) j++
    if (j === events.length) return null
    at[j++] = i
  }
  return at
}
