import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react'
import { acceptImport } from '../../app/datasets'
import type { LoadSource } from '../../data/loader'
import { useT } from '../../i18n/useT'
import { CsvMappingEditor } from './CsvMappingEditor'
import { baseName } from './helpers'
import { ImportProgress } from './ImportProgress'
import { useImportUi } from './importUi'
import { Modal } from '../Modal'
import { useImportSession, type ImportSession } from './useImportSession'
import { ValidationReport } from './ValidationReport'

/** stored as the dataset's origin for pasted text (a file keeps its name, a link its address) */
const PASTED_ORIGIN = 'pasted text'

function originOf(source: LoadSource): string {
  return source.kind === 'file' ? source.file.name : (source.fileName ?? PASTED_ORIGIN)
}

function returnToImportButton() {
  return document.querySelector<HTMLElement>('[data-testid="import-open"]')
}

/** true for fields where Ctrl+V puts text (the file input and buttons are not such fields) */
function takesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  return target instanceof HTMLInputElement && !['file', 'button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color'].includes(target.type)
}

/** Ctrl+V anywhere in the open dialog (outside its text fields) reads a pasted file or text. */
function usePasteToImport(enabled: boolean, start: (source: LoadSource) => void) {
  useEffect(() => {
    if (!enabled) return
    const onPaste = (e: ClipboardEvent) => {
      if (takesText(e.target)) return
      const file = e.clipboardData?.files[0]
      const text = e.clipboardData?.getData('text/plain') ?? ''
      if (file) start({ kind: 'file', file })
      else if (text.trim() !== '') start({ kind: 'text', text })
      else return
      e.preventDefault()
    }
    document.addEventListener('paste', onPaste)
    return function unbindPaste() {
      document.removeEventListener('paste', onPaste)
    }
  }, [enabled, start])
}

function ChooseSource({ session, describedBy, fileRef }: { session: ImportSession; describedBy: string; fileRef: RefObject<HTMLInputElement | null> }) {
  const t = useT()
  const id = useId()
  const [text, setText] = useState('')
  const paste = (e: FormEvent) => {
    e.preventDefault()
    if (text.trim() !== '') session.start({ kind: 'text', text })
  }
  return (
    <div className="import-choose">
      <p id={describedBy} className="import-intro">
        {t('import.intro')}
      </p>
      <div className="import-file">
        <label htmlFor={`${id}-file`} className="import-label">
          {t('import.file')}
        </label>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          data-testid="import-file"
          accept=".json,.geojson,.csv,.tsv,.txt,application/json,application/geo+json,text/csv"
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) session.start({ kind: 'file', file })
          }}
        />
        <p id={`${id}-file-hint`} className="import-hint">
          {t('import.fileHint')}
        </p>
      </div>
      <form className="import-paste" onSubmit={paste}>
        <label htmlFor={`${id}-paste`} className="import-label">
          {t('import.pasteLabel')}
        </label>
        <textarea
          id={`${id}-paste`}
          data-testid="import-paste"
          rows={5}
          spellCheck={false}
          placeholder={t('import.pastePlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="import-actions">
          <button type="submit" className="import-secondary" data-testid="import-paste-submit" disabled={text.trim() === ''}>
            {t('import.pasteSubmit')}
          </button>
        </div>
      </form>
      <p className="import-hint">{t('import.dropHint')}</p>
    </div>
  )
}

