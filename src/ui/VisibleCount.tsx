import { useMemo } from 'react'
import { selectFilteredEvents, useAppStore } from '../store/appStore'
import { countInWindow, timeIndexOf } from '../store/timeIndex'
import { useT } from '../i18n/useT'

export function VisibleCount() {
  const t = useT()
  const events = useAppStore((s) => s.dataset?.events)
  const filtered = useAppStore(selectFilteredEvents)
  const window = useAppStore((s) => s.window)
  const visible = useMemo(() => countInWindow(timeIndexOf(filtered), window), [filtered, window])
  if (!events) return null
  return (
    <output className="visible-count" data-testid="visible-count" title={t('count.visibleHint')} aria-live="polite">
      {t('count.visible', { n: visible, total: events.length })}
    </output>
  )
}
