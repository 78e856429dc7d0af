import './share.css'
import { useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useAppStore } from '../store/appStore'
import { textIn } from '../lib/text'
import { useT } from '../i18n/useT'
import { copyFieldText, type CopyResult } from './clipboard'
import { embedUrl, fullViewUrl, iframeSnippet, parseFrameSize } from './embed'
import { useViewSearch } from './useViewSearch'
import { Modal } from '../ui/Modal'

const DEFAULT_WIDTH = '100%'
const DEFAULT_HEIGHT = '500'

type Field = 'link' | 'code'

/** The header's "Share" button and the dialog it opens; focus goes back to the button when it closes. */
export function ShareButton() {
  const t = useT()
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const close = () => {
    // the dialog must be gone (and the page no longer inert) before the button can take focus
    flushSync(() => setOpen(false))
    buttonRef.current?.focus()
  }
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        data-testid="share-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {t('share.button')}
      </button>
      {open && <ShareDialog onClose={close} />}
    </>
  )
}

function useFrameSize(initial: string, allowPercent: boolean) {
  const [text, setText] = useState(initial)
  const [valid, setValid] = useState(initial)
  const update = (value: string) => {
    setText(value)
    const parsed = parseFrameSize(value, allowPercent)
    if (parsed) setValid(parsed)
  }
  return { text, value: valid, invalid: parseFrameSize(text, allowPercent) === null, update }
}

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useT()
  const ids = useId()
  const linkRef = useRef<HTMLInputElement>(null)
  const codeRef = useRef<HTMLTextAreaElement>(null)
  const [status, setStatus] = useState<{ field: Field; result: CopyResult } | null>(null)
  const width = useFrameSize(DEFAULT_WIDTH, true)
  const height = useFrameSize(DEFAULT_HEIGHT, false)
  const lang = useAppStore((s) => s.lang)
  const title = useAppStore((s) => s.dataset?.title)

  const search = useViewSearch()
  const link = fullViewUrl(window.location, search)
  const snippet = iframeSnippet({
    src: embedUrl(window.location, search),
    width: width.value,
    height: height.value,
    title: title ? t('share.frameTitle', { title: textIn(title, lang) }) : t('app.name'),
  })

  const copy = async (field: Field) => {
    const element = field === 'link' ? linkRef.current : codeRef.current
    if (element) setStatus({ field, result: await copyFieldText(element) })
  }
  const statusText = (field: Field) => {
    if (status?.field !== field) return ''
    return status.result === 'copied' ? t('share.copied') : t('share.selected')
  }
  const changeSize = (size: ReturnType<typeof useFrameSize>, value: string) => {
    size.update(value)
    setStatus(null)
  }

  return (
    // the link takes focus, which selects it, ready to copy
    <Modal testId="share-dialog" className="share-dialog" labelledBy={`${ids}-title`} describedBy={`${ids}-intro`} onClose={onClose} initialFocus={linkRef} closeOnBackdrop>
      <div className="share-content">
        <header className="share-header">
          <h2 id={`${ids}-title`}>{t('share.title')}</h2>
          <button type="button" className="cm-modal-close" data-testid="share-close" aria-label={t('share.close')} onClick={onClose}>
            ×
          </button>
        </header>
        <p id={`${ids}-intro`} className="share-intro">
          {t('share.intro')}
        </p>

        <section className="share-section" aria-labelledby={`${ids}-link-label`}>
          <label id={`${ids}-link-label`} htmlFor={`${ids}-link`} className="share-label">
            {t('share.link')}
          </label>
          <div className="share-row">
            <input
              ref={linkRef}
              id={`${ids}-link`}
              className="share-field"
              data-testid="share-link"
              type="text"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="share-copy" data-testid="copy-link" onClick={() => void copy('link')}>
              {t('share.copyLink')}
            </button>
          </div>
          <p className="share-status" role="status" data-testid="copy-link-status">
            {statusText('link')}
          </p>
        </section>

        <section className="share-section" aria-labelledby={`${ids}-embed-title`}>
          <h3 id={`${ids}-embed-title`} className="share-label">
            {t('share.embed')}
          </h3>
          <p className="share-hint" id={`${ids}-size-hint`}>
            {t('share.embedHint')}
          </p>
          <div className="share-size">
            <label>
              {t('share.width')}
              <input
                className="share-field"
                data-testid="share-width"
                type="text"
                inputMode="text"
                size={6}
                value={width.text}
                aria-invalid={width.invalid}
                aria-describedby={`${ids}-size-hint`}
                onChange={(e) => changeSize(width, e.target.value)}
              />
            </label>
            <label>
              {t('share.height')}
              <input
                className="share-field"
                data-testid="share-height"
                type="text"
                inputMode="numeric"
                size={6}
                value={height.text}
                aria-invalid={height.invalid}
                aria-describedby={`${ids}-size-hint`}
                onChange={(e) => changeSize(height, e.target.value)}
              />
            </label>
          </div>
          <label htmlFor={`${ids}-code`} className="visually-hidden">
            {t('share.code')}
          </label>
          <textarea
            ref={codeRef}
            id={`${ids}-code`}
            className="share-field share-code"
            data-testid="share-code"
            readOnly
            rows={4}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="share-row share-row-end">
            <p className="share-status" role="status" data-testid="copy-code-status">
              {statusText('code')}
            </p>
            <button type="button" className="share-copy" data-testid="copy-code" onClick={() => void copy('code')}>
              {t('share.copyCode')}
            </button>
          </div>
        </section>
      </div>
    </Modal>
  )
}
