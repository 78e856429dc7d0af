import { useEffect, useState } from 'react'
import { useAppStore } from '../../store/appStore'
import { useT } from '../../i18n/useT'
import { useImportUi } from './importUi'

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false
}

/**
 * A file dropped anywhere on the page opens the import dialog with it. While a file is
 * dragged over the page an overlay says so; text dragged within the page is left alone.
 */
export function DropZone() {
  const t = useT()
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    // dragenter/dragleave fire for every child element: count them
    let depth = 0
    const refuses = () => useImportUi.getState().busy || useAppStore.getState().pendingImport !== null
    const onDragEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      depth++
      setDragging(true)
    }
    const onDragOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      // without this the browser opens the file instead of dropping it here
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = refuses() ? 'none' : 'copy'
    }
    const onDragLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      depth = 0
      setDragging(false)
      const file = e.dataTransfer?.files[0]
      if (file && !refuses()) useImportUi.getState().openImport({ kind: 'file', file })
    }
    window.addEventListener('dragenter', onDragEnter)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('dragleave', onDragLeave)
    window.addEventListener('drop', onDrop)
    return function unbindDrop() {
      window.removeEventListener('dragenter', onDragEnter)
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('dragleave', onDragLeave)
      window.removeEventListener('drop', onDrop)
    }
  }, [])

  if (!dragging) return null
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <p className="drop-overlay-text">{t('import.drop')}</p>
    </div>
  )
}
