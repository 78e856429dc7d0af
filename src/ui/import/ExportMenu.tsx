import { useEffect, useId, useRef, useState } from 'react'
import { textIn } from '../../lib/text'
import { selectFilteredEvents, useAppStore } from '../../store/appStore'
import { useT } from '../../i18n/useT'
import { downloadText } from './download'
import { exportFileName } from './helpers'

type ExportFormat = 'json' | 'geojson' | 'csv'
const FORMATS: readonly ExportFormat[] = ['json', 'geojson', 'csv']

/** "Export": the events shown now (after the filters) as chronomap JSON, GeoJSON or CSV. */
export function ExportMenu() {
  const t = useT()
  const id = useId()
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const dataset = useAppStore((s) => s.dataset)
  const events = useAppStore(selectFilteredEvents)
  const lang = useAppStore((s) => s.lang)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return function unbindOutside() {
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [open])

  if (!dataset) return null
  const save = async (format: ExportFormat) => {
    // the exporters (and papaparse) load on first use
    const { toCsv, toGeoJson, toNativeJson } = await import('../../data/export')
    const title = textIn(dataset.title, lang)
    if (format === 'json') downloadText(exportFileName(title, 'json'), toNativeJson(dataset, events), 'application/json')
    else if (format === 'geojson') downloadText(exportFileName(title, 'geojson'), toGeoJson(dataset, events, lang), 'application/geo+json')
    else downloadText(exportFileName(title, 'csv'), toCsv(events, lang), 'text/csv;charset=utf-8')
    setOpen(false)
    buttonRef.current?.focus()
  }
  return (
    <div
      className="export-menu"
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          // closes the menu only; the app's Escape would clear the selection as well
          e.preventDefault()
          e.stopPropagation()
          setOpen(false)
          buttonRef.current?.focus()
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        data-testid="export-open"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((v) => !v)}
      >
        {t('export.button')}
      </button>
      {open && (
        <div className="export-popover" id={`${id}-menu`} role="group" aria-labelledby={`${id}-hint`}>
          <p className="export-hint" id={`${id}-hint`}>
            {events.length > 0 ? t('export.hint', { n: events.length }) : t('export.empty')}
          </p>
          {FORMATS.map((format) => (
            <button key={format} type="button" data-testid={`export-${format}`} disabled={events.length === 0} onClick={() => void save(format)}>
              {t(`export.${format}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
