import './modal.css'
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
import { trapTab } from './trapTab'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])'

interface ModalProps {
  testId: string
  className?: string
  role?: 'dialog' | 'alertdialog'
  labelledBy: string
  describedBy?: string
  /** while busy, Escape does not close (the dialog shows its own Cancel) */
  busy?: boolean
  onClose: () => void
  /** what takes focus when the dialog opens; else its first focusable element */
  initialFocus?: RefObject<HTMLElement | null>
  /** where focus goes when the dialog closes if the element focused before is gone */
  returnFocus?: () => HTMLElement | null
  /** a click on the backdrop closes too (unless busy) */
  closeOnBackdrop?: boolean
  children: ReactNode
}

/**
 * A modal <dialog>: the page behind is inert, focus moves in and comes back to where it
 * was, Tab stays inside, Escape closes (unless busy) without clearing the app's selection.
 */
export function Modal({ testId, className, role, labelledBy, describedBy, busy = false, onClose, initialFocus, returnFocus, closeOnBackdrop = false, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const returnFocusRef = useRef(returnFocus)
  useLayoutEffect(() => {
    returnFocusRef.current = returnFocus
  })

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const before = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    const first = initialFocus?.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE)
    first?.focus()
    return () => {
      if (dialog.open) dialog.close()
      const target = before?.isConnected ? before : (returnFocusRef.current?.() ?? null)
      target?.focus()
    }
    // opened once per mount
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      // handled here, so the app's own Escape (clear the selection) does not fire as well
      e.preventDefault()
      e.stopPropagation()
      if (!busy) onClose()
    } else if (e.key === 'Tab') {
      trapTab(e)
    }
  }

  return (
    <dialog
      ref={ref}
      className={`cm-modal${className ? ` ${className}` : ''}`}
      data-testid={testId}
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-busy={busy}
      onKeyDown={onKeyDown}
      // a click on the backdrop lands on the dialog element itself, outside its content
      onClick={closeOnBackdrop ? (e) => e.target === e.currentTarget && !busy && onClose() : undefined}
      onCancel={(e) => {
        e.preventDefault()
        if (!busy) onClose()
      }}
    >
      {children}
    </dialog>
  )
}
