import './import.css'
import { useAppStore } from '../../store/appStore'
import { useT } from '../../i18n/useT'
import { DropZone } from './DropZone'
import { ImportDialog } from './ImportDialog'
import { ImportProgress } from './ImportProgress'
import { percent } from './helpers'
import { PendingImportDialog } from './PendingImportDialog'

/** A dataset from a ?data= link on its way in. */
function LinkProgress() {
  const t = useT()
  const progress = useAppStore((s) => s.loadProgress)
  if (!progress) return null
  return (
    <div className="link-progress" data-testid="link-progress">
      <p className="link-progress-text">{t('import.link.loading')}</p>
      <ImportProgress stage={progress.stage} percent={percent(progress.fraction)} testId="link-progress-bar" />
    </div>
  )
}

/**
 * Everything of "bring your own events" that is not in the header: dialogs, drop target,
 * link progress. An embed or a presentation takes no drops, but still asks about a link.
 */
export function ImportHost({ canImport = true }: { canImport?: boolean }) {
  return (
    <>
      <LinkProgress />
      {canImport && <DropZone />}
      {canImport && <ImportDialog />}
      <PendingImportDialog />
    </>
  )
}
