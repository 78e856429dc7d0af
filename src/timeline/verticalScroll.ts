/**
 * Moving the timeline's rows up and down: vis keeps its own vertical offset (no browser scrolling) and has no public
 * API for it, so these reach into its Core.
 */
import type { Timeline } from 'vis-timeline/esnext'

/** The parts of vis-timeline's Core that move its rows up and down; not in its typings. */
interface VerticalScroll {
  /** vis's measures from its last redraw: the rows' full height (center) and the height they are shown in */
  props: { scrollTop: number; center?: { height: number }; centerContainer?: { height: number } }
  _setScrollTop(scrollTop: number): number
  _redraw(): void
}

/**
 * Scrolls the rows so an item (or the selection's mark over density bins) below or above the visible ones is in
 * view. vis's focus() does this only when it also moves the window (the vertical scroll runs in the callback of a
 * range change), and often the window needs no move, or present mode has set it already. Measured after vis has
 * drawn the new window, when the item has its place.
 */
export function revealItemRow(timeline: Timeline, container: HTMLElement | null, id: string): () => void {
  const core = timeline as unknown as Partial<VerticalScroll>
  const reveal = () => {
    // rows that fit their box have nothing out of sight: no need to ask the browser for positions, which would make
    // it lay the page out again in the middle of vis's redraw (~10 ms a selection)
    const rows = core.props?.center?.height
    const shown = core.props?.centerContainer?.height
    if (rows !== undefined && shown !== undefined && rows <= shown) return
    const view = container?.querySelector('.vis-panel.vis-center')?.getBoundingClientRect()
    const box = container?.querySelector(`.vis-item[data-event-id="${CSS.escape(id)}"], .cm-selection-mark[data-selected-id="${CSS.escape(id)}"]`)?.getBoundingClientRect()
    if (!view || !box || !core.props || !core._setScrollTop || !core._redraw) return
    if (box.top >= view.top && box.bottom <= view.bottom) return
    core._setScrollTop(core.props.scrollTop - (box.top - (view.top + view.height / 2 - box.height / 2)))
    core._redraw()
  }
  // vis may stack the rows anew over its next few redraws, so each redraw for a moment checks again; a window
  // that did not move at all (the same event twice) brings no redraw, hence the timer
  timeline.on('changed', reveal)
  const check = setTimeout(reveal, 250)
  const settle = setTimeout(() => timeline.off('changed', reveal), 1000)
  // where the reader takes the timeline meanwhile (a drag, the wheel, a key) is theirs: no pulling it back
  const readerActs = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const
  const cancelReveal = () => {
    clearTimeout(check)
    clearTimeout(settle)
    timeline.off('changed', reveal)
    for (const type of readerActs) container?.removeEventListener(type, cancelReveal, true)
  }
  for (const type of readerActs) container?.addEventListener(type, cancelReveal, { capture: true, passive: true })
  return cancelReveal
}

/**
 * Tabbing to a row label below the fold makes the browser scroll vis's label panel (overflow: hidden), which vis
 * does not know about: the labels would drift away from their rows. The browser's scroll is handed over to vis's
 * own vertical offset, which moves labels and rows together. (vis only syncs this itself with verticalScroll,
 * which would also take the mouse wheel away from zooming.)
 */
export function bindLabelScroll(timeline: Timeline, container: HTMLElement): () => void {
  const core = timeline as unknown as Partial<VerticalScroll>
  const onScroll = (event: Event) => {
    const panel = event.target
    if (!(panel instanceof HTMLElement) || !panel.classList.contains('vis-left') || panel.scrollTop === 0) return
    const delta = panel.scrollTop
    panel.scrollTop = 0
    if (core.props && core._setScrollTop && core._redraw) {
      core._setScrollTop(core.props.scrollTop - delta)
      core._redraw()
    }
  }
  // scroll events do not bubble: listen in the capture phase
  container.addEventListener('scroll', onScroll, true)
  return function unbindLabelScroll() {
    container.removeEventListener('scroll', onScroll, true)
  }
}
