/**
 * The density bins of a large dataset, drawn by chronomap inside vis-timeline's rows rather than as vis items.
 *
 * As vis items, every window change that brought new bins cost a DataSet diff, vis items made and measured one by
 * one, and the style and layout passes that measuring forces: about 20 ms of each window change at 100,000 events
 * (docs/performance.md). Bins need none of that: their size is known (a time span wide, a bar of one of eight
 * heights), so this layer only creates, re-uses and places plain elements, and vis draws an empty item set.
 *
 * The elements keep the documented contract (docs/automation.md): `.vis-item.cm-bin` with `lvl-1` … `lvl-8`, a
 * `.cm-bin-bar` inside, no `data-event-id`. They sit in the foreground of vis's row (its group element), so they
 * move with the rows, and are placed again after each of vis's redraws ('changed'). Reaches into vis internals
 * (vis-timeline 8: the item set's groups and body.util.toScreen); without them it draws nothing.
 *
 * The selected event has no item either while bins are shown: a mark of its time span (`.cm-selection-mark`, with
 * `data-selected-id`) is drawn over its row's bins, so a selection made on the map or in the list shows here too.
 */
import type { Timeline } from 'vis-timeline/esnext'
import type { TimelineItem } from './items'
import { bindClicksWithoutPan } from './clicks'

/** vis's id of the row that holds items without a group */
export const UNGROUPED = '__ungrouped__'

interface VisInternals {
  body?: { util?: { toScreen?: (time: number) => number }; domProps?: { center?: { width?: number } } }
  itemSet?: { groups?: Record<string, { dom?: { foreground?: HTMLElement } } | undefined> }
}

/** The selected event's span, in its row (the ungrouped one, or its category's). */
export interface SelectionSpan {
  id: string
  start: number
  end: number
  group?: string
}

interface DrawnBin {
  element: HTMLElement
  bar: HTMLElement
  bin: TimelineItem
  /** where it was placed last (its left edge and width in pixels), so that an unchanged place is not written again */
  placed?: string
}

/** A bin element's bin, for clicks. */
const binOfElement = new WeakMap<Element, TimelineItem>()

/** The bin drawn at (or around) a DOM node, if any. */
function binAt(target: EventTarget | null | undefined): TimelineItem | null {
  const element = target instanceof Element ? target.closest('.cm-bin') : null
  return (element && binOfElement.get(element)) ?? null
}

/**
 * Whether a press landed on a density bin. vis reads a tap on a bin as a tap on empty space, which would clear the
 * selection: the timeline's select handler asks this first.
 */
export function isOnBin(target: EventTarget | null | undefined): boolean {
  return binAt(target) !== null
}

export class DensityLayer {
  private readonly drawn = new Map<string, DrawnBin>()
  private mark: { element: HTMLElement; span: SelectionSpan } | null = null
  private readonly vis: VisInternals
  private readonly place = () => this.placeAll()
  private readonly unbindClicks: () => void
  /** `onOpen`: a bin was clicked (the timeline zooms into its slice of time). */
  constructor(
    private readonly timeline: Timeline,
    container: HTMLElement,
    onOpen: (bin: TimelineItem) => void,
  ) {
    this.vis = timeline as unknown as VisInternals
    timeline.on('changed', this.place)
    this.unbindClicks = bindClicksWithoutPan(container, (event) => {
      const bin = binAt(event.target)
      if (bin) onOpen(bin)
    })
  }

  /** Shows these bins (an empty list: none): elements of bins still wanted are kept, the rest removed. */
  setBins(bins: readonly TimelineItem[]): void {
    const wanted = new Set<string>()
    for (const bin of bins) {
      wanted.add(bin.id)
      const drawn = this.drawn.get(bin.id)
      if (drawn) {
        if (drawn.element.className !== classOf(bin)) drawn.element.className = classOf(bin)
        if (drawn.bar.textContent !== bin.content) drawn.bar.textContent = bin.content
        drawn.bin = bin
        binOfElement.set(drawn.element, bin)
      } else {
        const element = document.createElement('div')
        element.className = classOf(bin)
        const bar = document.createElement('span')
        bar.className = 'cm-bin-bar'
        bar.textContent = bin.content
        element.append(bar)
        binOfElement.set(element, bin)
        this.drawn.set(bin.id, { element, bar, bin })
      }
    }
    for (const [id, drawn] of this.drawn) {
      if (wanted.has(id)) continue
      drawn.element.remove()
      this.drawn.delete(id)
    }
    this.placeAll()
  }

  /** Marks the selected event's span over the bins (null: no mark). */
  setSelection(span: SelectionSpan | null): void {
    if (!span) {
      this.mark?.element.remove()
      this.mark = null
      return
    }
    if (!this.mark) {
      const element = document.createElement('div')
      element.className = 'cm-selection-mark'
      element.setAttribute('aria-hidden', 'true')
      this.mark = { element, span }
    }
    this.mark.span = span
    this.mark.element.dataset['selectedId'] = span.id
    this.placeAll()
  }

  /** Puts every bin in its row and at its time span; vis may have drawn new rows or a new window since. */
  private placeAll(): void {
    if (this.drawn.size === 0 && !this.mark) return
    const toScreen = this.vis.body?.util?.toScreen
    const groups = this.vis.itemSet?.groups
    if (!toScreen || !groups) return
    // as vis does for its range items: far off-screen ends are cut, so no element is millions of pixels wide
    const width = this.vis.body?.domProps?.center?.width ?? 0
    const clamp = (x: number) => Math.max(-width, Math.min(2 * width, x))
    if (this.mark) {
      const { element, span } = this.mark
      const row = groups[span.group ?? UNGROUPED]?.dom?.foreground
      if (!row) element.remove()
      else {
        if (element.parentNode !== row) row.append(element)
        const left = clamp(toScreen(span.start))
        element.style.transform = `translateX(${left}px)`
        element.style.width = `${Math.max(0, clamp(toScreen(span.end)) - left)}px`
      }
    }
    for (const drawn of this.drawn.values()) {
      const { element, bin } = drawn
      const row = groups[bin.group ?? UNGROUPED]?.dom?.foreground
      if (!row) {
        element.remove()
        continue
      }
      if (element.parentNode !== row) row.append(element)
      const left = clamp(toScreen(bin.start))
      const width = Math.max(1, clamp(toScreen(bin.end ?? bin.start)) - left)
      // a style written again, even with its old value, has the browser work out the element's style again: after
      // each of vis's redraws, hundreds of bins (a row per category) that had not moved
      const placed = `${left} ${width}`
      if (drawn.placed === placed) continue
      drawn.placed = placed
      element.style.transform = `translateX(${left}px)`
      element.style.width = `${width}px`
    }
  }

  destroy(): void {
    this.timeline.off('changed', this.place)
    this.unbindClicks()
    this.setBins([])
    this.setSelection(null)
  }
}

function classOf(bin: TimelineItem): string {
  return `vis-item vis-range ${bin.className}`
}
