import { useId, useRef, useState } from 'react'
import { removeDataset, switchDataset } from '../../app/datasets'
import { BUNDLED_ID, useAppStore, type DatasetInfo } from '../../store/appStore'
import { useT } from '../../i18n/useT'
import { Modal } from '../Modal'

function useDatasetLabel() {
  const t = useT()
  return (d: DatasetInfo) =>
    d.id === BUNDLED_ID ? t('datasets.bundled') : t(d.unsaved ? 'datasets.importedUnsaved' : 'datasets.imported', { name: d.name, n: d.eventCount })
}

function RemoveConfirm({ dataset, onDone }: { dataset: DatasetInfo; onDone: () => void }) {
  const t = useT()
  const ids = useId()
  const keepRef = useRef<HTMLButtonElement>(null)
  const [removing, setRemoving] = useState(false)
  const remove = async () => {
    setRemoving(true)
    try {
      await removeDataset(dataset.id)
    } finally {
      onDone()
    }
  }
  return (
    <Modal
      testId="dataset-remove-confirm"
      className="confirm-dialog"
      role="alertdialog"
      labelledBy={`${ids}-title`}
      describedBy={`${ids}-text`}
      busy={removing}
      onClose={onDone}
      initialFocus={keepRef}
      returnFocus={() => document.querySelector<HTMLElement>('[data-testid="dataset-select"]')}
    >
      <div className="import-content">
        <h2 id={`${ids}-title`}>{t('datasets.removeTitle', { name: dataset.name })}</h2>
        <p id={`${ids}-text`} className="import-intro">
          {t(dataset.unsaved ? 'datasets.removeTextUnsaved' : 'datasets.removeText')}
        </p>
        <footer className="import-actions import-footer">
          <button ref={keepRef} type="button" className="import-secondary" data-testid="dataset-remove-no" disabled={removing} onClick={onDone}>
            {t('datasets.removeNo')}
          </button>
          <button type="button" className="import-danger" data-testid="dataset-remove-yes" disabled={removing} onClick={() => void remove()}>
            {t('datasets.removeYes')}
          </button>
        </footer>
      </div>
    </Modal>
  )
}

/** The bundled dataset and every imported one; the shown one can be switched, an imported one removed. */
export function DatasetSwitcher() {
  const t = useT()
  const id = useId()
  const list = useAppStore((s) => s.datasetList)
  const activeId = useAppStore((s) => s.activeDatasetId)
  const dataset = useAppStore((s) => s.dataset)
  const label = useDatasetLabel()
  const [switching, setSwitching] = useState(false)
  const [confirming, setConfirming] = useState<DatasetInfo | null>(null)
  const active = list.find((d) => d.id === activeId)
  if (list.length === 0) return null

  const change = async (next: string) => {
    if (next === activeId || switching) return
    setSwitching(true)
    try {
      await switchDataset(next)
    } finally {
      setSwitching(false)
    }
  }
  return (
    <div className="dataset-switcher">
      <label className="control" htmlFor={`${id}-select`}>
        <span>{t('datasets.label')}</span>
      </label>
      <select
        id={`${id}-select`}
        data-testid="dataset-select"
        value={active ? activeId : ''}
        aria-busy={switching}
        onChange={(e) => void change(e.target.value)}
      >
        {/* nothing shown yet (the first dataset, or a link's, is loading) */}
        {!active && (
          <option value="" disabled>
            {dataset ? '' : t('datasets.loading')}
          </option>
        )}
        {list.map((d) => (
          <option key={d.id} value={d.id} data-origin={d.origin} data-unsaved={d.unsaved ? 'true' : undefined}>
            {label(d)}
          </option>
        ))}
      </select>
      {active?.origin === 'imported' && (
        <button
          type="button"
          className="header-button is-quiet"
          data-testid="dataset-remove"
          title={t('datasets.removeHint')}
          aria-haspopup="dialog"
          disabled={switching}
          onClick={() => setConfirming(active)}
        >
          {t('datasets.remove')}
        </button>
      )}
      {confirming && <RemoveConfirm dataset={confirming} onDone={() => setConfirming(null)} />}
    </div>
  )
}
