import { useAppStore } from '../store/appStore'
import { useT } from '../i18n/useT'

/** The header's way into present mode (`?present=1` is the other). */
export function PresentButton() {
  const t = useT()
  const loaded = useAppStore((s) => s.dataset !== null)
  const startPresenting = useAppStore((s) => s.startPresenting)
  return (
    <button type="button" className="present-button" data-testid="present-button" onClick={startPresenting} disabled={!loaded} title={t('present.startHint')}>
      <span className="present-button-icon" aria-hidden="true" />
      {t('present.start')}
    </button>
  )
}
