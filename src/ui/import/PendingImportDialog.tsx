import { useId, useRef, useState } from 'react'
import { acceptPendingImport, declinePendingImport } from '../../app/datasets'
import { useAppStore } from '../../store/appStore'
import { useT } from '../../i18n/useT'
import { Modal } from '../Modal'
import { ValidationReport } from './ValidationReport'

function linkName(origin: string): string {
  try {
    return new URL(origin).pathname.split('/').pop() || 'link'
  } catch {
    return 'link'
  }
}

/**
 * A dataset from a ?data= link that waits for the user: it would replace their own
 * imported data, or it had no valid record. Says where it comes from and what is in it.
 */
export function PendingImportDialog() {
  const t = useT()
  const ids = useId()
  const pending = useAppStore((s) => s.pendingImport)
  const setPendingImport = useAppStore((s) => s.setPendingImport)
  const [saving, setSaving] = useState(false)
  // the safe choice has focus first
  const declineRef = useRef<HTMLButtonElement>(null)
  if (!pending) return null
  const usable = pending.outcome.dataset !== null
  // nothing to load: closing keeps ?data= in the address, as for any link that failed
  const decline = usable ? declinePendingImport : () => setPendingImport(null)
  const accept = async () => {
    setSaving(true)
    try {
      await acceptPendingImport()
    } finally {
      setSaving(false)
    }
  }
  return (
    <Modal
      key={pending.origin}
      testId="import-pending"
      className="import-dialog"
      labelledBy={`${ids}-title`}
      describedBy={`${ids}-text ${ids}-summary`}
      busy={saving}
      onClose={decline}
      initialFocus={declineRef}
    >
      <div className="import-content">
        <header className="import-header">
          <h2 id={`${ids}-title`}>{t('import.link.title')}</h2>
        </header>
        <div id={`${ids}-text`}>
          <p className="import-intro">{t('import.link.origin')}</p>
          <p className="import-origin">
            <code data-testid="import-origin">{pending.origin}</code>
          </p>
          <p className="import-intro">{usable ? t('import.link.replace') : t('import.link.unusable')}</p>
        </div>
        <ValidationReport outcome={pending.outcome} name={linkName(pending.origin)} summaryId={`${ids}-summary`} />
        <footer className="import-actions import-footer">
          <button ref={declineRef} type="button" className="import-secondary" data-testid="import-decline" disabled={saving} onClick={decline}>
            {usable ? t('import.link.decline') : t('import.close')}
          </button>
          <button type="button" className="import-primary" data-testid="import-confirm" disabled={saving || !usable} onClick={() => void accept()}>
            {saving ? t('import.saving') : t('import.link.confirm')}
          </button>
        </footer>
      </div>
    </Modal>
  )
}
