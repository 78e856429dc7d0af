import { lazy, Suspense, useEffect } from 'react'
import { useAppStore, selectAppState } from '../store/appStore'
import { EventMap } from '../map/EventMap'
import { EventTimeline } from '../timeline/EventTimeline'
import { Header } from '../ui/Header'
import { EventList } from '../ui/EventList'
import { EventDetail } from '../ui/EventDetail'
import { FilterPanel } from '../ui/FilterPanel'
import { LoadProblems, UrlNotices } from '../ui/LoadProblems'
import { useT } from '../i18n/useT'
import { EmbedBar } from '../publish/EmbedBar'
import { useEmbedMode } from '../publish/embedMode'
// present mode's styles with the first load, so the layout never switches without them; its code when it starts
import '../present/present.css'
import { ImportHost } from '../ui/import/ImportHost'
import { ErrorBoundary } from './ErrorBoundary'
import { useViewFailures, viewErrorAttribute } from './viewFailures'

/** Present mode: loaded when it first starts (most visits never do), cached by the service worker for offline use. */
const Presenter = lazy(() => import('../present/Presenter').then(({ Presenter }) => ({ default: Presenter })))

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
  const embedded = useEmbedMode()
  const presenting = useAppStore((s) => s.present !== null)
  const { failed, onFailedChange } = useViewFailures()
  useEscapeClearsSelection()

  return (
    <div className={`app${embedded ? ' is-embed' : ''}${presenting ? ' is-presenting' : ''}${reducedMotion ? ' no-motion' : ''}`} data-testid="app" data-state={appState} data-view-error={viewErrorAttribute(failed)} aria-busy={appState === 'loading'}>
      {!embedded && !presenting && (
        <ErrorBoundary view="header" onFailedChange={onFailedChange}>
          <Header />
        </ErrorBoundary>
      )}
      <div className="notices">
        <ErrorBoundary view="notices" onFailedChange={onFailedChange}>
          <LoadProblems />
          <UrlNotices />
        </ErrorBoundary>
        {loadStatus === 'loading' && <p className="loading">{t('app.loading')}</p>}
        <ImportHost canImport={!embedded && !presenting} />
      </div>
      <main className="layout">
        {/* the same map and timeline in both layouts: present mode only swaps the panels beside them */}
        <ErrorBoundary view="map" onFailedChange={onFailedChange} className="map-pane">
          <EventMap />
        </ErrorBoundary>
        <ErrorBoundary view="timeline" onFailedChange={onFailedChange} className="timeline">
          <EventTimeline />
        </ErrorBoundary>
        {presenting ? (
          <ErrorBoundary view="presenter" onFailedChange={onFailedChange} className="presenter">
            <Suspense fallback={null}>
              <Presenter />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <>
            <div className="side">
              <ErrorBoundary view="filters" onFailedChange={onFailedChange}>
                <FilterPanel />
              </ErrorBoundary>
              <ErrorBoundary view="list" onFailedChange={onFailedChange}>
                <EventList />
              </ErrorBoundary>
            </div>
            <ErrorBoundary view="detail" onFailedChange={onFailedChange} className="detail-pane">
              <EventDetail />
            </ErrorBoundary>
          </>
        )}
      </main>
      {embedded && <EmbedBar />}
    </div>
  )
}
