import { useEffect } from 'react'
import { useAppStore, selectAppState } from '../store/appStore'
import { EventMap } from '../map/EventMap'
import { EventTimeline } from '../timeline/EventTimeline'
import { Header } from '../ui/Header'
import { EventList } from '../ui/EventList'
import { EventDetail } from '../ui/EventDetail'
import { FilterPanel } from '../ui/FilterPanel'
import { LoadProblems, UrlNotices } from '../ui/LoadProblems'
import { useT } from '../i18n/useT'

function useEscapeClearsSelection() {
  const selectEvent = useAppStore((s) => s.selectEvent)
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) selectEvent(null, 'keyboard')
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [selectEvent])
}

export function App() {
  const t = useT()
  const appState = useAppStore(selectAppState)
  const reducedMotion = useAppStore((s) => s.reducedMotion)
  const loadStatus = useAppStore((s) => s.loadStatus)
  useEscapeClearsSelection()

  return (
    <div className={`app${reducedMotion ? ' no-motion' : ''}`} data-testid="app" data-state={appState} aria-busy={appState === 'loading'}>
      <Header />
      <div className="notices">
        <LoadProblems />
        <UrlNotices />
        {loadStatus === 'loading' && <p className="loading">{t('app.loading')}</p>}
      </div>
      <main className="layout">
        <EventMap />
        <EventTimeline />
        <div className="side">
          <FilterPanel />
          <EventList />
        </div>
        <EventDetail />
      </main>
    </div>
  )
}
