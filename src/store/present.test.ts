import { beforeEach, describe, expect, it } from 'vitest'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'
import { useAppStore } from './appStore'

const initial = useAppStore.getState()
const MINUTE = 60_000

describe('present slice', () => {
  beforeEach(() => {
    useAppStore.setState(initial, true)
    useAppStore.getState().setLoadResult(validateDataset(minimalDataset()))
  })

  it('starts at step 1 with notes hidden and nothing playing', () => {
    useAppStore.setState({ presentNotes: true, autoplay: { playing: true, seconds: 5 } })
    useAppStore.getState().startPresenting()
    const state = useAppStore.getState()
    expect(state.present).toEqual({ step: 1 })
    expect(state.presentNotes).toBe(false)
    expect(state.autoplay).toEqual({ playing: false, seconds: 5 })
  })

  it('shows a step in one update: step, selection (source present) and window, to the minute', () => {
    useAppStore.getState().startPresenting()
    let updates = 0
    const unsubscribe = useAppStore.subscribe(() => updates++)
    useAppStore.getState().showStep({ step: 2, eventId: 'a', window: { start: 10 * MINUTE + 20_000, end: 70 * MINUTE } })
    unsubscribe()
    const state = useAppStore.getState()
    expect(updates).toBe(1)
    expect(state.present).toEqual({ step: 2 })
    expect(state.selectedId).toBe('a')
    expect(state.selectionSource).toBe('present')
    expect(state.window).toEqual({ start: 10 * MINUTE, end: 70 * MINUTE })
  })

  it('does nothing when the step is already shown', () => {
    const target = { step: 2, eventId: 'a', window: { start: 0, end: 60 * MINUTE } }
    useAppStore.getState().startPresenting()
    useAppStore.getState().showStep(target)
    let updates = 0
    const unsubscribe = useAppStore.subscribe(() => updates++)
    useAppStore.getState().showStep(target)
    unsubscribe()
    expect(updates).toBe(0)
  })

  it('a step stops time playback; autoplay and playback exclude each other', () => {
    const store = useAppStore.getState()
    store.startPresenting()
    store.setPlayback({ playing: true, position: 0 })
    store.setAutoplay({ playing: true })
    expect(useAppStore.getState().playback.playing).toBe(false)
    store.setPlayback({ playing: true })
    expect(useAppStore.getState().autoplay.playing).toBe(false)
    store.showStep({ step: 3, eventId: 'c', window: null })
    expect(useAppStore.getState().playback.playing).toBe(false)
  })

  it('leaving stops everything, closes the handout and keeps the selection', () => {
    const store = useAppStore.getState()
    store.startPresenting()
    store.showStep({ step: 2, eventId: 'a', window: null })
    store.setAutoplay({ playing: true })
    store.setHandoutOpen(true)
    store.stopPresenting()
    const state = useAppStore.getState()
    expect(state.present).toBeNull()
    expect(state.handoutOpen).toBe(false)
    expect(state.autoplay.playing).toBe(false)
    expect(state.selectedId).toBe('a')
  })
})
