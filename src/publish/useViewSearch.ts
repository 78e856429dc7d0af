import { useShallow } from 'zustand/react/shallow'
import { viewOf } from '../app/bootstrap'
import { useAppStore } from '../store/appStore'
import { writeUrlState } from '../store/url'

/**
 * The query string of the view on screen, the same one the URL sync writes. Computed from the store rather
 * than read back from the address bar, so a link rendered now never lags one step behind the view.
 */
export function useViewSearch(): string {
  const view = useAppStore(useShallow(viewOf))
  // until the data is there, the link's own selection and filters have not been applied yet
  const loaded = useAppStore((s) => s.loadStatus === 'loaded')
  const search = window.location.search
  return loaded ? writeUrlState(search, view) : search
}
