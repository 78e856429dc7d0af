import { useCallback, useEffect, useState } from 'react'
import { useAppStore } from '../store/appStore'
import { VIEW_NAMES, type ViewName } from './ErrorBoundary'

/** The root's `data-view-error`: the failed views, space-separated in layout order; absent while none failed. */
export function viewErrorAttribute(failed: ReadonlySet<ViewName>): string | undefined {
  const names = VIEW_NAMES.filter((view) => failed.has(view))
  return names.length > 0 ? names.join(' ') : undefined
}

/**
 * Which views have failed (their error boundaries report it through `onFailedChange`).
 *
 * `data-state` describes the data: "ready" waits for the map and the timeline to draw each dataset, and a view
 * that has failed never will. So a failed map or timeline counts as done with every dataset for as long as it is
 * failed, and `data-state` still reaches "ready"; the failure itself is reported apart, in `data-view-error`
 * (docs/automation.md). After "Try again" the view draws and reports for itself again.
 */
export function useViewFailures(): { failed: ReadonlySet<ViewName>; onFailedChange: (view: ViewName, failed: boolean) => void } {
  const [failed, setFailed] = useState<ReadonlySet<ViewName>>(() => new Set())
  const onFailedChange = useCallback((view: ViewName, isFailed: boolean) => {
    setFailed((current) => {
      if (current.has(view) === isFailed) return current
      const next = new Set(current)
      if (isFailed) next.add(view)
      else next.delete(view)
      return next
    })
  }, [])

  const version = useAppStore((s) => s.datasetVersion)
  const markDrawn = useAppStore((s) => s.markDrawn)
  useEffect(() => {
    if (failed.has('map')) markDrawn('map', version)
    if (failed.has('timeline')) markDrawn('timeline', version)
  }, [failed, version, markDrawn])

  return { failed, onFailedChange }
}
