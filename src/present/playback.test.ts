import { describe, expect, it } from 'vitest'
import { advancePlayback, movingWidth, playbackStart, playbackWindow } from './playback'

const DAY = 86_400_000
const span = { start: 100 * DAY, end: 140 * DAY }

describe('playbackWindow', () => {
  it('moving: a fixed-width window that ends at the position', () => {
    const window = playbackWindow(span, 120 * DAY, 'moving')
    expect(window).toEqual({ start: 120 * DAY - movingWidth(span), end: 120 * DAY })
    expect(movingWidth(span)).toBe(5 * DAY)
  })
  it('cumulative: from just before the start up to the position', () => {
    const window = playbackWindow(span, 120 * DAY, 'cumulative')
    expect(window.end).toBe(120 * DAY)
    expect(window.start).toBeLessThan(span.start)
    expect(playbackWindow(span, 130 * DAY, 'cumulative').start).toBe(window.start)
  })
  it('has a width from the very start', () => {
    for (const mode of ['moving', 'cumulative'] as const) {
      const window = playbackWindow(span, span.start, mode)
      expect(window.end).toBeGreaterThan(window.start)
      expect(window.end).toBeGreaterThanOrEqual(span.start)
    }
  })
})

describe('advancePlayback', () => {
  it('covers the whole span in the chosen number of seconds', () => {
    expect(advancePlayback(span.start, span, 10_000, 40)).toBe(span.start + 10 * DAY)
    expect(advancePlayback(span.start, span, 40_000, 40)).toBe(span.end)
  })
  it('stops at the end', () => {
    expect(advancePlayback(span.end - DAY, span, 60_000, 40)).toBe(span.end)
  })
})

describe('playbackStart', () => {
  it('resumes where it paused, restarts when finished or not started', () => {
    expect(playbackStart(null, span)).toBe(span.start)
    expect(playbackStart(110 * DAY, span)).toBe(110 * DAY)
    expect(playbackStart(span.end, span)).toBe(span.start)
    expect(playbackStart(span.start - DAY, span)).toBe(span.start)
  })
})
