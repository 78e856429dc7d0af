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
