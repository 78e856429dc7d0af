/**
 * Two changes to how vis-timeline draws DataSet changes; both reach into vis internals (vis-timeline 8), and fall
 * back to vis's own behaviour when those are not there.
 *
 * - vis draws and measures an item the moment it is added: its Group.add shows a visible item at once (create the
 *   DOM, append it, read its size), one item after the other, so every new item forces a layout of its own. A
 *   window change that brings 60 new density bins or 150 new items paid for 60 or 150 layouts. vis's redraw shows
 *   the items that came into view in one batch instead: all DOM first, then all measurements
 *   (Group._updateItemsInRange). batchItemDrawing makes Group.add leave new items to that redraw.
 * - vis's ItemSet redraws at once after every DataSet event (its add, update and remove listeners call redraw), so
 *   one diff (syncDataSet: a remove, an add and an update) drew the items three times, each with its layouts, and
 *   the timeline draws them again in the next animation frame. drawInNextFrame leaves it to that frame: the
 *   ItemSet's handlers queue that redraw themselves (a queued '_change').
 */
import type { Timeline } from 'vis-timeline/esnext'

interface GroupLike {
  add(item: unknown): void
  _checkIfVisible(item: unknown, visibleItems: unknown[], range: unknown): void
}

const patched = new WeakSet<object>()
const skipCheck: GroupLike['_checkIfVisible'] = () => {}

/** The prototype that defines `add` (Group's), found from any group of the timeline. */
function groupPrototype(timeline: Timeline): GroupLike | null {
  const groups = (timeline as unknown as { itemSet?: { groups?: Record<string, object> } }).itemSet?.groups
  let proto: object | null = groups ? (Object.values(groups)[0] ?? null) : null
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'add')) proto = Object.getPrototypeOf(proto) as object | null
  if (!proto || typeof (proto as Partial<GroupLike>).add !== 'function' || typeof (proto as Partial<GroupLike>)._checkIfVisible !== 'function') return null
  return proto as GroupLike
}

/**
 * Patches vis's Group (not exported) once per page: its add skips the visibility check, so that items added while
 * the timeline is drawn are shown by the redraw the add queues (ItemSet._onAdd emits a queued '_change';
 * Group.add marks the group for restacking).
 */
export function batchItemDrawing(timeline: Timeline): void {
  const proto = groupPrototype(timeline)
  if (!proto || patched.has(proto)) return
  patched.add(proto)
  const add = proto.add
  proto.add = function addWithoutShowing(this: GroupLike, item: unknown) {
    this._checkIfVisible = skipCheck
    try {
      add.call(this, item)
    } finally {
      // back to the prototype's method
      delete (this as Partial<GroupLike>)._checkIfVisible
    }
  }
}

interface ItemSetLike {
  redraw(): boolean
  initialItemSetDrawn?: boolean
}

const noRedraw = () => false

/**
 * Runs DataSet changes without the ItemSet's immediate redraws; the timeline draws them in its next frame. Before
 * the first draw, vis draws at once as always (its first '_change' is not queued).
 */
export function drawInNextFrame(timeline: Timeline, change: () => void): void {
  const itemSet = (timeline as unknown as { itemSet?: ItemSetLike }).itemSet
  if (!itemSet?.initialItemSetDrawn || typeof itemSet.redraw !== 'function') {
    change()
    return
  }
  itemSet.redraw = noRedraw
  try {
    change()
  } finally {
    // back to the prototype's method
    delete (itemSet as Partial<ItemSetLike>).redraw
  }
  // vis queues it on every change it sees; asking again costs nothing (one redraw per frame)
  queueRedraw(timeline)
}

interface Emitting {
  body?: { emitter?: { emit(type: string, properties?: unknown): void } }
}

/**
 * Has vis draw the timeline in its next frame, as it does itself after a DataSet change (a queued '_change'). Not
 * the public `redraw()`: vis's Timeline.redraw also marks every item for measuring again and makes the item set
 * take every row out of the page and put it back (its markDirty clears the rows' order), which with a row per
 * category laid out and styled every bin or item again, 2 × ~700 elements at each window change.
 */
export function queueRedraw(timeline: Timeline): void {
  const emitter = (timeline as unknown as Emitting).body?.emitter
  if (emitter) emitter.emit('_change', { queue: true })
  else timeline.redraw()
}

/** Has vis draw the timeline at once (an unqueued '_change', as vis's own restacking asks for), without markDirty. */
export function redrawNow(timeline: Timeline): void {
  const emitter = (timeline as unknown as Emitting).body?.emitter
  if (emitter) emitter.emit('_change')
  else timeline.redraw()
}
