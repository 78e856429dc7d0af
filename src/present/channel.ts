import { useEffect, useRef } from 'react'
import { useAppStore } from '../store/appStore'
import type { GoToStep } from './useSlides'

/** Messages between the presenting window and the speaker's window. */
export type PresentMessage = { type: 'step'; step: number } | { type: 'hello' }

export function parsePresentMessage(data: unknown): PresentMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const message = data as Record<string, unknown>
  if (message['type'] === 'hello') return { type: 'hello' }
  const step = message['step']
  if (message['type'] === 'step' && typeof step === 'number' && Number.isInteger(step) && step >= 1) return { type: 'step', step }
  return null
}

/** One channel per app address, so two different chronomaps in one browser do not steer each other. */
export function channelName(pathname: string): string {
  return `chronomap-present:${pathname}`
}

/**
 * Keeps the presenting window and the speaker's window on the same step, both ways, over a BroadcastChannel
 * (same browser, same origin, no server). A speaker's window says hello when it opens and the presenting
 * window answers with its step.
 */
export function usePresentChannel(goTo: GoToStep, ready: boolean): void {
  const goToRef = useRef(goTo)
  useEffect(() => {
    goToRef.current = goTo
  }, [goTo])

  // only once the steps are known: a hello answered before then could not be followed
  useEffect(() => {
    if (!ready || typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(channelName(window.location.pathname))
    let applyingRemote = false
    const post = (message: PresentMessage) => channel.postMessage(message)

    channel.onmessage = (event: MessageEvent) => {
      const message = parsePresentMessage(event.data)
      const { present, speakerView } = useAppStore.getState()
      if (!message || !present) return
      if (message.type === 'hello') {
        if (!speakerView) post({ type: 'step', step: present.step })
      } else if (message.step !== present.step) {
        applyingRemote = true
        try {
          goToRef.current(message.step)
        } finally {
          applyingRemote = false
        }
      }
    }
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (applyingRemote || !state.present || state.present.step === previous.present?.step) return
      post({ type: 'step', step: state.present.step })
    })
    if (useAppStore.getState().speakerView) post({ type: 'hello' })
    return function closeChannel() {
      unsubscribe()
      channel.close()
    }
  }, [ready])
}
