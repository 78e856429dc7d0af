import { useEffect } from 'react'
import { useAppStore } from '../store/appStore'
import { keyAction } from './story'
import type { GoToStep } from './useSlides'

const TEXT_ENTRY = 'input, select, textarea, [contenteditable="true"]'
/** Space activates these; present mode leaves it to them */
const ACTIVATES_ON_SPACE = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="option"]'

/**
 * The presenter's keys, on the whole page: → / Page Down / Space next, ← / Page Up / Shift+Space back, Home, End,
 * Escape leaves. Listens in the capture phase and stops the keys it uses, so the map does not pan and the rest
 * of the app does not clear the selection at the same time.
 */
export function usePresentKeys(count: number, goTo: GoToStep): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const { present, handoutOpen, setHandoutOpen, stopPresenting } = useAppStore.getState()
      if (!present) return
      const target = event.target instanceof Element ? event.target : null
      if (handoutOpen) {
        if (event.key === 'Escape') {
          event.preventDefault()
          setHandoutOpen(false)
        }
        return
      }
      if (target?.closest(TEXT_ENTRY) && event.key !== 'Escape') return
      if (event.key === ' ' && target?.closest(ACTIVATES_ON_SPACE)) return
      const action = keyAction(event.key, event.shiftKey, present.step, count)
      if (!action) return
      event.preventDefault()
      event.stopPropagation()
      if (action.type === 'leave') stopPresenting()
      else goTo(action.step)
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [count, goTo])
}
