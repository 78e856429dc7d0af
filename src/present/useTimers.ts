import { useEffect } from 'react'
import { useAppStore } from '../store/appStore'
import type { TimeWindow } from '../store/selectors'
import { advancePlayback, PLAYBACK_TICK_MS, playbackWindow } from './playback'
import type { GoToStep } from './useSlides'

/** Autoplay: the next step after the chosen number of seconds; stops after the last one. */
export function useAutoplay(count: number, goTo: GoToStep): void {
  const playing = useAppStore((s) => s.autoplay.playing && s.present !== null)
  const seconds = useAppStore((s) => s.autoplay.seconds)
  const step = useAppStore((s) => s.present?.step)
  useEffect(() => {
    if (!playing || step === undefined) return
    // the timer starts again on every step, so a step taken by hand gets its full time too
    const timer = window.setTimeout(() => {
      if (step >= count) useAppStore.getState().setAutoplay({ playing: false })
      else goTo(step + 1)
    }, seconds * 1000)
    return function cancelAutoplay() {
      window.clearTimeout(timer)
    }
  }, [playing, seconds, step, count, goTo])
}

/** Time playback: moves the store's window across the span a few times a second; the map and timeline follow it. */
export function usePlayback(span: TimeWindow | null): void {
  const playing = useAppStore((s) => s.playback.playing && s.present !== null)
  useEffect(() => {
    if (!playing || !span) return
    let last = performance.now()
    const timer = window.setInterval(() => {
      const now = performance.now()
      const { playback, setPlayback, setWindow } = useAppStore.getState()
      const position = advancePlayback(playback.position ?? span.start, span, now - last, playback.seconds)
      last = now
      setWindow(playbackWindow(span, position, playback.mode))
      setPlayback({ position, playing: position < span.end })
    }, PLAYBACK_TICK_MS)
    return function stopPlayback() {
      window.clearInterval(timer)
    }
  }, [playing, span])
}
