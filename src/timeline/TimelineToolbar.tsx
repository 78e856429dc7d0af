import { useAppStore } from '../store/appStore'
import { useT } from '../i18n/useT'

/** The strip above the timeline's axis: how the timeline lays out its rows. */
export function TimelineToolbar() {
  const t = useT()
  const rows = useAppStore((s) => s.timelineRows)
  const setTimelineRows = useAppStore((s) => s.setTimelineRows)
  const byCategory = rows === 'category'
  return (
    <div className="cm-timeline-toolbar" role="toolbar" aria-label={t('timeline.toolbar')}>
      <button
        type="button"
        className="cm-timeline-button"
        data-testid="timeline-rows"
        aria-pressed={byCategory}
        title={t('timeline.rowsHint')}
        onClick={() => setTimelineRows(byCategory ? 'single' : 'category')}
      >
        <span className="cm-timeline-button-icon" aria-hidden="true" />
        {t('timeline.rowsByCategory')}
      </button>
    </div>
  )
}
