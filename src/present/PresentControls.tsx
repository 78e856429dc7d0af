import { useEffect, useState } from 'react'
import { useAppStore } from '../store/appStore'
import { AUTOPLAY_SECONDS, PLAYBACK_SECONDS, type PlaybackMode } from '../store/present'
import type { TimeWindow } from '../store/selectors'
import { useT } from '../i18n/useT'
import { VisibleCount } from '../ui/VisibleCount'
import type { Lang } from '../i18n'
import { playbackStart, playbackWindow } from './playback'
import type { GoToStep } from './useSlides'

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' }

function formatPlaybackTime(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(ms)
}

/** The speaker's window: the same app with `notes=1`, on the same step; it follows this one and this one follows it. */
function openNotesWindow(step: number): void {
  const params = new URLSearchParams(window.location.search)
  params.set('present', String(step))
  params.set('notes', '1')
  window.open(`${window.location.pathname}?${params}`, 'chronomap-speaker-notes', 'popup,width=1200,height=800')
}

function useFullscreen(): [boolean, () => void] {
  const [active, setActive] = useState(() => document.fullscreenElement !== null)
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  const toggle = () => {
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()
    // refused without a user gesture or by policy: the layout fills the window anyway
    request.catch(() => undefined)
  }
  return [active, toggle]
}

export function StepControls({ step, count, goTo }: { step: number; count: number; goTo: GoToStep }) {
  const t = useT()
  return (
    <div className="present-steps" role="group" aria-label={t('present.navigation')}>
      <button type="button" data-testid="present-prev" onClick={() => goTo(step - 1)} disabled={step <= 1} aria-keyshortcuts="ArrowLeft PageUp Shift+Space">
        <span aria-hidden="true">← </span>
        {t('present.previous')}
      </button>
      <button type="button" data-testid="present-next" onClick={() => goTo(step + 1)} disabled={step >= count} aria-keyshortcuts="ArrowRight PageDown Space">
        {t('present.next')}
        <span aria-hidden="true"> →</span>
      </button>
    </div>
  )
}

export function AutoplayControls() {
  const t = useT()
  const autoplay = useAppStore((s) => s.autoplay)
  const setAutoplay = useAppStore((s) => s.setAutoplay)
  return (
    <div className="present-group" role="group" aria-label={t('present.autoplay')}>
      <span className="present-group-label">{t('present.autoplay')}</span>
      <button type="button" data-testid="autoplay-toggle" aria-pressed={autoplay.playing} onClick={() => setAutoplay({ playing: !autoplay.playing })}>
        {autoplay.playing ? t('present.pause') : t('present.play')}
      </button>
      <select
        data-testid="autoplay-seconds"
        aria-label={t('present.autoplaySeconds')}
        value={autoplay.seconds}
        onChange={(e) => setAutoplay({ seconds: Number(e.target.value) })}
      >
        {AUTOPLAY_SECONDS.map((n) => (
          <option key={n} value={n}>
            {t('present.seconds', { n })}
          </option>
        ))}
      </select>
    </div>
  )
}

export function PlaybackControls({ span }: { span: TimeWindow | null }) {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const playback = useAppStore((s) => s.playback)
  const setPlayback = useAppStore((s) => s.setPlayback)
  const setWindow = useAppStore((s) => s.setWindow)

  const toggle = () => {
    if (!span) return
    if (playback.playing) {
      setPlayback({ playing: false })
      return
    }
    const position = playbackStart(playback.position, span)
    setWindow(playbackWindow(span, position, playback.mode))
    setPlayback({ playing: true, position })
  }
  const setMode = (mode: PlaybackMode) => {
    setPlayback({ mode })
    if (span && playback.position !== null) setWindow(playbackWindow(span, playback.position, mode))
  }

  return (
    <div className="present-group" role="group" aria-label={t('present.playback')} title={t('present.playbackHint')}>
      <span className="present-group-label">{t('present.playback')}</span>
      <button type="button" data-testid="playback-toggle" aria-pressed={playback.playing} onClick={toggle} disabled={!span}>
        {playback.playing ? t('present.pause') : t('present.play')}
      </button>
      <select data-testid="playback-mode" aria-label={t('present.playbackMode')} value={playback.mode} onChange={(e) => setMode(e.target.value as PlaybackMode)}>
        <option value="moving">{t('present.playbackMoving')}</option>
        <option value="cumulative">{t('present.playbackCumulative')}</option>
      </select>
      <select
        data-testid="playback-seconds"
        aria-label={t('present.playbackDuration')}
        value={playback.seconds}
        onChange={(e) => setPlayback({ seconds: Number(e.target.value) })}
      >
        {PLAYBACK_SECONDS.map((n) => (
          <option key={n} value={n}>
            {t('present.seconds', { n })}
          </option>
        ))}
      </select>
      {playback.position !== null && (
        <output className="playback-time" data-testid="playback-time" aria-label={t('present.playbackTime')}>
          {formatPlaybackTime(playback.position, lang)}
        </output>
      )}
      <VisibleCount />
    </div>
  )
}

export function ToolControls() {
  const t = useT()
  const step = useAppStore((s) => s.present?.step ?? 1)
  const speakerView = useAppStore((s) => s.speakerView)
  const notesShown = useAppStore((s) => s.presentNotes)
  const togglePresentNotes = useAppStore((s) => s.togglePresentNotes)
  const setHandoutOpen = useAppStore((s) => s.setHandoutOpen)
  const stopPresenting = useAppStore((s) => s.stopPresenting)
  const [fullscreen, toggleFullscreen] = useFullscreen()

  return (
    <div className="present-tools">
      {!speakerView && (
        <>
          <button type="button" data-testid="notes-toggle" aria-pressed={notesShown} onClick={togglePresentNotes} title={t('present.notesToggleHint')}>
            {t('present.notesToggle')}
          </button>
          <button type="button" data-testid="notes-window" onClick={() => openNotesWindow(step)} title={t('present.notesWindowHint')}>
            {t('present.notesWindow')}
          </button>
        </>
      )}
      <button type="button" data-testid="handout-button" onClick={() => setHandoutOpen(true)} title={t('present.handoutHint')}>
        {t('present.handout')}
      </button>
      {document.fullscreenEnabled && (
        <button type="button" data-testid="fullscreen-toggle" aria-pressed={fullscreen} onClick={toggleFullscreen}>
          {t('present.fullscreen')}
        </button>
      )}
      <button type="button" className="present-exit" data-testid="present-exit" onClick={stopPresenting} title={t('present.exitHint')} aria-keyshortcuts="Escape">
        {t('present.exit')}
      </button>
    </div>
  )
}
