/**
 * A large dataset's single items (the window holds few enough events to draw each one), drawn by chronomap inside
 * vis-timeline's rows rather than as vis items, as the density bins are (densityLayer.ts).
 *
 * As vis items, every window change that brought new items went through a DataSet diff and vis's item set: each
 * item made, measured and stacked by vis, which reads and writes the page in turns (style and layout worked out
 * 4–6 times in one redraw), and a second redraw when the rows' height changed. A selection or window change at
 * 10,000 events took 60–160 ms that way (docs/performance.md, tenth session). Here the new items are made, their
 * labels measured in one read, stacked, and placed; vis draws an empty item set, and learns each row's height
 * from this layer (its group's _calculateHeight), so that its rows, labels and vertical scrolling fit the stacks.
 *
 * The elements keep vis's classes and the documented contract (docs/automation.md): `.vis-item.vis-point` or
 * `.vis-item.vis-range` with `data-event-id`, `.vis-selected` on the selected one, the content from
 * renderItemContent. Small datasets keep vis's own items (animated focus, vis's selection). Reaches into vis
 * internals (vis-timeline 8: the item set's groups, body.util.toScreen, the '_change' event); without them it
 * draws nothing.
 */
import type { Timeline } from 'vis-timeline/esnext'
import { renderItemContent, type TimelineItem } from './items'
import { UNGROUPED } from './densityLayer'
import { bindClicksWithoutPan } from './clicks'
import { queueRedraw, redrawNow } from './visBatching'
import { ITEM_MARGIN, rowHeight, stackLanes } from './stacking'
import { LabelWidths } from './labelWidths'

interface VisGroup {
  dom?: { foreground?: HTMLElement }
  _calculateHeight?: (margin: unknown) => number
}

interface VisInternals {
  body?: {
    util?: { toScreen?: (time: number) => number }
    domProps?: { center?: { width?: number } }
  }
  itemSet?: { groups?: Record<string, VisGroup | undefined> }
}

/** One wanted item; its element is made once it comes into sight. */
interface ItemRecord {
  item: TimelineItem
  element: HTMLElement | null
  /** vis's .vis-item-content: the label, whose width counts for stacking */
  content: HTMLElement | null
  /** the label's width: measured by the browser once drawn, estimated from the text before (-1: not yet) */
  width: number
  measured: boolean
}

/** An element drawn by a layer, for clicks and hover: its event id. */
const idOfElement = new WeakMap<Element, string>()

/** The event id of the item drawn at (or around) a DOM node by this layer, if any. */
function ownItemAt(target: EventTarget | null | undefined): string | null {
  const element = target instanceof Element ? target.closest('.vis-item[data-event-id]') : null
  return (element && idOfElement.get(element)) ?? null
}

/**
 * Whether a press landed on an item of this layer. vis reads a tap on one as a tap on empty space, which would
 * clear the selection: the timeline's select handler asks this first.
 */
export function isOnOwnItem(target: EventTarget | null | undefined): boolean {
  return ownItemAt(target) !== null
}

/** layouts in a row after vis's redraws (each may change the rows' heights, which vis then draws again) */
const MAX_RELAYOUTS = 3

export interface ItemLayerHandlers {
  /** an item was clicked */
  onSelect(id: string): void
  /** the pointer came onto an item (its id) or left it (null) */
  onHover(id: string | null): void
}

/** pixels beyond each side of the timeline within which an item counts as in sight, and its element is made */
const SIGHT_MARGIN = 100
/** an item whose label's width is not known yet is taken to be this wide when deciding whether it is in sight */
const UNKNOWN_LABEL = 400

export class ItemLayer {
  private readonly records = new Map<string, ItemRecord>()
  private readonly recordOfContent = new WeakMap<Element, ItemRecord>()
  private readonly vis: VisInternals
  private selectedId: string | null = null
  /** labels' widths before they are drawn, estimated in the font of a drawn one */
  private readonly labels = new LabelWidths()
  /** one lane's height: the taller of the point and range items, each measured from the first one drawn */
  private laneHeight = 0
  private readonly measuredTypes = new Set<TimelineItem['type']>()
  /** each row's height for its stack, which vis's group asks for (rows without items: none) */
  private readonly heights = new Map<string, number>()
  private readonly patchedGroups = new WeakSet<VisGroup>()
  /** the time → pixel map of the last layout: a pan or zoom since needs another */
  private placedFor = ''
  private relayouts = 0
  private hoveredId: string | null = null
  private readonly unbindClicks: () => void
  private readonly resizes: ResizeObserver | null

