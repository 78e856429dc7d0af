import { beforeEach, describe, expect, it } from 'vitest'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'
import { selectAppState, selectSelectedEvent, useAppStore } from './appStore'
import { MAX_ITEMS } from '../timeline/density'

const DAY = 86_400_000
const JAN_2022 = Date.UTC(2022, 0, 1)

/** More events than the timeline draws as single items: one a day from 1 January 2022, at noon UTC. */
function largeDataset() {
  const base = minimalDataset()
  const events = Array.from({ length: MAX_ITEMS + 50 }, (_, k) => ({
    id: `d${k}`,
    title: `Day ${k}`,
    start: `${new Date(JAN_2022 + k * DAY).toISOString().slice(0, 10)}T12:00Z`,
    precision: 'minute',
    category: 'strike',
  }))
  return { ...base, events }
}

const initial = useAppStore.getState()

describe('app store', () => {
  beforeEach(() => useAppStore.setState(initial, true))

  it('is loading until data arrives and both views have drawn it', () => {
    const store = useAppStore.getState()
    expect(selectAppState(useAppStore.getState())).toBe('loading')
    store.setLoadResult(validateDataset(minimalDataset()))
    const version = useAppStore.getState().datasetVersion
    expect(selectAppState(useAppStore.getState())).toBe('loading')
    store.markDrawn('map', version)
    expect(selectAppState(useAppStore.getState())).toBe('loading')
    store.markDrawn('timeline', version)
    expect(selectAppState(useAppStore.getState())).toBe('ready')
  })

  it('is in error when nothing could be loaded', () => {
    useAppStore.getState().setLoadResult(validateDataset({}))
    expect(selectAppState(useAppStore.getState())).toBe('error')
    expect(useAppStore.getState().problems.length).toBeGreaterThan(0)
  })

  it('a new dataset is not ready until drawn again, and clears the selection', () => {
    const store = useAppStore.getState()
    store.setLoadResult(validateDataset(minimalDataset()))
    store.markDrawn('map', 1)
    store.markDrawn('timeline', 1)
    store.selectEvent('a', 'list')
    store.setLoadResult(validateDataset(minimalDataset()))
    expect(selectAppState(useAppStore.getState())).toBe('loading')
    expect(useAppStore.getState().selectedId).toBeNull()
  })

  it('selects known events only and remembers where the selection came from', () => {
    const store = useAppStore.getState()
    store.setLoadResult(validateDataset(minimalDataset()))
    store.selectEvent('missing', 'url')
    expect(useAppStore.getState().selectedId).toBeNull()
    store.selectEvent('c', 'timeline')
    expect(selectSelectedEvent(useAppStore.getState())?.id).toBe('c')
    expect(useAppStore.getState().selectionSource).toBe('timeline')
    store.selectEvent(null, 'keyboard')
    expect(useAppStore.getState().selectionSource).toBeNull()
  })

  it('brings a large dataset\'s window to a selection outside it, same width, in the same update', () => {
    const store = useAppStore.getState()
    store.setLoadResult(validateDataset(largeDataset()))
    store.setWindow({ start: JAN_2022, end: JAN_2022 + 10 * DAY })
    const states: { selectedId: string | null; window: unknown }[] = []
    const unsubscribe = useAppStore.subscribe((s) => states.push({ selectedId: s.selectedId, window: s.window }))
    // day 100 at noon, outside the first ten days
    store.selectEvent('d100', 'list')
    unsubscribe()
    const noon = JAN_2022 + 100 * DAY + DAY / 2
    expect(states).toEqual([{ selectedId: 'd100', window: { start: noon - 5 * DAY, end: noon + 5 * DAY } }])
    // inside the window: it stays
    store.selectEvent('d98', 'map')
    expect(useAppStore.getState().window).toEqual({ start: noon - 5 * DAY, end: noon + 5 * DAY })
  })

  it('keeps the window for Back and Forward, present mode and small datasets', () => {
    const store = useAppStore.getState()
    store.setLoadResult(validateDataset(largeDataset()))
    const window = { start: JAN_2022, end: JAN_2022 + 10 * DAY }
    store.setWindow(window)
    store.selectEvent('d100', 'history')
    expect(useAppStore.getState().window).toEqual(window)
    store.selectEvent('d150', 'present')
    expect(useAppStore.getState().window).toEqual(window)
    // a small dataset's timeline focuses the event's own item instead (EventTimeline.tsx)
    store.setLoadResult(validateDataset(minimalDataset()))
    store.setWindow(window)
    store.selectEvent('c', 'list')
    expect(useAppStore.getState().window).toEqual(window)
  })

  it('says each notice once: the same message again is not added', () => {
    const store = useAppStore.getState()
    store.addNotice({ key: 'storage.blocked' })
    store.addNotice({ key: 'data.linkFailed', params: { url: 'a', reason: 'x' } })
    store.addNotice({ key: 'storage.blocked' })
    store.addNotice({ key: 'data.linkFailed', params: { url: 'a', reason: 'x' } })
    store.addNotice({ key: 'data.linkFailed', params: { url: 'b', reason: 'x' } })
    expect(useAppStore.getState().notices.map((n) => `${n.key} ${n.params?.['url'] ?? ''}`)).toEqual(['storage.blocked ', 'data.linkFailed a', 'data.linkFailed b'])
  })

  it('does not notify subscribers when nothing changed', () => {
    const store = useAppStore.getState()
    store.setLoadResult(validateDataset(minimalDataset()))
    store.setWindow({ start: 1, end: 2 })
    let calls = 0
    const unsubscribe = useAppStore.subscribe(() => calls++)
    store.setWindow({ start: 1, end: 2 })
    store.hoverEvent(null)
    store.selectEvent(null, 'map')
    unsubscribe()
    expect(calls).toBe(0)
  })
})
