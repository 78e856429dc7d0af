import { describe, expect, it } from 'vitest'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'
import type { Dataset } from '../data/model'
import { buildSlides, centredWindow, clampStep, eventSpan, keyAction, stepTarget } from './story'


function load(story?: unknown): Dataset {
  const { dataset } = validateDataset(story === undefined ? minimalDataset() : { ...minimalDataset(), story })
  if (!dataset) throw new Error('fixture does not load')
  return dataset
}

describe('buildSlides', () => {
  it('follows the story, with its notes', () => {
    const dataset = load([{ event: 'c', notes: 'last first' }, { event: 'a' }])
    const slides = buildSlides(dataset, dataset.events)
    expect(slides.map((s) => s.event.id)).toEqual(['c', 'a'])
    expect(slides[0]?.notes).toEqual({ und: 'last first' })
    expect(slides[1]?.notes).toBeUndefined()
  })
  it('is every event in time order without a story', () => {
    const dataset = load()
    expect(buildSlides(dataset, dataset.events).map((s) => s.event.id)).toEqual(['b', 'a', 'c'])
  })
  it('falls back to time order when no story step survived validation', () => {
    const dataset = load([{ event: 'missing' }])
    expect(buildSlides(dataset, dataset.events).map((s) => s.event.id)).toEqual(['b', 'a', 'c'])
  })
  it('leaves out what the filters hide', () => {
    const dataset = load([{ event: 'c' }, { event: 'a' }, { event: 'b' }])
    const shown = dataset.events.filter((e) => e.id !== 'a')
    expect(buildSlides(dataset, shown).map((s) => s.event.id)).toEqual(['c', 'b'])
    expect(buildSlides(load(), shown).map((s) => s.event.id)).toEqual(['b', 'c'])
  })
  it('is empty before a dataset is loaded', () => {
    expect(buildSlides(null, [])).toEqual([])
  })
})

describe('clampStep', () => {
  it.each([
    [0, 5, 1],
    [1, 5, 1],
    [5, 5, 5],
    [9, 5, 5],
    [3, 0, 1],
    [Number.NaN, 5, 1],
  ])('clampStep(%d, %d) = %d', (step, count, expected) => {
    expect(clampStep(step, count)).toBe(expected)
  })
})

describe('windows', () => {
  const dataset = load()
  const [b, a, c] = dataset.events as [Dataset['events'][0], Dataset['events'][0], Dataset['events'][0]]
  const span = eventSpan(dataset.events)!

  it('the span runs from the first start to the last end', () => {
    expect(span).toEqual({ start: b.spanStart, end: c.spanEnd })
  })
  it('centres the window on the event, a sixth of the span wide', () => {
    const window = centredWindow(a, span)
    expect(window.end - window.start).toBeCloseTo((span.end - span.start) / 6)
    expect((window.start + window.end) / 2).toBe((a.spanStart + a.spanEnd) / 2)
  })
  it('always fits a long event', () => {
    const window = centredWindow(c, span)
    expect(window.start).toBeLessThan(c.spanStart)
    expect(window.end).toBeGreaterThan(c.spanEnd)
  })
  it('has a width without a span, and at least an hour', () => {
    const window = centredWindow(a, null)
    expect(window.end - window.start).toBeGreaterThan(0)
    const tiny = centredWindow(a, { start: 0, end: 60_000 })
    expect(tiny.end - tiny.start).toBe(3_600_000)
  })
  it('stepTarget names the event and its window, clamping the step', () => {
    const slides = buildSlides(dataset, dataset.events)
    expect(stepTarget(slides, 2, span)).toMatchObject({ step: 2, eventId: 'a' })
    expect(stepTarget(slides, 99, span)).toMatchObject({ step: 3, eventId: 'c' })
    expect(stepTarget([], 4, span)).toEqual({ step: 1, eventId: null, window: null })
  })
})

describe('keyAction', () => {
  it.each([
    ['ArrowRight', false, 2, 3],
    ['PageDown', false, 2, 3],
    [' ', false, 2, 3],
    ['ArrowLeft', false, 2, 1],
    ['PageUp', false, 2, 1],
    [' ', true, 2, 1],
    ['Home', false, 3, 1],
    ['End', false, 1, 5],
  ])('%s (shift: %s) from step %d goes to %d', (key, shift, from, to) => {
    expect(keyAction(key, shift, from, 5)).toEqual({ type: 'go', step: to })
  })
  it('stops at both ends', () => {
    expect(keyAction('ArrowRight', false, 5, 5)).toEqual({ type: 'go', step: 5 })
    expect(keyAction('PageUp', false, 1, 5)).toEqual({ type: 'go', step: 1 })
  })
  it('Escape leaves; other keys are left alone', () => {
    expect(keyAction('Escape', false, 2, 5)).toEqual({ type: 'leave' })
    expect(keyAction('a', false, 2, 5)).toBeNull()
    expect(keyAction('Enter', false, 2, 5)).toBeNull()
  })
})