  private readonly afterRedraw = () => this.onRedrawn()
  private readonly onPointerOver = (event: PointerEvent) => {
    const id = ownItemAt(event.target)
    if (id !== null && id !== this.hoveredId) {
      this.hoveredId = id
      this.handlers.onHover(id)
    }
  }
  private readonly onPointerOut = (event: PointerEvent) => {
    if (this.hoveredId === null || ownItemAt(event.relatedTarget) === this.hoveredId) return
    this.hoveredId = null
    this.handlers.onHover(null)
  }

  constructor(
    private readonly timeline: Timeline,
    private readonly container: HTMLElement,
    private readonly handlers: ItemLayerHandlers,
  ) {
    this.vis = timeline as unknown as VisInternals
    timeline.on('changed', this.afterRedraw)
    this.unbindClicks = bindClicksWithoutPan(container, (event) => {
      const id = ownItemAt(event.target)
      if (id !== null) handlers.onSelect(id)
    })
    container.addEventListener('pointerover', this.onPointerOver)
    container.addEventListener('pointerout', this.onPointerOut)
    // the browser reports each drawn label's size after its layout: a label drawn wider or narrower than estimated
    // (the selection's bold, an approximate time's ≈, larger type in present mode) is stacked again before the
    // frame is painted, with no read of the page here
    this.resizes = typeof ResizeObserver === 'function' ? new ResizeObserver((entries) => this.onResized(entries)) : null
  }

  /** Shows these items (an empty list: none): the drawn ones still wanted are kept, the rest removed. */
  setItems(items: readonly TimelineItem[]): void {
    const wanted = new Set<string>()
    for (const item of items) {
      wanted.add(item.id)
      const record = this.records.get(item.id)
      if (record && record.item.type === item.type && record.item.content === item.content && record.item.color === item.color && record.item.shape === item.shape) {
        record.item = item
        const className = this.classOf(item)
        if (record.element && record.element.className !== className) record.element.className = className
        continue
      }
      if (record) this.remove(record)
      this.records.set(item.id, { item, element: null, content: null, width: -1, measured: false })
    }
    for (const record of [...this.records.values()]) if (!wanted.has(record.item.id)) this.remove(record)
    this.attach()
    // vis draws its rows in its next frame, with these heights (a window change has asked for that frame already)
    if (this.layout(true)) queueRedraw(this.timeline)
  }

  /** Marks the selected event's item, when it is drawn here. */
  setSelection(id: string | null): void {
    if (id === this.selectedId) return
    const before = this.selectedId === null ? undefined : this.records.get(this.selectedId)
    this.selectedId = id
    const after = id === null ? undefined : this.records.get(id)
    for (const record of [before, after]) if (record?.element) record.element.className = this.classOf(record.item)
  }

  destroy(): void {
    this.timeline.off('changed', this.afterRedraw)
    this.unbindClicks()
    this.container.removeEventListener('pointerover', this.onPointerOver)
    this.container.removeEventListener('pointerout', this.onPointerOut)
    this.resizes?.disconnect()
    for (const record of [...this.records.values()]) this.remove(record)
    this.heights.clear()
  }

  private classOf(item: TimelineItem): string {
    return `vis-item vis-${item.type} ${item.className} vis-readonly${item.id === this.selectedId ? ' vis-selected' : ''}`
  }

  /** The same DOM as vis's point and range items (without their hidden dot and frame), so the same CSS applies. */
  private draw(record: ItemRecord): void {
    const { item } = record
    const element = document.createElement('div')
    element.className = this.classOf(item)
    element.dataset['eventId'] = item.id
    const content = document.createElement('div')
    content.className = 'vis-item-content'
    content.append(renderItemContent(item))
    if (item.type === 'range') {
      const overflow = document.createElement('div')
      overflow.className = 'vis-item-overflow'
      overflow.append(content)
      element.append(overflow)
    } else element.append(content)
    idOfElement.set(element, item.id)
    this.recordOfContent.set(content, record)
    this.resizes?.observe(content)
    record.element = element
    record.content = content
  }

