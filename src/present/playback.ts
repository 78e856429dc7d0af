/** Time playback as pure functions: where the playback is, and which window it shows. */
import type { PlaybackMode } from '../store/present'
import type { TimeWindow } from '../store/selectors'

/** How often the window moves. A few steps a second reads as motion without redrawing every frame. */
export const PLAYBACK_TICK_MS = 200

/** The moving window is an eighth of the span wide: about a week for the bundled seven weeks. */
export function movingWidth(span: TimeWindow): number {
  return (span.end - span.start) / 8
}

/**
 * The window at a playback position. Moving: the last stretch of time up to the position, so an event comes
 * into the window when it happens and leaves it a while later. Cumulative: everything from the start up to
 * the position. Either way an event is shown from the moment it begins.
 */
export function playbackWindow(span: TimeWindow, position: number, mode: PlaybackMode): TimeWindow {
  const lead = (span.end - span.start) / 50
  if (mode === 'cumulative') return { start: span.start - lead, end: Math.max(position, span.start) }
  return { start: position - movingWidth(span), end: position }
}

/** The position after `elapsedMs` of real time, when the whole span plays in `seconds`; stops at the end. */
export function advancePlayback(position: number, span: TimeWindow, elapsedMs: number, seconds: number): number {
  const rate = (span.end - span.start) / (seconds * 1000)
  return Math.min(position + elapsedMs * rate, span.end)
}

/** Where play starts: where it was paused, or from the beginning when it had not started or had finished. */
export function playbackStart(position: number | null, span: TimeWindow): number {
  if (position === null || position >= span.end || position < span.start) return span.start
  return position
}
