/** Present mode as pure functions: which events it walks through, and what each step shows. */
import type { ChronoEvent, Dataset, LocalizedText } from '../data/model'
import { selectEventSpan, type TimeWindow } from '../store/selectors'
import type { StepTarget } from '../store/present'

const HOUR = 3_600_000

/** One step of the presentation. */
export interface Slide {
  event: ChronoEvent
  notes?: LocalizedText
}

/**
 * The dataset's story in its own order, else every event in time order; in both cases only the events the
 * filters show, so a teacher can narrow a presentation with the filter panel and every view shows each step.
 */
export function buildSlides(dataset: Dataset | null, shown: readonly ChronoEvent[]): Slide[] {
  if (!dataset) return []
  if (dataset.story?.length) {
    const shownById = new Map(shown.map((event) => [event.id, event]))
    return dataset.story.flatMap((step) => {
      const event = shownById.get(step.eventId)
      return event ? [{ event, notes: step.notes }] : []
    })
  }
  return shown.map((event) => ({ event }))
}

/** A step within 1…count (1 when there is nothing to show). */
export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step) || count < 1) return 1
  return Math.min(Math.max(Math.round(step), 1), count)
}

/** From the first event's start to the last event's end; null without events. */
export function eventSpan(events: readonly ChronoEvent[]): TimeWindow | null {
  const span = selectEventSpan(events)
  return span && { start: span.start, end: Math.max(span.end, span.start + HOUR) }
}

/**
 * The timeline window for a step: centred on the event and a sixth of the span wide (about eight days for the
 * bundled seven weeks), so neighbouring events give context; wider when the event itself is longer. Every step
 * gets the same width, so a long event does not leave the steps after it zoomed out.
 */
export function centredWindow(event: ChronoEvent, span: TimeWindow | null): TimeWindow {
  const total = span ? span.end - span.start : 30 * 24 * HOUR
  const width = Math.max(total / 6, HOUR, (event.spanEnd - event.spanStart) * 1.25)
  const centre = (event.spanStart + event.spanEnd) / 2
  return { start: centre - width / 2, end: centre + width / 2 }
}

/** Everything step `step` shows: its event, selected, and a timeline window centred on it. */
export function stepTarget(slides: readonly Slide[], step: number, span: TimeWindow | null): StepTarget {
  const clamped = clampStep(step, slides.length)
  const slide = slides[clamped - 1]
  if (!slide) return { step: clamped, eventId: null, window: null }
  return { step: clamped, eventId: slide.event.id, window: centredWindow(slide.event, span) }
}

export type KeyAction = { type: 'go'; step: number } | { type: 'leave' }

/**
 * What a key does while presenting. Presentation clickers send Page Down / Page Up (some send the arrow keys).
 * Returns null for keys present mode leaves alone.
 */
export function keyAction(key: string, shiftKey: boolean, step: number, count: number): KeyAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'go', step: clampStep(step + 1, count) }
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'go', step: clampStep(step - 1, count) }
    case ' ':
      return { type: 'go', step: clampStep(shiftKey ? step - 1 : step + 1, count) }
    case 'Home':
      return { type: 'go', step: 1 }
    case 'End':
      return { type: 'go', step: clampStep(count, count) }
    case 'Escape':
      return { type: 'leave' }
    default:
      return null
  }
}