  private remove(record: ItemRecord): void {
    if (record.content) this.resizes?.unobserve(record.content)
    record.element?.remove()
    this.records.delete(record.item.id)
  }

  /** The row element (vis's group foreground) an item goes into; none while vis has not drawn that row. */
  private rowOf(item: TimelineItem): HTMLElement | undefined {
    return this.vis.itemSet?.groups?.[item.group ?? UNGROUPED]?.dom?.foreground
  }

  /**
   * Each drawn element into its row's foreground (vis may have made the rows anew), and each row asks this layer
   * for its height. Returns whether a row is new to this layer or an element moved.
   */
  private attach(): boolean {
    const groups = this.vis.itemSet?.groups
    let changed = false
    if (!groups) return false
    for (const [id, group] of Object.entries(groups)) {
      if (!group || this.patchedGroups.has(group) || typeof group._calculateHeight !== 'function') continue
      const own = group._calculateHeight
      const heights = this.heights
      group._calculateHeight = function heightWithOwnItems(this: VisGroup, margin: unknown) {
        return Math.max(own.call(this, margin), heights.get(id) ?? 0)
      }
      this.patchedGroups.add(group)
      changed = true
    }
    for (const { element, item } of this.records.values()) {
      if (!element) continue
      const row = this.rowOf(item)
      if (row === element.parentNode) continue
      if (row) row.append(element)
      else element.remove()
      changed = true
    }
    return changed
  }

  /**
   * The labels' font and what a drawn label adds to its text, taken from a drawn one with its size (measured by the
   * caller: the browser after its layout, or a read of the page); the estimates so far are dropped.
   */
  private calibrate(record: ItemRecord, width: number, height: number): void {
    const label = record.content?.querySelector('.cm-item-label')
    if (!label || !this.labels.calibrate(getComputedStyle(label), record.item.content, width, height)) return
    for (const other of this.records.values()) if (!other.measured) other.width = -1
  }

  private onResized(entries: readonly ResizeObserverEntry[]): void {
    let changed = false
    for (const entry of entries) {
      const record = this.recordOfContent.get(entry.target)
      if (!record || !this.records.has(record.item.id)) continue
      const width = entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height
      if (width === 0 && height === 0) continue
      // the first label drawn (when it could not be read at once), or another size of type (present mode):
      // estimates and lanes from the labels as they are drawn now
      if (!this.labels.calibrated || (this.labels.otherHeight(height) && !record.item.className.includes('is-approx'))) {
        this.calibrate(record, width, height)
        this.measuredTypes.clear()
        this.laneHeight = 0
        changed = true
      }
      // read after the browser's layout, before it paints: no layout of its own
      if (!this.measuredTypes.has(record.item.type) && record.element) {
        this.measuredTypes.add(record.item.type)
        this.laneHeight = Math.max(this.laneHeight, record.element.getBoundingClientRect().height)
        changed = true
      }
      // (the first report of a label drawn as estimated changes nothing)
      const same = Math.abs(record.width - width) < 0.5
      record.measured = true
      if (same) continue
      record.width = width
      changed = true
    }
    if (changed && this.layout(true)) redrawNow(this.timeline)
  }

  /** After each of vis's redraws: rows made anew, or a pan or zoom, need the items placed again. */
  private onRedrawn(): void {
    const moved = this.attach()
    if (this.records.size === 0) return
    const heightsChanged = this.layout(moved)
    if ((heightsChanged || moved) && this.relayouts < MAX_RELAYOUTS) {
      this.relayouts++
      // vis draws its rows again at once (they take their heights from here), as its own restacking does
      redrawNow(this.timeline)
    }
    this.relayouts = 0
  }

