/** How the item layer (itemLayer.ts) stacks a large dataset's items in lanes: pure, unit-tested (stacking.test.ts). */

/** vis's item margins (EventTimeline's options): the stacks here use the same. */
export const ITEM_MARGIN = { axis: 6, horizontal: 2, vertical: 4 } as const

/** An item's horizontal extent in pixels, label included. */
export interface Extent {
  left: number
  right: number
}

/**
 * The lane of each extent (0 = next to the axis), first fit in order of their left edges, as vis stacks items
 * of one height: an item goes into the first lane whose last item ends `gap` pixels before it starts.
 */
export function stackLanes(extents: readonly Extent[], gap: number): number[] {
  const order = extents.map((_, k) => k).sort((a, b) => extents[a]!.left - extents[b]!.left || a - b)
  const laneEnds: number[] = []
  const lanes = new Array<number>(extents.length).fill(0)
  for (const k of order) {
    const { left, right } = extents[k]!
    let lane = laneEnds.findIndex((end) => end + gap <= left)
    if (lane < 0) lane = laneEnds.length
    laneEnds[lane] = right
    lanes[k] = lane
  }
  return lanes
}

/** A row's height for this many lanes of items `itemHeight` tall (vis's Group._calculateHeight, for one height). */
export function rowHeight(lanes: number, itemHeight: number): number {
  if (lanes === 0) return 0
  const { axis, vertical } = ITEM_MARGIN
  return Math.ceil(axis + lanes * itemHeight + (lanes - 1) * vertical + vertical / 2)
}
