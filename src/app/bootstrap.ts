/** Start-up: URL → store, the bundled dataset → store, store → URL. */
import datasetUrl from '../../data/events-2022-10.json?url'
import { fetchDataset } from '../data/load'
import { browserLang, isLang, type Lang } from '../i18n'
import { useAppStore } from '../store/appStore'
import { parseUrlState, writeUrlState, type UrlState } from '../store/url'

const LANG_KEY = 'chronomap.lang'

function storedLang(): Lang | null {
  try {
    const value = localStorage.getItem(LANG_KEY)
    return isLang(value) ? value : null
  } catch {
    return null
  }
}

export function initFromUrl(): UrlState {
  const url = parseUrlState(window.location.search)
  const reducedMotion = url.e2e || window.matchMedia('(prefers-reduced-motion: reduce)').matches
  useAppStore.setState({
    lang: url.lang ?? storedLang() ?? browserLang(navigator.languages),
    reducedMotion,
    window: url.window ?? null,
  })
  if (url.badWindow) useAppStore.getState().addNotice({ key: 'url.badWindow' })
  return url
}

export async function loadBundledDataset(url: UrlState): Promise<void> {
  const result = await fetchDataset(datasetUrl)
  const store = useAppStore.getState()
  store.setLoadResult(result)
  if (url.event && result.dataset) {
    if (useAppStore.getState().eventsById.has(url.event)) store.selectEvent(url.event, 'url')
    else store.addNotice({ key: 'url.unknownEvent', params: { id: url.event } })
  }
}

/** The URL follows selection, window and language with replaceState: no history flood. */
export function startUrlSync(): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.lang !== previous.lang) {
      document.documentElement.lang = state.lang
      try {
        localStorage.setItem(LANG_KEY, state.lang)
      } catch {
        // private mode: the choice just is not remembered
      }
    }
    if (state.loadStatus !== 'loaded') return
    if (state.selectedId === previous.selectedId && state.window === previous.window && state.lang === previous.lang) return
    const search = writeUrlState(window.location.search, { selectedId: state.selectedId, window: state.window, lang: state.lang })
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`)
    }
  })
}
