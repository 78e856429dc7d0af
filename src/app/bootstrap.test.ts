/**
 * The URL follows the view with one history write per interaction (startUrlSync). Node has no window: a small
 * stand-in records what the app writes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { markHistoryReady, startUrlSync } from './bootstrap'
import { useAppStore } from '../store/appStore'
import { validateDataset } from '../data/validate'
import { minimalDataset } from '../data/fixtures/minimal'

type Write = [kind: 'push' | 'replace', url: string]

function installWindow() {
  const writes: Write[] = []
  const listeners = new Map<string, () => void>()
  const location = { pathname: '/', search: '?e2e=1', hash: '' }
  const record = (kind: Write[0]) => (_state: unknown, _title: string, url: string) => {
    writes.push([kind, url])
    location.search = url.slice(url.indexOf('?'))
  }
  const fake = {
    location,
    history: { state: null, pushState: record('push'), replaceState: record('replace') },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  }
  // the browser's frames, drawn when the test says
  let frames: FrameRequestCallback[] = []
  const requestAnimationFrame = (callback: FrameRequestCallback) => frames.push(callback)
  const cancelAnimationFrame = (handle: number) => frames.splice(handle - 1, 1, () => undefined)
  Object.assign(globalThis, {
    window: fake,
    document: { documentElement: { lang: 'en' } },
    localStorage: { setItem: () => undefined },
    requestAnimationFrame,
    cancelAnimationFrame,
  })
  const frame = () => {
    const due = frames
    frames = []
    for (const callback of due) callback(0)
  }
  return { writes, location, popState: () => listeners.get('popstate')?.(), frame }
}

/** Lets the task that made the changes end. */
const afterTask = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('startUrlSync', () => {
  let stop: () => void = () => undefined
  beforeEach(() => {
    useAppStore.getState().setLoadResult(validateDataset(minimalDataset()))
    useAppStore.setState({ window: null, filters: { ...useAppStore.getState().filters, categories: [] } })
  })
  afterEach(() => {
    stop()
    Reflect.deleteProperty(globalThis, 'window')
    Reflect.deleteProperty(globalThis, 'document')
    Reflect.deleteProperty(globalThis, 'localStorage')
    Reflect.deleteProperty(globalThis, 'requestAnimationFrame')
    Reflect.deleteProperty(globalThis, 'cancelAnimationFrame')
  })

  it('writes a selection and the window it brings once, as one history entry', async () => {
    const { writes, frame } = installWindow()
    markHistoryReady()
    stop = startUrlSync()
    const [first] = useAppStore.getState().dataset!.events
    // what a selection in one view sets off in the others: each its own store change
    useAppStore.getState().selectEvent(first!.id, 'list')
    useAppStore.getState().setWindow({ start: Date.UTC(2022, 9, 1), end: Date.UTC(2022, 9, 20) })
    expect(writes).toEqual([])
    await afterTask()
    // not before the browser has drawn the change: a write before the frame delays the frame
    expect(writes).toEqual([])
    frame()
    expect(writes).toEqual([])
    await afterTask()
    expect(writes).toHaveLength(1)
    expect(writes[0]![0]).toBe('push')
    expect(writes[0]![1]).toContain(`event=${first!.id}`)
    expect(writes[0]![1]).toContain('from=2022-10-01')

    // panning alone replaces the entry: Back goes to the step before, not through every pan
    useAppStore.getState().setWindow({ start: Date.UTC(2022, 9, 2), end: Date.UTC(2022, 9, 21) })
    frame()
    await afterTask()
    expect(writes.map(([kind]) => kind)).toEqual(['push', 'replace'])
  })

  it('writes without a frame too, a little later: a hidden tab draws none', async () => {
    const { writes } = installWindow()
    markHistoryReady()
    stop = startUrlSync()
    useAppStore.getState().setWindow({ start: Date.UTC(2022, 9, 3), end: Date.UTC(2022, 9, 22) })
    await afterTask()
    expect(writes).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(writes).toHaveLength(1)
    expect(writes[0]![1]).toContain('from=2022-10-03')
  })

  it('drops a write still pending when the reader goes Back: the address is the history entry then', async () => {
    const { writes, location, popState, frame } = installWindow()
    markHistoryReady()
    stop = startUrlSync()
    useAppStore.getState().setWindow({ start: Date.UTC(2022, 9, 1), end: Date.UTC(2022, 9, 20) })
    location.search = '?e2e=1&lang=de'
    popState()
    frame()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(writes).toEqual([])
    expect(useAppStore.getState().lang).toBe('de')
  })
})
