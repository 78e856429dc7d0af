import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { whenQuiet } from './settled'
import { useAppStore } from '../store/appStore'

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const track = (promise: Promise<void>) => {
    const state = { done: false }
    void promise.then(() => (state.done = true))
    return state
  }

  it('waits until the window, the selection, the filters and the rows have been left alone for the quiet time', async () => {
    const waiting = track(whenQuiet(1_000, 60_000))
    for (let k = 1; k <= 5; k++) {
      await vi.advanceTimersByTimeAsync(600)
      useAppStore.setState({ window: { start: k, end: k + 10 } })
    }
    await vi.advanceTimersByTimeAsync(600)
    useAppStore.setState({ selectedId: 'x' })
    await vi.advanceTimersByTimeAsync(600)
    useAppStore.setState({ timelineRows: 'category' })
    await vi.advanceTimersByTimeAsync(900)
    expect(waiting.done).toBe(false)
    // a hover is no interaction with the views' state
    useAppStore.setState({ hoveredId: 'y' })
    await vi.advanceTimersByTimeAsync(100)
    expect(waiting.done).toBe(true)
  })

  it('resolves at the latest time however busy the reader is', async () => {
    const waiting = track(whenQuiet(1_000, 3_000))
    for (let k = 0; k < 10; k++) {
      await vi.advanceTimersByTimeAsync(500)
      useAppStore.setState({ window: { start: k, end: k + 1 } })
    }
    expect(waiting.done).toBe(true)
  })
})