function ImportDialogContent() {
  const t = useT()
  const ids = useId()
  const session = useImportSession()
  const { phase, source, start, cancel, reset } = session
  const request = useImportUi((s) => s.request)
  const closeImport = useImportUi((s) => s.closeImport)
  const setBusy = useImportUi((s) => s.setBusy)
  const [saving, setSaving] = useState(false)
  const [nameEdit, setNameEdit] = useState<{ source: LoadSource; value: string } | null>(null)
  const primaryRef = useRef<HTMLButtonElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const backRef = useRef<HTMLButtonElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)

  const loading = phase.kind === 'loading' || (phase.kind === 'result' && phase.rerunning !== null)
  const busy = loading || saving

  useEffect(() => setBusy(busy), [busy, setBusy])
  // a dropped or pasted file (from the page) is read at once
  useEffect(() => {
    if (request) start(request.source)
  }, [request, start])
  usePasteToImport(!busy, start)

  // keep focus inside when one step of the dialog replaces another
  useEffect(() => {
    if (phase.kind === 'choose') fileRef.current?.focus()
    else if (phase.kind === 'loading') cancelRef.current?.focus()
    else if (phase.kind === 'result') (primaryRef.current && !primaryRef.current.disabled ? primaryRef.current : backRef.current)?.focus()
    else if (phase.kind === 'cancelled' || phase.kind === 'failed') backRef.current?.focus()
  }, [phase.kind])

  const defaultName = source ? (source.kind === 'file' ? baseName(source.file.name) : source.fileName ? baseName(source.fileName) : t('import.pastedName')) : ''
  const name = nameEdit && nameEdit.source === source ? nameEdit.value : defaultName
  const sourceLabel = source ? (source.kind === 'file' ? source.file.name : t('import.pastedName')) : ''

  const close = () => {
    cancel()
    closeImport()
  }
  const confirm = async () => {
    if (phase.kind !== 'result' || !phase.outcome.dataset || !source) return
    setSaving(true)
    try {
      await acceptImport(phase.outcome, name.trim() || defaultName, originOf(source))
    } finally {
      setSaving(false)
    }
    closeImport()
  }

  return (
    <Modal
      testId="import-dialog"
      className="import-dialog"
      labelledBy={`${ids}-title`}
      describedBy={phase.kind === 'choose' ? `${ids}-intro` : undefined}
      busy={busy}
      onClose={close}
      returnFocus={returnToImportButton}
    >
      <div className="import-content" data-phase={phase.kind}>
        <header className="import-header">
          <h2 id={`${ids}-title`}>{t('import.title')}</h2>
          {!busy && (
            <button type="button" className="cm-modal-close" data-testid="import-close" aria-label={t('import.close')} onClick={close}>
              ×
            </button>
          )}
        </header>

        {phase.kind === 'choose' && <ChooseSource session={session} describedBy={`${ids}-intro`} fileRef={fileRef} />}

        {source && phase.kind !== 'choose' && (
          <p className="import-source" data-testid="import-source">
            {t('import.source', { name: sourceLabel })}
          </p>
        )}

        {phase.kind === 'loading' && (
          <div className="import-loading">
            <ImportProgress stage={phase.progress.stage} percent={phase.progress.percent} />
            <div className="import-actions">
              <button ref={cancelRef} type="button" className="import-secondary" data-testid="import-cancel" onClick={cancel}>
                {t('import.cancel')}
              </button>
            </div>
          </div>
        )}

        {(phase.kind === 'cancelled' || phase.kind === 'failed') && (
          <p className={`import-status is-${phase.kind}`} data-testid="import-status" data-status={phase.kind} role={phase.kind === 'failed' ? 'alert' : 'status'}>
            {phase.kind === 'cancelled' ? t('import.cancelled') : t('import.failed', { reason: phase.reason })}
          </p>
        )}

        {phase.kind === 'result' && (
          <>
            {phase.rerunning && (
              <div className="import-loading">
                <ImportProgress stage={phase.rerunning.stage} percent={phase.rerunning.percent} />
                <div className="import-actions">
                  <button type="button" className="import-secondary" data-testid="import-cancel" onClick={cancel}>
                    {t('import.cancel')}
                  </button>
                </div>
              </div>
            )}
            {phase.outcome.csv && source && <CsvMappingEditor csv={phase.outcome.csv} onChange={(mapping) => start(source, mapping)} />}
            <ValidationReport outcome={phase.outcome} name={name || defaultName} summaryId={`${ids}-summary`} />
            {phase.outcome.dataset && source && (
              <div className="import-name">
                <label htmlFor={`${ids}-name`} className="import-label">
                  {t('import.name')}
                </label>
                <input
                  id={`${ids}-name`}
                  type="text"
                  data-testid="import-name"
                  value={name}
                  maxLength={200}
                  onChange={(e) => setNameEdit({ source, value: e.target.value })}
                />
              </div>
            )}
          </>
        )}

        {phase.kind !== 'choose' && phase.kind !== 'loading' && (
          <footer className="import-actions import-footer">
            <button ref={backRef} type="button" className="import-secondary" data-testid="import-back" disabled={busy} onClick={reset}>
              {t('import.again')}
            </button>
            {phase.kind === 'result' && (
              <button
                ref={primaryRef}
                type="button"
                className="import-primary"
                data-testid="import-confirm"
                // focus lands here when the report is in: the summary is read with the button
                aria-describedby={`${ids}-summary`}
                disabled={!phase.outcome.dataset || busy}
                onClick={() => void confirm()}
              >
                {saving ? t('import.saving') : phase.outcome.dataset ? t('import.confirm', { n: phase.outcome.dataset.events.length }) : t('import.confirmNone')}
              </button>
            )}
          </footer>
        )}
      </div>
    </Modal>
  )
}

/** The import dialog, while it is open. */
export function ImportDialog() {
  const open = useImportUi((s) => s.open)
  return open ? <ImportDialogContent /> : null
}

/** The header's "Import" button. */
export function ImportButton() {
  const t = useT()
  const open = useImportUi((s) => s.open)
  const openImport = useImportUi((s) => s.openImport)
  return (
    <button
      type="button"
      className="header-button"
      data-testid="import-open"
      aria-haspopup="dialog"
      aria-expanded={open}
      title={t('import.openHint')}
      onClick={() => openImport()}
    >
      {t('import.open')}
    </button>
  )
}
