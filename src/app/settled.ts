import { selectAppState, useAppStore } from '../store/appStore'

/**
 * Resolves once the dataset being loaded is drawn (or has failed to load), at the latest `latestMs` after the call.
 * Work that can wait (installing the service worker, storing an imported dataset) waits for it: on two cores it
 * would otherwise compete with the first drawing for the processor.
 */
export function whenSettled(latestMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (selectAppState(useAppStore.getState()) !== 'loading') return resolve()
    const done = () => {
      unsubscribe()
      clearTimeout(timer)
      resolve()
    }
    const unsubscribe = useAppStore.subscribe((state) => {
      if (selectAppState(state) !== 'loading') done()
    })
    const timer = setTimeout(done, latestMs)
  })
}

/**
 * Resolves once the reader has left the views alone (no change of window, selection, filters or timeline rows) for
 * `quietMs`, at the latest `latestMs` after the call. Background work that takes a processor for a second or more
 * (keeping a large dataset in IndexedDB) waits for it: on two cores it would otherwise slow the first pans and
 * selections after a load.
 */
export function whenQuiet(quietMs: number, latestMs: number): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined
    const done = () => {
      unsubscribe()
      clearTimeout(quiet)
      clearTimeout(latest)
      resolve()
    }
    const restart = () => {
      clearTimeout(quiet)
      quiet = setTimeout(done, quietMs)
    }
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.window !== previous.window || state.selectedId !== previous.selectedId || state.filters !== previous.filters || state.timelineRows !== previous.timelineRows) restart()
    })
    const latest = setTimeout(done, latestMs)
    restart()
  })
}
