import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import { useAppStore } from '../store/appStore'
import { useT } from '../i18n/useT'
import { clampStep } from './story'
import { useEventSpan, useGoToStep, useShowCurrentStep, useSlides } from './useSlides'
import { usePresentKeys } from './usePresentKeys'
import { useAutoplay, usePlayback } from './useTimers'
import { usePresentChannel } from './channel'
import { PresentCard, SpeakerNotes } from './PresentCard'
import { AutoplayControls, PlaybackControls, StepControls, ToolControls } from './PresentControls'
import { Handout } from './Handout'

/** Leaving present mode, however it happens (Escape, Back), leaves full screen and stops what was playing. */
function useStopOnLeave() {
  useEffect(
    () =>
      function stopOnLeave() {
        if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
        const { autoplay, playback, setAutoplay, setPlayback } = useAppStore.getState()
        if (autoplay.playing) setAutoplay({ playing: false })
        if (playback.playing) setPlayback({ playing: false })
      },
    [],
  )
}

/**
 * Present mode's panel beside the (same) map and timeline: progress, the current event's card, the speaker notes
 * on demand, and the controls. It owns the presentation's keys, timers and the link to the speaker's window.
 */
export function Presenter() {
  const t = useT()
  const slides = useSlides()
  const span = useEventSpan()
  const requested = useAppStore((s) => s.present?.step ?? 1)
  const speakerView = useAppStore((s) => s.speakerView)
  const notesShown = useAppStore((s) => s.presentNotes) || speakerView
  const handoutOpen = useAppStore((s) => s.handoutOpen)
  const loaded = useAppStore((s) => s.dataset !== null)
  const goTo = useGoToStep(slides, span)

  useShowCurrentStep(slides, goTo)
  usePresentKeys(slides.length, goTo)
  useAutoplay(slides.length, goTo)
  usePlayback(span)
  usePresentChannel(goTo, slides.length > 0)
  useStopOnLeave()

  const count = slides.length
  const step = clampStep(requested, count)
  const slide = slides[step - 1]

  return (
    <section
      className={`presenter${speakerView ? ' is-speaker' : ''}`}
      data-testid="presenter"
      data-event-id={slide?.event.id}
      data-step={slide ? step : undefined}
      aria-label={t('present.label')}
    >
      {slide ? (
        <>
          <header className="present-progress">
            <p data-testid="present-progress" aria-live="polite">
              {t('present.progress', { n: step, total: count })}
            </p>
            <progress value={step} max={count} aria-label={t('present.progressLabel')} />
          </header>
          <div className="present-body">
            <PresentCard key={slide.event.id} slide={slide} />
            {notesShown && <SpeakerNotes slide={slide} next={slides[step]} />}
          </div>
        </>
      ) : (
        loaded && <p className="present-empty">{t('present.empty')}</p>
      )}
      <footer className="present-controls">
        <StepControls step={step} count={count} goTo={goTo} />
        <p className="present-keys">{t('present.keysHint')}</p>
        <AutoplayControls />
        <PlaybackControls span={span} />
        <ToolControls />
      </footer>
      {handoutOpen && createPortal(<Handout slides={slides} />, document.body)}
    </section>
  )
}
