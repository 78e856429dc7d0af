/** a press that moved further than this (in pixels) panned the timeline: it is no click */
const CLICK_SLOP = 5

/**
 * Calls `onClick` for clicks in the container whose press did not move (a drag on vis-timeline pans it, and the
 * browser still sends a click when the press ends on the element it started on). Returns its own unbinding.
 */
export function bindClicksWithoutPan(container: HTMLElement, onClick: (event: MouseEvent) => void): () => void {
  let pressedAt: { x: number; y: number } | null = null
  const onPointerDown = (event: PointerEvent) => {
    pressedAt = { x: event.clientX, y: event.clientY }
  }
  const onContainerClick = (event: MouseEvent) => {
    const from = pressedAt
    pressedAt = null
    if (from && Math.hypot(event.clientX - from.x, event.clientY - from.y) > CLICK_SLOP) return
    onClick(event)
  }
  container.addEventListener('pointerdown', onPointerDown, true)
  container.addEventListener('click', onContainerClick)
  return function unbindClicksWithoutPan() {
    container.removeEventListener('pointerdown', onPointerDown, true)
    container.removeEventListener('click', onContainerClick)
  }
}