  /**
   * Draws the items in sight that are not drawn yet, and places every drawn one at its time and in its lane; the
   * lanes count every wanted item, drawn or not, so a pan does not move an item to another lane. Returns whether a
   * row's height changed (vis must then draw its rows again). Nothing to do when the time → pixel map is the one of
   * the last layout, unless forced.
   */
  private layout(force: boolean): boolean {
    const toScreen = this.vis.body?.util?.toScreen
    if (!toScreen) return false
    const width = this.vis.body?.domProps?.center?.width ?? 0
    const placedFor = `${toScreen(0)}:${toScreen(86_400_000)}:${width}`
    if (!force && placedFor === this.placedFor) return false
    this.placedFor = placedFor
    // as vis does for its range items: far off-screen ends are cut, so no element is millions of pixels wide
    const clamp = (x: number) => Math.max(-width, Math.min(2 * width, x))
    const placed = [...this.records.values()].map((record) => {
      const { item } = record
      const left = clamp(toScreen(item.start))
      const end = item.type === 'range' ? clamp(toScreen(item.end ?? item.start)) : left
      return { record, left, end }
    })
    // the items in sight are drawn (and measured, the first time: the labels' font and height come from them)
    const fresh: ItemRecord[] = []
    for (const { record, left, end } of placed) {
      if (record.element) continue
      const label = record.width >= 0 ? record.width : this.labels.calibrated ? this.labels.estimate(record.item.content) : UNKNOWN_LABEL
      if (Math.max(end, left + label) < -SIGHT_MARGIN || left > width + SIGHT_MARGIN) continue
      const row = this.rowOf(record.item)
      if (!row) continue
      this.draw(record)
      row.append(record.element!)
      fresh.push(record)
    }
    this.measureFirst(fresh)
    const byRow = new Map<string, { record: ItemRecord; left: number; end: number; right: number; label: number }[]>()
    for (const { record, left, end } of placed) {
      if (record.width < 0) record.width = this.labels.estimate(record.item.content)
      const label = Math.max(0, record.width)
      const row = record.item.group ?? UNGROUPED
      let list = byRow.get(row)
      if (!list) byRow.set(row, (list = []))
      list.push({ record, left, end, right: Math.max(end, left + label), label })
    }
    const heights = new Map<string, number>()
    for (const [row, list] of byRow) {
      const lanes = stackLanes(list, ITEM_MARGIN.horizontal)
      list.forEach(({ record, left, end, label }, k) => {
        const { element, content, item } = record
        if (!element || !content) return
        const top = ITEM_MARGIN.axis + lanes[k]! * (this.laneHeight + ITEM_MARGIN.vertical)
        element.style.transform = `translate(${left}px, ${top}px)`
        if (item.type === 'range') {
          const span = Math.max(1, end - left)
          element.style.width = `${span}px`
          // the label stays in sight while the range's start is left of the window (vis does the same)
          const shift = Math.max(0, Math.min(-left, span - label))
          content.style.transform = shift > 0 ? `translateX(${shift}px)` : ''
        }
      })
      heights.set(row, rowHeight(Math.max(0, ...lanes) + 1, this.laneHeight))
    }
    const changed = heights.size !== this.heights.size || [...heights].some(([row, height]) => this.heights.get(row) !== height)
    if (changed) {
      // the groups hold this map: it is refilled, not replaced
      this.heights.clear()
      for (const [row, height] of heights) this.heights.set(row, height)
    }
    return changed
  }

  /**
   * The first items ever drawn (of each kind, point and range) are read from the page at once: one layout, once,
   * for the lanes' height and the labels' font. Every later label is estimated, then measured by the browser.
   */
  private measureFirst(drawn: readonly ItemRecord[]): void {
    // (an element in a row vis has not put on the page yet has no size: the browser reports it once it has)
    const fresh = drawn.filter((record) => record.element!.isConnected)
    const firstOfType = fresh.filter((record) => !this.measuredTypes.has(record.item.type))
    if (firstOfType.length === 0 && this.labels.calibrated) return
    for (const record of firstOfType) {
      if (this.measuredTypes.has(record.item.type)) continue
      this.measuredTypes.add(record.item.type)
      this.laneHeight = Math.max(this.laneHeight, record.element!.getBoundingClientRect().height)
    }
    if (this.labels.calibrated || fresh.length === 0) return
    // an approximate time's label has a ≈ before its text (timeline.css): another one, if there is one, calibrates
    const sample = fresh.find((record) => !record.item.className.includes('is-approx')) ?? fresh[0]!
    const box = sample.content!.getBoundingClientRect()
    sample.width = box.width
    sample.measured = true
    this.calibrate(sample, box.width, box.height)
  }
}
