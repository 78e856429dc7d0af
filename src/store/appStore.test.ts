import { beforeEach, describe, expect, it } from 'vitest'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'
import { selectAppState, selectSelectedEvent, useAppStore } from './appStore'

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
