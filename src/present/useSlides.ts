import { useCallback, useEffect, useMemo } from 'react'
import { selectAppState, selectFilteredEvents, useAppStore } from '../store/appStore'
import type { TimeWindow } from '../store/selectors'
import { buildSlides, eventSpan, stepTarget, type Slide } from './story'

/** The presentation's steps: the story (or time order) among the events the filters show. */
export function useSlides(): Slide[] {
  const dataset = useAppStore((s) => s.dataset)
  const shown = useAppStore(selectFilteredEvents)
  return useMemo(() => buildSlides(dataset, shown), [dataset, shown])
}

/** The span of the events on show: what time playback plays through and what step windows are measured against. */
export function useEventSpan(): TimeWindow | null {
  const shown = useAppStore(selectFilteredEvents)
  return useMemo(() => eventSpan(shown), [shown])
}

export type GoToStep = (step: number) => void

/** Shows a step: selects its event and centres the timeline on it, in one store update. */
export function useGoToStep(slides: readonly Slide[], span: TimeWindow | null): GoToStep {
  return useCallback(
    (step: number) => {
      const state = useAppStore.getState()
      if (!state.present || slides.length === 0) return
      state.showStep(stepTarget(slides, step, span))
    },
    [slides, span],
  )
}

/**
 * Shows the current step again whenever the steps themselves change: on entering present mode, once the data
 * of a `?present=` link has loaded, and when the filters change what the story contains. It waits until the map
 * and the timeline have drawn the data: vis-timeline leaves items it has not placed yet at its left edge when the
 * window moves before its first drawing is done.
 */
export function useShowCurrentStep(slides: readonly Slide[], goTo: GoToStep): void {
  const presenting = useAppStore((s) => s.present !== null)
  const drawn = useAppStore((s) => selectAppState(s) === 'ready')
  useEffect(() => {
    const step = useAppStore.getState().present?.step
    if (presenting && drawn && step !== undefined && slides.length > 0) goTo(step)
  }, [presenting, drawn, slides, goTo])
}
